/*
 * Linux TAP devices for Node.js, as a small N-API addon.
 *
 *   open(name)             -> { fd, name }   open /dev/net/tun, TUNSETIFF(IFF_TAP | IFF_NO_PI), non-blocking
 *   read(fd, buf)          -> bytes read, 0 when nothing is queued (EAGAIN)
 *   write(fd, buf, len)    -> bytes written, -1 when the device would block (EAGAIN)
 *   close(fd)
 *   getMtu(name)           -> the interface's MTU (SIOCGIFMTU)
 *   setSndbuf(fd, bytes)   -> the kernel's send buffer for frames written to the device (TUNSETSNDBUF)
 *   watch(fd, cb)          -> watcher; cb(status, events) runs on the event loop when the fd is ready
 *   setEvents(w, events)   -> interest: READABLE (1) | WRITABLE (2); 0 stops the poll
 *   setRef(w, on)          -> whether an active watcher keeps the event loop alive
 *   unwatch(w)             -> stop and release the watcher (idempotent)
 *
 * Readiness comes from a uv_poll handle on Node's own loop: no thread per device or per frame.
 * The JS side drains with read() until it returns 0. Errors are thrown as JS Errors carrying
 * `code` ("EPERM"), `errno` and `syscall`, with a message saying what to do.
 */
#define NAPI_VERSION 8
#include <node_api.h>
#include <uv.h>

#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#define CHECK(call)                                                     \
  do {                                                                  \
    if ((call) != napi_ok) {                                            \
      bool pending_ = false;                                            \
      napi_is_exception_pending(env, &pending_);                        \
      if (!pending_) napi_throw_error(env, NULL, "tap addon: " #call " failed"); \
      return NULL;                                                      \
    }                                                                   \
  } while (0)

static const char *errno_code(int e) {
  switch (e) {
    case EPERM: return "EPERM";
    case EACCES: return "EACCES";
    case ENOENT: return "ENOENT";
    case ENODEV: return "ENODEV";
    case ENXIO: return "ENXIO";
    case EBUSY: return "EBUSY";
    case EINVAL: return "EINVAL";
    case EIO: return "EIO";
    case EBADF: return "EBADF";
    case EBADFD: return "EBADFD";
    case EAGAIN: return "EAGAIN";
    case EINTR: return "EINTR";
    case EFAULT: return "EFAULT";
    case EMSGSIZE: return "EMSGSIZE";
    case ENOMEM: return "ENOMEM";
    case ENOBUFS: return "ENOBUFS";
    case EMFILE: return "EMFILE";
    case ENFILE: return "ENFILE";
    case ENOTTY: return "ENOTTY";
    case ENETDOWN: return "ENETDOWN";
    default: return "EUNKNOWN";
  }
}

/* Throws an Error with `code`, `errno`, `syscall`; always returns NULL for `return throw_errno(...)`. */
static napi_value throw_errno(napi_env env, int e, const char *syscall, const char *message) {
  napi_value msg, err, code, num, sys;
  if (napi_create_string_utf8(env, message, NAPI_AUTO_LENGTH, &msg) != napi_ok) return NULL;
  if (napi_create_string_utf8(env, errno_code(e), NAPI_AUTO_LENGTH, &code) != napi_ok) return NULL;
  if (napi_create_error(env, code, msg, &err) != napi_ok) return NULL;
  napi_create_int32(env, e, &num);
  napi_create_string_utf8(env, syscall, NAPI_AUTO_LENGTH, &sys);
  napi_set_named_property(env, err, "errno", num);
  napi_set_named_property(env, err, "syscall", sys);
  napi_throw(env, err);
  return NULL;
}

static napi_value throw_type(napi_env env, const char *message) {
  napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", message);
  return NULL;
}

/* What to do about a failure to open a TAP device. */
static const char *open_hint(int e) {
  switch (e) {
    case EPERM:
    case EACCES:
      return " (run as root or give CAP_NET_ADMIN, or create the device for this user with "
             "`ip tuntap add dev NAME mode tap user USER`)";
    case ENOENT:
    case ENODEV:
    case ENXIO:
      return " (/dev/net/tun is missing: load the tun module with `modprobe tun`)";
    case EBUSY:
      return " (another process has it open)";
    case EINVAL:
      return " (an interface with this name exists and is not a TAP device, or the name is invalid)";
    default:
      return "";
  }
}

static bool get_string(napi_env env, napi_value v, char *out, size_t cap, size_t *len) {
  napi_valuetype t;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_string) return false;
  return napi_get_value_string_utf8(env, v, out, cap, len) == napi_ok;
}

