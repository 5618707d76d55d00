/*
 * A host test harness for the guest QuickJS library: the same objects a Solo5 guest links
 * (libquickjs-guest.a, the mirage libc shim, musl), with the runtime hooks implemented by
 * hooks-linux.c over raw Linux system calls and no thread pointer at all. It runs QuickJS
 * bytecode made by qjsc-host, drains the job queue, and reports errors the way the guest
 * runtime will.
 *
 *   quickjs-harness [options] [bundle.bin]     (without a file: the linked-in qjsc_bundle array)
 *     --heap-mb N          heap handed to mirage_heap_init (default 64)
 *     --memory-limit N     JS_SetMemoryLimit, bytes
 *     --stack-size N       JS_SetMaxStackSize, bytes (default: QuickJS's 256 KiB)
 *     --wall-ms N          freeze the wall clock hook at N ms since the epoch
 *     --stats              print heap statistics after tearing the runtime down
 *     --alloc-selftest N   no JS: N random malloc/calloc/realloc/memalign/free with checks
 *
 * JS sees console.log/info/warn/error/debug (to the console hook), exit(code), and
 * globalThis.exitCode (the exit status when the job queue is empty).
 *
 * Exit status: the script's; 1 for an uncaught exception or unhandled rejection (printed with
 * its stack) or failure to load; 2 for bad usage; 3 when the runtime cannot be created; 70 when
 * the heap is found inconsistent.
 */
#include <inttypes.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mirage_libc.h"
#include "quickjs.h"
#include "test-harness.h"

extern const uint8_t qjsc_bundle[] __attribute__((weak));
extern const uint32_t qjsc_bundle_size __attribute__((weak));

uint64_t harness_fixed_wall_ns;

static void say(const char *s) { mirage_console_write(s, strlen(s)); }

/* ---- JS globals ---- */

static JSValue js_print(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    for (int i = 0; i < argc; i++) {
        size_t len;
        const char *s = JS_ToCStringLen(ctx, &len, argv[i]);
        if (!s)
            return JS_EXCEPTION;
        if (i)
            mirage_console_write(" ", 1);
        mirage_console_write(s, len);
        JS_FreeCString(ctx, s);
    }
    mirage_console_write("\n", 1);
    return JS_UNDEFINED;
}

static JSValue js_exit(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv)
{
    (void)this_val;
    int code = 0;
    if (argc > 0 && JS_ToInt32(ctx, &code, argv[0]))
        return JS_EXCEPTION;
    exit(code);
}

static int add_globals(JSContext *ctx)
{
    static const char *const names[] = {"log", "info", "warn", "error", "debug"};
    JSValue global = JS_GetGlobalObject(ctx);
    JSValue console = JS_NewObject(ctx);
    int bad = JS_IsException(console);
    for (size_t i = 0; !bad && i < sizeof names / sizeof names[0]; i++)
        bad = JS_SetPropertyStr(ctx, console, names[i], JS_NewCFunction(ctx, js_print, names[i], 1)) < 0;
    if (!bad)
        bad = JS_SetPropertyStr(ctx, global, "console", console) < 0;
    else
        JS_FreeValue(ctx, console);
    if (!bad)
        bad = JS_SetPropertyStr(ctx, global, "exit", JS_NewCFunction(ctx, js_exit, "exit", 1)) < 0;
    JS_FreeValue(ctx, global);
    return bad ? -1 : 0;
}

/* ---- errors ---- */

static void print_value(JSContext *ctx, const char *prefix, JSValueConst v)
{
    const char *s = JS_ToCString(ctx, v);
    printf("%s%s\n", prefix, s ? s : "(a value that cannot be converted to a string: out of memory?)");
    if (s)
        JS_FreeCString(ctx, s);
    else
        JS_FreeValue(ctx, JS_GetException(ctx));
    if (JS_IsError(ctx, v)) {
        JSValue stack = JS_GetPropertyStr(ctx, v, "stack");
        if (!JS_IsUndefined(stack) && !JS_IsException(stack)) {
            const char *st = JS_ToCString(ctx, stack);
            if (st) {
                say(st);
                JS_FreeCString(ctx, st);
            }
        }
        JS_FreeValue(ctx, stack);
    }
}

static void print_exception(JSContext *ctx)
{
    JSValue exc = JS_GetException(ctx);
    if (JS_IsNull(exc)) /* QuickJS throws null when it runs out of memory while reporting it */
        say("Uncaught InternalError: out of memory (no memory left to build the error)\n");
    else
        print_value(ctx, "Uncaught ", exc);
    JS_FreeValue(ctx, exc);
}

#define MAX_REJECTIONS 32
static struct {
    JSValue promise, reason;
} rejections[MAX_REJECTIONS];
static int n_rejections, lost_rejections;

