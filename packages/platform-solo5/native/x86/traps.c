/*
 * The x86_64 exception table of the hvt and virtio bindings: a CPU exception
 * in the guest prints what happened on the console and halts with
 * SOLO5_EXIT_ABORT, instead of the triple fault a guest without an IDT gets
 * (which tenders and QEMU report without detail).
 *
 * The guest installs its own GDT (delivering an exception reads the GDT and
 * the TSS, and the tender's GDT sits in low memory the guest's page tables
 * leave unmapped), a TSS and an IDT of interrupt gates for vectors 0..31.
 * Every gate switches to a dedicated stack (IST1): the frame the CPU pushes
 * would otherwise overwrite the red zone of the interrupted function (the
 * system's libgcc is built with one), and a fault caused by a bad stack
 * pointer still gets a usable stack.
 *
 * Vectors 32..47 are the legacy PIC's IRQs 0..15 (virtio remaps it there):
 * their stubs save the caller-saved registers, call mirage_irq_handler(irq)
 * and return with iretq. On hvt interrupts stay off and none arrive.
 *
 * Integer-only, like the rest of the bindings.
 */
#include "../include/mirage_solo5.h"

#define SEL_CODE 0x08
#define SEL_DATA 0x10
#define SEL_TSS 0x18
#define VECTORS 32
#define IRQS 16
/* Each entry stub sits at mirage_trap_stubs + vector * STUB_SIZE. */
#define STUB_SIZE 16
#define STR_(x) #x
#define STR(x) STR_(x)

struct __attribute__((packed)) tss {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t iomap_base;
};

struct __attribute__((packed)) table_register {
    uint16_t limit;
    uint64_t base;
};

/* The stack as the stubs leave it: general registers (pushed last, so lowest), the vector, the
 * error code (0 for vectors without one), then what the CPU pushed. */
struct trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;
};
_Static_assert(sizeof(struct trap_frame) == 22 * 8, "trap_frame must match the stubs");

/* Written by ltr (busy bit), so not const. */
static _Alignas(16) uint64_t gdt[5] = {
    0,
    0x00af9b000000ffffull, /* 0x08: present, DPL 0, code, L (64-bit) */
    0x00cf93000000ffffull, /* 0x10: present, DPL 0, data, writable */
    /* 0x18: the TSS descriptor, 16 bytes, filled in at run time */
};
static struct tss tss;
static _Alignas(16) uint64_t idt[(VECTORS + IRQS) * 2];
static _Alignas(16) unsigned char trap_stack[16384];

extern const char mirage_trap_stubs[], mirage_irq_stubs[];

/* The bindings that enable interrupts define it; the default does nothing. */
__attribute__((weak)) void mirage_irq_handler(unsigned irq) { (void)irq; }

/*
 * Vectors 8, 10-14, 17, 21, 29 and 30 push an error code; the other stubs
 * push a 0 so every frame has the same layout. The CPU aligns the IST stack
 * to 16 bytes before pushing its 5 words; stub and common code push 17 more,
 * so %rsp is 16-byte aligned at the call, as the ABI wants.
 */
