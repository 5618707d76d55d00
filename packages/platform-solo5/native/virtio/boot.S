/*
 * virtio boot: the multiboot (version 1) entry of a .virtio image.
 *
 * QEMU's -kernel (and GRUB) start a multiboot kernel in 32-bit protected
 * mode, paging off, interrupts off, %eax = 0x2badb002, %ebx = the multiboot
 * information. QEMU's loader refuses 64-bit ELF files unless the header
 * carries the load addresses itself ("a.out kludge", flag bit 16), so it
 * does: the file from the header's page on is copied to 1 MiB as it is
 * (image.mjs checks that the segments lie in the file as in memory) and the
 * rest up to _end is zeroed.
 *
 * Here: zero .bss, identity-map the first 4 GiB with 2 MiB pages, enable PAE,
 * SSE, long mode (and NX when the CPU has it), load a GDT with a 64-bit code
 * segment, jump to 64-bit code and call mirage_virtio_start(mbi) on a boot
 * stack. The C side builds the final page tables (virtio/bindings.c).
 */
#define MB_MAGIC 0x1badb002
#define MB_FLAGS 0x00010002 /* bit 1: memory information wanted; bit 16: addresses below */

    .section .multiboot, "a"
    .balign 4
mb_header:
    .long MB_MAGIC
    .long MB_FLAGS
    .long -(MB_MAGIC + MB_FLAGS) & 0xffffffff
    .long mb_header   /* header_addr */
    .long __text_start /* load_addr: the header's page is the first loaded byte */
    .long _edata      /* load_end_addr: file bytes end here */
    .long _end        /* bss_end_addr */
    .long _start32    /* entry_addr */

    .section .text.boot, "ax"
    .code32
    .globl _start32, _start
_start32:
_start: /* the ELF entry too (the linker wants one); loaders use the header's */
    cli
    cld
    cmpl $0x2badb002, %eax
    jne 9f
    movl %ebx, %esi                 /* keep the multiboot information */

    movl $__bss_start, %edi         /* zero .bss (page tables and boot stack included) */
    movl $_end, %ecx
    subl %edi, %ecx
    xorl %eax, %eax
    rep stosb

    /* boot_pd: 2048 entries, 2 MiB each, present + writable + large */
    movl $boot_pd, %edi
    xorl %ecx, %ecx
1:  movl %ecx, %eax
    shll $21, %eax
    orl $0x83, %eax
    movl %eax, (%edi,%ecx,8)
    incl %ecx
    cmpl $2048, %ecx
    jb 1b
    /* boot_pdpt: 4 entries, one per page of boot_pd */
    movl $boot_pdpt, %edi
    movl $boot_pd + 3, %eax
    movl %eax, 0(%edi)
    addl $4096, %eax
    movl %eax, 8(%edi)
    addl $4096, %eax
    movl %eax, 16(%edi)
    addl $4096, %eax
    movl %eax, 24(%edi)
    movl $boot_pdpt + 3, %eax
    movl %eax, boot_pml4

    /* Long mode is required; NX is used when present. */
    movl $0x80000000, %eax
    cpuid
    cmpl $0x80000001, %eax
    jb 9f
    movl $0x80000001, %eax
    cpuid
    btl $29, %edx
    jnc 9f
    movl $0x100, %eax               /* EFER.LME */
    btl $20, %edx
    jnc 2f
    orl $0x800, %eax                /* EFER.NXE */
    movl $1, mirage_virtio_nx
2:  movl %eax, %ebx
    movl $0xc0000080, %ecx
    rdmsr
    orl %ebx, %eax
    wrmsr

    movl %cr4, %eax
    orl $0x620, %eax                /* PAE, OSFXSR, OSXMMEXCPT */
    movl %eax, %cr4
    movl $boot_pml4, %eax
    movl %eax, %cr3
    movl %cr0, %eax
    andl $~0x0c, %eax               /* EM and TS off: SSE and x87 work */
    orl $0x80010023, %eax           /* PG, WP, NE, MP, PE */
    movl %eax, %cr0

    lgdt boot_gdtr
    ljmp $0x08, $3f

    /* Not started by a multiboot loader, or no 64-bit CPU: stop here. */
9:  hlt
    jmp 9b

    .code64
3:  movl $0x10, %eax
    movl %eax, %ds
    movl %eax, %es
    movl %eax, %ss
    movl %eax, %fs
    movl %eax, %gs
    leaq boot_stack_top(%rip), %rsp
    fninit
    movl %esi, %edi
    call mirage_virtio_start
4:  hlt
    jmp 4b

/* mirage_virtio_enter(stack_top, cmdline, mem_size): continue on the final stack. */
    .globl mirage_virtio_enter
mirage_virtio_enter:
    movq %rdi, %rsp
    movq %rsi, %rdi
    movq %rdx, %rsi
    call mirage_crt_start
5:  hlt
    jmp 5b

    .section .rodata
    .balign 8
boot_gdt:
    .quad 0
    .quad 0x00af9a000000ffff        /* 0x08: 64-bit code */
    .quad 0x00cf92000000ffff        /* 0x10: data */
boot_gdtr:
    .word 3 * 8 - 1
    .long boot_gdt

    .section .bss
    .balign 4096
    .globl mirage_virtio_nx
boot_pml4:  .skip 4096
boot_pdpt:  .skip 4096
boot_pd:    .skip 4 * 4096
boot_stack: .skip 16384
boot_stack_top:
mirage_virtio_nx: .skip 4

    .section .note.GNU-stack, "", @progbits
