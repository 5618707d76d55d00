/*
 * guest.h — tiny output and command-line helpers for the pure-C test guests
 * (no libc: only mirage_solo5.h and the freestanding helpers of crt.c).
 */
#ifndef MIRAGE_TEST_GUEST_H
#define MIRAGE_TEST_GUEST_H

#include "../../include/mirage_solo5.h"
#include "../../include/mirage_solo5_crt.h"

static inline void out(const char *s) { solo5_console_write(s, strlen(s)); }

static inline void out_u64(uint64_t v)
{
    char b[21];
    int i = 20;
    b[i] = 0;
    do {
        b[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    out(b + i);
}

static inline void out_hex(uint64_t v, int digits)
{
    char b[17];
    for (int i = 0; i < digits; i++)
        b[i] = "0123456789abcdef"[(v >> (4 * (digits - 1 - i))) & 15];
    b[digits] = 0;
    out(b);
}

static inline void out_mac(const uint8_t *m)
{
    for (int i = 0; i < 6; i++) {
        if (i)
            out(":");
        out_hex(m[i], 2);
    }
}

/* Finds "key=" among the space-separated words of s; returns the value. */
static inline const char *arg(const char *s, const char *key)
{
    unsigned long n = strlen(key);
    while (*s) {
        while (*s == ' ')
            s++;
        if (memcmp(s, key, n) == 0 && s[n] == '=')
            return s + n + 1;
        while (*s && *s != ' ')
            s++;
    }
    return 0;
}

static inline int has_word(const char *s, const char *w)
{
    unsigned long n = strlen(w);
    while (*s) {
        while (*s == ' ')
            s++;
        if (memcmp(s, w, n) == 0 && (s[n] == ' ' || s[n] == 0))
            return 1;
        while (*s && *s != ' ')
            s++;
    }
    return 0;
}

static inline uint64_t parse_u64(const char *s)
{
    uint64_t v = 0;
    while (s && *s >= '0' && *s <= '9')
        v = v * 10 + (uint64_t)(*s++ - '0');
    return v;
}

#endif
