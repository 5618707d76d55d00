/*
 * mirage-spt — a seccomp process tender for Solo5 "spt" guests.
 *
 *   mirage-spt [--mem=MB] [--net:NAME=IFACE|@FD] [--net-mac:NAME=MAC]
 *              [--block:NAME=PATH] [--block-sector-size:NAME=BYTES]
 *              [--] KERNEL [ARGS...]
 *
 * Same command line and guest ABI as upstream Solo5's solo5-spt, so an image
 * runs on either. Steps: read KERNEL's Solo5 notes (the ABI note must say spt,
 * ABI version 2; the manifest lists the devices), parse the options against
 * the manifest, map guest memory at its final addresses
 * [0x10000, mem), load the PT_LOAD segments with their own protections (never
 * writable and executable), attach the devices, write the boot information,
 * install a seccomp-BPF allow-list and jump to the entry point. From then on
 * the process *is* the guest: it can make only the system calls its bindings
 * need, on the descriptors the tender opened for it.
 *
 * The image reading, ABI check and --mem parsing it shares with mirage-hvt-test
 * are in native/tender-common/.
 *
 * Written for this project from the public description of the Solo5 spt ABI
 * (see native/include/mirage_solo5_abi.h); not derived from Solo5's code.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ifaddrs.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <elf.h>
#include <net/if.h>
#include <linux/audit.h>
#include <linux/ethtool.h>
#include <linux/filter.h>
#include <linux/if_tun.h>
#include <linux/seccomp.h>
#include <linux/sockios.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#include <asm/prctl.h>

#include "../include/mirage_solo5_abi.h"
#include "../tender-common/tender-common.h"

#define PROG "mirage-spt"
#define DEFAULT_MEM_MB 512u /* upstream solo5-spt's default */
#define MAX_MEM_MB (64u * 1024u)
#define PAGE 4096u

const struct tender_info tender = {
    .prog = PROG,
    .target = MS5_TARGET_SPT,
    .abi_version = MS5_SPT_ABI_VERSION,
    .abi_note_max = 64,
    .spt_tenders = "",
    .max_mem_mb = MAX_MEM_MB,
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: " PROG " [OPTIONS] [--] KERNEL [ARGS...]\n"
            "Runs the Solo5 spt guest KERNEL; ARGS become its command line.\n"
            "Options:\n"
            "  --mem=MB                        guest memory in MiB (default %u)\n"
            "  --net:NAME=IFACE | --net:NAME=@FD\n"
            "                                  attach TAP interface IFACE (or open fd FD)\n"
            "                                  as the manifest's network device NAME\n"
            "  --net-mac:NAME=xx:xx:xx:xx:xx:xx  MAC address of NAME (default random)\n"
            "  --block:NAME=PATH               attach file or block device PATH as the\n"
            "                                  manifest's block device NAME\n"
            "  --block-sector-size:NAME=BYTES  block size of NAME (power of two >= 512,\n"
            "                                  default 512)\n"
            "  --help, --version\n"
            "Every device in KERNEL's manifest must be attached.\n",
            DEFAULT_MEM_MB);
}

/* ---- reading the image ------------------------------------------------ */

static void read_image(const char *path, struct image *img)
{
    image_read(path, img);
    const Elf64_Ehdr *eh = img->eh;
    if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB ||
        eh->e_version != EV_CURRENT || eh->e_machine != EM_X86_64)
        die("%s: not an x86_64 ELF64 executable", path);
    if (eh->e_type != ET_EXEC)
        die("%s: not a static executable (ELF type %u; Solo5 images are ET_EXEC)", path,
            eh->e_type);
    if (eh->e_ehsize != sizeof(Elf64_Ehdr))
        die("%s: invalid ELF program headers", path);
    image_check_phdrs(path, img);
    /* (A PT_INTERP is fine: upstream images carry a dummy one so Linux won't run them.) */
    for (unsigned i = 0; i < eh->e_phnum; i++)
        if (img->ph[i].p_type == PT_DYNAMIC)
            die("%s: not a static executable (it is dynamically linked; Solo5 images are "
                "static)", path);
}