static void track_rejection(JSContext *ctx, JSValueConst promise, JSValueConst reason, JS_BOOL handled, void *opaque)
{
    (void)opaque;
    if (!handled) {
        if (n_rejections == MAX_REJECTIONS) {
            lost_rejections++;
            return;
        }
        rejections[n_rejections].promise = JS_DupValue(ctx, promise);
        rejections[n_rejections].reason = JS_DupValue(ctx, reason);
        n_rejections++;
        return;
    }
    for (int i = 0; i < n_rejections; i++) {
        if (JS_VALUE_GET_PTR(rejections[i].promise) == JS_VALUE_GET_PTR(promise)) {
            JS_FreeValue(ctx, rejections[i].promise);
            JS_FreeValue(ctx, rejections[i].reason);
            rejections[i] = rejections[--n_rejections];
            return;
        }
    }
}

static int report_rejections(JSContext *ctx)
{
    int n = n_rejections + lost_rejections;
    for (int i = 0; i < n_rejections; i++) {
        print_value(ctx, "Uncaught (in promise) ", rejections[i].reason);
        JS_FreeValue(ctx, rejections[i].promise);
        JS_FreeValue(ctx, rejections[i].reason);
    }
    n_rejections = 0;
    return n;
}

/* ---- running bytecode ---- */

static int run_bytecode(JSRuntime *rt, JSContext *ctx, const uint8_t *bc, size_t len)
{
    JSValue obj = JS_ReadObject(ctx, bc, len, JS_READ_OBJ_BYTECODE);
    if (JS_IsException(obj)) {
        say("cannot load the bytecode (not from qjsc-host " CONFIG_VERSION " with this configuration?)\n");
        print_exception(ctx);
        return 1;
    }
    if (JS_VALUE_GET_TAG(obj) == JS_TAG_MODULE && JS_ResolveModule(ctx, obj) < 0) {
        JS_FreeValue(ctx, obj);
        print_exception(ctx);
        return 1;
    }
    JSValue r = JS_EvalFunction(ctx, obj);
    if (JS_IsException(r)) {
        print_exception(ctx);
        return 1;
    }
    JS_FreeValue(ctx, r);
    for (;;) {
        JSContext *job_ctx;
        int e = JS_ExecutePendingJob(rt, &job_ctx);
        if (e == 0)
            break;
        if (e < 0) {
            print_exception(job_ctx);
            return 1;
        }
    }
    if (report_rejections(ctx))
        return 1;
    int code = 0;
    JSValue global = JS_GetGlobalObject(ctx);
    JSValue ec = JS_GetPropertyStr(ctx, global, "exitCode");
    if (JS_IsNumber(ec))
        JS_ToInt32(ctx, &code, ec);
    JS_FreeValue(ctx, ec);
    JS_FreeValue(ctx, global);
    return code;
}

/* ---- allocator self-test ---- */

static uint64_t rng = 0x9e3779b97f4a7c15u;
static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static size_t random_size(void)
{
    uint64_t r = next_rand() % 1000;
    if (r < 700)
        return (size_t)(next_rand() % 200);
    if (r < 950)
        return (size_t)(next_rand() % 4096);
    if (r < 998)
        return (size_t)(next_rand() % 65536);
    return (size_t)(next_rand() % (1 << 20));
}

static void fill(uint8_t *p, size_t n, unsigned slot)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (uint8_t)(slot * 31 + i);
}

static int same(const uint8_t *p, size_t n, unsigned slot)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (uint8_t)(slot * 31 + i))
            return 0;
    return 1;
}

static int alloc_selftest(long ops)
{
    enum { SLOTS = 2048 };
    static uint8_t *ptr[SLOTS];
    static size_t len[SLOTS];
    long failures = 0;
    for (long op = 0; op < ops; op++) {
        unsigned s = (unsigned)(next_rand() % SLOTS);
        uint64_t kind = next_rand() % 10;
        if (ptr[s] && !same(ptr[s], len[s], s)) {
            printf("alloc selftest: slot %u corrupted at op %ld\n", s, op);
            return 1;
        }
        if (ptr[s] && kind < 4) {
            free(ptr[s]);
            ptr[s] = NULL;
        } else if (ptr[s]) {
            size_t n = random_size();
            uint8_t *q = realloc(ptr[s], n);
            if (!q && n) {
                failures++;
                continue;
            }
            size_t keep = n < len[s] ? n : len[s];
            if (!same(q, keep, s)) {
                printf("alloc selftest: realloc lost data at op %ld\n", op);
                return 1;
            }
            ptr[s] = q;
            len[s] = n;
            fill(q, n, s);
        } else {
            size_t n = random_size();
            uint8_t *q;
            if (kind < 6) {
                q = malloc(n);
            } else if (kind < 8) {
                q = calloc(1, n);
                for (size_t i = 0; q && i < n; i++)
                    if (q[i]) {
                        printf("alloc selftest: calloc memory not zero at op %ld\n", op);
                        return 1;
                    }
            } else {
                size_t align = (size_t)32 << (next_rand() % 8);
                q = memalign(align, n);
                if (q && ((uintptr_t)q & (align - 1))) {
                    printf("alloc selftest: memalign(%zu) gave %p\n", align, (void *)q);
                    return 1;
                }
            }
            if (!q) {
                failures++;
                continue;
            }
            if (((uintptr_t)q & 15) || malloc_usable_size(q) < n) {
                printf("alloc selftest: bad block %p for %zu bytes\n", (void *)q, n);
                return 1;
            }
            ptr[s] = q;
            len[s] = n;
            fill(q, n, s);
        }
        if (op % 4096 == 0 && mirage_heap_check()) {
            printf("alloc selftest: heap check %d at op %ld\n", mirage_heap_check(), op);
            return 1;
        }
    }
    for (unsigned s = 0; s < SLOTS; s++)
        free(ptr[s]);
    struct mirage_heap_stats st;
    mirage_heap_get_stats(&st);
    int check = mirage_heap_check();
    printf("alloc selftest: %ld ops, %ld refused, peak %zu of %zu bytes, check %d, in use after %zu, top %zu\n",
           ops, failures, st.peak_used_bytes, st.heap_bytes, check, st.used_bytes, st.top_bytes);
    /* Everything freed must have coalesced back into one untouched top. */
    return check != 0 || st.used_bytes != 0 || st.allocations != 0 || st.top_bytes != st.heap_bytes;
}

