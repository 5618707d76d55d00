/**
 * A tender joins the guest's arguments with spaces and the guest splits them again like a POSIX
 * shell: quote each one so it arrives exactly as given (`--hello=from spt` stays one argument).
 */
export const shellQuote = (a: string): string => (/^[A-Za-z0-9_\-.,:/=@%+]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
