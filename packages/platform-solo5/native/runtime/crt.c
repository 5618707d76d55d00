/*
 * crt.c — target-independent start code of a guest image (see
 * mirage_solo5_crt.h) and the few freestanding functions the compiler may
 * call on its own (memcpy, memset, memmove, memcmp) — weak, so a libc linked
 * into the image (the QuickJS shim) takes precedence.
 */
#include "../include/mirage_solo5.h"
#include "../include/mirage_solo5_crt.h"

/* Defined by the linker script (native/ld/mirage-solo5.lds). */
extern char _end[];
extern char __tdata_start[], __tdata_end[];
extern char __tbss_size[], __tls_align[];
typedef void (*init_fn)(void);
extern init_fn __init_array_start[], __init_array_end[];

#define PAGE 4096u

static _Alignas(64) unsigned char tls_area[16384];

static void tls_init(void)
{
    uintptr_t tdata = (uintptr_t)(__tdata_end - __tdata_start);
    uintptr_t tbss = (uintptr_t)__tbss_size;
    uintptr_t align = (uintptr_t)__tls_align;
    if (align == 0)
        align = 1;
    /*
     * Variant II: the TLS block ends at the thread pointer; the linker
     * addresses a variable at tp - round_up(tdata + tbss, PT_TLS alignment)
     * + its offset in the block, so round with exactly that alignment. The
     * thread pointer itself is aligned to at least 64 bytes.
     */
    uintptr_t size = (tdata + tbss + align - 1) & ~(align - 1);
    uintptr_t tp_align = align > 64 ? align : 64;
    uintptr_t tp = ((uintptr_t)tls_area + size + tp_align - 1) & ~(tp_align - 1);
    if (tp + MIRAGE_CRT_TCB_SIZE > (uintptr_t)tls_area + sizeof tls_area) {
        static const char msg[] = "mirage-solo5: TLS segment too large\n";
        solo5_console_write(msg, sizeof msg - 1);
        solo5_exit(SOLO5_EXIT_ABORT);
    }
    unsigned char *block = (unsigned char *)(tp - size);
    memcpy(block, __tdata_start, tdata);
    memset(block + tdata, 0, size - tdata + MIRAGE_CRT_TCB_SIZE);
    *(uintptr_t *)tp = tp; /* tcb->self */
    if (solo5_set_tls_base(tp) != SOLO5_R_OK) {
        static const char msg[] = "mirage-solo5: cannot set the thread pointer\n";
        solo5_console_write(msg, sizeof msg - 1);
        solo5_exit(SOLO5_EXIT_ABORT);
    }
}

/*
 * The Solo5 guest options (--solo5:quiet|error|warn|info|debug) lead the
 * command line, as upstream's bindings accept them; they are consumed here
 * so the unikernel's own argument parser never sees them. The first other
 * word (an unknown --solo5:x included) starts the unikernel's arguments.
 * Only debug changes what is printed: a boot line; the bindings print
 * nothing else unless something fails.
 */
static const char *solo5_options(const char *p, int *debug)
{
    static const char *const known[] = {"quiet", "error", "warn", "info", "debug"};
    for (;;) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (memcmp(p, "--solo5:", 8) != 0)
            return p;
        const char *w = p + 8;
        unsigned n = 0;
        while (w[n] && w[n] != ' ' && w[n] != '\t')
            n++;
        int matched = 0;
        for (unsigned k = 0; k < sizeof known / sizeof known[0] && !matched; k++)
            if (strlen(known[k]) == n && memcmp(w, known[k], n) == 0) {
                matched = 1;
                *debug = k == 4;
            }
        if (!matched)
            return p;
        p = w + n;
    }
}

static void put_dec(uint64_t v)
{
    char b[21];
    int i = (int)sizeof b;
    do
        b[--i] = (char)('0' + v % 10);
    while ((v /= 10) && i > 0);
    solo5_console_write(b + i, sizeof b - (unsigned)i);
}

static void put(const char *s) { solo5_console_write(s, strlen(s)); }

void mirage_crt_start(const char *cmdline, uint64_t mem_size)
{
    int debug = 0;
    cmdline = solo5_options(cmdline, &debug);
    tls_init();
    for (init_fn *f = __init_array_start; f < __init_array_end; f++)
        (*f)();

    struct solo5_start_info si;
    uintptr_t heap = ((uintptr_t)_end + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
    uintptr_t top = (uintptr_t)mem_size - MIRAGE_SOLO5_STACK_SIZE;
    if (top < heap + (1u << 20)) {
        static const char msg[] =
            "mirage-solo5: not enough guest memory (increase --mem)\n";
        solo5_console_write(msg, sizeof msg - 1);
        solo5_exit(SOLO5_EXIT_FAILURE);
    }
    si.cmdline = cmdline;
    si.heap_start = heap;
    si.heap_size = top - heap;
    if (debug) {
        put("mirage-solo5: ");
        put(mirage_solo5_target());
        put(", memory ");
        put_dec(mem_size >> 20);
        put(" MiB, heap ");
        put_dec(si.heap_size >> 20);
        put(" MiB, devices:");
        const char *name;
        unsigned type, n = 0;
        for (unsigned i = 1; mirage_solo5_device(i, &name, &type) == 0; i++, n++) {
            put(" ");
            put(name);
            put(type == 2 ? " (net)" : " (block)");
        }
        put(n ? "\n" : " none\n");
    }
    solo5_exit(solo5_app_main(&si));
}

/* ---- freestanding helpers --------------------------------------------- */

__attribute__((weak)) void *memcpy(void *dst, const void *src, unsigned long n)
{
    void *d = dst;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(n) : : "memory");
    return dst;
}

__attribute__((weak)) void *memmove(void *dst, const void *src, unsigned long n)
{
    if ((uintptr_t)dst - (uintptr_t)src >= n)
        return memcpy(dst, src, n); /* no harmful overlap: copy forwards */
    unsigned char *d = (unsigned char *)dst + n - 1;
    const unsigned char *s = (const unsigned char *)src + n - 1;
    __asm__ volatile("std\n\trep movsb\n\tcld"
                     : "+D"(d), "+S"(s), "+c"(n)
                     :
                     : "memory");
    return dst;
}

__attribute__((weak)) void *memset(void *dst, int c, unsigned long n)
{
    void *d = dst;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return dst;
}

__attribute__((weak)) int memcmp(const void *a, const void *b, unsigned long n)
{
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x < *y ? -1 : 1;
    return 0;
}

__attribute__((weak)) unsigned long strlen(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return (unsigned long)(p - s);
}

/* Images compiled with -fstack-protector read the canary at %fs:0x28,
 * which the zeroed TCB provides; this is the failure path. */
__attribute__((weak, noreturn)) void __stack_chk_fail(void)
{
    static const char msg[] = "mirage-solo5: stack smashing detected\n";
    solo5_console_write(msg, sizeof msg - 1);
    solo5_exit(SOLO5_EXIT_ABORT);
}
