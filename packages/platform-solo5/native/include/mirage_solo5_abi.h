/*
 * mirage_solo5_abi.h — the binary contract between a Solo5 tender and a guest,
 * as this project implements it.
 *
 * Written for this project from the public definition of the Solo5 ABI
 * (Solo5's docs/architecture.md and the layouts its include/ headers
 * document). Nothing here is Solo5 code; the numbers and layouts are what an
 * image must carry to be loaded by an upstream tender (solo5-spt / solo5-hvt)
 * and what our own tender (mirage-spt) accepts.
 *
 *   - two ELF notes, each in its own PT_NOTE program header, owner "Solo5":
 *       ABI1 (type 0x31494241): { u32 target, u32 version, u32 0, u32 0 }
 *       MFT1 (type 0x3154464d): 4 bytes of internal padding, then the manifest
 *   - the manifest: { u32 version = 1, u32 entries, entry[entries] }, entry 0
 *     is reserved (empty name, type MFT_RESERVED_FIRST); 104 bytes per entry
 *   - the boot information the tender passes (in %rdi) to the entry point
 *   - spt: the guest runs as the tender's own process under a seccomp filter
 *   - hvt: the guest talks to the tender with port I/O "hypercalls"
 *
 * Self-contained: C11 + <stdint.h>/<stddef.h> only, so both the host tender
 * and freestanding guests include it.
 */
#ifndef MIRAGE_SOLO5_ABI_H
#define MIRAGE_SOLO5_ABI_H

#include <stddef.h>
#include <stdint.h>

/* ---- ELF notes -------------------------------------------------------- */

#define MS5_NOTE_OWNER      "Solo5" /* n_namesz = 6, padded to 8 */
#define MS5_NOTE_OWNER_SIZE 6u
#define MS5_NOTE_ABI1       0x31494241u /* "ABI1" little-endian */
#define MS5_NOTE_MFT1       0x3154464du /* "MFT1" little-endian */

/* Targets named by the ABI1 note. */
enum ms5_target {
    MS5_TARGET_HVT = 1,
    MS5_TARGET_SPT = 2,
    MS5_TARGET_VIRTIO = 3,
    MS5_TARGET_MUEN = 4,
    MS5_TARGET_GENODE = 5,
    MS5_TARGET_XEN = 6,
};

/* ABI versions this project speaks (the current upstream ones). */
#define MS5_SPT_ABI_VERSION 2u
#define MS5_HVT_ABI_VERSION 2u

/* Guests are linked at or above this address on spt and hvt. */
#define MS5_GUEST_MIN_BASE 0x100000u

/* Header shared by both Solo5 notes: Elf64_Nhdr + "Solo5\0" + 2 pad bytes. */
struct ms5_note_head {
    uint32_t namesz;
    uint32_t descsz;
    uint32_t type;
    char name[8];
};
_Static_assert(sizeof(struct ms5_note_head) == 20, "note header is 20 bytes");

/* ABI1 descriptor: directly after the 20-byte header (4-byte aligned). */
struct ms5_abi1 {
    uint32_t target;
    uint32_t version;
    uint32_t reserved[2];
};
_Static_assert(sizeof(struct ms5_abi1) == 16, "ABI1 descriptor is 16 bytes");

/*
 * Offset of the descriptor's payload from the start of the note: the ABI1
 * payload starts right after the header (20), the manifest is realigned to 8
 * (24); descsz counts those padding bytes.
 */
#define MS5_ABI1_PAYLOAD_OFFSET 20u
#define MS5_MFT1_PAYLOAD_OFFSET 24u

/* ---- Manifest (MFT version 1) ----------------------------------------- */

#define MS5_MFT_VERSION     1u
#define MS5_MFT_MAX_ENTRIES 64u /* one bit each in a 64-bit handle set */
#define MS5_MFT_NAME_SIZE   68u /* including the terminating NUL */
#define MS5_MFT_NAME_MAX    67u

enum ms5_dev_type {
    MS5_DEV_BLOCK_BASIC = 1,
    MS5_DEV_NET_BASIC = 2,
    MS5_DEV_RESERVED_FIRST = 1 << 30,
};

/*
 * One manifest entry. The layout is fixed by the ABI (x86_64 LP64): the name,
 * the type, a 16-byte, 8-aligned union of per-type properties that the tender
 * fills in, an 8-byte slot for the tender's backing descriptor and a byte
 * saying whether the device was attached.
 */
struct ms5_mft_entry {
    char name[MS5_MFT_NAME_SIZE];
    uint32_t type;
    union {
        struct {
            uint64_t capacity;    /* bytes */
            uint16_t block_size;  /* bytes */
        } block;
        struct {
            uint8_t mac[6];
            uint16_t mtu;
        } net;
    } u;
    union {
        int32_t hostfd;           /* spt: the host descriptor */
        uint64_t opaque;
    } b;
    uint8_t attached;
};
_Static_assert(offsetof(struct ms5_mft_entry, type) == 68, "mft type @68");
_Static_assert(offsetof(struct ms5_mft_entry, u) == 72, "mft u @72");
_Static_assert(offsetof(struct ms5_mft_entry, b) == 88, "mft b @88");
_Static_assert(offsetof(struct ms5_mft_entry, attached) == 96, "mft attached @96");
_Static_assert(sizeof(struct ms5_mft_entry) == 104, "mft entry is 104 bytes");

