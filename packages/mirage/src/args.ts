// Runtime arguments live in their own package so device implementations (the TCP/IP stack)
// can declare theirs without depending on the CLI package.
export * from "@mirage/mirage-args";
