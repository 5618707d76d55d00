/*
 * The parts mirage-spt and mirage-hvt share (see tender-common.h).
 * Written for this project from the public description of the Solo5 ABI
 * (native/include/mirage_solo5_abi.h); not derived from Solo5's code.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tender-common.h"

const char *kernel_path = "";

void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", tender.prog);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* ---- the image ---------------------------------------------------------- */

void image_read(const char *path, struct image *img)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        die("%s: cannot open: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        die("%s: not a regular file", path);
    if (st.st_size < (off_t)sizeof(Elf64_Ehdr) || st.st_size > (off_t)1 << 32)
        die("%s: not a Solo5 image (size %lld)", path, (long long)st.st_size);
    img->size = (size_t)st.st_size;
    /* A private read-only mapping: segments are copied once, from the page cache into guest
     * memory (or, spt's read-only ones, mapped from the file), never read into a buffer first.
     * Not pre-faulted: spt touches only headers, notes and the writable segments here. */
    void *m = mmap(NULL, img->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED)
        die("%s: cannot map: %s", path, strerror(errno));
    img->bytes = m;
    img->fd = fd;

    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)img->bytes;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0)
        die("%s: not an ELF file", path);
    img->eh = eh;
    img->ph = NULL;
}

void image_release(struct image *img)
{
    munmap((void *)img->bytes, img->size);
    img->bytes = NULL;
    close(img->fd);
    img->fd = -1;
}

void image_check_phdrs(const char *path, struct image *img)
{
    const Elf64_Ehdr *eh = img->eh;
    if (eh->e_phentsize != sizeof(Elf64_Phdr) || eh->e_phnum == 0 || eh->e_phoff > img->size ||
        (size_t)eh->e_phnum * sizeof(Elf64_Phdr) > img->size - eh->e_phoff)
        die("%s: invalid ELF program headers", path);
    img->ph = (const Elf64_Phdr *)(img->bytes + eh->e_phoff);
}

const uint8_t *find_note(const struct image *img, uint32_t type, uint32_t *descsz)
{
    for (unsigned i = 0; i < img->eh->e_phnum; i++) {
        const Elf64_Phdr *p = &img->ph[i];
        if (p->p_type != PT_NOTE)
            continue;
        if (p->p_offset > img->size || p->p_filesz > img->size - p->p_offset)
            die("%s: PT_NOTE %u lies outside the file", kernel_path, i);
        size_t at = 0;
        while (at + 12 <= p->p_filesz) {
            const uint8_t *n = img->bytes + p->p_offset + at;
            uint32_t nsz, dsz, t;
            memcpy(&nsz, n, 4);
            memcpy(&dsz, n + 4, 4);
            memcpy(&t, n + 8, 4);
            size_t name_end = 12 + (((size_t)nsz + 3) & ~(size_t)3);
            size_t end = name_end + (((size_t)dsz + 3) & ~(size_t)3);
            if (name_end > p->p_filesz - at || 12 + (size_t)nsz + dsz > p->p_filesz - at)
                die("%s: malformed note in PT_NOTE %u", kernel_path, i);
            if (nsz == MS5_NOTE_OWNER_SIZE && memcmp(n + 12, MS5_NOTE_OWNER, 6) == 0 &&
                t == type) {
                *descsz = dsz;
                return n;
            }
            at += end;
        }
    }
    return NULL;
}

const char *target_name(uint32_t t)
{
    switch (t) {
    case MS5_TARGET_HVT: return "hvt";
    case MS5_TARGET_SPT: return "spt";
    case MS5_TARGET_VIRTIO: return "virtio";
    case MS5_TARGET_MUEN: return "muen";
    case MS5_TARGET_GENODE: return "genode";
    case MS5_TARGET_XEN: return "xen";
    default: return "an unknown";
    }
}

void check_abi(const struct image *img)
{
    uint32_t dsz;
    const uint8_t *n = find_note(img, MS5_NOTE_ABI1, &dsz);
    if (n == NULL)
        die("%s: not a Solo5 image (no Solo5 ABI note)", kernel_path);
    if (dsz < sizeof(struct ms5_abi1) || dsz > tender.abi_note_max)
        die("%s: malformed Solo5 ABI note (size %u)", kernel_path, dsz);
    struct ms5_abi1 abi;
    memcpy(&abi, n + MS5_ABI1_PAYLOAD_OFFSET, sizeof abi);
    const char *want = target_name(tender.target);
    if (abi.target != tender.target)
        die("%s: built for the %s target, not %s (use a tender for %s%s)", kernel_path,
            target_name(abi.target), want, target_name(abi.target),
            abi.target == MS5_TARGET_SPT ? tender.spt_tenders : "");
    if (abi.version != tender.abi_version)
        die("%s: requests %s ABI version %u; this tender implements version %u", kernel_path,
            want, abi.version, tender.abi_version);
}

struct ms5_mft *manifest_note(const struct image *img, size_t *size)
{
    uint32_t dsz;
    const uint8_t *n = find_note(img, MS5_NOTE_MFT1, &dsz);
    if (n == NULL)
        die("%s: no Solo5 manifest note", kernel_path);
    size_t pad = MS5_MFT1_PAYLOAD_OFFSET - 20;
    if (dsz < pad + 8 || dsz > pad + MS5_MFT_SIZE(MS5_MFT_MAX_ENTRIES))
        die("%s: malformed Solo5 manifest (note size %u)", kernel_path, dsz);
    size_t len = dsz - pad;
    struct ms5_mft *m = aligned_alloc(8, (len + 7) & ~(size_t)7);
    if (m == NULL)
        die("out of memory");
    memcpy(m, n + MS5_MFT1_PAYLOAD_OFFSET, len);
    *size = len;
    return m;
}

/* ---- options ------------------------------------------------------------ */

unsigned parse_mem(const char *arg)
{
    const char *s = arg + strlen("--mem=");
    char *end;
    errno = 0;
    unsigned long long mb = (*s >= '0' && *s <= '9') ? strtoull(s, &end, 10) : 0;
    if (*s < '0' || *s > '9' || errno != 0 || *end != 0 || mb < 2 || mb > tender.max_mem_mb)
        die("%s: expected --mem=MB, a whole number of MiB from 2 to %u (e.g. --mem=64)", arg,
            tender.max_mem_mb);
    return (unsigned)mb;
}