static struct ms5_mft *load_manifest(const struct image *img, size_t *size)
{
    size_t len;
    struct ms5_mft *m = manifest_note(img, &len);
    if (m->version != MS5_MFT_VERSION)
        die("%s: manifest version %u, expected %u", kernel_path, m->version, MS5_MFT_VERSION);
    if (m->entries < 1 || m->entries > MS5_MFT_MAX_ENTRIES || len != MS5_MFT_SIZE(m->entries))
        die("%s: malformed Solo5 manifest (%u entries in %zu bytes)", kernel_path, m->entries,
            len);
    if (m->e[0].type != MS5_DEV_RESERVED_FIRST || m->e[0].name[0] != 0)
        die("%s: malformed Solo5 manifest (entry 0 is not the reserved entry)", kernel_path);
    for (uint32_t i = 0; i < m->entries; i++) {
        struct ms5_mft_entry *e = &m->e[i];
        if (e->name[MS5_MFT_NAME_MAX] != 0 || e->attached)
            die("%s: malformed Solo5 manifest (entry %u)", kernel_path, i);
        if (i > 0 && e->type != MS5_DEV_NET_BASIC && e->type != MS5_DEV_BLOCK_BASIC)
            die("%s: manifest entry '%s' has unsupported device type %u", kernel_path,
                e->name, e->type);
    }
    *size = len;
    return m;
}

static const char *type_name(uint32_t t)
{
    return t == MS5_DEV_NET_BASIC ? "NET_BASIC" : t == MS5_DEV_BLOCK_BASIC ? "BLOCK_BASIC" : "?";
}

static void declared_list(const struct ms5_mft *m, char *buf, size_t len)
{
    size_t at = 0;
    buf[0] = 0;
    for (uint32_t i = 1; i < m->entries && at < len; i++)
        at += (size_t)snprintf(buf + at, len - at, "%s%s (%s)", i > 1 ? ", " : "",
                               m->e[i].name, type_name(m->e[i].type));
    if (m->entries <= 1)
        snprintf(buf, len, "none");
}

/* ---- devices ---------------------------------------------------------- */

struct devopts {
    bool mac_set;
    uint8_t mac[6];
    unsigned block_size;
};
static struct devopts devopts[MS5_MFT_MAX_ENTRIES];

/* "--net:NAME=VALUE" → entry of type `type` named NAME; VALUE in *value. */
static struct ms5_mft_entry *named_device(struct ms5_mft *m, const char *arg, size_t prefix,
                                          uint32_t type, const char **value, unsigned *index)
{
    const char *name = arg + prefix;
    const char *eq = strchr(name, '=');
    if (eq == NULL || eq == name || eq[1] == 0)
        die("%s: expected %.*sNAME=VALUE", arg, (int)prefix, arg);
    size_t nlen = (size_t)(eq - name);
    for (size_t k = 0; k < nlen; k++)
        if (!((name[k] >= 'a' && name[k] <= 'z') || (name[k] >= 'A' && name[k] <= 'Z') ||
              (name[k] >= '0' && name[k] <= '9')))
            die("%s: device names are letters and digits", arg);
    for (uint32_t i = 1; i < m->entries; i++) {
        if (strlen(m->e[i].name) == nlen && memcmp(m->e[i].name, name, nlen) == 0) {
            if (m->e[i].type != type)
                die("%s: device '%.*s' is a %s device in the manifest of %s", arg, (int)nlen,
                    name, type_name(m->e[i].type), kernel_path);
            *value = eq + 1;
            *index = i;
            return &m->e[i];
        }
    }
    char list[1024];
    declared_list(m, list, sizeof list);
    die("%s: %s declares no %s device named '%.*s' (declared: %s)", arg, kernel_path,
        type == MS5_DEV_NET_BASIC ? "network" : "block", (int)nlen, name, list);
}

