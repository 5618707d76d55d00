export interface ImageCheck {
  /** No system call instruction outside the allowed functions and no %fs/%gs access. */
  readonly ok: boolean;
  readonly instructions: number;
  /** "function+address: instruction" for each system call instruction found. */
  readonly syscalls: readonly string[];
  /** "function: instruction" for each %fs/%gs access or FS/GS base access. */
  readonly segment: readonly string[];
  /** Functions that store below %rsp (the red zone), for information. */
  readonly redZone: readonly string[];
}

export function checkImage(image: string, options?: { allowSyscallIn?: readonly string[]; objdump?: string }): ImageCheck;
