/*
 * launch — starts one program and times it from outside, the way hyperfine does: posix_spawn
 * (a vfork, so the cost does not grow with the caller's memory as Node's fork does), then the
 * first byte on the program's stdout and its exit, all on CLOCK_MONOTONIC (the clock an spt
 * guest reads, so a guest's own timestamps line up with these).
 *
 *   launch CMD [ARG...]
 *
 * prints "launch: t0=NS first=NS exit=NS status=N" on stderr, and the program's stdout on stdout.
 * first is 0 when the program printed nothing.
 */
#define _GNU_SOURCE
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static uint64_t now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: launch CMD [ARG...]\n");
        return 64;
    }
    int p[2];
    if (pipe(p) != 0) {
        perror("launch: pipe");
        return 70;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, p[1], 1);
    posix_spawn_file_actions_addclose(&fa, p[0]);
    posix_spawn_file_actions_addclose(&fa, p[1]);
    pid_t pid;
    uint64_t t0 = now();
    int e = posix_spawnp(&pid, argv[1], &fa, NULL, argv + 1, environ);
    if (e != 0) {
        fprintf(stderr, "launch: %s: %s\n", argv[1], strerror(e));
        return 70;
    }
    close(p[1]);
    uint64_t first = 0;
    char buf[65536];
    for (;;) {
        ssize_t n = read(p[0], buf, sizeof buf);
        if (n <= 0)
            break;
        if (first == 0)
            first = now();
        fwrite(buf, 1, (size_t)n, stdout);
    }
    int status;
    waitpid(pid, &status, 0);
    uint64_t exit_at = now();
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fflush(stdout);
    fprintf(stderr, "launch: t0=%llu first=%llu exit=%llu status=%d\n", (unsigned long long)t0,
            (unsigned long long)first, (unsigned long long)exit_at, code);
    return 0;
}