static int tap_open(const char *arg, const char *ifname, uint16_t *mtu)
{
    if (ifname[0] == '@') {
        char *end;
        errno = 0;
        long fd = strtol(ifname + 1, &end, 10);
        if (errno != 0 || end == ifname + 1 || *end != 0 || fd < 0 || fd > INT_MAX)
            die("%s: expected @FD with FD a descriptor number", arg);
        int fl = fcntl((int)fd, F_GETFL);
        if (fl < 0 || fcntl((int)fd, F_SETFL, fl | O_NONBLOCK) < 0)
            die("%s: descriptor %ld: %s", arg, fd, strerror(errno));
        *mtu = 1500;
        return (int)fd;
    }
    if (strlen(ifname) >= IFNAMSIZ)
        die("%s: interface name too long", arg);
    int sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (sock < 0)
        die("%s: socket: %s", arg, strerror(errno));
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
    /* The interface must exist: opening the TUN device would create it. */
    if (ioctl(sock, SIOCGIFFLAGS, &ifr) < 0)
        die("%s: no network interface '%s' (create it first, e.g. "
            "`ip tuntap add %s mode tap && ip link set %s up`)",
            arg, ifname, ifname, ifname);
    if (!(ifr.ifr_flags & IFF_UP))
        die("%s: interface '%s' is down (`ip link set %s up`)", arg, ifname, ifname);
    int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK);
    if (fd < 0)
        die("%s: cannot open /dev/net/tun: %s", arg, strerror(errno));
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
    ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
    if (ioctl(fd, TUNSETIFF, &ifr) < 0)
        die("%s: cannot attach to TAP interface '%s': %s%s", arg, ifname, strerror(errno),
            errno == EINVAL ? " (is it a TAP, not a TUN or other interface?)" : "");
    if (strncmp(ifr.ifr_name, ifname, IFNAMSIZ) != 0)
        die("%s: the kernel attached '%s' instead of '%s'", arg, ifr.ifr_name, ifname);
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
    if (ioctl(sock, SIOCGIFMTU, &ifr) < 0)
        die("%s: cannot read the MTU of '%s': %s", arg, ifname, strerror(errno));
    *mtu = (uint16_t)ifr.ifr_mtu;
    /* Frames are read whole into an MTU-sized buffer: no GRO/GSO batches. */
    static const uint32_t offloads[] = {ETHTOOL_SGRO, ETHTOOL_SGSO};
    for (size_t k = 0; k < sizeof offloads / sizeof offloads[0]; k++) {
        struct ethtool_value v = {.cmd = offloads[k], .data = 0};
        memset(&ifr, 0, sizeof ifr);
        strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
        ifr.ifr_data = (char *)&v;
        (void)ioctl(sock, SIOCETHTOOL, &ifr);
    }
    close(sock);
    return fd;
}

static void parse_mac(const char *arg, const char *s, uint8_t mac[6])
{
    unsigned v[6];
    char tail;
    if (sscanf(s, "%2x:%2x:%2x:%2x:%2x:%2x%c", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
               &tail) != 6)
        die("%s: expected a MAC address like 02:00:00:00:00:01", arg);
    for (int k = 0; k < 6; k++)
        mac[k] = (uint8_t)v[k];
    if (mac[0] & 1)
        die("%s: %s is a multicast address", arg, s);
}

/* ---- guest memory and loading ------------------------------------------ */

/* Guest addresses are host addresses in this process. */
static inline uint8_t *G(uint64_t addr) { return (uint8_t *)(uintptr_t)addr; }

static void map_guest(uint64_t mem)
{
    void *p = mmap((void *)(uintptr_t)MS5_SPT_HOST_MEM_BASE, mem - MS5_SPT_HOST_MEM_BASE,
                   PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED || p != (void *)(uintptr_t)MS5_SPT_HOST_MEM_BASE)
        die("cannot map %" PRIu64 " MiB of guest memory at 0x%x: %s", mem >> 20,
            MS5_SPT_HOST_MEM_BASE,
            p == MAP_FAILED ? strerror(errno) : "the kernel chose another address");
}

