/*
 * hello — the bindings' smoke test: console, command line, clocks, yield
 * with a deadline, TLS, constructors, heap, exit status. Command-line words:
 *   exit=N     exit with status N (default 0)
 *   sleep=MS   yield until now + MS milliseconds (default 20)
 *   abort      call solo5_abort()
 *   forbidden  make a system call the spt seccomp filter does not allow
 *              (getpid); the tender's filter must kill the guest
 *   stderr     write to fd 2, which the filter does not allow either
 *   fault=K    cause a CPU fault (hvt: the exception table reports it, exit
 *              255): ud (ud2), div (divide by zero), gp (non-canonical
 *              address), null (read address 0; exit 3 if that works, as on
 *              a tender that maps page 0), wtext (write to this guest's
 *              code; exit 4 if that works, as without W^X)
 *   exits=N    yield with a past deadline N times, each a VM exit on hvt (the
 *              poll hypercall) and a ppoll system call on spt, and print the
 *              mean cost: "exits: N in T ns, E ns each" (for the benchmarks)
 */
#include "guest.h"

static __thread uint64_t tls_initialised = 41;
static __thread uint8_t tls_zeroed[15]; /* < 16 bytes: the TLS segment is 8-aligned */
static int constructor_ran;

__attribute__((constructor)) static void init(void) { constructor_ran = 1; }

static void forbidden_syscall(long nr, long a0, long a1, long a2)
{
    long r;
    __asm__ volatile("syscall"
                     : "=a"(r)
                     : "a"(nr), "D"(a0), "S"(a1), "d"(a2)
                     : "rcx", "r11", "memory");
    (void)r;
}

static int is(const char *value, const char *word)
{
    unsigned long n = strlen(word);
    return memcmp(value, word, n) == 0 && (value[n] == ' ' || value[n] == 0);
}

/* The addresses come from volatile objects so the compiler cannot see the fault coming (it would
 * replace a known NULL dereference with ud2). */
static int fault(const char *kind)
{
    if (is(kind, "ud")) {
        __asm__ volatile("ud2");
    } else if (is(kind, "div")) {
        volatile uint64_t n = 100, zero = 0; /* both unknown: 1 / x compiles to x == 1 */
        out_u64(n / zero);
    } else if (is(kind, "gp")) {
        volatile uint64_t *volatile p = (volatile uint64_t *)0x8000000000000000ull;
        out_u64(*p);
    } else if (is(kind, "null")) {
        volatile uint64_t *volatile p = 0;
        uint64_t v = *p;
        out("null read returned ");
        out_u64(v);
        out("\n");
        return 3;
    } else if (is(kind, "wtext")) {
        volatile uint8_t *volatile p = (volatile uint8_t *)(uintptr_t)&solo5_app_main;
        *p = *p; /* the same byte: the code still runs if the write goes through */
        out("wrote text\n");
        return 4;
    } else {
        out("unknown fault kind\n");
        return 2;
    }
    out("still running after the fault\n");
    return 2;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    out("hello from mirage-solo5 on ");
    out(mirage_solo5_target());
    out("\ncmdline: [");
    out(si->cmdline);
    out("]\n");

    solo5_time_t wall = solo5_clock_wall();
    out("wall: ");
    out(wall > 1600000000ull * 1000000000ull ? "ok " : "BAD ");
    out_u64(wall / 1000000000ull);
    out("\n");

    uint64_t ms = 20;
    const char *s = arg(si->cmdline, "sleep");
    if (s)
        ms = parse_u64(s);
    solo5_time_t t0 = solo5_clock_monotonic();
    solo5_handle_set_t ready = 12345;
    solo5_yield(t0 + ms * 1000000ull, &ready);
    solo5_time_t t1 = solo5_clock_monotonic();
    out("yield: ");
    out(t1 - t0 >= ms * 1000000ull ? "ok" : "EARLY");
    out(" slept_ms=");
    out_u64((t1 - t0) / 1000000ull);
    out(" ready=");
    out_u64(ready);
    out("\n");

    /* A deadline in the past returns at once. */
    solo5_yield(0, &ready);
    out("yield(past): ok\n");

    int tls_ok = tls_initialised == 41;
    for (int i = 0; i < 15; i++)
        tls_ok &= tls_zeroed[i] == 0;
    tls_initialised++;
    tls_zeroed[3] = 7;
    tls_ok &= tls_initialised == 42 && tls_zeroed[3] == 7;
    out(tls_ok ? "tls: ok\n" : "tls: BAD\n");
    out(constructor_ran ? "constructor: ok\n" : "constructor: BAD\n");

    volatile uint8_t *heap = (volatile uint8_t *)si->heap_start;
    heap[0] = 1;
    heap[si->heap_size - 1] = 2;
    out("heap: ");
    out(heap[0] == 1 && heap[si->heap_size - 1] == 2 ? "ok " : "BAD ");
    out_u64(si->heap_size >> 20);
    out(" MiB at 0x");
    out_hex(si->heap_start, 8);
    out("\n");

    const char *name;
    unsigned type;
    for (unsigned i = 1; mirage_solo5_device(i, &name, &type) == 0; i++) {
        out("device: ");
        out(name);
        out(type == 2 ? " net\n" : " block\n");
    }

    if (has_word(si->cmdline, "abort"))
        solo5_abort();
    s = arg(si->cmdline, "fault");
    if (s)
        return fault(s);
    s = arg(si->cmdline, "exits");
    if (s) {
        uint64_t n = parse_u64(s);
        solo5_time_t e0 = solo5_clock_monotonic();
        for (uint64_t i = 0; i < n; i++)
            solo5_yield(0, &ready);
        solo5_time_t spent = solo5_clock_monotonic() - e0;
        out("exits: ");
        out_u64(n);
        out(" in ");
        out_u64(spent);
        out(" ns, ");
        out_u64(n ? spent / n : 0);
        out(" ns each\n");
    }
    if (has_word(si->cmdline, "forbidden")) {
        out("calling getpid\n");
        forbidden_syscall(39, 0, 0, 0);
        out("still alive after getpid\n");
    }
    if (has_word(si->cmdline, "stderr")) {
        out("writing to fd 2\n");
        forbidden_syscall(1, 2, (long)"x\n", 2);
        out("still alive after writing to fd 2\n");
    }

    s = arg(si->cmdline, "exit");
    int status = s ? (int)parse_u64(s) : 0;
    out("bye ");
    out_u64((uint64_t)status);
    out("\n");
    return status;
}
