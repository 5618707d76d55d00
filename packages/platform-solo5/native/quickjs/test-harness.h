/* What the harness needs from the machine it runs on (hooks-linux.c, or guest-probe.c). */
#ifndef MIRAGE_TEST_HARNESS_H
#define MIRAGE_TEST_HARNESS_H
#include <stddef.h>
#include <stdint.h>

/* A zeroed, writable region of len bytes for the heap, or NULL. */
void *harness_map(size_t len);
/* The whole file in a malloc'd buffer, or NULL. */
uint8_t *harness_read_file(const char *path, size_t *len);
/* When not 0, mirage_clock_wall_ns returns this (--wall-ms). */
extern uint64_t harness_fixed_wall_ns;
int main(int argc, char **argv);

#endif