static uint64_t load_segments(const struct image *img, uint64_t mem_size)
{
    uint64_t end = 0;
    for (unsigned i = 0; i < img->eh->e_phnum; i++) {
        const Elf64_Phdr *p = &img->ph[i];
        if (p->p_type != PT_LOAD || p->p_memsz == 0)
            continue;
        uint64_t align = p->p_align < PAGE ? PAGE : p->p_align;
        if (align & (align - 1))
            die("%s: segment %u: alignment %" PRIu64 " is not a power of two", kernel_path, i,
                (uint64_t)p->p_align);
        uint64_t start = p->p_vaddr & ~(align - 1);
        if (p->p_memsz < p->p_filesz || p->p_vaddr > UINT64_MAX - p->p_memsz - align)
            die("%s: segment %u: bad sizes", kernel_path, i);
        uint64_t stop = (p->p_vaddr + p->p_memsz + align - 1) & ~(align - 1);
        if (start < MS5_GUEST_MIN_BASE)
            die("%s: segment %u at 0x%" PRIx64 " is below the lowest guest address 0x%x",
                kernel_path, i, (uint64_t)p->p_vaddr, MS5_GUEST_MIN_BASE);
        if (start < end)
            die("%s: segment %u overlaps the previous one (or headers are unsorted)",
                kernel_path, i);
        if (stop > mem_size)
            die("%s: the image (up to 0x%" PRIx64 ") does not fit in %" PRIu64
                " MiB of guest memory (raise --mem)",
                kernel_path, stop, mem_size >> 20);
        if ((p->p_flags & PF_W) && (p->p_flags & PF_X))
            die("%s: segment %u is both writable and executable; refusing to load it",
                kernel_path, i);
        if (p->p_offset > img->size || p->p_filesz > img->size - p->p_offset)
            die("%s: segment %u lies outside the file", kernel_path, i);
        memcpy(G(p->p_vaddr), img->bytes + p->p_offset, p->p_filesz);
        memset(G(p->p_vaddr + p->p_filesz), 0, p->p_memsz - p->p_filesz);
        int prot = ((p->p_flags & PF_R) ? PROT_READ : 0) | ((p->p_flags & PF_W) ? PROT_WRITE : 0) |
                   ((p->p_flags & PF_X) ? PROT_EXEC : 0);
        if (mprotect(G(start), stop - start, prot) != 0)
            die("%s: mprotect of segment %u failed: %s", kernel_path, i, strerror(errno));
        end = stop;
    }
    if (end == 0)
        die("%s: no loadable segments", kernel_path);
    uint64_t entry = img->eh->e_entry;
    if (entry < MS5_GUEST_MIN_BASE || entry >= end)
        die("%s: entry point 0x%" PRIx64 " is outside the image", kernel_path, entry);
    return end;
}

/* ---- seccomp ---------------------------------------------------------- */

#define MAXPROG 512
static struct sock_filter prog[MAXPROG];
static unsigned plen;

static void emit(uint16_t code, uint32_t k, uint8_t jt, uint8_t jf)
{
    if (plen >= MAXPROG)
        die("seccomp filter too large");
    prog[plen++] = (struct sock_filter){code, jt, jf, k};
}

#define ARG_LO(n) (offsetof(struct seccomp_data, args) + 8 * (n))
#define ARG_HI(n) (offsetof(struct seccomp_data, args) + 8 * (n) + 4)

enum cmp { EQ, LE };
struct cond {
    int arg;
    enum cmp op;
    uint64_t value;
};

