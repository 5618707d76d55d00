/*
 * main.c — solo5_app_main of a QuickJS guest: the guest's one event loop.
 *
 *   1. the shim's allocator gets the Solo5 heap (mirage_heap_init)
 *   2. a QuickJS runtime and context; globalThis.__mirage_host (host.c)
 *   3. the application's bytecode is read and evaluated
 *   4. the loop of src/host.ts:
 *
 *        ready = 0
 *        for (;;) {
 *          run every pending promise job        (an exception: print, exit 1)
 *          no globalThis.__mirage_loop          → exit 0 (the application is done)
 *          deadline = __mirage_loop.tick(ready); ready = 0
 *          jobs pending again                   → continue (run them first)
 *          deadline < 0                         → exit 0
 *          ready = solo5_yield(deadline)          (a past deadline only polls)
 *        }
 *
 * Images linked with a boot trace (linkJsImage's bootTrace, for bench/) print
 * the monotonic clock at each step of the boot once the guest first idles or
 * ends: where a boot's milliseconds go, measured inside the guest.
 *
 * Unhandled promise rejections go to __mirage_loop.rejection(promise,
 * reason, handled) (QuickJS's host rejection tracker), which decides. Without
 * a loop, rejections still unhandled when the application ends are printed
 * and the guest exits with 1, as on Node.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quickjs.h"
#include "../include/mirage_solo5.h"
#include "mirage_runtime.h"

void mirage_heap_init(void *base, size_t len); /* the QuickJS helper's shim */

static void say(const char *s) { solo5_console_write(s, strlen(s)); }

/* ---- boot trace --------------------------------------------------------- */

/* Defined (as 1) only in images linked with a boot trace; weak, so absent is NULL. */
extern const int mirage_boot_trace __attribute__((weak));
enum { B_START, B_CONTEXT, B_READ, B_EVALUATED, B_JOBS, B_OUTPUT, B_STEPS };
static const char *const step_names[B_STEPS] = {"start", "context", "read", "evaluated", "first-jobs", "first-output"};
static solo5_time_t boot_at[B_STEPS];
static int boot_reported;

static void boot_mark(int step)
{
    if (&mirage_boot_trace != NULL && !boot_reported && boot_at[step] == 0)
        boot_at[step] = solo5_clock_monotonic();
}

void mirage_boot_output(void) { boot_mark(B_OUTPUT); }

static void put_u64(uint64_t v)
{
    char b[24];
    int i = sizeof b;
    b[--i] = 0;
    do
        b[--i] = (char)('0' + v % 10);
    while ((v /= 10) && i > 0);
    say(b + i);
}

/* One line, the first time the guest idles, ends or exits: "mirage-boot-trace: start=NS ...",
 * the steps reached. */
void mirage_boot_report(void)
{
    if (&mirage_boot_trace == NULL || boot_reported)
        return;
    boot_reported = 1;
    say("mirage-boot-trace:");
    for (int i = 0; i < B_STEPS; i++) {
        if (boot_at[i] == 0)
            continue; /* not reached: the guest exited before it */
        say(" ");
        say(step_names[i]);
        say("=");
        put_u64(boot_at[i]);
    }
    say("\n");
}

static void print_value(JSContext *ctx, JSValueConst v)
{
    const char *s = JS_ToCString(ctx, v);
    say(s ? s : "(unprintable value)");
    if (s)
        JS_FreeCString(ctx, s);
}

/* Prints the pending exception like Node: message, then the stack. */
static void report_exception(JSContext *ctx, const char *what)
{
    JSValue e = JS_GetException(ctx);
    say(what);
    print_value(ctx, e);
    say("\n");
    if (JS_IsError(ctx, e)) {
        JSValue stack = JS_GetPropertyStr(ctx, e, "stack");
        if (!JS_IsUndefined(stack) && !JS_IsNull(stack)) {
            print_value(ctx, stack);
            say("\n");
        }
        JS_FreeValue(ctx, stack);
    }
    JS_FreeValue(ctx, e);
}

