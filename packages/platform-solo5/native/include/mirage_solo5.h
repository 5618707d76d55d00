/*
 * mirage_solo5.h — the one guest-facing API of this project's Solo5 bindings.
 *
 * The runtime (event loop, QuickJS host functions) and the test guests are
 * written against this header only; native/spt/ and native/hvt/ implement it.
 *
 * The names and types follow Solo5's public application interface
 * (solo5_console_write, solo5_yield, solo5_net_read, ...): code written
 * against this header also builds against upstream Solo5's bindings, and the
 * semantics are the public ones:
 *
 *   - Handles are manifest indices; a handle set is a 64-bit mask of handles.
 *   - solo5_yield(deadline, &ready) blocks until the monotonic clock reaches
 *     `deadline` (ns) or a network device has input; *ready gets the set of
 *     ready devices (0 when the deadline passed).
 *   - Network reads are non-blocking: SOLO5_R_AGAIN when nothing is queued.
 *     One call moves one Ethernet frame (at most mtu + 14 bytes).
 *   - Block I/O is synchronous, exactly one block (block_size bytes) at an
 *     offset that is a multiple of block_size and inside the capacity.
 *
 * Additions of this project are prefixed mirage_solo5_.
 */
#ifndef MIRAGE_SOLO5_H
#define MIRAGE_SOLO5_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    SOLO5_R_OK = 0,
    SOLO5_R_AGAIN = 1,
    SOLO5_R_EINVAL = 2,
    SOLO5_R_EUNSPEC = 3,
} solo5_result_t;

/* ---- start and exit --------------------------------------------------- */

struct solo5_start_info {
    const char *cmdline; /* the guest command line (after the tender's --) */
    uintptr_t heap_start; /* first free byte after the image, page aligned */
    size_t heap_size;     /* bytes up to the reserved stack */
};

/* Provided by the application (runtime/main.c or a test guest). */
int solo5_app_main(const struct solo5_start_info *info);

#define SOLO5_EXIT_SUCCESS 0
#define SOLO5_EXIT_FAILURE 1
#define SOLO5_EXIT_ABORT 255

void solo5_exit(int status) __attribute__((noreturn));
void solo5_abort(void) __attribute__((noreturn));

/* Thread pointer (%fs base on x86_64). The bindings set one up before
 * solo5_app_main (see mirage_solo5_tls_*); applications may move it. */
solo5_result_t solo5_set_tls_base(uintptr_t base);

/* ---- time ------------------------------------------------------------- */

typedef uint64_t solo5_time_t;

solo5_time_t solo5_clock_monotonic(void); /* ns, arbitrary origin */
solo5_time_t solo5_clock_wall(void);      /* ns since the Unix epoch */

/* ---- waiting ---------------------------------------------------------- */

typedef uint64_t solo5_handle_t;
typedef uint64_t solo5_handle_set_t;

void solo5_yield(solo5_time_t deadline, solo5_handle_set_t *ready_set);

/* ---- console ---------------------------------------------------------- */

void solo5_console_write(const char *buf, size_t size);

/* ---- network ---------------------------------------------------------- */

#define SOLO5_NET_ALEN 6
#define SOLO5_NET_HLEN 14

struct solo5_net_info {
    uint8_t mac_address[SOLO5_NET_ALEN];
    size_t mtu; /* payload bytes, without the Ethernet header */
};

solo5_result_t solo5_net_acquire(const char *name, solo5_handle_t *handle,
                                 struct solo5_net_info *info);
solo5_result_t solo5_net_write(solo5_handle_t handle, const uint8_t *buf,
                               size_t size);
solo5_result_t solo5_net_read(solo5_handle_t handle, uint8_t *buf, size_t size,
                              size_t *read_size);

/* ---- block ------------------------------------------------------------ */

typedef uint64_t solo5_off_t;

struct solo5_block_info {
    solo5_off_t capacity;   /* bytes */
    solo5_off_t block_size; /* bytes, the unit of every read and write */
};

solo5_result_t solo5_block_acquire(const char *name, solo5_handle_t *handle,
                                   struct solo5_block_info *info);
solo5_result_t solo5_block_write(solo5_handle_t handle, solo5_off_t offset,
                                 const uint8_t *buf, size_t size);
solo5_result_t solo5_block_read(solo5_handle_t handle, solo5_off_t offset,
                                uint8_t *buf, size_t size);

/* ---- project additions ------------------------------------------------ */

/* "spt" or "hvt". */
const char *mirage_solo5_target(void);

/* The command line as the tender passed it (same string as start_info). */
const char *mirage_solo5_cmdline(void);

/* Devices declared in the manifest. Index 0 is the reserved entry; returns
 * 0 and fills in name and type (1 = BLOCK_BASIC, 2 = NET_BASIC) for a device,
 * -1 past the end. */
int mirage_solo5_device(unsigned index, const char **name, unsigned *type);

/* Bytes reserved for the stack at the top of guest memory (not in the heap). */
#define MIRAGE_SOLO5_STACK_SIZE (2u << 20)

#ifdef __cplusplus
}
#endif

#endif /* MIRAGE_SOLO5_H */