/* Emits "if (nr == NR && all conds) return ALLOW"; falls through otherwise. */
static void rule(int nr, unsigned n, const struct cond *c)
{
    unsigned fix[32], nfix = 0; /* instructions whose jf/jt go to the block end */
    bool fix_jt[32];
    emit(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr), 0, 0);
    fix_jt[nfix] = false;
    fix[nfix++] = plen;
    emit(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)nr, 0, 0);
    for (unsigned i = 0; i < n; i++) {
        uint32_t hi = (uint32_t)(c[i].value >> 32), lo = (uint32_t)c[i].value;
        if (c[i].op == EQ) {
            emit(BPF_LD | BPF_W | BPF_ABS, ARG_HI(c[i].arg), 0, 0);
            fix_jt[nfix] = false;
            fix[nfix++] = plen;
            emit(BPF_JMP | BPF_JEQ | BPF_K, hi, 0, 0);
            emit(BPF_LD | BPF_W | BPF_ABS, ARG_LO(c[i].arg), 0, 0);
            fix_jt[nfix] = false;
            fix[nfix++] = plen;
            emit(BPF_JMP | BPF_JEQ | BPF_K, lo, 0, 0);
        } else { /* unsigned 64-bit arg <= value */
            emit(BPF_LD | BPF_W | BPF_ABS, ARG_HI(c[i].arg), 0, 0);
            fix_jt[nfix] = true; /* hi > HI: fail */
            fix[nfix++] = plen;
            emit(BPF_JMP | BPF_JGT | BPF_K, hi, 0, 0);
            emit(BPF_JMP | BPF_JEQ | BPF_K, hi, 0, 2); /* hi < HI: pass */
            emit(BPF_LD | BPF_W | BPF_ABS, ARG_LO(c[i].arg), 0, 0);
            fix_jt[nfix] = true; /* lo > LO: fail */
            fix[nfix++] = plen;
            emit(BPF_JMP | BPF_JGT | BPF_K, lo, 0, 0);
        }
    }
    emit(BPF_RET | BPF_K, SECCOMP_RET_ALLOW, 0, 0);
    for (unsigned i = 0; i < nfix; i++) {
        unsigned off = plen - fix[i] - 1;
        if (off > 255)
            die("seccomp rule too long");
        if (fix_jt[i])
            prog[fix[i]].jt = (uint8_t)off;
        else
            prog[fix[i]].jf = (uint8_t)off;
    }
}

static void build_filter(const struct ms5_mft *m, int epfd, int tfd)
{
    emit(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch), 0, 0);
    emit(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
    emit(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS, 0, 0);
    emit(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr), 0, 0);
    emit(BPF_JMP | BPF_JGE | BPF_K, 0x40000000u, 0, 1); /* x32 ABI numbers */
    emit(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS, 0, 0);

    rule(SYS_write, 1, (struct cond[]){{0, EQ, 1}});
    rule(SYS_exit_group, 0, NULL);
    rule(SYS_epoll_pwait, 1, (struct cond[]){{0, EQ, (uint64_t)epfd}});
    rule(SYS_timerfd_settime, 1, (struct cond[]){{0, EQ, (uint64_t)tfd}});
    rule(SYS_clock_gettime, 1, (struct cond[]){{0, EQ, CLOCK_MONOTONIC}});
    rule(SYS_clock_gettime, 1, (struct cond[]){{0, EQ, CLOCK_REALTIME}});
    rule(SYS_arch_prctl, 1, (struct cond[]){{0, EQ, ARCH_SET_FS}});
    for (uint32_t i = 1; i < m->entries; i++) {
        const struct ms5_mft_entry *e = &m->e[i];
        uint64_t fd = (uint64_t)(uint32_t)e->b.hostfd;
        if (e->type == MS5_DEV_NET_BASIC) {
            rule(SYS_read, 1, (struct cond[]){{0, EQ, fd}});
            rule(SYS_write, 1, (struct cond[]){{0, EQ, fd}});
        } else {
            uint64_t bs = e->u.block.block_size;
            struct cond c[3] = {{0, EQ, fd}, {2, EQ, bs}, {3, LE, e->u.block.capacity - bs}};
            rule(SYS_pread64, 3, c);
            rule(SYS_pwrite64, 3, c);
        }
    }
    emit(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS, 0, 0);
}

/* ---- main ------------------------------------------------------------- */