struct ms5_mft {
    uint32_t version;
    uint32_t entries;
    struct ms5_mft_entry e[];
};
_Static_assert(offsetof(struct ms5_mft, e) == 8, "mft entries @8");

#define MS5_MFT_SIZE(n) (8u + (size_t)(n) * sizeof(struct ms5_mft_entry))

/* Linear lookup by name and type; returns the index (= device handle) or -1. */
static inline int ms5_mft_find(const struct ms5_mft *m, const char *name,
                               uint32_t type)
{
    for (uint32_t i = 0; i < m->entries; i++) {
        const struct ms5_mft_entry *e = &m->e[i];
        if (e->type != type)
            continue;
        uint32_t k = 0;
        while (k < MS5_MFT_NAME_SIZE && e->name[k] == name[k] && name[k] != 0)
            k++;
        if (k < MS5_MFT_NAME_SIZE && e->name[k] == 0 && name[k] == 0)
            return (int)i;
    }
    return -1;
}

/* ---- spt: seccomp process tender -------------------------------------- */

/*
 * The tender maps guest memory as one region that guest pointers address
 * directly: [MS5_SPT_HOST_MEM_BASE, mem_size). Below that nothing is mapped
 * (the kernel refuses low mappings). The boot information lives at
 * MS5_SPT_BOOT_INFO_BASE, followed by the manifest copy and then the command
 * line (MS5_SPT_CMDLINE_SIZE bytes). The guest starts with %rsp = mem_size - 8
 * and %rdi = &boot_info.
 */
#define MS5_SPT_HOST_MEM_BASE  0x10000u
#define MS5_SPT_BOOT_INFO_BASE (MS5_SPT_HOST_MEM_BASE + 0x1000u)
#define MS5_SPT_CMDLINE_SIZE   8192u

struct ms5_spt_boot_info {
    uint64_t mem_size;       /* bytes of guest memory (top of the stack) */
    uint64_t kernel_end;     /* end of the highest loaded segment */
    const char *cmdline;     /* NUL-terminated */
    const void *mft;         /* struct ms5_mft, devices filled in */
    int32_t epollfd;         /* the guest's only wait set */
    int32_t timerfd;         /* in epollfd with data.u64 = MS5_SPT_TIMER_TAG */
};
_Static_assert(sizeof(struct ms5_spt_boot_info) == 40, "spt boot info size");

/* epoll data of the tender's internal timerfd (devices use their handle). */
#define MS5_SPT_TIMER_TAG 0xfffffffeu

/* ---- hvt: hardware virtualised tender (x86_64) ------------------------ */

/*
 * Guest-physical low memory: 0x1000 GDT, 0x2000.. page tables, boot info at
 * MS5_HVT_BOOT_INFO_BASE; the guest starts in 64-bit mode with identity
 * mapped memory, %rsp = mem_size - 8 and %rdi = &boot_info.
 */
#define MS5_HVT_BOOT_INFO_BASE 0x10000u
#define MS5_HVT_CMDLINE_SIZE   8192u
#define MS5_HVT_PIO_BASE       0x500u /* hypercall n = outl(&arg, 0x500 + n) */

struct ms5_hvt_boot_info {
    uint64_t mem_size;
    uint64_t kernel_end;
    uint64_t cpu_cycle_freq; /* TSC frequency, Hz */
    uint64_t cmdline;        /* guest-physical address of the command line */
    uint64_t mft;            /* guest-physical address of the manifest */
    uint32_t host_features;  /* optional extensions the tender offers */
    uint32_t guest_features; /* ... and the guest accepts (we accept none) */
    uint64_t net_ring;
};

enum ms5_hvt_call {
    MS5_HVT_WALLTIME = 1,
    MS5_HVT_PUTS = 2,
    MS5_HVT_POLL = 3,
    MS5_HVT_BLOCK_WRITE = 4,
    MS5_HVT_BLOCK_READ = 5,
    MS5_HVT_NET_WRITE = 6,
    MS5_HVT_NET_READ = 7,
    MS5_HVT_HALT = 8,
};

struct ms5_hvt_walltime { uint64_t nsecs; };
struct ms5_hvt_puts { uint64_t data; uint64_t len; };
struct ms5_hvt_poll { uint64_t timeout_nsecs; uint64_t ready_set; int32_t ret; };
struct ms5_hvt_block_io {
    uint64_t handle;
    uint64_t offset;
    uint64_t data;
    uint64_t len;
    int32_t ret;
};
struct ms5_hvt_net_io {
    uint64_t handle;
    uint64_t data;
    uint64_t len;  /* in: buffer size (read) or frame size (write); out: read size */
    int32_t ret;
};
struct ms5_hvt_halt { uint64_t cookie; int32_t exit_status; };

#endif /* MIRAGE_SOLO5_ABI_H */