static bool get_fd(napi_env env, napi_value v, int32_t *fd) {
  napi_valuetype t;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_number) return false;
  if (napi_get_value_int32(env, v, fd) != napi_ok) return false;
  return *fd >= 0;
}

/* A Uint8Array or Buffer argument: its bytes and length. */
static bool get_bytes(napi_env env, napi_value v, uint8_t **data, size_t *len) {
  bool is_typed = false;
  if (napi_is_typedarray(env, v, &is_typed) != napi_ok || !is_typed) return false;
  napi_typedarray_type type;
  void *p;
  napi_value ab;
  size_t off;
  if (napi_get_typedarray_info(env, v, &type, len, &p, &ab, &off) != napi_ok) return false;
  if (type != napi_uint8_array) return false;
  *data = (uint8_t *)p;
  return true;
}

/* Reads a name argument that fits an interface name (IFNAMSIZ - 1 bytes). */
static bool get_ifname(napi_env env, napi_value v, char name[IFNAMSIZ], const char *fn) {
  char buf[64];
  size_t len = 0;
  if (!get_string(env, v, buf, sizeof buf, &len)) {
    char m[96];
    snprintf(m, sizeof m, "%s: the interface name must be a string", fn);
    throw_type(env, m);
    return false;
  }
  if (len >= IFNAMSIZ || len >= sizeof buf - 1 || strchr(buf, '/') != NULL || strchr(buf, ' ') != NULL) {
    char m[200];
    snprintf(m, sizeof m, "Cannot open TAP device \"%s\": an interface name is 1 to %d characters without '/' or spaces",
             buf, IFNAMSIZ - 1);
    throw_errno(env, EINVAL, "open", m);
    return false;
  }
  memset(name, 0, IFNAMSIZ);
  memcpy(name, buf, len);
  return true;
}

static napi_value tap_open(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 1) return throw_type(env, "open(name): name is required");
  char name[IFNAMSIZ];
  if (!get_ifname(env, argv[0], name, "open")) return NULL;
  const char *shown = name[0] != '\0' ? name : "(a new tap%d)";

  int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    int e = errno;
    char m[320];
    snprintf(m, sizeof m, "Cannot open TAP device %s: /dev/net/tun: %s%s", shown, strerror(e), open_hint(e));
    return throw_errno(env, e, "open", m);
  }
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
  memcpy(ifr.ifr_name, name, IFNAMSIZ);
  if (ioctl(fd, TUNSETIFF, &ifr) < 0) {
    int e = errno;
    close(fd);
    char m[320];
    snprintf(m, sizeof m, "Cannot open TAP device %s: %s%s", shown, strerror(e), open_hint(e));
    return throw_errno(env, e, "ioctl(TUNSETIFF)", m);
  }
  /* O_NONBLOCK from open() applies to the file; set it again to be explicit. */
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) {
    int e = errno;
    close(fd);
    char m[320];
    snprintf(m, sizeof m, "Cannot open TAP device %s: cannot make it non-blocking: %s", shown, strerror(e));
    return throw_errno(env, e, "fcntl", m);
  }

  napi_value result, vfd, vname;
  char actual[IFNAMSIZ + 1];
  memset(actual, 0, sizeof actual);
  memcpy(actual, ifr.ifr_name, IFNAMSIZ);
  if (napi_create_object(env, &result) != napi_ok || napi_create_int32(env, fd, &vfd) != napi_ok ||
      napi_create_string_utf8(env, actual, NAPI_AUTO_LENGTH, &vname) != napi_ok ||
      napi_set_named_property(env, result, "fd", vfd) != napi_ok ||
      napi_set_named_property(env, result, "name", vname) != napi_ok) {
    close(fd);
    return NULL;
  }
  return result;
}

