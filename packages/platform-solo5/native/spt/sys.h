/*
 * sys.h — the Linux x86_64 system calls an spt guest makes, as raw
 * `syscall` instructions (no libc, no vDSO).
 *
 * These are the only calls the tender's seccomp filter lets through (see
 * tender.c, build_filter): write to fd 1 and to network (TAP) fds, read from
 * network fds, pread64/pwrite64 of one whole block inside the device on block
 * fds (each device's own block size and capacity), epoll_pwait on the
 * tender's epoll fd, timerfd_settime on its timerfd, clock_gettime for
 * CLOCK_REALTIME/CLOCK_MONOTONIC, arch_prctl(ARCH_SET_FS) and exit_group.
 * Anything else kills the guest. The device fds are whatever the manifest
 * copy says (the tender moves them into contiguous runs); nothing here may
 * assume their numbers.
 */
#ifndef MIRAGE_SPT_SYS_H
#define MIRAGE_SPT_SYS_H

#include <stdint.h>

enum {
    NR_read = 0,
    NR_write = 1,
    NR_pread64 = 17,
    NR_pwrite64 = 18,
    NR_arch_prctl = 158,
    NR_clock_gettime = 228,
    NR_exit_group = 231,
    NR_epoll_pwait = 281,
    NR_timerfd_settime = 286,
};

#define SYS_EINTR 4
#define SYS_EAGAIN 11
#define SYS_CLOCK_REALTIME 0
#define SYS_CLOCK_MONOTONIC 1
#define SYS_TFD_TIMER_ABSTIME 1
#define SYS_ARCH_SET_FS 0x1002

struct sys_timespec {
    int64_t sec;
    int64_t nsec;
};

struct sys_itimerspec {
    struct sys_timespec interval;
    struct sys_timespec value;
};

/* struct epoll_event is packed on x86_64: 4 + 8 = 12 bytes. */
struct sys_epoll_event {
    uint32_t events;
    uint64_t data;
} __attribute__((packed));

static inline long sys3(long nr, long a, long b, long c)
{
    long r;
    __asm__ volatile("syscall"
                     : "=a"(r)
                     : "a"(nr), "D"(a), "S"(b), "d"(c)
                     : "rcx", "r11", "memory");
    return r;
}

static inline long sys4(long nr, long a, long b, long c, long d)
{
    long r;
    register long r10 __asm__("r10") = d;
    __asm__ volatile("syscall"
                     : "=a"(r)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10)
                     : "rcx", "r11", "memory");
    return r;
}

static inline long sys6(long nr, long a, long b, long c, long d, long e, long f)
{
    long r;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall"
                     : "=a"(r)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8),
                       "r"(r9)
                     : "rcx", "r11", "memory");
    return r;
}

static inline __attribute__((noreturn)) void sys_exit_group(int status)
{
    for (;;)
        sys3(NR_exit_group, status, 0, 0);
}

#endif
