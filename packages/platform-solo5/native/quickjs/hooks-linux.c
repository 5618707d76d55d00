/*
 * The runtime hooks for the host test harness, over raw Linux system calls: the only code in
 * quickjs-harness that enters the kernel. The process starts at our own _start and never sets
 * up a thread pointer (FS base stays 0), so any %fs access left in the libraries would fault
 * here instead of passing by accident.
 */
#include <stdint.h>
#include <stdlib.h>
#include "mirage_libc.h"
#include "test-harness.h"

enum { SYS_read = 0, SYS_write = 1, SYS_open = 2, SYS_close = 3, SYS_mmap = 9,
       SYS_clock_gettime = 228, SYS_exit_group = 231 };

__attribute__((noinline)) static long sys(long n, long a, long b, long c, long d, long e, long f)
{
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long r;
    __asm__ volatile("syscall"
                     : "=a"(r)
                     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return r;
}

void mirage_console_write(const char *buf, size_t len)
{
    while (len) {
        long n = sys(SYS_write, 1, (long)buf, (long)len, 0, 0, 0);
        if (n <= 0)
            return;
        buf += n;
        len -= (size_t)n;
    }
}

static uint64_t clock_ns(int clk)
{
    struct { long sec, nsec; } ts;
    if (sys(SYS_clock_gettime, clk, (long)&ts, 0, 0, 0, 0) != 0)
        return 0;
    return (uint64_t)ts.sec * 1000000000u + (uint64_t)ts.nsec;
}

uint64_t mirage_clock_wall_ns(void) { return harness_fixed_wall_ns ? harness_fixed_wall_ns : clock_ns(0); }
uint64_t mirage_clock_monotonic_ns(void) { return clock_ns(1); }

void mirage_exit(int status)
{
    for (;;)
        sys(SYS_exit_group, status, 0, 0, 0, 0, 0);
}

void mirage_abort(void) { mirage_exit(134); }

void *harness_map(size_t len)
{
    long p = sys(SYS_mmap, 0, (long)len, 3 /* PROT_READ|PROT_WRITE */, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
    return p < 0 && p > -4096 ? NULL : (void *)p;
}

uint8_t *harness_read_file(const char *path, size_t *len)
{
    long fd = sys(SYS_open, (long)path, 0 /* O_RDONLY */, 0, 0, 0, 0);
    if (fd < 0)
        return NULL;
    size_t cap = 65536, n = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (!buf)
            break;
        if (n == cap) {
            uint8_t *bigger = realloc(buf, cap *= 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
        }
        long r = sys(SYS_read, fd, (long)(buf + n), (long)(cap - n), 0, 0, 0);
        if (r < 0) {
            free(buf);
            buf = NULL;
            break;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    sys(SYS_close, fd, 0, 0, 0, 0, 0);
    *len = n;
    return buf;
}

__attribute__((noreturn, used)) static void start_c(long *sp)
{
    exit(main((int)sp[0], (char **)(sp + 1)));
}

__asm__(".text\n"
        ".global _start\n"
        "_start:\n"
        "  xor %ebp, %ebp\n"
        "  mov %rsp, %rdi\n"
        "  and $-16, %rsp\n"
        "  call start_c\n"
        "  hlt\n");