static napi_value tap_read(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t fd;
  uint8_t *data;
  size_t len;
  if (argc < 2 || !get_fd(env, argv[0], &fd)) return throw_type(env, "read(fd, buf): fd must be a file descriptor");
  if (!get_bytes(env, argv[1], &data, &len)) return throw_type(env, "read(fd, buf): buf must be a Uint8Array");
  ssize_t n;
  do n = read(fd, data, len); while (n < 0 && errno == EINTR);
  if (n < 0) {
    int e = errno;
    if (e == EAGAIN || e == EWOULDBLOCK) n = 0;
    else {
      char m[200];
      snprintf(m, sizeof m, "Cannot read from the TAP device: %s%s", strerror(e),
               e == EBADFD ? " (the interface was deleted)" : "");
      return throw_errno(env, e, "read", m);
    }
  }
  napi_value r;
  CHECK(napi_create_int64(env, (int64_t)n, &r));
  return r;
}

static napi_value tap_write(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t fd;
  uint8_t *data;
  size_t len;
  int64_t want;
  if (argc < 3 || !get_fd(env, argv[0], &fd)) return throw_type(env, "write(fd, buf, len): fd must be a file descriptor");
  if (!get_bytes(env, argv[1], &data, &len)) return throw_type(env, "write(fd, buf, len): buf must be a Uint8Array");
  if (napi_get_value_int64(env, argv[2], &want) != napi_ok || want < 0 || (uint64_t)want > len)
    return throw_type(env, "write(fd, buf, len): len must be an integer from 0 to buf.length");
  ssize_t n;
  do n = write(fd, data, (size_t)want); while (n < 0 && errno == EINTR);
  if (n < 0) {
    int e = errno;
    if (e == EAGAIN || e == EWOULDBLOCK) n = -1;
    else {
      char m[200];
      snprintf(m, sizeof m, "Cannot write a %lld-byte frame to the TAP device: %s%s", (long long)want, strerror(e),
               e == EIO ? " (is the interface up?)" : e == EBADFD ? " (the interface was deleted)" : "");
      return throw_errno(env, e, "write", m);
    }
  }
  napi_value r;
  CHECK(napi_create_int64(env, (int64_t)n, &r));
  return r;
}

static napi_value tap_close(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t fd;
  if (argc < 1 || !get_fd(env, argv[0], &fd)) return throw_type(env, "close(fd): fd must be a file descriptor");
  if (close(fd) < 0 && errno != EINTR) {
    int e = errno;
    char m[160];
    snprintf(m, sizeof m, "Cannot close the TAP device: %s", strerror(e));
    return throw_errno(env, e, "close", m);
  }
  return NULL;
}

static napi_value tap_get_mtu(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 1) return throw_type(env, "getMtu(name): name is required");
  char name[IFNAMSIZ];
  if (!get_ifname(env, argv[0], name, "getMtu")) return NULL;
  int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (s < 0) s = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (s < 0) {
    int e = errno;
    char m[200];
    snprintf(m, sizeof m, "Cannot read the MTU of %s: socket: %s", name, strerror(e));
    return throw_errno(env, e, "socket", m);
  }
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  memcpy(ifr.ifr_name, name, IFNAMSIZ);
  int rc = ioctl(s, SIOCGIFMTU, &ifr);
  int e = errno;
  close(s);
  if (rc < 0) {
    char m[200];
    snprintf(m, sizeof m, "Cannot read the MTU of %s: %s", name, strerror(e));
    return throw_errno(env, e, "ioctl(SIOCGIFMTU)", m);
  }
  napi_value r;
  CHECK(napi_create_int32(env, ifr.ifr_mtu, &r));
  return r;
}

