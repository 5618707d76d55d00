/*
 * FILE-less stdio: stdout and stderr are tokens, and every output function the guest uses formats
 * with musl's vsnprintf (which writes into a string through musl's internal string FILE, no
 * system call) and hands the bytes to mirage_console_write. musl's own stdout/stderr objects
 * (whose write callbacks are writev/ioctl system calls) are therefore never linked.
 *
 * Not provided: vfprintf (musl's vsnprintf calls it on its string FILE, so it must stay musl's),
 * input functions, fopen and friends. Guest code calls vprintf/fprintf/printf/puts instead.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mirage_libc.h"

struct _IO_FILE {
    char token;
};
static FILE in_file, out_file, err_file;
FILE *const stdin = &in_file;
FILE *const stdout = &out_file;
FILE *const stderr = &err_file;

static void out(const char *s, size_t n)
{
    if (n)
        mirage_console_write(s, n);
}

static int console_vprintf(const char *fmt, va_list ap)
{
    char buf[256];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    if (n >= 0) {
        if ((size_t)n < sizeof buf) {
            out(buf, (size_t)n);
        } else {
            char *big = malloc((size_t)n + 1);
            if (big) {
                vsnprintf(big, (size_t)n + 1, fmt, again);
                out(big, (size_t)n);
                free(big);
            } else {
                out(buf, sizeof buf - 1);
            }
        }
    }
    va_end(again);
    return n;
}

int vprintf(const char *fmt, va_list ap) { return console_vprintf(fmt, ap); }

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = console_vprintf(fmt, ap);
    va_end(ap);
    return n;
}

int fprintf(FILE *f, const char *fmt, ...)
{
    (void)f;
    va_list ap;
    va_start(ap, fmt);
    int n = console_vprintf(fmt, ap);
    va_end(ap);
    return n;
}

int fputc(int c, FILE *f)
{
    (void)f;
    char ch = (char)c;
    out(&ch, 1);
    return (unsigned char)c;
}

int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *s, FILE *f)
{
    (void)f;
    out(s, strlen(s));
    return 0;
}

int puts(const char *s)
{
    out(s, strlen(s));
    out("\n", 1);
    return 0;
}

size_t fwrite(const void *p, size_t size, size_t nmemb, FILE *f)
{
    (void)f;
    size_t n;
    if (__builtin_mul_overflow(size, nmemb, &n))
        return 0;
    out(p, n);
    return nmemb;
}

int fflush(FILE *f)
{
    (void)f;
    return 0;
}