/* ---- main ---- */

static int parse_num(const char *s, uint64_t *out)
{
    char *end;
    if (!s || !*s)
        return -1;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end)
        return -1;
    *out = v;
    return 0;
}

int main(int argc, char **argv)
{
    uint64_t heap_mb = 64, memory_limit = 0, stack_size = 0, selftest = 0, wall_ms = 0;
    int stats = 0;
    const char *file = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        uint64_t *num = NULL;
        if (!strcmp(a, "--heap-mb"))
            num = &heap_mb;
        else if (!strcmp(a, "--memory-limit"))
            num = &memory_limit;
        else if (!strcmp(a, "--stack-size"))
            num = &stack_size;
        else if (!strcmp(a, "--alloc-selftest"))
            num = &selftest;
        else if (!strcmp(a, "--wall-ms"))
            num = &wall_ms;
        else if (!strcmp(a, "--stats"))
            stats = 1;
        else if (a[0] == '-' || file) {
            printf("quickjs-harness: unexpected argument '%s'\n", a);
            return 2;
        } else
            file = a;
        if (num && parse_num(argv[++i], num)) {
            printf("quickjs-harness: %s needs a number\n", a);
            return 2;
        }
    }
    if (wall_ms)
        harness_fixed_wall_ns = wall_ms * 1000000u;

    size_t heap_len = (size_t)heap_mb << 20;
    void *heap = harness_map(heap_len);
    if (!heap) {
        printf("quickjs-harness: cannot map a %" PRIu64 " MiB heap\n", heap_mb);
        return 3;
    }
    mirage_heap_init(heap, heap_len);
    if (selftest)
        return alloc_selftest((long)selftest);

    const uint8_t *bc;
    size_t bc_len;
    uint8_t *loaded = NULL;
    if (file) {
        loaded = harness_read_file(file, &bc_len);
        if (!loaded) {
            printf("quickjs-harness: cannot read %s\n", file);
            return 2;
        }
        bc = loaded;
    } else if (qjsc_bundle && &qjsc_bundle_size) {
        bc = qjsc_bundle;
        bc_len = qjsc_bundle_size;
    } else {
        say("usage: quickjs-harness [--heap-mb N] [--memory-limit N] [--stack-size N] [--wall-ms N] [--stats] "
            "[--alloc-selftest N] [bundle.bin]\n");
        return 2;
    }

    JSRuntime *rt = JS_NewRuntime();
    if (!rt) {
        say("quickjs-harness: cannot create the JS runtime: out of memory\n");
        return 3;
    }
    if (memory_limit)
        JS_SetMemoryLimit(rt, (size_t)memory_limit);
    if (stack_size)
        JS_SetMaxStackSize(rt, (size_t)stack_size);
    JS_SetHostPromiseRejectionTracker(rt, track_rejection, NULL);
    JSContext *ctx = JS_NewContext(rt);
    if (!ctx || add_globals(ctx) < 0) {
        say("quickjs-harness: cannot create the JS context: out of memory\n");
        return 3;
    }
    int status = run_bytecode(rt, ctx, bc, bc_len);
    if (status == 1)
        return 1; /* leave the heap as it is: the guest would stop here too */

    free(loaded);
    JS_FreeContext(ctx);
    JS_FreeRuntime(rt);
    int check = mirage_heap_check();
    if (stats || check) {
        struct mirage_heap_stats st;
        mirage_heap_get_stats(&st);
        printf("heap: check %d, peak %zu bytes, in use after teardown %zu bytes in %zu blocks, %zu refused\n",
               check, st.peak_used_bytes, st.used_bytes, st.allocations, st.failed);
    }
    return check ? 70 : status;
}
