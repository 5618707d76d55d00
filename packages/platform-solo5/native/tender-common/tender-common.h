/*
 * What the project's two tenders share: mirage-spt (native/spt/tender.c) and
 * mirage-hvt (native/hvt/tender.c). Error reporting, reading
 * a Solo5 image and its notes, the ABI check, --mem.
 *
 * Each tender defines `tender` (its name and the limits and target the shared
 * code checks against) and sets `kernel_path` before it reads the image.
 * Every message is "PROG: ..." on stderr, then exit status 1.
 */
#ifndef MIRAGE_TENDER_COMMON_H
#define MIRAGE_TENDER_COMMON_H

#include <elf.h>
#include <stddef.h>
#include <stdint.h>

#include "../include/mirage_solo5_abi.h"

struct tender_info {
    const char *prog;        /* program name, the prefix of every message */
    uint32_t target;         /* MS5_TARGET_* the images must be built for */
    uint32_t abi_version;    /* the target's ABI version the tender implements */
    uint32_t abi_note_max;   /* largest ABI note descriptor accepted, in bytes */
    const char *spt_tenders; /* appended to "use a tender for spt" when given an spt image */
    unsigned max_mem_mb;     /* --mem=MB accepts 2..max_mem_mb */
};
/* Defined by each tender. */
extern const struct tender_info tender;

/* The KERNEL operand, named in messages about the image; "" until main sets it. */
extern const char *kernel_path;

/* Prints "PROG: MESSAGE\n" to stderr and exits with status 1. */
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* ---- the image ---------------------------------------------------------- */

struct image {
    const uint8_t *bytes; /* the file mapped read-only */
    size_t size;
    int fd; /* open until image_release: spt maps read-only segments from it */
    const Elf64_Ehdr *eh;
    const Elf64_Phdr *ph; /* set by image_check_phdrs */
};

/*
 * Maps the regular file `path` whole (at most 4 GiB), read-only, and checks
 * the ELF magic; sets img->bytes, size and eh. The tender then checks the ELF
 * header fields it cares about and calls image_check_phdrs, copies (or, spt,
 * maps) the segments into guest memory and calls image_release.
 */
void image_read(const char *path, struct image *img);
void image_release(struct image *img);
/* Checks the program header table lies inside the file; sets img->ph. */
void image_check_phdrs(const char *path, struct image *img);

/*
 * Finds the Solo5 note of `type`; returns its start in the file (header
 * included) and sets *descsz, or returns NULL.
 */
const uint8_t *find_note(const struct image *img, uint32_t type, uint32_t *descsz);

/* "hvt", "spt", ... for a MS5_TARGET_* value; "an unknown" for any other. */
const char *target_name(uint32_t t);

/* The ABI note must name tender.target and tender.abi_version. */
void check_abi(const struct image *img);

/*
 * A copy of the image's manifest (8-byte aligned, caller frees) after the
 * note-size checks; *size its length. The tender checks the contents.
 */
struct ms5_mft *manifest_note(const struct image *img, size_t *size);

/* ---- options ------------------------------------------------------------ */

/* "--mem=MB": MB from 2 to tender.max_mem_mb. */
unsigned parse_mem(const char *arg);

#endif