static napi_value tap_set_sndbuf(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t fd, bytes;
  if (argc < 2 || !get_fd(env, argv[0], &fd)) return throw_type(env, "setSndbuf(fd, bytes): fd must be a file descriptor");
  if (napi_get_value_int32(env, argv[1], &bytes) != napi_ok || bytes <= 0)
    return throw_type(env, "setSndbuf(fd, bytes): bytes must be a positive integer");
  int v = bytes;
  if (ioctl(fd, TUNSETSNDBUF, &v) < 0) {
    int e = errno;
    char m[160];
    snprintf(m, sizeof m, "Cannot set the TAP device's send buffer: %s", strerror(e));
    return throw_errno(env, e, "ioctl(TUNSETSNDBUF)", m);
  }
  return NULL;
}

/* ---- readiness: one uv_poll per fd ---- */

typedef struct watcher {
  uv_poll_t poll;
  napi_env env;
  napi_ref callback;
  napi_async_context async;
  int fd;
  int events;   /* UV_READABLE | UV_WRITABLE currently asked for */
  bool ref;     /* keep the loop alive while active */
  bool closing; /* uv_close called (or to be called) */
  int owners;   /* the uv handle (until its close callback) + the JS external (until finalized) */
} watcher;

static void watcher_release(watcher *w) {
  if (--w->owners == 0) free(w);
}

static void on_closed(uv_handle_t *h) { watcher_release((watcher *)h->data); }

static void on_env_cleanup(void *arg);

/* Stops and closes the poll handle and drops the JS callback. Safe to call twice. */
static void watcher_close(watcher *w, bool env_alive) {
  if (w->closing) return;
  w->closing = true;
  if (env_alive) {
    napi_remove_env_cleanup_hook(w->env, on_env_cleanup, w);
    if (w->callback != NULL) napi_delete_reference(w->env, w->callback);
    if (w->async != NULL) napi_async_destroy(w->env, w->async);
  }
  w->callback = NULL;
  w->async = NULL;
  uv_poll_stop(&w->poll);
  uv_close((uv_handle_t *)&w->poll, on_closed);
}

static void on_env_cleanup(void *arg) {
  watcher *w = (watcher *)arg;
  if (w->closing) return;
  w->closing = true;
  /* The environment is going away: no more JS calls, just release the handle. */
  w->callback = NULL;
  w->async = NULL;
  uv_poll_stop(&w->poll);
  uv_close((uv_handle_t *)&w->poll, on_closed);
}

static void on_ready(uv_poll_t *h, int status, int events) {
  watcher *w = (watcher *)h->data;
  if (w->closing || w->callback == NULL) return;
  napi_env env = w->env;
  napi_handle_scope scope;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return;
  napi_value cb, recv, argv[2], result;
  if (napi_get_reference_value(env, w->callback, &cb) == napi_ok && cb != NULL &&
      napi_get_global(env, &recv) == napi_ok && napi_create_int32(env, status, &argv[0]) == napi_ok &&
      napi_create_int32(env, events, &argv[1]) == napi_ok) {
    /* make_callback runs the microtask queue afterwards, like any Node I/O callback. */
    napi_status s = napi_make_callback(env, w->async, recv, cb, 2, argv, &result);
    if (s == napi_pending_exception) {
      napi_value exc;
      if (napi_get_and_clear_last_exception(env, &exc) == napi_ok) napi_fatal_exception(env, exc);
    }
  }
  napi_close_handle_scope(env, scope);
}

static void watcher_finalize(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  watcher *w = (watcher *)data;
  if (!w->closing) watcher_close(w, true);
  watcher_release(w);
}

static watcher *get_watcher(napi_env env, napi_value v) {
  napi_valuetype t;
  void *p = NULL;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_external || napi_get_value_external(env, v, &p) != napi_ok || p == NULL) {
    throw_type(env, "expected a watcher from watch()");
    return NULL;
  }
  return (watcher *)p;
}