static JSValue loop_entry(JSContext *ctx)
{
    JSValue g = JS_GetGlobalObject(ctx);
    JSValue loop = JS_GetPropertyStr(ctx, g, "__mirage_loop");
    JS_FreeValue(ctx, g);
    return loop;
}

/*
 * Rejections nobody handled while no __mirage_loop exists: kept (promise +
 * reason) until handled; any left when the application ends make it fail,
 * as an unhandled rejection does on Node.
 */
#define MAX_UNHANDLED 16
static struct {
    JSValue promise, reason;
} unhandled[MAX_UNHANDLED];
static unsigned n_unhandled, n_unhandled_lost;

static void forget_unhandled(JSContext *ctx, JSValueConst promise)
{
    for (unsigned i = 0; i < n_unhandled; i++) {
        if (JS_VALUE_GET_PTR(unhandled[i].promise) != JS_VALUE_GET_PTR(promise))
            continue;
        JS_FreeValue(ctx, unhandled[i].promise);
        JS_FreeValue(ctx, unhandled[i].reason);
        unhandled[i] = unhandled[--n_unhandled];
        return;
    }
}

/* 0, or 1 after printing the rejections still unhandled. */
static int report_unhandled(JSContext *ctx)
{
    if (n_unhandled == 0 && n_unhandled_lost == 0)
        return 0;
    for (unsigned i = 0; i < n_unhandled; i++) {
        say("Uncaught (in promise) ");
        print_value(ctx, unhandled[i].reason);
        say("\n");
        if (JS_IsError(ctx, unhandled[i].reason)) {
            JSValue stack = JS_GetPropertyStr(ctx, unhandled[i].reason, "stack");
            if (JS_IsString(stack)) {
                print_value(ctx, stack);
                say("\n");
            }
            JS_FreeValue(ctx, stack);
        }
    }
    if (n_unhandled_lost)
        say("(and more unhandled rejections)\n");
    return 1;
}

static void rejection_tracker(JSContext *ctx, JSValueConst promise, JSValueConst reason,
                              JS_BOOL is_handled, void *opaque)
{
    (void)opaque;
    JSValue loop = loop_entry(ctx);
    JSValue fn = JS_IsObject(loop) ? JS_GetPropertyStr(ctx, loop, "rejection") : JS_UNDEFINED;
    if (JS_IsFunction(ctx, fn)) {
        JSValueConst args[3] = {promise, reason, JS_NewBool(ctx, is_handled)};
        JSValue r = JS_Call(ctx, fn, loop, 3, args);
        if (JS_IsException(r))
            report_exception(ctx, "Uncaught exception in the rejection tracker: ");
        JS_FreeValue(ctx, r);
    } else if (is_handled) {
        forget_unhandled(ctx, promise);
    } else if (n_unhandled < MAX_UNHANDLED) {
        unhandled[n_unhandled].promise = JS_DupValue(ctx, promise);
        unhandled[n_unhandled].reason = JS_DupValue(ctx, reason);
        n_unhandled++;
    } else {
        n_unhandled_lost++;
    }
    JS_FreeValue(ctx, fn);
    JS_FreeValue(ctx, loop);
}

/* Runs promise jobs until none is left; -1 after an uncaught exception. */
static int drain_jobs(JSRuntime *rt)
{
    for (;;) {
        JSContext *jctx;
        int r = JS_ExecutePendingJob(rt, &jctx);
        if (r == 0)
            return 0;
        if (r < 0) {
            report_exception(jctx, "Uncaught ");
            return -1;
        }
    }
}

static int evaluate_app(JSContext *ctx)
{
    JSValue obj = JS_ReadObject(ctx, mirage_app_bytecode, mirage_app_bytecode_size,
                                JS_READ_OBJ_BYTECODE);
    if (JS_IsException(obj)) {
        report_exception(ctx, "Cannot load the application's bytecode: ");
        return -1;
    }
    boot_mark(B_READ);
    if (JS_VALUE_GET_TAG(obj) == JS_TAG_MODULE && JS_ResolveModule(ctx, obj) < 0) {
        JS_FreeValue(ctx, obj);
        report_exception(ctx, "Cannot link the application module: ");
        return -1;
    }
    JSValue r = JS_EvalFunction(ctx, obj);
    if (JS_IsException(r)) {
        report_exception(ctx, "Uncaught ");
        return -1;
    }
    JS_FreeValue(ctx, r);
    return 0;
}