__asm__(".text\n"
        ".globl mirage_trap_stubs\n"
        ".hidden mirage_trap_stubs\n"
        ".balign 16\n"
        "mirage_trap_stubs:\n"
        ".set .Ltrap_errcode_mask, (1<<8)|(1<<10)|(1<<11)|(1<<12)|(1<<13)|(1<<14)|(1<<17)|(1<<21)|(1<<29)|(1<<30)\n"
        ".set .Ltrap_vector, 0\n"
        ".rept " STR(VECTORS) "\n"
        /* .org refuses to move backwards: a stub longer than STUB_SIZE fails the build. */
        "  .org mirage_trap_stubs + .Ltrap_vector * " STR(STUB_SIZE) ", 0xcc\n"
        "  .if ((.Ltrap_errcode_mask >> .Ltrap_vector) & 1) == 0\n"
        "    pushq $0\n"
        "  .endif\n"
        "  pushq $.Ltrap_vector\n"
        "  jmp mirage_trap_common\n"
        "  .set .Ltrap_vector, .Ltrap_vector + 1\n"
        ".endr\n"
        "mirage_trap_common:\n"
        "  pushq %rax\n  pushq %rbx\n  pushq %rcx\n  pushq %rdx\n"
        "  pushq %rsi\n  pushq %rdi\n  pushq %rbp\n"
        "  pushq %r8\n  pushq %r9\n  pushq %r10\n  pushq %r11\n"
        "  pushq %r12\n  pushq %r13\n  pushq %r14\n  pushq %r15\n"
        "  movq %rsp, %rdi\n"
        "  cld\n" /* the interrupted code may have left DF set; C expects it clear */
        "  call mirage_trap_handler\n"
        /* IRQ stubs: push the IRQ number, save what the C ABI lets a callee clobber, call,
         * restore, iretq. The IST stack is 16-aligned before the CPU's 5 words; the stub and
         * common code push 10 more and pad one, so the call is aligned. */
        ".balign 16\n"
        "mirage_irq_stubs:\n"
        ".set .Lirq, 0\n"
        ".rept " STR(IRQS) "\n"
        "  .org mirage_irq_stubs + .Lirq * " STR(STUB_SIZE) ", 0xcc\n"
        "  pushq $.Lirq\n"
        "  jmp mirage_irq_common\n"
        "  .set .Lirq, .Lirq + 1\n"
        ".endr\n"
        "mirage_irq_common:\n"
        "  pushq %rax\n  pushq %rcx\n  pushq %rdx\n  pushq %rsi\n  pushq %rdi\n"
        "  pushq %r8\n  pushq %r9\n  pushq %r10\n  pushq %r11\n"
        "  subq $8, %rsp\n"
        "  movq 80(%rsp), %rdi\n"
        "  cld\n"
        "  call mirage_irq_handler\n"
        "  addq $8, %rsp\n"
        "  popq %r11\n  popq %r10\n  popq %r9\n  popq %r8\n"
        "  popq %rdi\n  popq %rsi\n  popq %rdx\n  popq %rcx\n  popq %rax\n"
        "  addq $8, %rsp\n"
        "  iretq\n");

void mirage_traps_init(void)
{
    uint64_t base = (uint64_t)(uintptr_t)&tss, limit = sizeof tss - 1;
    tss.ist[0] = (uint64_t)(uintptr_t)(trap_stack + sizeof trap_stack);
    tss.iomap_base = sizeof tss; /* no I/O permission bitmap */
    gdt[3] = (limit & 0xffff) | (base & 0xffffff) << 16 | 0x89ull << 40 /* present, 64-bit TSS */ |
             (limit >> 16 & 0xf) << 48 | (base >> 24 & 0xff) << 56;
    gdt[4] = base >> 32;

    for (unsigned v = 0; v < VECTORS + IRQS; v++) {
        uint64_t stub = (uint64_t)(uintptr_t)(v < VECTORS ? mirage_trap_stubs + v * STUB_SIZE
                                                          : mirage_irq_stubs + (v - VECTORS) * STUB_SIZE);
        idt[2 * v] = (stub & 0xffff) | (uint64_t)SEL_CODE << 16 | 1ull << 32 /* IST1 */ |
                     0x8eull << 40 /* present, DPL 0, interrupt gate */ | (stub >> 16 & 0xffff) << 48;
        idt[2 * v + 1] = stub >> 32;
    }

    struct table_register gdtr = {sizeof gdt - 1, (uint64_t)(uintptr_t)gdt};
    struct table_register idtr = {sizeof idt - 1, (uint64_t)(uintptr_t)idt};
    /* %fs and %gs get base 0 here; the start code sets the TLS base afterwards. */
    __asm__ volatile("lgdt %0\n\t"
                     "pushq $" STR(SEL_CODE) "\n\t"
                     "leaq 1f(%%rip), %%rax\n\t"
                     "pushq %%rax\n\t"
                     "lretq\n"
                     "1:\n\t"
                     "movl $" STR(SEL_DATA) ", %%eax\n\t"
                     "movl %%eax, %%ds\n\t"
                     "movl %%eax, %%es\n\t"
                     "movl %%eax, %%ss\n\t"
                     "movl %%eax, %%fs\n\t"
                     "movl %%eax, %%gs\n\t"
                     "movl $" STR(SEL_TSS) ", %%eax\n\t"
                     "ltr %%ax\n\t"
                     "lidt %1"
                     :
                     : "m"(gdtr), "m"(idtr)
                     : "rax", "memory");
}

/* ---- the report ------------------------------------------------------- */