static napi_value tap_watch(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t fd;
  napi_valuetype t;
  if (argc < 2 || !get_fd(env, argv[0], &fd)) return throw_type(env, "watch(fd, callback): fd must be a file descriptor");
  if (napi_typeof(env, argv[1], &t) != napi_ok || t != napi_function) return throw_type(env, "watch(fd, callback): callback must be a function");
  uv_loop_t *loop;
  CHECK(napi_get_uv_event_loop(env, &loop));
  watcher *w = (watcher *)calloc(1, sizeof *w);
  if (w == NULL) return throw_errno(env, ENOMEM, "watch", "Cannot watch the TAP device: out of memory");
  w->env = env;
  w->fd = fd;
  w->ref = true;
  int rc = uv_poll_init(loop, &w->poll, fd);
  if (rc < 0) {
    free(w);
    char m[160];
    snprintf(m, sizeof m, "Cannot watch the TAP device: %s", uv_strerror(rc));
    return throw_errno(env, -rc, "uv_poll_init", m);
  }
  w->poll.data = w;
  w->owners = 2;
  napi_value resource_name, external;
  if (napi_create_reference(env, argv[1], 1, &w->callback) != napi_ok ||
      napi_create_string_utf8(env, "TapWatcher", NAPI_AUTO_LENGTH, &resource_name) != napi_ok ||
      napi_async_init(env, NULL, resource_name, &w->async) != napi_ok ||
      napi_create_external(env, w, watcher_finalize, NULL, &external) != napi_ok) {
    w->owners = 1; /* no external: only the handle owns it */
    watcher_close(w, true);
    return NULL;
  }
  napi_add_env_cleanup_hook(env, on_env_cleanup, w);
  return external;
}

static napi_value tap_set_events(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 2) return throw_type(env, "setEvents(watcher, events): both are required");
  watcher *w = get_watcher(env, argv[0]);
  if (w == NULL) return NULL;
  int32_t ev;
  CHECK(napi_get_value_int32(env, argv[1], &ev));
  if (w->closing) return NULL;
  int want = ((ev & 1) ? UV_READABLE : 0) | ((ev & 2) ? UV_WRITABLE : 0);
  if (want == w->events) return NULL;
  int rc = want == 0 ? uv_poll_stop(&w->poll) : uv_poll_start(&w->poll, want, on_ready);
  if (rc < 0) {
    char m[160];
    snprintf(m, sizeof m, "Cannot watch the TAP device: %s", uv_strerror(rc));
    return throw_errno(env, -rc, "uv_poll_start", m);
  }
  w->events = want;
  if (w->ref) uv_ref((uv_handle_t *)&w->poll);
  else uv_unref((uv_handle_t *)&w->poll);
  return NULL;
}

static napi_value tap_set_ref(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 2) return throw_type(env, "setRef(watcher, on): both are required");
  watcher *w = get_watcher(env, argv[0]);
  if (w == NULL) return NULL;
  bool on;
  CHECK(napi_get_value_bool(env, argv[1], &on));
  if (w->closing) return NULL;
  w->ref = on;
  if (on) uv_ref((uv_handle_t *)&w->poll);
  else uv_unref((uv_handle_t *)&w->poll);
  return NULL;
}

static napi_value tap_unwatch(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 1) return throw_type(env, "unwatch(watcher): watcher is required");
  watcher *w = get_watcher(env, argv[0]);
  if (w == NULL) return NULL;
  watcher_close(w, true);
  return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    {"open", NULL, tap_open, NULL, NULL, NULL, napi_enumerable, NULL},
    {"read", NULL, tap_read, NULL, NULL, NULL, napi_enumerable, NULL},
    {"write", NULL, tap_write, NULL, NULL, NULL, napi_enumerable, NULL},
    {"close", NULL, tap_close, NULL, NULL, NULL, napi_enumerable, NULL},
    {"getMtu", NULL, tap_get_mtu, NULL, NULL, NULL, napi_enumerable, NULL},
    {"setSndbuf", NULL, tap_set_sndbuf, NULL, NULL, NULL, napi_enumerable, NULL},
    {"watch", NULL, tap_watch, NULL, NULL, NULL, napi_enumerable, NULL},
    {"setEvents", NULL, tap_set_events, NULL, NULL, NULL, napi_enumerable, NULL},
    {"setRef", NULL, tap_set_ref, NULL, NULL, NULL, napi_enumerable, NULL},
    {"unwatch", NULL, tap_unwatch, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  if (napi_define_properties(env, exports, sizeof props / sizeof props[0], props) != napi_ok) return NULL;
  return exports;
}

NAPI_MODULE_INIT() { return init(env, exports); }