static int run(const char *cmdline, uintptr_t heap_start, size_t heap_size)
{
    boot_mark(B_START);
    mirage_heap_init((void *)heap_start, heap_size);
    JSRuntime *rt = JS_NewRuntime();
    if (rt == NULL) {
        say("mirage: cannot create the JavaScript runtime (out of memory?)\n");
        return 1;
    }
    /* The C stack is MIRAGE_SOLO5_STACK_SIZE: leave room for C frames below JS. */
    JS_SetMaxStackSize(rt, MIRAGE_SOLO5_STACK_SIZE - (256u << 10));
    JS_SetHostPromiseRejectionTracker(rt, rejection_tracker, NULL);
    /* The first cycle collection at a quarter of the heap (at most 2 MiB) rather than
     * QuickJS's 256 KiB: a boot allocates a few hundred KiB of functions and shapes that all
     * stay alive, and collecting them over and over was a seventh of hello's module
     * evaluation. */
    size_t gc_first = heap_size / 4 < ((size_t)2 << 20) ? heap_size / 4 : ((size_t)2 << 20);
    if (gc_first > (256u << 10))
        JS_SetGCThreshold(rt, gc_first);
    JSContext *ctx = JS_NewContext(rt);
    if (ctx == NULL || mirage_host_install(ctx, cmdline) != 0) {
        say("mirage: cannot create the JavaScript context\n");
        return 1;
    }
    boot_mark(B_CONTEXT);
    if (evaluate_app(ctx) != 0)
        return 1;
    boot_mark(B_EVALUATED);

    double ready = 0;
    for (;;) {
        if (drain_jobs(rt) != 0)
            return 1;
        boot_mark(B_JOBS);
        JSValue loop = loop_entry(ctx);
        if (JS_IsUndefined(loop) || JS_IsNull(loop))
            return report_unhandled(ctx); /* no loop: the application ran to completion */
        JSValue tick = JS_GetPropertyStr(ctx, loop, "tick");
        if (!JS_IsFunction(ctx, tick)) {
            JS_FreeValue(ctx, tick);
            JS_FreeValue(ctx, loop);
            say("mirage: globalThis.__mirage_loop.tick is not a function\n");
            return 1;
        }
        JSValue arg = JS_NewFloat64(ctx, ready);
        JSValue r = JS_Call(ctx, tick, loop, 1, &arg);
        JS_FreeValue(ctx, tick);
        JS_FreeValue(ctx, loop);
        ready = 0;
        if (JS_IsException(r)) {
            report_exception(ctx, "Uncaught ");
            return 1;
        }
        int64_t deadline;
        if (JS_IsNumber(r)) {
            double d;
            JS_ToFloat64(ctx, &d, r);
            deadline = d >= 9.2e18 ? INT64_MAX : (int64_t)d;
        } else if (JS_ToBigInt64(ctx, &deadline, r)) {
            JS_FreeValue(ctx, r);
            report_exception(ctx, "mirage: __mirage_loop.tick returned no deadline: ");
            return 1;
        }
        JS_FreeValue(ctx, r);
        if (JS_IsJobPending(rt))
            continue;
        if (deadline < 0)
            return 0;
        mirage_boot_report();
        solo5_handle_set_t set = 0;
        solo5_yield((solo5_time_t)deadline, &set);
        ready = (double)set;
    }
}

int mirage_run(const char *cmdline, uintptr_t heap_start, size_t heap_size)
{
    int status = run(cmdline, heap_start, heap_size);
    mirage_boot_report();
    return status;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    return mirage_run(si->cmdline, si->heap_start, si->heap_size);
}
