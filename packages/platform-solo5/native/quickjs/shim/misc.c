/*
 * errno without a thread pointer, process exit through the runtime, assert, the stack-protector
 * fallbacks, single-threaded pthread stubs (for QuickJS's Atomics), and the pieces of musl's
 * stdio internals that would read the thread pointer.
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include "mirage_libc.h"

/* musl's errno is a field of the thread descriptor (%fs); a guest has one thread. */
static int errno_value;
int *__errno_location(void) { return &errno_value; }
int *___errno_location(void) { return &errno_value; }

static void say(const char *s) { mirage_console_write(s, strlen(s)); }

void exit(int status) { mirage_exit(status); }
void _Exit(int status) { mirage_exit(status); }
void _exit(int status) { mirage_exit(status); }

void abort(void)
{
    say("abort() called\n");
    mirage_abort();
}

void __assert_fail(const char *expr, const char *file, int line, const char *func)
{
    printf("Assertion failed: %s (%s: %s: %d)\n", expr, file, func, line);
    mirage_abort();
}

/* Weak: the Solo5 bindings of the runtime may bring their own (with -mstack-protector-guard=global). */
__attribute__((weak)) uintptr_t __stack_chk_guard = 0x595e9fbd94fda766u;
__attribute__((weak, noreturn)) void __stack_chk_fail(void)
{
    say("stack smashing detected\n");
    mirage_abort();
}

/* musl locks a FILE through the thread descriptor; only string FILEs (vsnprintf) exist here,
 * and those are never locked, but vfprintf still links the lock functions. */
int __lockfile(FILE *f) { (void)f; return 0; }
void __unlockfile(FILE *f) { (void)f; }

/* musl's wcrtomb asks the thread's locale whether it is UTF-8; the guest always is. Only
 * printf's %lc/%ls reach these. */
size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict st)
{
    (void)st;
    uint32_t c = (uint32_t)wc;
    if (!s)
        return 1;
    if (c < 0x80) {
        s[0] = (char)c;
        return 1;
    } else if (c < 0x800) {
        s[0] = (char)(0xc0 | (c >> 6));
        s[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    } else if (c < 0x10000) {
        if (c >= 0xd800 && c < 0xe000)
            goto ilseq;
        s[0] = (char)(0xe0 | (c >> 12));
        s[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        s[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    } else if (c < 0x110000) {
        s[0] = (char)(0xf0 | (c >> 18));
        s[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        s[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        s[3] = (char)(0x80 | (c & 0x3f));
        return 4;
    }
ilseq:
    errno = EILSEQ;
    return (size_t)-1;
}

int wctomb(char *s, wchar_t wc)
{
    if (!s)
        return 0;
    return (int)wcrtomb(s, wc, NULL);
}

/* One thread, so mutexes are free and a condition variable can never be signalled while we
 * wait. QuickJS only waits in Atomics.wait, which it refuses unless JS_SetCanBlock(rt, 1). */
int pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict a) { (void)m; (void)a; return 0; }
int pthread_mutex_destroy(pthread_mutex_t *m) { (void)m; return 0; }
int pthread_mutex_lock(pthread_mutex_t *m) { (void)m; return 0; }
int pthread_mutex_trylock(pthread_mutex_t *m) { (void)m; return 0; }
int pthread_mutex_unlock(pthread_mutex_t *m) { (void)m; return 0; }
int pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict a) { (void)c; (void)a; return 0; }
int pthread_cond_destroy(pthread_cond_t *c) { (void)c; return 0; }
int pthread_cond_signal(pthread_cond_t *c) { (void)c; return 0; }
int pthread_cond_broadcast(pthread_cond_t *c) { (void)c; return 0; }
int pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m, const struct timespec *restrict t)
{
    (void)c; (void)m; (void)t;
    return ETIMEDOUT;
}
int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m)
{
    (void)c; (void)m;
    say("pthread_cond_wait: would wait forever in a single-threaded guest\n");
    mirage_abort();
}

/* musl's strerror translates through the thread's locale (%fs); printf's %m reaches it. */
char *strerror(int e)
{
    switch (e) {
    case 0: return "No error information";
    case EPERM: return "Operation not permitted";
    case ENOENT: return "No such file or directory";
    case EIO: return "I/O error";
    case EBADF: return "Bad file descriptor";
    case EAGAIN: return "Resource temporarily unavailable";
    case ENOMEM: return "Out of memory";
    case EINVAL: return "Invalid argument";
    case ENOSPC: return "No space left on device";
    case EDOM: return "Domain error";
    case ERANGE: return "Result not representable";
    case ENOSYS: return "Function not implemented";
    case EOVERFLOW: return "Value too large for data type";
    case EILSEQ: return "Illegal byte sequence";
    case ETIMEDOUT: return "Operation timed out";
    default: return "Unknown error";
    }
}

/* musl's string FILEs (vsnprintf, strtod) mention this so that a program using stdio flushes
 * its files at exit; the real one takes the open-file-list lock (futex system calls). There
 * are no buffered files here. */
void __stdio_exit_needed(void) {}