int main(int argc, char **argv)
{
    /* Pass 1: find KERNEL (the first operand) and handle --help/--version. */
    int k = 1;
    for (; k < argc && argv[k][0] == '-'; k++) {
        if (strcmp(argv[k], "--") == 0) {
            k++;
            break;
        }
        if (strcmp(argv[k], "--help") == 0 || strcmp(argv[k], "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(argv[k], "--version") == 0) {
            printf(PROG " (@mirage/platform-solo5), spt ABI version %u\n", MS5_SPT_ABI_VERSION);
            return 0;
        }
    }
    if (k >= argc) {
        usage(stderr);
        die("missing KERNEL operand");
    }
    kernel_path = argv[k];

    struct image img;
    read_image(kernel_path, &img);
    check_abi(&img);
    size_t mft_size;
    struct ms5_mft *mft = load_manifest(&img, &mft_size);

    /* Pass 2: options, now that the manifest is known. */
    unsigned mem_mb = DEFAULT_MEM_MB;
    for (int i = 1; i < k; i++) {
        const char *a = argv[i], *val;
        unsigned idx;
        struct ms5_mft_entry *e;
        if (strcmp(a, "--") == 0)
            break;
        if (strncmp(a, "--mem=", 6) == 0) {
            mem_mb = parse_mem(a);
        } else if (strncmp(a, "--net:", 6) == 0) {
            e = named_device(mft, a, 6, MS5_DEV_NET_BASIC, &val, &idx);
            if (e->attached)
                die("%s: device '%s' is attached twice", a, e->name);
            uint16_t mtu;
            e->b.hostfd = tap_open(a, val, &mtu);
            e->u.net.mtu = mtu;
            e->attached = 1;
        } else if (strncmp(a, "--net-mac:", 10) == 0) {
            e = named_device(mft, a, 10, MS5_DEV_NET_BASIC, &val, &idx);
            parse_mac(a, val, devopts[idx].mac);
            devopts[idx].mac_set = true;
        } else if (strncmp(a, "--block:", 8) == 0) {
            e = named_device(mft, a, 8, MS5_DEV_BLOCK_BASIC, &val, &idx);
            if (e->attached)
                die("%s: device '%s' is attached twice", a, e->name);
            int fd = open(val, O_RDWR);
            if (fd < 0)
                die("%s: cannot open '%s' read-write: %s", a, val, strerror(errno));
            off_t cap = lseek(fd, 0, SEEK_END);
            if (cap < 0)
                die("%s: cannot find the size of '%s': %s", a, val, strerror(errno));
            e->b.hostfd = fd;
            e->u.block.capacity = (uint64_t)cap;
            e->attached = 1;
        } else if (strncmp(a, "--block-sector-size:", 20) == 0) {
            e = named_device(mft, a, 20, MS5_DEV_BLOCK_BASIC, &val, &idx);
            char *end;
            unsigned long bs = strtoul(val, &end, 10);
            if (*end != 0 || bs < 512 || bs > 32768 || (bs & (bs - 1)))
                die("%s: the sector size must be a power of two from 512 to 32768", a);
            devopts[idx].block_size = (unsigned)bs;
        } else {
            die("unknown option '%s' (see " PROG " --help)", a);
        }
    }

    /* Every declared device must be attached. */
    bool missing = false;
    for (uint32_t i = 1; i < mft->entries; i++) {
        struct ms5_mft_entry *e = &mft->e[i];
        if (e->attached)
            continue;
        fprintf(stderr, PROG ": %s declares %s device '%s' but it is not attached: add %s%s=%s\n",
                kernel_path, e->type == MS5_DEV_NET_BASIC ? "network" : "block", e->name,
                e->type == MS5_DEV_NET_BASIC ? "--net:" : "--block:", e->name,
                e->type == MS5_DEV_NET_BASIC ? "TAPIF" : "FILE");
        missing = true;
    }
    if (missing)
        exit(1);
    for (uint32_t i = 1; i < mft->entries; i++) {
        struct ms5_mft_entry *e = &mft->e[i];
        if (e->type == MS5_DEV_NET_BASIC) {
            if (devopts[i].mac_set) {
                memcpy(e->u.net.mac, devopts[i].mac, 6);
            } else {
                if (getrandom(e->u.net.mac, 6, 0) != 6)
                    die("getrandom: %s", strerror(errno));
                e->u.net.mac[0] = (uint8_t)((e->u.net.mac[0] & 0xfe) | 0x02);
            }
        } else {
            unsigned bs = devopts[i].block_size ? devopts[i].block_size : 512;
            if (e->u.block.capacity < bs || e->u.block.capacity % bs != 0)
                die("block device '%s': its size (%" PRIu64
                    " bytes) must be a non-zero multiple of the sector size %u",
                    e->name, e->u.block.capacity, bs);
            e->u.block.block_size = (uint16_t)bs;
        }
    }

    /* The guest command line: ARGS joined by spaces. */
    char cmdline[MS5_SPT_CMDLINE_SIZE];
    size_t cl = 0;
    cmdline[0] = 0;
    for (int i = k + 1; i < argc; i++) {
        size_t n = strlen(argv[i]);
        if (cl + n + (i > k + 1) >= sizeof cmdline)
            die("the guest command line is longer than %u bytes", MS5_SPT_CMDLINE_SIZE - 1);
        if (i > k + 1)
            cmdline[cl++] = ' ';
        memcpy(cmdline + cl, argv[i], n);
        cl += n;
        cmdline[cl] = 0;
    }

    int pers = personality(0xffffffff);
    if (pers < 0 || (pers & READ_IMPLIES_EXEC))
        die("refusing to run with the READ_IMPLIES_EXEC personality (no W^X)");

    uint64_t mem_size = (uint64_t)mem_mb << 20;
    map_guest(mem_size);
    uint64_t kernel_end = load_segments(&img, mem_size);

    int epfd = epoll_create1(EPOLL_CLOEXEC);
    int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (epfd < 0 || tfd < 0)
        die("epoll/timerfd: %s", strerror(errno));
    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = MS5_SPT_TIMER_TAG};
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, tfd, &ev) != 0)
        die("epoll_ctl: %s", strerror(errno));
    for (uint32_t i = 1; i < mft->entries; i++) {
        if (mft->e[i].type != MS5_DEV_NET_BASIC)
            continue;
        ev.events = EPOLLIN;
        ev.data.u64 = i; /* the device handle */
        if (epoll_ctl(epfd, EPOLL_CTL_ADD, mft->e[i].b.hostfd, &ev) != 0)
            die("epoll_ctl(%s): %s", mft->e[i].name, strerror(errno));
    }

    /* Boot information, manifest, command line: low memory, below the image. */
    uint64_t at = MS5_SPT_BOOT_INFO_BASE;
    struct ms5_spt_boot_info *bi = (struct ms5_spt_boot_info *)G(at);
    at += sizeof *bi;
    at = (at + 7) & ~7ull;
    memcpy(G(at), mft, mft_size);
    bi->mft = G(at);
    at += mft_size;
    memcpy(G(at), cmdline, cl + 1);
    bi->cmdline = (const char *)G(at);
    at += MS5_SPT_CMDLINE_SIZE;
    if (at > MS5_GUEST_MIN_BASE)
        die("internal error: boot information overflows low memory");
    bi->mem_size = mem_size;
    bi->kernel_end = kernel_end;
    bi->epollfd = epfd;
    bi->timerfd = tfd;

    build_filter(mft, epfd, tfd);
    uint64_t entry = img.eh->e_entry;
    free(img.bytes);
    free(mft);
    fflush(NULL);

    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        die("prctl(PR_SET_NO_NEW_PRIVS): %s", strerror(errno));
    struct sock_fprog fp = {.len = (unsigned short)plen, .filter = prog};
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp) != 0)
        die("cannot install the seccomp filter: %s", strerror(errno));

    /* No system calls beyond this point but the guest's own. */
    uint64_t sp = mem_size - 8;
    __asm__ volatile("mov %0, %%rsp\n\t"
                     "xor %%ebp, %%ebp\n\t"
                     "jmp *%1"
                     :
                     : "a"(sp), "c"(entry), "D"(bi)
                     : "memory");
    __builtin_unreachable();
}