static const struct {
    const char *mnemonic, *name;
} vectors[VECTORS] = {
    {"#DE", "divide error"},
    {"#DB", "debug"},
    {"NMI", "non-maskable interrupt"},
    {"#BP", "breakpoint"},
    {"#OF", "overflow"},
    {"#BR", "bound range exceeded"},
    {"#UD", "invalid opcode"},
    {"#NM", "device not available"},
    {"#DF", "double fault"},
    {0, "coprocessor segment overrun"},
    {"#TS", "invalid TSS"},
    {"#NP", "segment not present"},
    {"#SS", "stack-segment fault"},
    {"#GP", "general protection"},
    {"#PF", "page fault"},
    {0, "reserved"},
    {"#MF", "x87 floating-point error"},
    {"#AC", "alignment check"},
    {"#MC", "machine check"},
    {"#XM", "SIMD floating-point exception"},
    {"#VE", "virtualization exception"},
    {"#CP", "control protection"},
    {0, "reserved"},
    {0, "reserved"},
    {0, "reserved"},
    {0, "reserved"},
    {0, "reserved"},
    {0, "reserved"},
    {"#HV", "hypervisor injection"},
    {"#VC", "VMM communication"},
    {"#SX", "security exception"},
    {0, "reserved"},
};

/* One console line, written with a single hypercall. */
struct line {
    char b[192];
    unsigned n;
};

static void put(struct line *l, const char *s)
{
    while (*s && l->n < sizeof l->b - 1)
        l->b[l->n++] = *s++;
}

static void put_dec(struct line *l, uint64_t v)
{
    char d[21];
    int i = (int)sizeof d - 1;
    d[i] = 0;
    do
        d[--i] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    put(l, d + i);
}

/* `digits` hex digits, or as many as needed (with a 0x prefix) when 0. */
static void put_hex(struct line *l, uint64_t v, int digits)
{
    char d[17];
    if (digits == 0) {
        put(l, "0x");
        for (digits = 1; digits < 16 && v >> (4 * digits) != 0; digits++)
            ;
    }
    for (int i = 0; i < digits; i++)
        d[i] = "0123456789abcdef"[(v >> (4 * (digits - 1 - i))) & 15];
    d[digits] = 0;
    put(l, d);
}

static void begin(struct line *l)
{
    l->n = 0;
    put(l, "mirage-solo5:");
}

static void end(struct line *l)
{
    l->b[l->n++] = '\n'; /* put() keeps a byte free for it */
    solo5_console_write(l->b, l->n);
}

static void reg(struct line *l, const char *name, uint64_t v, int digits)
{
    put(l, " ");
    put(l, name);
    put(l, "=");
    put_hex(l, v, digits);
}

__attribute__((noreturn, used)) void mirage_trap_handler(const struct trap_frame *f)
{
    /* A fault while reporting one: stop at once rather than loop or print garbage. */
    static volatile int reporting;
    if (reporting)
        solo5_exit(SOLO5_EXIT_ABORT);
    reporting = 1;

    struct line l;
    begin(&l);
    put(&l, " CPU exception ");
    if (vectors[f->vector].mnemonic) {
        put(&l, vectors[f->vector].mnemonic);
        put(&l, " ");
    }
    put(&l, "(");
    put(&l, vectors[f->vector].name);
    put(&l, ", vector ");
    put_dec(&l, f->vector);
    put(&l, ") at");
    reg(&l, "rip", f->rip, 0);
    reg(&l, "error", f->error, 0);
    if (f->vector == 14) {
        uint64_t cr2;
        __asm__ volatile("movq %%cr2, %0" : "=r"(cr2));
        reg(&l, "cr2", cr2, 0);
        if (cr2 < 4096)
            put(&l, " (a NULL pointer dereference)");
        else if ((f->error & 3) == 3)
            put(&l, " (a write to read-only memory: code or constant data)");
        else if ((f->error & 0x11) == 0x11)
            put(&l, " (executing memory that is not code)");
    }
    end(&l);

    begin(&l);
    reg(&l, " rax", f->rax, 16);
    reg(&l, "rbx", f->rbx, 16);
    reg(&l, "rcx", f->rcx, 16);
    reg(&l, "rdx", f->rdx, 16);
    end(&l);
    begin(&l);
    reg(&l, " rsi", f->rsi, 16);
    reg(&l, "rdi", f->rdi, 16);
    reg(&l, "rbp", f->rbp, 16);
    reg(&l, "rsp", f->rsp, 16);
    end(&l);
    begin(&l);
    reg(&l, "  r8", f->r8, 16);
    reg(&l, " r9", f->r9, 16);
    reg(&l, "r10", f->r10, 16);
    reg(&l, "r11", f->r11, 16);
    end(&l);
    begin(&l);
    reg(&l, " r12", f->r12, 16);
    reg(&l, "r13", f->r13, 16);
    reg(&l, "r14", f->r14, 16);
    reg(&l, "r15", f->r15, 16);
    end(&l);
    begin(&l);
    reg(&l, " rflags", f->rflags, 16);
    reg(&l, "cs", f->cs, 4);
    reg(&l, "ss", f->ss, 4);
    end(&l);
    solo5_exit(SOLO5_EXIT_ABORT);
}
