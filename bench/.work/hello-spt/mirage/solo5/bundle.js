var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// ../../../node_modules/.pnpm/quick-format-unescaped@4.0.4/node_modules/quick-format-unescaped/index.js
var require_quick_format_unescaped = __commonJS({
  "../../../node_modules/.pnpm/quick-format-unescaped@4.0.4/node_modules/quick-format-unescaped/index.js"(exports, module) {
    "use strict";
    function tryStringify(o) {
      try {
        return JSON.stringify(o);
      } catch (e) {
        return '"[Circular]"';
      }
    }
    module.exports = format2;
    function format2(f, args, opts) {
      var ss = opts && opts.stringify || tryStringify;
      var offset = 1;
      if (typeof f === "object" && f !== null) {
        var len = args.length + offset;
        if (len === 1) return f;
        var objects = new Array(len);
        objects[0] = ss(f);
        for (var index = 1; index < len; index++) {
          objects[index] = ss(args[index]);
        }
        return objects.join(" ");
      }
      if (typeof f !== "string") {
        return f;
      }
      var argLen = args.length;
      if (argLen === 0) return f;
      var str = "";
      var a = 1 - offset;
      var lastPos = -1;
      var flen = f && f.length || 0;
      for (var i = 0; i < flen; ) {
        if (f.charCodeAt(i) === 37 && i + 1 < flen) {
          lastPos = lastPos > -1 ? lastPos : 0;
          switch (f.charCodeAt(i + 1)) {
            case 100:
            // 'd'
            case 102:
              if (a >= argLen)
                break;
              if (args[a] == null) break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += Number(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 105:
              if (a >= argLen)
                break;
              if (args[a] == null) break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += Math.floor(Number(args[a]));
              lastPos = i + 2;
              i++;
              break;
            case 79:
            // 'O'
            case 111:
            // 'o'
            case 106:
              if (a >= argLen)
                break;
              if (args[a] === void 0) break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              var type = typeof args[a];
              if (type === "string") {
                str += "'" + args[a] + "'";
                lastPos = i + 2;
                i++;
                break;
              }
              if (type === "function") {
                str += args[a].name || "<anonymous>";
                lastPos = i + 2;
                i++;
                break;
              }
              str += ss(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 115:
              if (a >= argLen)
                break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += String(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 37:
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += "%";
              lastPos = i + 2;
              i++;
              a--;
              break;
          }
          ++a;
        }
        ++i;
      }
      if (lastPos === -1)
        return f;
      else if (lastPos < flen) {
        str += f.slice(lastPos);
      }
      return str;
    }
  }
});

// ../../../node_modules/.pnpm/@pinojs+redact@0.4.0/node_modules/@pinojs/redact/index.js
var require_redact = __commonJS({
  "../../../node_modules/.pnpm/@pinojs+redact@0.4.0/node_modules/@pinojs/redact/index.js"(exports, module) {
    "use strict";
    function deepClone(obj) {
      if (obj === null || typeof obj !== "object") {
        return obj;
      }
      if (obj instanceof Date) {
        return new Date(obj.getTime());
      }
      if (obj instanceof Array) {
        const cloned = [];
        for (let i = 0; i < obj.length; i++) {
          cloned[i] = deepClone(obj[i]);
        }
        return cloned;
      }
      if (typeof obj === "object") {
        const cloned = Object.create(Object.getPrototypeOf(obj));
        for (const key in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key)) {
            cloned[key] = deepClone(obj[key]);
          }
        }
        return cloned;
      }
      return obj;
    }
    function parsePath(path) {
      const parts = [];
      let current = "";
      let inBrackets = false;
      let inQuotes = false;
      let quoteChar = "";
      for (let i = 0; i < path.length; i++) {
        const char = path[i];
        if (!inBrackets && char === ".") {
          if (current) {
            parts.push(current);
            current = "";
          }
        } else if (char === "[") {
          if (current) {
            parts.push(current);
            current = "";
          }
          inBrackets = true;
        } else if (char === "]" && inBrackets) {
          parts.push(current);
          current = "";
          inBrackets = false;
          inQuotes = false;
        } else if ((char === '"' || char === "'") && inBrackets) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          } else {
            current += char;
          }
        } else {
          current += char;
        }
      }
      if (current) {
        parts.push(current);
      }
      return parts;
    }
    function setValue(obj, parts, value) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        const key = parts[i];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i = 0; i < current.length; i++) {
            current[i] = value;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              current[key] = value;
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          current[lastKey] = value;
        }
      }
      return true;
    }
    function removeKey(obj, parts) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        const key = parts[i];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i = 0; i < current.length; i++) {
            current[i] = void 0;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              delete current[key];
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          delete current[lastKey];
        }
      }
      return true;
    }
    var PATH_NOT_FOUND = /* @__PURE__ */ Symbol("PATH_NOT_FOUND");
    function getValueIfExists(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return PATH_NOT_FOUND;
        }
        if (typeof current !== "object" || current === null) {
          return PATH_NOT_FOUND;
        }
        if (!(part in current)) {
          return PATH_NOT_FOUND;
        }
        current = current[part];
      }
      return current;
    }
    function getValue(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return void 0;
        }
        if (typeof current !== "object" || current === null) {
          return void 0;
        }
        current = current[part];
      }
      return current;
    }
    function redactPaths(obj, paths, censor, remove = false) {
      for (const path of paths) {
        const parts = parsePath(path);
        if (parts.includes("*")) {
          redactWildcardPath(obj, parts, censor, path, remove);
        } else {
          if (remove) {
            removeKey(obj, parts);
          } else {
            const value = getValueIfExists(obj, parts);
            if (value === PATH_NOT_FOUND) {
              continue;
            }
            const actualCensor = typeof censor === "function" ? censor(value, parts) : censor;
            setValue(obj, parts, actualCensor);
          }
        }
      }
    }
    function redactWildcardPath(obj, parts, censor, originalPath, remove = false) {
      const wildcardIndex = parts.indexOf("*");
      if (wildcardIndex === parts.length - 1) {
        const parentParts = parts.slice(0, -1);
        let current = obj;
        for (const part of parentParts) {
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
        }
        if (Array.isArray(current)) {
          if (remove) {
            for (let i = 0; i < current.length; i++) {
              current[i] = void 0;
            }
          } else {
            for (let i = 0; i < current.length; i++) {
              const indexPath = [...parentParts, i.toString()];
              const actualCensor = typeof censor === "function" ? censor(current[i], indexPath) : censor;
              current[i] = actualCensor;
            }
          }
        } else if (typeof current === "object" && current !== null) {
          if (remove) {
            const keysToDelete = [];
            for (const key in current) {
              if (Object.prototype.hasOwnProperty.call(current, key)) {
                keysToDelete.push(key);
              }
            }
            for (const key of keysToDelete) {
              delete current[key];
            }
          } else {
            for (const key in current) {
              const keyPath = [...parentParts, key];
              const actualCensor = typeof censor === "function" ? censor(current[key], keyPath) : censor;
              current[key] = actualCensor;
            }
          }
        }
      } else {
        redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove);
      }
    }
    function redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove = false) {
      const beforeWildcard = parts.slice(0, wildcardIndex);
      const afterWildcard = parts.slice(wildcardIndex + 1);
      const pathArray = [];
      function traverse(current, pathLength) {
        if (pathLength === beforeWildcard.length) {
          if (Array.isArray(current)) {
            for (let i = 0; i < current.length; i++) {
              pathArray[pathLength] = i.toString();
              traverse(current[i], pathLength + 1);
            }
          } else if (typeof current === "object" && current !== null) {
            for (const key in current) {
              pathArray[pathLength] = key;
              traverse(current[key], pathLength + 1);
            }
          }
        } else if (pathLength < beforeWildcard.length) {
          const nextKey = beforeWildcard[pathLength];
          if (current && typeof current === "object" && current !== null && nextKey in current) {
            pathArray[pathLength] = nextKey;
            traverse(current[nextKey], pathLength + 1);
          }
        } else {
          if (afterWildcard.includes("*")) {
            const wrappedCensor = typeof censor === "function" ? (value, path) => {
              const fullPath = [...pathArray.slice(0, pathLength), ...path];
              return censor(value, fullPath);
            } : censor;
            redactWildcardPath(current, afterWildcard, wrappedCensor, originalPath, remove);
          } else {
            if (remove) {
              removeKey(current, afterWildcard);
            } else {
              const actualCensor = typeof censor === "function" ? censor(getValue(current, afterWildcard), [...pathArray.slice(0, pathLength), ...afterWildcard]) : censor;
              setValue(current, afterWildcard, actualCensor);
            }
          }
        }
      }
      if (beforeWildcard.length === 0) {
        traverse(obj, 0);
      } else {
        let current = obj;
        for (let i = 0; i < beforeWildcard.length; i++) {
          const part = beforeWildcard[i];
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
          pathArray[i] = part;
        }
        if (current !== null && current !== void 0) {
          traverse(current, beforeWildcard.length);
        }
      }
    }
    function buildPathStructure(pathsToClone) {
      if (pathsToClone.length === 0) {
        return null;
      }
      const pathStructure = /* @__PURE__ */ new Map();
      for (const path of pathsToClone) {
        const parts = parsePath(path);
        let current = pathStructure;
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i];
          if (!current.has(part)) {
            current.set(part, /* @__PURE__ */ new Map());
          }
          current = current.get(part);
        }
      }
      return pathStructure;
    }
    function selectiveClone(obj, pathStructure) {
      if (!pathStructure) {
        return obj;
      }
      function cloneSelectively(source, pathMap, depth = 0) {
        if (!pathMap || pathMap.size === 0) {
          return source;
        }
        if (source === null || typeof source !== "object") {
          return source;
        }
        if (source instanceof Date) {
          return new Date(source.getTime());
        }
        if (Array.isArray(source)) {
          const cloned2 = [];
          for (let i = 0; i < source.length; i++) {
            const indexStr = i.toString();
            if (pathMap.has(indexStr) || pathMap.has("*")) {
              cloned2[i] = cloneSelectively(source[i], pathMap.get(indexStr) || pathMap.get("*"));
            } else {
              cloned2[i] = source[i];
            }
          }
          return cloned2;
        }
        const cloned = Object.create(Object.getPrototypeOf(source));
        for (const key in source) {
          if (Object.prototype.hasOwnProperty.call(source, key)) {
            if (pathMap.has(key) || pathMap.has("*")) {
              cloned[key] = cloneSelectively(source[key], pathMap.get(key) || pathMap.get("*"));
            } else {
              cloned[key] = source[key];
            }
          }
        }
        return cloned;
      }
      return cloneSelectively(obj, pathStructure);
    }
    function validatePath(path) {
      if (typeof path !== "string") {
        throw new Error("Paths must be (non-empty) strings");
      }
      if (path === "") {
        throw new Error("Invalid redaction path ()");
      }
      if (path.includes("..")) {
        throw new Error(`Invalid redaction path (${path})`);
      }
      if (path.includes(",")) {
        throw new Error(`Invalid redaction path (${path})`);
      }
      let bracketCount = 0;
      let inQuotes = false;
      let quoteChar = "";
      for (let i = 0; i < path.length; i++) {
        const char = path[i];
        if ((char === '"' || char === "'") && bracketCount > 0) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          }
        } else if (char === "[" && !inQuotes) {
          bracketCount++;
        } else if (char === "]" && !inQuotes) {
          bracketCount--;
          if (bracketCount < 0) {
            throw new Error(`Invalid redaction path (${path})`);
          }
        }
      }
      if (bracketCount !== 0) {
        throw new Error(`Invalid redaction path (${path})`);
      }
    }
    function validatePaths(paths) {
      if (!Array.isArray(paths)) {
        throw new TypeError("paths must be an array");
      }
      for (const path of paths) {
        validatePath(path);
      }
    }
    function slowRedact(options = {}) {
      const {
        paths = [],
        censor = "[REDACTED]",
        serialize = JSON.stringify,
        strict = true,
        remove = false
      } = options;
      validatePaths(paths);
      const pathStructure = buildPathStructure(paths);
      return function redact(obj) {
        if (strict && (obj === null || typeof obj !== "object")) {
          if (obj === null || obj === void 0) {
            return serialize ? serialize(obj) : obj;
          }
          if (typeof obj !== "object") {
            return serialize ? serialize(obj) : obj;
          }
        }
        const cloned = selectiveClone(obj, pathStructure);
        const original = obj;
        let actualCensor = censor;
        if (typeof censor === "function") {
          actualCensor = censor;
        }
        redactPaths(cloned, paths, actualCensor, remove);
        if (serialize === false) {
          cloned.restore = function() {
            return deepClone(original);
          };
          return cloned;
        }
        if (typeof serialize === "function") {
          return serialize(cloned);
        }
        return JSON.stringify(cloned);
      };
    }
    module.exports = slowRedact;
  }
});

// ../../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/browser.js
var require_browser = __commonJS({
  "../../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/browser.js"(exports, module) {
    "use strict";
    var format2 = require_quick_format_unescaped();
    var Redact = require_redact();
    module.exports = pino2;
    var CENSOR = "[Redacted]";
    function handleRedactOpts(opts) {
      if (Array.isArray(opts)) {
        return { paths: opts, censor: CENSOR };
      }
      const { paths, censor = CENSOR, remove } = opts;
      if (!Array.isArray(paths)) {
        throw Error("pino \u2013 redact must contain an array of strings");
      }
      return { paths, censor: remove ? void 0 : censor, remove };
    }
    function buildRedactFn(redact) {
      if (!redact) return null;
      const { paths, censor, remove } = handleRedactOpts(redact);
      return Redact({
        paths,
        censor,
        remove,
        serialize: false
      });
    }
    var _console = pfGlobalThisOrFallback().console || {};
    var stdSerializers = {
      mapHttpRequest: mock,
      mapHttpResponse: mock,
      wrapRequestSerializer: passthrough,
      wrapResponseSerializer: passthrough,
      wrapErrorSerializer: passthrough,
      req: mock,
      res: mock,
      err: asErrValue,
      errWithCause: asErrValue
    };
    function levelToValue(level, logger2) {
      return level === "silent" ? Infinity : logger2.levels.values[level];
    }
    var baseLogFunctionSymbol = /* @__PURE__ */ Symbol("pino.logFuncs");
    var hierarchySymbol = /* @__PURE__ */ Symbol("pino.hierarchy");
    var ownBindingsSymbol = /* @__PURE__ */ Symbol("pino.ownBindings");
    var bindingsSymbol = /* @__PURE__ */ Symbol("pino.bindings");
    var logFallbackMap = {
      error: "log",
      fatal: "error",
      warn: "error",
      info: "log",
      debug: "log",
      trace: "log"
    };
    function appendChildLogger(parentLogger, childLogger) {
      const newEntry = {
        logger: childLogger,
        parent: parentLogger[hierarchySymbol]
      };
      childLogger[hierarchySymbol] = newEntry;
    }
    function setupBaseLogFunctions(logger2, levels, proto) {
      const logFunctions = {};
      levels.forEach((level) => {
        logFunctions[level] = proto[level] ? proto[level] : _console[level] || _console[logFallbackMap[level] || "log"] || noop;
      });
      logger2[baseLogFunctionSymbol] = logFunctions;
    }
    function shouldSerialize(serialize, serializers) {
      if (Array.isArray(serialize)) {
        const hasToFilter = serialize.filter(function(k) {
          return k !== "!stdSerializers.err";
        });
        return hasToFilter;
      } else if (serialize === true) {
        return Object.keys(serializers);
      }
      return false;
    }
    function pino2(opts) {
      opts = opts || {};
      opts.browser = opts.browser || {};
      const transmit2 = opts.browser.transmit;
      if (transmit2 && typeof transmit2.send !== "function") {
        throw Error("pino: transmit option must have a send function");
      }
      const proto = opts.browser.write || _console;
      if (opts.browser.write) opts.browser.asObject = true;
      const serializers = opts.serializers || {};
      const serialize = shouldSerialize(opts.browser.serialize, serializers);
      let stdErrSerialize = opts.browser.serialize;
      if (Array.isArray(opts.browser.serialize) && opts.browser.serialize.indexOf("!stdSerializers.err") > -1) stdErrSerialize = false;
      const customLevels = Object.keys(opts.customLevels || {});
      const levels = ["error", "fatal", "warn", "info", "debug", "trace"].concat(customLevels);
      if (typeof proto === "function") {
        levels.forEach(function(level2) {
          proto[level2] = proto;
        });
      }
      if (opts.enabled === false || opts.browser.disabled) opts.level = "silent";
      const level = opts.level || "info";
      const logger2 = Object.create(proto);
      if (!logger2.log) logger2.log = noop;
      setupBaseLogFunctions(logger2, levels, proto);
      appendChildLogger({}, logger2);
      logger2[bindingsSymbol] = {};
      Object.defineProperty(logger2, "levelVal", {
        get: getLevelVal
      });
      Object.defineProperty(logger2, "level", {
        get: getLevel,
        set: setLevel
      });
      const redactFn = buildRedactFn(opts.redact);
      const setOpts = {
        transmit: transmit2,
        serialize,
        asObject: opts.browser.asObject,
        asObjectBindingsOnly: opts.browser.asObjectBindingsOnly,
        formatters: opts.browser.formatters,
        reportCaller: opts.browser.reportCaller,
        levels,
        timestamp: getTimeFunction(opts),
        messageKey: opts.messageKey || "msg",
        onChild: opts.onChild || noop,
        redactFn
      };
      logger2.levels = getLevels(opts);
      logger2.level = level;
      logger2.isLevelEnabled = function(level2) {
        if (!this.levels.values[level2]) {
          return false;
        }
        return this.levels.values[level2] >= this.levels.values[this.level];
      };
      logger2.setMaxListeners = logger2.getMaxListeners = logger2.emit = logger2.addListener = logger2.on = logger2.prependListener = logger2.once = logger2.prependOnceListener = logger2.removeListener = logger2.removeAllListeners = logger2.listeners = logger2.listenerCount = logger2.eventNames = logger2.write = logger2.flush = noop;
      logger2.serializers = serializers;
      logger2._serialize = serialize;
      logger2._stdErrSerialize = stdErrSerialize;
      logger2.child = function(...args) {
        return child.call(this, setOpts, ...args);
      };
      logger2.bindings = function() {
        return Object.assign({}, this[bindingsSymbol]);
      };
      logger2.setBindings = function(newBindings) {
        this[ownBindingsSymbol] = Object.assign({}, this[ownBindingsSymbol], newBindings);
        this[bindingsSymbol] = Object.assign({}, this[bindingsSymbol], newBindings);
        if (this._logEvent) {
          this._logEvent.bindings.push(newBindings);
        }
        this.level = this._level;
      };
      if (transmit2) logger2._logEvent = createLogEventShape();
      function getLevelVal() {
        return levelToValue(this.level, this);
      }
      function getLevel() {
        return this._level;
      }
      function setLevel(level2) {
        if (level2 !== "silent" && !this.levels.values[level2]) {
          throw Error("unknown level " + level2);
        }
        this._level = level2;
        set(this, setOpts, logger2, "error");
        set(this, setOpts, logger2, "fatal");
        set(this, setOpts, logger2, "warn");
        set(this, setOpts, logger2, "info");
        set(this, setOpts, logger2, "debug");
        set(this, setOpts, logger2, "trace");
        customLevels.forEach((level3) => {
          set(this, setOpts, logger2, level3);
        });
      }
      function child(setOpts2, bindings, childOptions) {
        if (!bindings) {
          throw new Error("missing bindings for child Pino");
        }
        childOptions = childOptions || {};
        if (serialize && bindings.serializers) {
          childOptions.serializers = bindings.serializers;
        }
        const childOptionsSerializers = childOptions.serializers;
        if (serialize && childOptionsSerializers) {
          var childSerializers = Object.assign({}, serializers, childOptionsSerializers);
          var childSerialize = opts.browser.serialize === true ? Object.keys(childSerializers) : serialize;
          delete bindings.serializers;
          applySerializers([bindings], childSerialize, childSerializers, this._stdErrSerialize);
        }
        function Child(parent) {
          this._childLevel = (parent._childLevel | 0) + 1;
          this[ownBindingsSymbol] = bindings;
          this[bindingsSymbol] = Object.assign(
            {},
            parent[bindingsSymbol],
            bindings
          );
          if (childSerializers) {
            this.serializers = childSerializers;
            this._serialize = childSerialize;
          }
          if (transmit2) {
            this._logEvent = createLogEventShape(
              [].concat(parent._logEvent.bindings, bindings)
            );
          }
        }
        Child.prototype = this;
        const newLogger = new Child(this);
        appendChildLogger(this, newLogger);
        newLogger.child = function(...args) {
          return child.call(this, setOpts2, ...args);
        };
        newLogger.level = childOptions.level || this.level;
        setOpts2.onChild(newLogger);
        return newLogger;
      }
      return logger2;
    }
    function getLevels(opts) {
      const customLevels = opts.customLevels || {};
      const values = Object.assign({}, pino2.levels.values, customLevels);
      const labels = Object.assign({}, pino2.levels.labels, invertObject(customLevels));
      return {
        values,
        labels
      };
    }
    function invertObject(obj) {
      const inverted = {};
      Object.keys(obj).forEach(function(key) {
        inverted[obj[key]] = key;
      });
      return inverted;
    }
    pino2.levels = {
      values: {
        fatal: 60,
        error: 50,
        warn: 40,
        info: 30,
        debug: 20,
        trace: 10
      },
      labels: {
        10: "trace",
        20: "debug",
        30: "info",
        40: "warn",
        50: "error",
        60: "fatal"
      }
    };
    pino2.stdSerializers = stdSerializers;
    pino2.stdTimeFunctions = Object.assign({}, { nullTime, epochTime, unixTime, isoTime: isoTime2 });
    function getBindingChain(logger2) {
      const bindings = [];
      if (logger2[ownBindingsSymbol]) {
        bindings.push(logger2[ownBindingsSymbol]);
      }
      let hierarchy = logger2[hierarchySymbol];
      while (hierarchy.parent) {
        hierarchy = hierarchy.parent;
        if (hierarchy.logger[ownBindingsSymbol]) {
          bindings.push(hierarchy.logger[ownBindingsSymbol]);
        }
      }
      return bindings.reverse();
    }
    function set(self2, opts, rootLogger, level) {
      Object.defineProperty(self2, level, {
        value: levelToValue(self2.level, rootLogger) > levelToValue(level, rootLogger) ? noop : rootLogger[baseLogFunctionSymbol][level],
        writable: true,
        enumerable: true,
        configurable: true
      });
      if (self2[level] === noop) {
        if (!opts.transmit) return;
        const transmitLevel = opts.transmit.level || self2.level;
        const transmitValue = levelToValue(transmitLevel, rootLogger);
        const methodValue = levelToValue(level, rootLogger);
        if (methodValue < transmitValue) return;
      }
      self2[level] = createWrap(self2, opts, rootLogger, level);
      const bindings = getBindingChain(self2);
      if (bindings.length === 0) {
        return;
      }
      self2[level] = prependBindingsInArguments(bindings, self2[level]);
    }
    function prependBindingsInArguments(bindings, logFunc) {
      return function() {
        return logFunc.apply(this, [...bindings, ...arguments]);
      };
    }
    function createWrap(self2, opts, rootLogger, level) {
      return /* @__PURE__ */ (function(write) {
        return function LOG() {
          const ts = opts.timestamp();
          const args = new Array(arguments.length);
          const proto = Object.getPrototypeOf && Object.getPrototypeOf(this) === _console ? _console : this;
          for (var i = 0; i < args.length; i++) args[i] = arguments[i];
          var argsIsSerialized = false;
          if (opts.serialize) {
            applySerializers(args, this._serialize, this.serializers, this._stdErrSerialize);
            argsIsSerialized = true;
          }
          if (opts.asObject || opts.formatters) {
            const out = asObject(this, level, args, ts, opts);
            if (opts.reportCaller && out && out.length > 0 && out[0] && typeof out[0] === "object") {
              try {
                const caller = getCallerLocation();
                if (caller) out[0].caller = caller;
              } catch (e) {
              }
            }
            write.call(proto, ...out);
          } else {
            if (opts.reportCaller) {
              try {
                const caller = getCallerLocation();
                if (caller) args.push(caller);
              } catch (e) {
              }
            }
            write.apply(proto, args);
          }
          if (opts.transmit) {
            const transmitLevel = opts.transmit.level || self2._level;
            const transmitValue = levelToValue(transmitLevel, rootLogger);
            const methodValue = levelToValue(level, rootLogger);
            if (methodValue < transmitValue) return;
            transmit(this, {
              ts,
              methodLevel: level,
              methodValue,
              transmitLevel,
              transmitValue: rootLogger.levels.values[opts.transmit.level || self2._level],
              send: opts.transmit.send,
              val: levelToValue(self2._level, rootLogger)
            }, args, argsIsSerialized);
          }
        };
      })(self2[baseLogFunctionSymbol][level]);
    }
    function asObject(logger2, level, args, ts, opts) {
      const {
        level: levelFormatter,
        log: logObjectFormatter = (obj) => obj
      } = opts.formatters || {};
      const argsCloned = args.slice();
      let msg = argsCloned[0];
      const logObject = {};
      let lvl = (logger2._childLevel | 0) + 1;
      if (lvl < 1) lvl = 1;
      if (ts) {
        logObject.time = ts;
      }
      if (levelFormatter) {
        const formattedLevel = levelFormatter(level, logger2.levels.values[level]);
        Object.assign(logObject, formattedLevel);
      } else {
        logObject.level = logger2.levels.values[level];
      }
      if (opts.asObjectBindingsOnly) {
        if (msg !== null && typeof msg === "object") {
          while (lvl-- && typeof argsCloned[0] === "object") {
            Object.assign(logObject, argsCloned.shift());
          }
        }
        let formattedLogObject = logObjectFormatter(logObject);
        if (opts.redactFn) {
          formattedLogObject = opts.redactFn(formattedLogObject);
        }
        return [formattedLogObject, ...argsCloned];
      } else {
        if (msg !== null && typeof msg === "object") {
          while (lvl-- && typeof argsCloned[0] === "object") {
            Object.assign(logObject, argsCloned.shift());
          }
          msg = argsCloned.length ? format2(argsCloned.shift(), argsCloned) : void 0;
        } else if (typeof msg === "string") msg = format2(argsCloned.shift(), argsCloned);
        if (msg !== void 0) logObject[opts.messageKey] = msg;
        let formattedLogObject = logObjectFormatter(logObject);
        if (opts.redactFn) {
          formattedLogObject = opts.redactFn(formattedLogObject);
        }
        return [formattedLogObject];
      }
    }
    function applySerializers(args, serialize, serializers, stdErrSerialize) {
      for (const i in args) {
        if (stdErrSerialize && args[i] instanceof Error) {
          args[i] = pino2.stdSerializers.err(args[i]);
        } else if (typeof args[i] === "object" && !Array.isArray(args[i]) && serialize) {
          for (const k in args[i]) {
            if (serialize.indexOf(k) > -1 && k in serializers) {
              args[i][k] = serializers[k](args[i][k]);
            }
          }
        }
      }
    }
    function transmit(logger2, opts, args, argsIsSerialized = false) {
      const send = opts.send;
      const ts = opts.ts;
      const methodLevel = opts.methodLevel;
      const methodValue = opts.methodValue;
      const val = opts.val;
      const bindings = logger2._logEvent.bindings;
      if (!argsIsSerialized) {
        applySerializers(
          args,
          logger2._serialize || Object.keys(logger2.serializers),
          logger2.serializers,
          logger2._stdErrSerialize === void 0 ? true : logger2._stdErrSerialize
        );
      }
      logger2._logEvent.ts = ts;
      logger2._logEvent.messages = args.filter(function(arg2) {
        return bindings.indexOf(arg2) === -1;
      });
      logger2._logEvent.level.label = methodLevel;
      logger2._logEvent.level.value = methodValue;
      send(methodLevel, logger2._logEvent, val);
      logger2._logEvent = createLogEventShape(bindings);
    }
    function createLogEventShape(bindings) {
      return {
        ts: 0,
        messages: [],
        bindings: bindings || [],
        level: { label: "", value: 0 }
      };
    }
    function asErrValue(err) {
      const obj = {
        type: err.constructor.name,
        msg: err.message,
        stack: err.stack
      };
      for (const key in err) {
        if (obj[key] === void 0) {
          obj[key] = err[key];
        }
      }
      return obj;
    }
    function getTimeFunction(opts) {
      if (typeof opts.timestamp === "function") {
        return opts.timestamp;
      }
      if (opts.timestamp === false) {
        return nullTime;
      }
      return epochTime;
    }
    function mock() {
      return {};
    }
    function passthrough(a) {
      return a;
    }
    function noop() {
    }
    function nullTime() {
      return false;
    }
    function epochTime() {
      return Date.now();
    }
    function unixTime() {
      return Math.round(Date.now() / 1e3);
    }
    function isoTime2() {
      return new Date(Date.now()).toISOString();
    }
    function pfGlobalThisOrFallback() {
      function defd(o) {
        return typeof o !== "undefined" && o;
      }
      try {
        if (typeof globalThis !== "undefined") return globalThis;
        Object.defineProperty(Object.prototype, "globalThis", {
          get: function() {
            delete Object.prototype.globalThis;
            return this.globalThis = this;
          },
          configurable: true
        });
        return globalThis;
      } catch (e) {
        return defd(self) || defd(window) || defd(this) || {};
      }
    }
    module.exports.default = pino2;
    module.exports.pino = pino2;
    function getCallerLocation() {
      const stack = new Error().stack;
      if (!stack) return null;
      const lines = stack.split("\n");
      for (let i = 1; i < lines.length; i++) {
        const l = lines[i].trim();
        if (/(^at\s+)?(createWrap|LOG|set\s*\(|asObject|Object\.apply|Function\.apply)/.test(l)) continue;
        if (l.indexOf("browser.js") !== -1) continue;
        if (l.indexOf("node:internal") !== -1) continue;
        if (l.indexOf("node_modules") !== -1) continue;
        let m = l.match(/\((.*?):(\d+):(\d+)\)/);
        if (!m) m = l.match(/at\s+(.*?):(\d+):(\d+)/);
        if (m) {
          const file = m[1];
          const line = m[2];
          const col = m[3];
          return file + ":" + line + ":" + col;
        }
      }
      return null;
    }
  }
});

// ../../../packages/platform-solo5/src/text.ts
var REPLACEMENT = 65533;
var CHUNK = 4096;
var fromCodes = (codes) => String.fromCharCode.apply(null, codes);
var utf8Length = (s) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < s.length && (s.charCodeAt(i + 1) & 64512) === 56320) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};
var encodeRange = (s, out, at2) => {
  let n = at2;
  const end = out.length;
  let i = 0;
  for (; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 128) {
      if (n >= end) break;
      out[n++] = c;
      continue;
    }
    let units = 1;
    if (c >= 55296 && c <= 57343) {
      const d = c <= 56319 && i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if ((d & 64512) === 56320) {
        c = 65536 + (c - 55296 << 10) + (d - 56320);
        units = 2;
      } else c = REPLACEMENT;
    }
    if (c < 2048) {
      if (n + 2 > end) break;
      out[n++] = 192 | c >> 6;
      out[n++] = 128 | c & 63;
    } else if (c < 65536) {
      if (n + 3 > end) break;
      out[n++] = 224 | c >> 12;
      out[n++] = 128 | c >> 6 & 63;
      out[n++] = 128 | c & 63;
    } else {
      if (n + 4 > end) break;
      out[n++] = 240 | c >> 18;
      out[n++] = 128 | c >> 12 & 63;
      out[n++] = 128 | c >> 6 & 63;
      out[n++] = 128 | c & 63;
    }
    i += units - 1;
  }
  return { read: i, written: n - at2 };
};
var utf8Encode = (s) => {
  const out = new Uint8Array(utf8Length(s));
  encodeRange(s, out, 0);
  return out;
};
var bytesOf = (input) => {
  if (input === void 0) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  const SAB = globalThis.SharedArrayBuffer;
  if (SAB !== void 0 && input instanceof SAB) return new Uint8Array(input);
  throw new TypeError(`The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received ${describe(input)}`);
};
var describe = (v) => v === null ? "null" : typeof v === "object" ? `an instance of ${v.constructor?.name ?? "Object"}` : `type ${typeof v} (${String(v)})`;
var UTF8_LABELS = ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"];
var TextDecoderImpl = class {
  constructor(label = "utf-8", options = {}) {
    __publicField(this, "encoding", "utf-8");
    __publicField(this, "fatal");
    __publicField(this, "ignoreBOM");
    // The decoder state of the spec's UTF-8 decoder.
    __publicField(this, "codePoint", 0);
    __publicField(this, "needed", 0);
    __publicField(this, "seen", 0);
    __publicField(this, "lower", 128);
    __publicField(this, "upper", 191);
    __publicField(this, "bomSeen", false);
    __publicField(this, "doNotFlush", false);
    const l = String(label).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "").toLowerCase();
    if (!UTF8_LABELS.includes(l)) throw new RangeError(`The "${String(label)}" encoding is not supported`);
    this.fatal = options?.fatal === true;
    this.ignoreBOM = options?.ignoreBOM === true;
  }
  get [Symbol.toStringTag]() {
    return "TextDecoder";
  }
  reset() {
    this.codePoint = 0;
    this.needed = 0;
    this.seen = 0;
    this.lower = 128;
    this.upper = 191;
  }
  decode(input, options = {}) {
    const bytes = bytesOf(input);
    if (!this.doNotFlush) {
      this.reset();
      this.bomSeen = false;
    }
    this.doNotFlush = options?.stream === true;
    let out = "";
    const codes = [];
    let first = !this.ignoreBOM && !this.bomSeen;
    const emit = (cp) => {
      if (first) {
        first = false;
        this.bomSeen = true;
        if (cp === 65279) return;
      }
      if (cp >= 65536) {
        cp -= 65536;
        codes.push(55296 + (cp >> 10), 56320 + (cp & 1023));
      } else codes.push(cp);
      if (codes.length >= CHUNK) {
        out += fromCodes(codes);
        codes.length = 0;
      }
    };
    const error = () => {
      if (this.fatal) {
        this.reset();
        this.doNotFlush = false;
        throw new TypeError("The encoded data was not valid for encoding utf-8");
      }
      emit(REPLACEMENT);
    };
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      const b = bytes[i];
      if (this.needed === 0) {
        if (b < 128) {
          if (first) {
            first = false;
            this.bomSeen = true;
          }
          let j = i + 1;
          while (j < n && bytes[j] < 128) j++;
          if (codes.length > 0) {
            out += fromCodes(codes);
            codes.length = 0;
          }
          for (let k = i; k < j; k += CHUNK) out += String.fromCharCode.apply(null, bytes.subarray(k, Math.min(j, k + CHUNK)));
          i = j;
          continue;
        }
        if (b >= 194 && b <= 223) {
          this.needed = 1;
          this.codePoint = b & 31;
        } else if (b >= 224 && b <= 239) {
          if (b === 224) this.lower = 160;
          else if (b === 237) this.upper = 159;
          this.needed = 2;
          this.codePoint = b & 15;
        } else if (b >= 240 && b <= 244) {
          if (b === 240) this.lower = 144;
          else if (b === 244) this.upper = 143;
          this.needed = 3;
          this.codePoint = b & 7;
        } else error();
        i++;
        continue;
      }
      if (b < this.lower || b > this.upper) {
        this.reset();
        error();
        continue;
      }
      this.lower = 128;
      this.upper = 191;
      this.codePoint = this.codePoint << 6 | b & 63;
      this.seen++;
      i++;
      if (this.seen === this.needed) {
        const cp = this.codePoint;
        this.reset();
        emit(cp);
      }
    }
    if (!this.doNotFlush && this.needed !== 0) {
      this.reset();
      error();
    }
    return codes.length > 0 ? out + fromCodes(codes) : out;
  }
};
var TextEncoderImpl = class {
  constructor() {
    __publicField(this, "encoding", "utf-8");
  }
  get [Symbol.toStringTag]() {
    return "TextEncoder";
  }
  encode(input = "") {
    return utf8Encode(String(input));
  }
  /** Encodes as much of `source` as fits whole into `destination`. */
  encodeInto(source, destination) {
    if (!(destination instanceof Uint8Array)) {
      throw new TypeError(`The "dest" argument must be an instance of Uint8Array. Received ${describe(destination)}`);
    }
    return encodeRange(String(source), destination, 0);
  }
};

// ../../../packages/platform-solo5/src/polyfills.ts
var hasOwn = (o, key) => {
  if (o === null || o === void 0) throw new TypeError("Cannot convert undefined or null to object");
  return Object.prototype.hasOwnProperty.call(Object(o), key);
};
function at(index) {
  const o = typeof this === "string" ? this : Object(this);
  const len = Number(o.length) >>> 0;
  let k = Math.trunc(Number(index)) || 0;
  if (k < 0) k += len;
  if (k < 0 || k >= len) return void 0;
  return typeof o === "string" ? o.charAt(k) : o[k];
}
var define = (o, name, value) => {
  Object.defineProperty(o, name, { value, writable: true, configurable: true, enumerable: false });
};
var installPolyfills = (target = globalThis) => {
  const installed = [];
  if (typeof Object["hasOwn"] !== "function") {
    define(Object, "hasOwn", hasOwn);
    installed.push("Object.hasOwn");
  }
  const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
  for (const [name, proto] of [
    ["Array", Array.prototype],
    ["String", String.prototype],
    ["TypedArray", typedArrayProto]
  ]) {
    if (typeof proto["at"] !== "function") {
      define(proto, "at", at);
      installed.push(`${name}.prototype.at`);
    }
  }
  const g = target;
  for (const [name, value] of [
    ["TextEncoder", TextEncoderImpl],
    ["TextDecoder", TextDecoderImpl]
  ]) {
    if (g[name] === void 0) {
      define(g, name, value);
      installed.push(name);
    }
  }
  return installed;
};
installPolyfills();

// ../../../node_modules/.pnpm/fp-ts@2.16.11/node_modules/fp-ts/es6/function.js
var __spreadArray = function(to, from, pack) {
  if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
    if (ar || !(i in from)) {
      if (!ar) ar = Array.prototype.slice.call(from, 0, i);
      ar[i] = from[i];
    }
  }
  return to.concat(ar || Array.prototype.slice.call(from));
};
function identity(a) {
  return a;
}
function pipe(a, ab, bc, cd, de, ef, fg, gh, hi) {
  switch (arguments.length) {
    case 1:
      return a;
    case 2:
      return ab(a);
    case 3:
      return bc(ab(a));
    case 4:
      return cd(bc(ab(a)));
    case 5:
      return de(cd(bc(ab(a))));
    case 6:
      return ef(de(cd(bc(ab(a)))));
    case 7:
      return fg(ef(de(cd(bc(ab(a))))));
    case 8:
      return gh(fg(ef(de(cd(bc(ab(a)))))));
    case 9:
      return hi(gh(fg(ef(de(cd(bc(ab(a))))))));
    default: {
      var ret = arguments[0];
      for (var i = 1; i < arguments.length; i++) {
        ret = arguments[i](ret);
      }
      return ret;
    }
  }
}
var dual = function(arity, body) {
  var isDataFirst = typeof arity === "number" ? function(args) {
    return args.length >= arity;
  } : arity;
  return function() {
    var args = Array.from(arguments);
    if (isDataFirst(arguments)) {
      return body.apply(this, args);
    }
    return function(self2) {
      return body.apply(void 0, __spreadArray([self2], args, false));
    };
  };
};

// ../../../node_modules/.pnpm/fp-ts@2.16.11/node_modules/fp-ts/es6/internal.js
var isLeft = function(ma) {
  return ma._tag === "Left";
};
var left = function(e) {
  return { _tag: "Left", left: e };
};
var right = function(a) {
  return { _tag: "Right", right: a };
};

// ../../../node_modules/.pnpm/fp-ts@2.16.11/node_modules/fp-ts/es6/Functor.js
function as(F) {
  return function(self2, b) {
    return F.map(self2, function() {
      return b;
    });
  };
}
function asUnit(F) {
  var asM = as(F);
  return function(self2) {
    return asM(self2, void 0);
  };
}

// ../../../node_modules/.pnpm/fp-ts@2.16.11/node_modules/fp-ts/es6/Chain.js
function tap(M) {
  return function(first, f) {
    return M.chain(first, function(a) {
      return M.map(f(a), function() {
        return a;
      });
    });
  };
}

// ../../../node_modules/.pnpm/fp-ts@2.16.11/node_modules/fp-ts/es6/Either.js
var left2 = left;
var right2 = right;
var flatMap = /* @__PURE__ */ dual(2, function(ma, f) {
  return isLeft2(ma) ? ma : f(ma.right);
});
var _map = function(fa, f) {
  return pipe(fa, map(f));
};
var _ap = function(fab, fa) {
  return pipe(fab, ap(fa));
};
var URI = "Either";
var map = function(f) {
  return function(fa) {
    return isLeft2(fa) ? fa : right2(f(fa.right));
  };
};
var Functor = {
  URI,
  map: _map
};
var as2 = dual(2, as(Functor));
var asUnit2 = asUnit(Functor);
var apW = function(fa) {
  return function(fab) {
    return isLeft2(fab) ? fab : isLeft2(fa) ? fa : right2(fab.right(fa.right));
  };
};
var ap = apW;
var Chain = {
  URI,
  map: _map,
  ap: _ap,
  chain: flatMap
};
var FromEither = {
  URI,
  fromEither: identity
};
var isLeft2 = isLeft;
var tap2 = /* @__PURE__ */ dual(2, tap(Chain));
var _FromEither = {
  fromEither: FromEither.fromEither
};

// ../../../packages/mirage-logs/src/index.ts
var import_browser = __toESM(require_browser(), 1);
var LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"];
var THRESHOLDS = [...LEVELS, "silent"];
var PINO_LEVEL_NAMES = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };
var defaultLevels = { default: "info", rules: [] };
var parseLevels = (text) => {
  let def = defaultLevels.default;
  const rules = [];
  for (const item of text.split(",")) {
    const part = item.trim();
    if (part === "") continue;
    const colon = part.lastIndexOf(":");
    const pattern = colon < 0 ? "*" : part.slice(0, colon);
    const level = colon < 0 ? part : part.slice(colon + 1);
    if (!THRESHOLDS.includes(level)) {
      return { ok: false, error: `unknown level "${level}" in "${part}" (expected one of ${THRESHOLDS.join(", ")})` };
    }
    if (pattern === "") return { ok: false, error: `empty source name in "${part}"` };
    if (pattern === "*") def = level;
    else rules.push({ pattern, threshold: level });
  }
  return { ok: true, spec: { default: def, rules } };
};
var matches = (pattern, source) => pattern.endsWith(".*") ? source === pattern.slice(0, -2) || source.startsWith(pattern.slice(0, -1)) : pattern === source;
var thresholdFor = (spec, source) => {
  let best;
  for (const rule of spec.rules) {
    if (matches(rule.pattern, source) && (best === void 0 || rule.pattern.length > best.pattern.length)) best = rule;
  }
  return best?.threshold ?? spec.default;
};
var pad = (n, w = 2) => String(n).padStart(w, "0");
var isoTime = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}Z`;
};
var formatRecord = (r) => {
  const extra = Object.entries(r.fields).map(([k, v]) => ` ${k}=${typeof v === "string" ? v : safeJson(v)}`).join("");
  return `${isoTime(r.timeMs)} ${r.level.toUpperCase().padEnd(5)} [${r.source}] ${r.msg}${extra}`;
};
var safeJson = (v) => {
  try {
    return typeof v === "bigint" ? `${v}n` : JSON.stringify(v, (_k, x) => typeof x === "bigint" ? `${x}n` : x) ?? String(v);
  } catch {
    return String(v);
  }
};
var registry = {
  spec: defaultLevels,
  sink: () => {
  },
  now: () => Date.now(),
  loggers: /* @__PURE__ */ new Map()
};
var configureLogs = (options) => {
  if (options.sink !== void 0) registry.sink = options.sink;
  if (options.now !== void 0) registry.now = options.now;
  if (options.levels !== void 0) setLevels(options.levels);
};
var setLevels = (spec) => {
  registry.spec = spec;
  for (const [source, entry] of registry.loggers) entry.setThreshold(thresholdFor(spec, source));
};
var RESERVED = /* @__PURE__ */ new Set(["level", "time", "msg", "source"]);
var logger = (source) => {
  const existing = registry.loggers.get(source);
  if (existing !== void 0) return existing.logger;
  let threshold = thresholdFor(registry.spec, source);
  const p = (0, import_browser.default)({
    level: threshold,
    base: null,
    timestamp: false,
    browser: {
      asObject: true,
      write: (o) => {
        const rec = o;
        const fields = {};
        for (const [k, v] of Object.entries(rec)) if (!RESERVED.has(k)) fields[k] = v;
        registry.sink({
          level: PINO_LEVEL_NAMES[Number(rec["level"])] ?? "info",
          source,
          timeMs: registry.now(),
          msg: typeof rec["msg"] === "string" ? rec["msg"] : "",
          fields
        });
      }
    }
  });
  const rank = (t) => THRESHOLDS.indexOf(t);
  const log2 = (level) => (msg, fields) => p[level](fields ?? {}, msg);
  const l = {
    source,
    trace: log2("trace"),
    debug: log2("debug"),
    info: log2("info"),
    warn: log2("warn"),
    error: log2("error"),
    isEnabled: (level) => rank(level) >= rank(threshold)
  };
  registry.loggers.set(source, {
    logger: l,
    setThreshold: (t) => {
      threshold = t;
      p.level = t;
    }
  });
  return l;
};

// ../../../node_modules/.pnpm/io-ts@2.2.22_fp-ts@2.16.11/node_modules/io-ts/es6/index.js
var __extends = /* @__PURE__ */ (function() {
  var extendStatics = function(d, b) {
    extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
      d2.__proto__ = b2;
    } || function(d2, b2) {
      for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
    };
    return extendStatics(d, b);
  };
  return function(d, b) {
    if (typeof b !== "function" && b !== null)
      throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
    extendStatics(d, b);
    function __() {
      this.constructor = d;
    }
    d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
  };
})();
var failures = left2;
var failure = function(value, context, message) {
  return failures([{ value, context, message }]);
};
var success = right2;
var Type = (
  /** @class */
  (function() {
    function Type2(name, is, validate, encode) {
      this.name = name;
      this.is = is;
      this.validate = validate;
      this.encode = encode;
      this.decode = this.decode.bind(this);
    }
    Type2.prototype.pipe = function(ab, name) {
      var _this = this;
      if (name === void 0) {
        name = "pipe(".concat(this.name, ", ").concat(ab.name, ")");
      }
      return new Type2(name, ab.is, function(i, c) {
        var e = _this.validate(i, c);
        if (isLeft2(e)) {
          return e;
        }
        return ab.validate(e.right, c);
      }, this.encode === identity2 && ab.encode === identity2 ? identity2 : function(b) {
        return _this.encode(ab.encode(b));
      });
    };
    Type2.prototype.asDecoder = function() {
      return this;
    };
    Type2.prototype.asEncoder = function() {
      return this;
    };
    Type2.prototype.decode = function(i) {
      return this.validate(i, [{ key: "", type: this, actual: i }]);
    };
    return Type2;
  })()
);
var identity2 = function(a) {
  return a;
};
function getFunctionName(f) {
  return f.displayName || f.name || "<function".concat(f.length, ">");
}
var NullType = (
  /** @class */
  (function(_super) {
    __extends(NullType2, _super);
    function NullType2() {
      var _this = _super.call(this, "null", function(u) {
        return u === null;
      }, function(u, c) {
        return _this.is(u) ? success(u) : failure(u, c);
      }, identity2) || this;
      _this._tag = "NullType";
      return _this;
    }
    return NullType2;
  })(Type)
);
var nullType = new NullType();
var UndefinedType = (
  /** @class */
  (function(_super) {
    __extends(UndefinedType2, _super);
    function UndefinedType2() {
      var _this = _super.call(this, "undefined", function(u) {
        return u === void 0;
      }, function(u, c) {
        return _this.is(u) ? success(u) : failure(u, c);
      }, identity2) || this;
      _this._tag = "UndefinedType";
      return _this;
    }
    return UndefinedType2;
  })(Type)
);
var undefinedType = new UndefinedType();
var VoidType = (
  /** @class */
  (function(_super) {
    __extends(VoidType2, _super);
    function VoidType2() {
      var _this = _super.call(this, "void", undefinedType.is, undefinedType.validate, identity2) || this;
      _this._tag = "VoidType";
      return _this;
    }
    return VoidType2;
  })(Type)
);
var voidType = new VoidType();
var UnknownType = (
  /** @class */
  (function(_super) {
    __extends(UnknownType2, _super);
    function UnknownType2() {
      var _this = _super.call(this, "unknown", function(_) {
        return true;
      }, success, identity2) || this;
      _this._tag = "UnknownType";
      return _this;
    }
    return UnknownType2;
  })(Type)
);
var unknown = new UnknownType();
var StringType = (
  /** @class */
  (function(_super) {
    __extends(StringType2, _super);
    function StringType2() {
      var _this = _super.call(this, "string", function(u) {
        return typeof u === "string";
      }, function(u, c) {
        return _this.is(u) ? success(u) : failure(u, c);
      }, identity2) || this;
      _this._tag = "StringType";
      return _this;
    }
    return StringType2;
  })(Type)
);
var string = new StringType();
var NumberType = (
  /** @class */
  (function(_super) {
    __extends(NumberType2, _super);
    function NumberType2() {
      var _this = _super.call(this, "number", function(u) {
        return typeof u === "number";
      }, function(u, c) {
        return _this.is(u) ? success(u) : failure(u, c);
      }, identity2) || this;
      _this._tag = "NumberType";
      return _this;
    }
    return NumberType2;
  })(Type)
);
var number = new NumberType();
var BigIntType = (
  /** @class */
  (function(_super) {
    __extends(BigIntType2, _super);
    function BigIntType2() {
      var _this = _super.call(
        this,
        "bigint",
        // tslint:disable-next-line: valid-typeof
        function(u) {
          return typeof u === "bigint";
        },
        function(u, c) {
          return _this.is(u) ? success(u) : failure(u, c);
        },
        identity2
      ) || this;
      _this._tag = "BigIntType";
      return _this;
    }
    return BigIntType2;
  })(Type)
);
var bigint = new BigIntType();
var BooleanType = (
  /** @class */
  (function(_super) {
    __extends(BooleanType2, _super);
    function BooleanType2() {
      var _this = _super.call(this, "boolean", function(u) {
        return typeof u === "boolean";
      }, function(u, c) {
        return _this.is(u) ? success(u) : failure(u, c);
      }, identity2) || this;
      _this._tag = "BooleanType";
      return _this;
    }
    return BooleanType2;
  })(Type)
);
var boolean = new BooleanType();
var AnyArrayType = (
  /** @class */
  (function(_super) {
    __extends(AnyArrayType2, _super);
    function AnyArrayType2() {
      var _this = _super.call(this, "UnknownArray", Array.isArray, function(u, c) {
        return _this.is(u) ? success(u) : failure(u, c);
      }, identity2) || this;
      _this._tag = "AnyArrayType";
      return _this;
    }
    return AnyArrayType2;
  })(Type)
);
var UnknownArray = new AnyArrayType();
var AnyDictionaryType = (
  /** @class */
  (function(_super) {
    __extends(AnyDictionaryType2, _super);
    function AnyDictionaryType2() {
      var _this = _super.call(this, "UnknownRecord", function(u) {
        return u !== null && typeof u === "object" && !Array.isArray(u);
      }, function(u, c) {
        return _this.is(u) ? success(u) : failure(u, c);
      }, identity2) || this;
      _this._tag = "AnyDictionaryType";
      return _this;
    }
    return AnyDictionaryType2;
  })(Type)
);
var UnknownRecord = new AnyDictionaryType();
var LiteralType = (
  /** @class */
  (function(_super) {
    __extends(LiteralType2, _super);
    function LiteralType2(name, is, validate, encode, value) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.value = value;
      _this._tag = "LiteralType";
      return _this;
    }
    return LiteralType2;
  })(Type)
);
var KeyofType = (
  /** @class */
  (function(_super) {
    __extends(KeyofType2, _super);
    function KeyofType2(name, is, validate, encode, keys) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.keys = keys;
      _this._tag = "KeyofType";
      return _this;
    }
    return KeyofType2;
  })(Type)
);
var RefinementType = (
  /** @class */
  (function(_super) {
    __extends(RefinementType2, _super);
    function RefinementType2(name, is, validate, encode, type, predicate) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.type = type;
      _this.predicate = predicate;
      _this._tag = "RefinementType";
      return _this;
    }
    return RefinementType2;
  })(Type)
);
function brand(codec, predicate, name) {
  return refinement(codec, predicate, name);
}
var Int = brand(number, function(n) {
  return Number.isInteger(n);
}, "Int");
var RecursiveType = (
  /** @class */
  (function(_super) {
    __extends(RecursiveType2, _super);
    function RecursiveType2(name, is, validate, encode, runDefinition) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.runDefinition = runDefinition;
      _this._tag = "RecursiveType";
      return _this;
    }
    return RecursiveType2;
  })(Type)
);
Object.defineProperty(RecursiveType.prototype, "type", {
  get: function() {
    return this.runDefinition();
  },
  enumerable: true,
  configurable: true
});
var ArrayType = (
  /** @class */
  (function(_super) {
    __extends(ArrayType2, _super);
    function ArrayType2(name, is, validate, encode, type) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.type = type;
      _this._tag = "ArrayType";
      return _this;
    }
    return ArrayType2;
  })(Type)
);
var InterfaceType = (
  /** @class */
  (function(_super) {
    __extends(InterfaceType2, _super);
    function InterfaceType2(name, is, validate, encode, props) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.props = props;
      _this._tag = "InterfaceType";
      return _this;
    }
    return InterfaceType2;
  })(Type)
);
var PartialType = (
  /** @class */
  (function(_super) {
    __extends(PartialType2, _super);
    function PartialType2(name, is, validate, encode, props) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.props = props;
      _this._tag = "PartialType";
      return _this;
    }
    return PartialType2;
  })(Type)
);
var DictionaryType = (
  /** @class */
  (function(_super) {
    __extends(DictionaryType2, _super);
    function DictionaryType2(name, is, validate, encode, domain, codomain) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.domain = domain;
      _this.codomain = codomain;
      _this._tag = "DictionaryType";
      return _this;
    }
    return DictionaryType2;
  })(Type)
);
var UnionType = (
  /** @class */
  (function(_super) {
    __extends(UnionType2, _super);
    function UnionType2(name, is, validate, encode, types) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.types = types;
      _this._tag = "UnionType";
      return _this;
    }
    return UnionType2;
  })(Type)
);
var IntersectionType = (
  /** @class */
  (function(_super) {
    __extends(IntersectionType2, _super);
    function IntersectionType2(name, is, validate, encode, types) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.types = types;
      _this._tag = "IntersectionType";
      return _this;
    }
    return IntersectionType2;
  })(Type)
);
var TupleType = (
  /** @class */
  (function(_super) {
    __extends(TupleType2, _super);
    function TupleType2(name, is, validate, encode, types) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.types = types;
      _this._tag = "TupleType";
      return _this;
    }
    return TupleType2;
  })(Type)
);
var ReadonlyType = (
  /** @class */
  (function(_super) {
    __extends(ReadonlyType2, _super);
    function ReadonlyType2(name, is, validate, encode, type) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.type = type;
      _this._tag = "ReadonlyType";
      return _this;
    }
    return ReadonlyType2;
  })(Type)
);
var ReadonlyArrayType = (
  /** @class */
  (function(_super) {
    __extends(ReadonlyArrayType2, _super);
    function ReadonlyArrayType2(name, is, validate, encode, type) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.type = type;
      _this._tag = "ReadonlyArrayType";
      return _this;
    }
    return ReadonlyArrayType2;
  })(Type)
);
var ExactType = (
  /** @class */
  (function(_super) {
    __extends(ExactType2, _super);
    function ExactType2(name, is, validate, encode, type) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.type = type;
      _this._tag = "ExactType";
      return _this;
    }
    return ExactType2;
  })(Type)
);
var FunctionType = (
  /** @class */
  (function(_super) {
    __extends(FunctionType2, _super);
    function FunctionType2() {
      var _this = _super.call(
        this,
        "Function",
        // tslint:disable-next-line:strict-type-predicates
        function(u) {
          return typeof u === "function";
        },
        function(u, c) {
          return _this.is(u) ? success(u) : failure(u, c);
        },
        identity2
      ) || this;
      _this._tag = "FunctionType";
      return _this;
    }
    return FunctionType2;
  })(Type)
);
var Function2 = new FunctionType();
var NeverType = (
  /** @class */
  (function(_super) {
    __extends(NeverType2, _super);
    function NeverType2() {
      var _this = _super.call(
        this,
        "never",
        function(_) {
          return false;
        },
        function(u, c) {
          return failure(u, c);
        },
        /* istanbul ignore next */
        function() {
          throw new Error("cannot encode never");
        }
      ) || this;
      _this._tag = "NeverType";
      return _this;
    }
    return NeverType2;
  })(Type)
);
var never = new NeverType();
var AnyType = (
  /** @class */
  (function(_super) {
    __extends(AnyType2, _super);
    function AnyType2() {
      var _this = _super.call(this, "any", function(_) {
        return true;
      }, success, identity2) || this;
      _this._tag = "AnyType";
      return _this;
    }
    return AnyType2;
  })(Type)
);
var any = new AnyType();
function refinement(codec, predicate, name) {
  if (name === void 0) {
    name = "(".concat(codec.name, " | ").concat(getFunctionName(predicate), ")");
  }
  return new RefinementType(name, function(u) {
    return codec.is(u) && predicate(u);
  }, function(i, c) {
    var e = codec.validate(i, c);
    if (isLeft2(e)) {
      return e;
    }
    var a = e.right;
    return predicate(a) ? success(a) : failure(a, c);
  }, codec.encode, codec, predicate);
}
var Integer = refinement(number, Number.isInteger, "Integer");
var TaggedUnionType = (
  /** @class */
  (function(_super) {
    __extends(TaggedUnionType2, _super);
    function TaggedUnionType2(name, is, validate, encode, codecs, tag) {
      var _this = _super.call(this, name, is, validate, encode, codecs) || this;
      _this.tag = tag;
      return _this;
    }
    return TaggedUnionType2;
  })(UnionType)
);
var ObjectType = (
  /** @class */
  (function(_super) {
    __extends(ObjectType2, _super);
    function ObjectType2() {
      var _this = _super.call(this, "object", function(u) {
        return u !== null && typeof u === "object";
      }, function(u, c) {
        return _this.is(u) ? success(u) : failure(u, c);
      }, identity2) || this;
      _this._tag = "ObjectType";
      return _this;
    }
    return ObjectType2;
  })(Type)
);
var object = new ObjectType();
var StrictType = (
  /** @class */
  (function(_super) {
    __extends(StrictType2, _super);
    function StrictType2(name, is, validate, encode, props) {
      var _this = _super.call(this, name, is, validate, encode) || this;
      _this.props = props;
      _this._tag = "StrictType";
      return _this;
    }
    return StrictType2;
  })(Type)
);

// ../../../packages/mirage-args/src/index.ts
var fromString = (name, parse, encode, is) => new Type(
  name,
  is,
  (s, c) => {
    const a = parse(s);
    return a === void 0 ? failure(s, c) : success(a);
  },
  encode
);
var intCodec = (min, max) => fromString(
  `an integer from ${min} to ${max}`,
  (s) => {
    if (!/^-?\d+$/.test(s)) return void 0;
    const n = Number(s);
    return Number.isSafeInteger(n) && n >= min && n <= max ? n : void 0;
  },
  String,
  (u) => typeof u === "number"
);
var boolCodec = fromString(
  "true or false",
  (s) => s === "true" ? true : s === "false" ? false : void 0,
  String,
  (u) => typeof u === "boolean"
);
var arg = {
  int: (o) => ({
    codec: intCodec(o.min ?? Number.MIN_SAFE_INTEGER, o.max ?? Number.MAX_SAFE_INTEGER),
    doc: o.doc,
    docv: o.docv ?? "INT",
    ...o.default === void 0 ? {} : { default: o.default }
  }),
  port: (o) => arg.int({ docv: "PORT", ...o, min: 0, max: 65535 }),
  string: (o) => ({
    codec: fromString("a string", (s) => s, (s) => s, (u) => typeof u === "string"),
    doc: o.doc,
    docv: o.docv ?? "STRING",
    ...o.default === void 0 ? {} : { default: o.default }
  }),
  flag: (o) => ({ codec: boolCodec, doc: o.doc, docv: "BOOL", default: false, flag: true }),
  oneOf: (values, o) => ({
    codec: fromString(
      `one of ${values.join(", ")}`,
      (s) => values.includes(s) ? s : void 0,
      (v) => v,
      (u) => typeof u === "string" && values.includes(u)
    ),
    doc: o.doc,
    docv: o.docv ?? values.join("|"),
    ...o.default === void 0 ? {} : { default: o.default }
  }),
  /** The same argument, but it may be left out (its value is then `undefined`). */
  optional: (spec) => ({ ...spec, optional: true }),
  custom: (codec, o) => ({
    codec,
    doc: o.doc,
    docv: o.docv,
    ...o.default === void 0 ? {} : { default: o.default }
  })
};
var flagName = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
var parseArgs = (specs, argv, shorts = {}) => {
  const byFlag = /* @__PURE__ */ new Map();
  for (const key of Object.keys(specs)) byFlag.set(flagName(key), key);
  const raw = /* @__PURE__ */ new Map();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--help" || a === "-h") {
      help = true;
      continue;
    }
    let key;
    let value;
    let shown2 = a;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      shown2 = `--${name}`;
      key = byFlag.get(name);
      if (eq >= 0) value = a.slice(eq + 1);
    } else if (a.startsWith("-") && a.length >= 2) {
      const long = shorts[a.slice(1, 2)];
      shown2 = a.slice(0, 2);
      key = long === void 0 ? void 0 : byFlag.get(long);
      if (a.length > 2) value = a.slice(2).replace(/^=/, "");
    }
    if (key === void 0) {
      return { ok: false, error: { _tag: "UnknownArgument", arg: shown2, message: `unknown argument ${a} (see --help)` } };
    }
    const spec = specs[key];
    if (value === void 0) {
      if (spec?.flag === true) value = "true";
      else {
        const next = argv[i + 1];
        if (next === void 0) {
          return { ok: false, error: { _tag: "MissingValue", arg: shown2, message: `${shown2} needs a value ${spec?.docv ?? ""}`.trim() } };
        }
        value = next;
        i++;
      }
    }
    if (raw.has(key)) {
      return { ok: false, error: { _tag: "DuplicateArgument", arg: shown2, message: `${shown2} is given more than once` } };
    }
    raw.set(key, value);
  }
  const values = {};
  for (const [key, spec] of Object.entries(specs)) {
    const flag = `--${flagName(key)}`;
    const text = raw.get(key);
    if (text === void 0) {
      if (spec.default === void 0 && spec.optional !== true && !help) {
        return { ok: false, error: { _tag: "MissingArgument", arg: flag, message: `${flag}=${spec.docv} is required: ${spec.doc}` } };
      }
      values[key] = spec.default;
      continue;
    }
    const decoded = spec.codec.decode(text);
    if (isLeft2(decoded)) {
      return {
        ok: false,
        error: {
          _tag: "InvalidValue",
          arg: flag,
          value: text,
          message: `invalid value "${text}" for ${flag}: expected ${spec.codec.name} (${flag}=${spec.docv})`
        }
      };
    }
    values[key] = decoded.right;
  }
  return { ok: true, args: { values, help } };
};
var helpText = (name, specs, shorts = {}) => {
  const shortOf = new Map(Object.entries(shorts).map(([s, long]) => [long, s]));
  const rows = Object.entries(specs).map(([key, spec]) => {
    const long = flagName(key);
    const s = shortOf.get(long);
    const left3 = `${s === void 0 ? "    " : `-${s}, `}--${long}${spec.flag === true ? "" : `=${spec.docv}`}`;
    const def = spec.default !== void 0 ? spec.flag === true ? "" : ` (default: ${spec.codec.encode(spec.default)})` : spec.optional === true ? " (optional)" : " (required)";
    return { left: left3, right: `${spec.doc}${def}` };
  });
  rows.push({ left: "-h, --help", right: "show this help and exit" });
  const width = Math.max(...rows.map((r) => r.left.length)) + 2;
  return [`Usage: ${name} [ARGUMENTS]`, "", "Arguments:", ...rows.map((r) => `  ${r.left.padEnd(width)}${r.right}`)].join("\n");
};

// ../../../packages/mirage/src/runtime/index.ts
var EXIT_USAGE = 64;
var EXIT_FAILURE = 1;
var RUNTIME_ARGS = {
  logs: arg.string({ doc: "log thresholds per source: *:info,tcpip.*:debug (levels: trace debug info warn error fatal silent)", docv: "SRC:LEVEL,...", default: "*:info" })
};
var describeError = (e) => {
  if (typeof e === "object" && e !== null) {
    const r = e;
    if (typeof r.message === "string") return r.message;
    if (typeof r._tag === "string") return r._tag;
  }
  return String(e);
};
var mergeArgs = (sources) => {
  const specs = {};
  for (const source of sources) {
    for (const [name, spec] of Object.entries(source ?? {})) {
      const seen = specs[name];
      if (seen !== void 0 && seen !== spec) return { ok: false, name };
      specs[name] = spec;
    }
  }
  return { ok: true, specs };
};
var start = (platform2, info) => {
  const die = (code, message) => {
    platform2.console(`${info.name}: ${message}`);
    return platform2.exit(code);
  };
  const merged = mergeArgs([...info.args, RUNTIME_ARGS]);
  if (!merged.ok) return die(EXIT_USAGE, `the argument --${flagName(merged.name)} is declared twice (by the job, a device or the runtime)`);
  const specs = merged.specs;
  const parsed = parseArgs(specs, platform2.argv, { l: "logs" });
  if (!parsed.ok) return die(EXIT_USAGE, `${parsed.error.message}
Run with --help for the list of arguments.`);
  if (parsed.args.help) {
    platform2.console(helpText(info.name, specs, { l: "logs" }));
    return platform2.exit(0);
  }
  const values = parsed.args.values;
  const levels = parseLevels(String(values["logs"]));
  if (!levels.ok) return die(EXIT_USAGE, `invalid value for --logs: ${levels.error}`);
  const { pclock } = platform2.context;
  configureLogs({ sink: (r) => platform2.console(formatRecord(r)), levels: levels.spec, now: () => Number(pclock.now() / 1000000n) });
  const context = { ...platform2.context, logger };
  const log2 = logger("mirage");
  return {
    context,
    async connect(name, label, def, config, deps) {
      let result;
      try {
        result = await def.connect(config, deps, context, values);
      } catch (e) {
        return die(EXIT_FAILURE, `Cannot connect device ${name} (${label}): ${describeError(e)}`);
      }
      if (isLeft2(result)) return die(EXIT_FAILURE, `Cannot connect device ${name} (${label}): ${describeError(result.left)}`);
      log2.debug(`connected ${name}`, { impl: label });
      return result.right;
    },
    async run(job2, devices) {
      try {
        await job2.start(devices, values);
      } catch (e) {
        const stack = e instanceof Error && e.stack !== void 0 ? `
${e.stack}` : "";
        return die(EXIT_FAILURE, `the job failed: ${describeError(e)}${stack}`);
      }
      return platform2.exit(0);
    }
  };
};

// ../../../packages/platform-solo5/src/host.ts
var HOST_GLOBAL = "__mirage_host";
var LOOP_GLOBAL = "__mirage_loop";
var FOREVER = 0x7fffffffffffffffn;
var IDLE = -1n;
var METHODS = [
  "consoleWrite",
  "wallNs",
  "monoNs",
  "yield",
  "cmdline",
  "exit",
  "netAcquire",
  "netInfo",
  "netRead",
  "netWrite",
  "blockAcquire",
  "blockInfo",
  "blockRead",
  "blockWrite",
  "randomSeed",
  "checksum"
];
var missingHostMethods = (value) => {
  if (typeof value !== "object" || value === null) return [...METHODS];
  const o = value;
  return METHODS.filter((m) => typeof o[m] !== "function");
};
var getHost = (g = globalThis) => {
  const value = g[HOST_GLOBAL];
  if (value === void 0) {
    throw new Error(`Cannot start the Solo5 runtime: globalThis.${HOST_GLOBAL} is missing (this module runs only inside a guest image built by mirage)`);
  }
  const missing = missingHostMethods(value);
  if (missing.length > 0) {
    throw new Error(`Cannot start the Solo5 runtime: globalThis.${HOST_GLOBAL} lacks ${missing.join(", ")} (the C runtime and the TypeScript side disagree)`);
  }
  return value;
};
var isReady = (ready, handle) => handle < 31 ? (ready & 1 << handle) !== 0 : Math.floor(ready / 2 ** handle) % 2 === 1;

// ../../../node_modules/.pnpm/@noble+ciphers@2.4.0/node_modules/@noble/ciphers/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
var atitle = (title) => title ? `"${title}" ` : "";
function abool(value, title = "") {
  if (typeof value !== "boolean")
    throw new TypeError(atitle(title) + "expected boolean, got type=" + typeof value);
  return value;
}
function anumber(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  if (length !== void 0)
    anumber(length, "length");
  const bytes = isBytes(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
}
var aobject = (value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(label === "object" ? "expected valid options object" : `"${label}" expected object, got type=${typeof value}`);
};
function u32(arr) {
  return new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
var isLE = /* @__PURE__ */ (() => new Uint8Array(new Uint32Array([287454020]).buffer)[0] === 68)();
function byteSwap(word) {
  return word << 24 & 4278190080 | word << 8 & 16711680 | word >>> 8 & 65280 | word >>> 24 & 255;
}
function byteSwap32(arr) {
  for (let i = 0; i < arr.length; i++) {
    arr[i] = byteSwap(arr[i]);
  }
  return arr;
}
var swap32IfBE = isLE ? (u) => u : byteSwap32;
function overlapBytes(a, b) {
  if (!a.byteLength || !b.byteLength)
    return false;
  return a.buffer === b.buffer && // best we can do, may fail with an obscure Proxy
  a.byteOffset < b.byteOffset + b.byteLength && // a starts before b end
  b.byteOffset < a.byteOffset + a.byteLength;
}
function complexOverlapBytes(input, output) {
  if (overlapBytes(input, output) && input.byteOffset < output.byteOffset)
    throw new Error("complex overlap of input and output is not supported");
}
function checkOpts(defaults, opts) {
  aobject(defaults, "defaults");
  aobject(opts, "opts");
  const merged = Object.assign(defaults, opts);
  return merged;
}
function getOutput(expectedLength, out, onlyAligned = true) {
  if (out === void 0)
    return new Uint8Array(expectedLength);
  abytes(out, expectedLength, "output");
  if (onlyAligned && !isAligned32(out))
    throw new Error("invalid output, must be aligned");
  return out;
}
function isAligned32(bytes) {
  return bytes.byteOffset % 4 === 0;
}
function copyBytes(bytes) {
  return Uint8Array.from(abytes(bytes));
}

// ../../../node_modules/.pnpm/@noble+ciphers@2.4.0/node_modules/@noble/ciphers/_arx.js
var encodeStr = (str) => Uint8Array.from(str.split(""), (c) => c.charCodeAt(0));
var sigma16_32 = /* @__PURE__ */ (() => swap32IfBE(u32(encodeStr("expand 16-byte k"))))();
var sigma32_32 = /* @__PURE__ */ (() => swap32IfBE(u32(encodeStr("expand 32-byte k"))))();
function rotl(a, b) {
  return a << b | a >>> 32 - b;
}
var BLOCK_LEN = 64;
var BLOCK_LEN32 = 16;
var MAX_COUNTER = /* @__PURE__ */ (() => 2 ** 32 - 1)();
var U32_EMPTY = /* @__PURE__ */ Uint32Array.of();
function runCipher(core, sigma, key, nonce, data, output, counter, rounds) {
  const len = data.length;
  const block = new Uint8Array(BLOCK_LEN);
  const b32 = u32(block);
  const isAligned = isLE && isAligned32(data) && isAligned32(output);
  const d32 = isAligned ? u32(data) : U32_EMPTY;
  const o32 = isAligned ? u32(output) : U32_EMPTY;
  if (!isLE) {
    for (let pos = 0; pos < len; counter++) {
      core(sigma, key, nonce, b32, counter, rounds);
      swap32IfBE(b32);
      if (counter >= MAX_COUNTER)
        throw new Error("arx: counter overflow");
      const take = Math.min(BLOCK_LEN, len - pos);
      for (let j = 0, posj; j < take; j++) {
        posj = pos + j;
        output[posj] = data[posj] ^ block[j];
      }
      pos += take;
    }
    return;
  }
  for (let pos = 0; pos < len; counter++) {
    core(sigma, key, nonce, b32, counter, rounds);
    if (counter >= MAX_COUNTER)
      throw new Error("arx: counter overflow");
    const take = Math.min(BLOCK_LEN, len - pos);
    if (isAligned && take === BLOCK_LEN) {
      const pos32 = pos / 4;
      if (pos % 4 !== 0)
        throw new Error("arx: invalid block position");
      for (let j = 0, posj; j < BLOCK_LEN32; j++) {
        posj = pos32 + j;
        o32[posj] = d32[posj] ^ b32[j];
      }
      pos += BLOCK_LEN;
      continue;
    }
    for (let j = 0, posj; j < take; j++) {
      posj = pos + j;
      output[posj] = data[posj] ^ block[j];
    }
    pos += take;
  }
}
function createCipher(core, opts) {
  const { allowShortKeys, extendNonceFn, counterLength, counterRight, rounds } = checkOpts({ allowShortKeys: false, counterLength: 8, counterRight: false, rounds: 20 }, opts);
  if (typeof core !== "function")
    throw new Error("core must be a function");
  anumber(counterLength);
  anumber(rounds);
  abool(counterRight);
  abool(allowShortKeys);
  return (key, nonce, data, output, counter = 0) => {
    abytes(key, void 0, "key");
    abytes(nonce, void 0, "nonce");
    abytes(data, void 0, "data");
    const len = data.length;
    const hasOutput = output !== void 0;
    output = getOutput(len, output, false);
    if (hasOutput)
      complexOverlapBytes(data, output);
    anumber(counter);
    if (counter < 0 || counter >= MAX_COUNTER)
      throw new Error("arx: counter overflow");
    const toClean = [];
    let l = key.length;
    let k;
    let sigma;
    if (l === 32) {
      toClean.push(k = copyBytes(key));
      sigma = sigma32_32;
    } else if (l === 16 && allowShortKeys) {
      k = new Uint8Array(32);
      k.set(key);
      k.set(key, 16);
      sigma = sigma16_32;
      toClean.push(k);
    } else {
      abytes(key, 32, "arx key");
      throw new Error("invalid key size");
    }
    if (!isLE || !isAligned32(nonce))
      toClean.push(nonce = copyBytes(nonce));
    let k32 = u32(k);
    if (extendNonceFn) {
      if (nonce.length !== 24)
        throw new Error("arx: extended nonce must be 24 bytes");
      const n16 = nonce.subarray(0, 16);
      if (isLE)
        extendNonceFn(sigma, k32, u32(n16), k32);
      else {
        const sigmaRaw = swap32IfBE(Uint32Array.from(sigma));
        extendNonceFn(sigmaRaw, k32, u32(n16), k32);
        clean(sigmaRaw);
        swap32IfBE(k32);
      }
      nonce = nonce.subarray(16);
    } else if (!isLE)
      swap32IfBE(k32);
    const nonceNcLen = 16 - counterLength;
    if (nonceNcLen !== nonce.length)
      throw new Error(`arx: nonce must be ${nonceNcLen} or 16 bytes`);
    if (nonceNcLen !== 12) {
      const nc = new Uint8Array(12);
      nc.set(nonce, counterRight ? 0 : 12 - nonce.length);
      nonce = nc;
      toClean.push(nonce);
    }
    const n32 = swap32IfBE(u32(nonce));
    try {
      runCipher(core, sigma, k32, n32, data, output, counter, rounds);
      return output;
    } finally {
      clean(...toClean);
    }
  };
}

// ../../../node_modules/.pnpm/@noble+ciphers@2.4.0/node_modules/@noble/ciphers/chacha.js
function chachaCore(s, k, n, out, cnt, rounds = 20) {
  let y00 = s[0], y01 = s[1], y02 = s[2], y03 = s[3], y04 = k[0], y05 = k[1], y06 = k[2], y07 = k[3], y08 = k[4], y09 = k[5], y10 = k[6], y11 = k[7], y12 = cnt, y13 = n[0], y14 = n[1], y15 = n[2];
  let x00 = y00, x01 = y01, x02 = y02, x03 = y03, x04 = y04, x05 = y05, x06 = y06, x07 = y07, x08 = y08, x09 = y09, x10 = y10, x11 = y11, x12 = y12, x13 = y13, x14 = y14, x15 = y15;
  for (let r = 0; r < rounds; r += 2) {
    x00 = x00 + x04 | 0;
    x12 = rotl(x12 ^ x00, 16);
    x08 = x08 + x12 | 0;
    x04 = rotl(x04 ^ x08, 12);
    x00 = x00 + x04 | 0;
    x12 = rotl(x12 ^ x00, 8);
    x08 = x08 + x12 | 0;
    x04 = rotl(x04 ^ x08, 7);
    x01 = x01 + x05 | 0;
    x13 = rotl(x13 ^ x01, 16);
    x09 = x09 + x13 | 0;
    x05 = rotl(x05 ^ x09, 12);
    x01 = x01 + x05 | 0;
    x13 = rotl(x13 ^ x01, 8);
    x09 = x09 + x13 | 0;
    x05 = rotl(x05 ^ x09, 7);
    x02 = x02 + x06 | 0;
    x14 = rotl(x14 ^ x02, 16);
    x10 = x10 + x14 | 0;
    x06 = rotl(x06 ^ x10, 12);
    x02 = x02 + x06 | 0;
    x14 = rotl(x14 ^ x02, 8);
    x10 = x10 + x14 | 0;
    x06 = rotl(x06 ^ x10, 7);
    x03 = x03 + x07 | 0;
    x15 = rotl(x15 ^ x03, 16);
    x11 = x11 + x15 | 0;
    x07 = rotl(x07 ^ x11, 12);
    x03 = x03 + x07 | 0;
    x15 = rotl(x15 ^ x03, 8);
    x11 = x11 + x15 | 0;
    x07 = rotl(x07 ^ x11, 7);
    x00 = x00 + x05 | 0;
    x15 = rotl(x15 ^ x00, 16);
    x10 = x10 + x15 | 0;
    x05 = rotl(x05 ^ x10, 12);
    x00 = x00 + x05 | 0;
    x15 = rotl(x15 ^ x00, 8);
    x10 = x10 + x15 | 0;
    x05 = rotl(x05 ^ x10, 7);
    x01 = x01 + x06 | 0;
    x12 = rotl(x12 ^ x01, 16);
    x11 = x11 + x12 | 0;
    x06 = rotl(x06 ^ x11, 12);
    x01 = x01 + x06 | 0;
    x12 = rotl(x12 ^ x01, 8);
    x11 = x11 + x12 | 0;
    x06 = rotl(x06 ^ x11, 7);
    x02 = x02 + x07 | 0;
    x13 = rotl(x13 ^ x02, 16);
    x08 = x08 + x13 | 0;
    x07 = rotl(x07 ^ x08, 12);
    x02 = x02 + x07 | 0;
    x13 = rotl(x13 ^ x02, 8);
    x08 = x08 + x13 | 0;
    x07 = rotl(x07 ^ x08, 7);
    x03 = x03 + x04 | 0;
    x14 = rotl(x14 ^ x03, 16);
    x09 = x09 + x14 | 0;
    x04 = rotl(x04 ^ x09, 12);
    x03 = x03 + x04 | 0;
    x14 = rotl(x14 ^ x03, 8);
    x09 = x09 + x14 | 0;
    x04 = rotl(x04 ^ x09, 7);
  }
  let oi = 0;
  out[oi++] = y00 + x00 | 0;
  out[oi++] = y01 + x01 | 0;
  out[oi++] = y02 + x02 | 0;
  out[oi++] = y03 + x03 | 0;
  out[oi++] = y04 + x04 | 0;
  out[oi++] = y05 + x05 | 0;
  out[oi++] = y06 + x06 | 0;
  out[oi++] = y07 + x07 | 0;
  out[oi++] = y08 + x08 | 0;
  out[oi++] = y09 + x09 | 0;
  out[oi++] = y10 + x10 | 0;
  out[oi++] = y11 + x11 | 0;
  out[oi++] = y12 + x12 | 0;
  out[oi++] = y13 + x13 | 0;
  out[oi++] = y14 + x14 | 0;
  out[oi++] = y15 + x15 | 0;
}
var chacha20 = /* @__PURE__ */ createCipher(chachaCore, {
  counterRight: false,
  counterLength: 4,
  allowShortKeys: false
});

// ../../../packages/mirage-random/src/index.ts
var SEED_BYTES = 32;
var SLAB = 1024;
var KEY = 32;
var ZERO_NONCE = new Uint8Array(12);
var ZERO_SLAB = new Uint8Array(SLAB);
var ZERO_KEY = new Uint8Array(KEY);
var ABSORB_NONCE = new Uint8Array([109, 105, 114, 97, 103, 101, 45, 114, 115, 101, 101, 100]);
var absorb = (key, input) => {
  const k = new Uint8Array(KEY);
  const step = (chunk) => {
    for (let i = 0; i < KEY; i++) k[i] = key[i] ^ (chunk[i] ?? 0);
    chacha20(k, ABSORB_NONCE, ZERO_KEY, key);
  };
  for (let off = 0; off < input.length; off += KEY) step(input.subarray(off, off + KEY));
  const len = new Uint8Array(KEY);
  let n = input.length;
  for (let i = 0; i < 8; i++, n = Math.floor(n / 256)) len[i] = n % 256;
  step(len);
  k.fill(0);
};
var chachaRng = (seed) => {
  if (seed.length < SEED_BYTES) {
    throw new RangeError(`Cannot seed the ChaCha20 generator: the seed has ${seed.length} bytes, it needs at least ${SEED_BYTES}`);
  }
  const key = new Uint8Array(KEY);
  const slab = new Uint8Array(SLAB);
  let pos = SLAB;
  absorb(key, seed);
  const refill = () => {
    chacha20(key, ZERO_NONCE, ZERO_SLAB, slab);
    key.set(slab.subarray(0, KEY));
    slab.fill(0, 0, KEY);
    pos = KEY;
  };
  const fill = (out) => {
    let off = 0;
    while (off < out.length) {
      if (pos === SLAB) refill();
      const n = Math.min(SLAB - pos, out.length - off);
      out.set(slab.subarray(pos, pos + n), off);
      slab.fill(0, pos, pos + n);
      pos += n;
      off += n;
    }
  };
  return {
    kind: "random",
    generate(n) {
      if (!Number.isSafeInteger(n) || n < 0) {
        throw new RangeError(`Cannot generate ${n} random bytes: the length must be a non-negative integer`);
      }
      const out = new Uint8Array(n);
      fill(out);
      return out;
    },
    fill,
    reseed(entropy) {
      absorb(key, entropy);
      slab.fill(0);
      pos = SLAB;
    }
  };
};
var seededRandom = (source) => {
  const seed = source.read(SEED_BYTES);
  try {
    return chachaRng(seed);
  } finally {
    seed.fill(0);
  }
};

// ../../../packages/platform-solo5/src/console.ts
var consoleLine = (host2) => (line) => host2.consoleWrite(utf8Encode(`${line}
`));

// ../../../packages/platform-solo5/src/format.ts
var IDENT = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var META = (() => {
  const m = [];
  for (let i = 0; i < 32; i++) m.push(`\\x${i.toString(16).toUpperCase().padStart(2, "0")}`);
  m[8] = "\\b";
  m[9] = "\\t";
  m[10] = "\\n";
  m[12] = "\\f";
  m[13] = "\\r";
  return m;
})();
var quoteString = (s) => {
  let quote = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) quote = '"';
    else if (!s.includes("`") && !s.includes("${")) quote = "`";
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc;
    if (c < 32) esc = META[c];
    else if (c === 39 && quote === "'") esc = "\\'";
    else if (c === 92) esc = "\\\\";
    else if (c >= 127 && c <= 159) esc = `\\x${c.toString(16).toUpperCase()}`;
    else if (c >= 55296 && c <= 57343) {
      const next = s.charCodeAt(i + 1);
      if (c <= 56319 && next >= 56320 && next <= 57343) {
        i++;
        continue;
      }
      esc = `\\u${c.toString(16)}`;
    }
    if (esc !== void 0) {
      out += s.slice(last, i) + esc;
      last = i + 1;
    }
  }
  return quote + out + s.slice(last) + quote;
};
var formatNumber = (n) => Object.is(n, -0) ? "-0" : String(n);
var safe = (f, fallback) => {
  try {
    return f();
  } catch {
    return fallback;
  }
};
var protoOf = (v) => safe(() => Object.getPrototypeOf(v), null);
var constructorName = (v) => {
  let obj = v;
  while (obj !== null) {
    const desc = safe(() => Object.getOwnPropertyDescriptor(obj, "constructor"), void 0);
    if (desc !== void 0 && typeof desc.value === "function" && desc.value.name !== "") return desc.value.name;
    obj = protoOf(obj);
  }
  return null;
};
var fnBase = (f) => {
  const src = safe(() => Function.prototype.toString.call(f), "");
  const name = typeof f.name === "string" ? f.name : "";
  if (src.startsWith("class") && /^class\b/.test(src)) {
    const sup = protoOf(f);
    const ext = sup !== null && sup !== Function.prototype && typeof sup.name === "string" && sup.name !== "" ? ` extends ${sup.name}` : "";
    return `[class ${name === "" ? "(anonymous)" : name}${ext}]`;
  }
  const ctor = constructorName(f);
  const kind = ctor === "AsyncFunction" || ctor === "GeneratorFunction" || ctor === "AsyncGeneratorFunction" ? ctor : "Function";
  return `[${kind}${name === "" ? " (anonymous)" : `: ${name}`}]`;
};
var errorText = (e, ctx) => {
  const head2 = safe(() => String(e), "Error");
  const stack = safe(() => e.stack, void 0);
  let text;
  if (typeof stack !== "string" || stack === "") text = `[${head2}]`;
  else if (stack.startsWith(head2) || stack.startsWith(safe(() => String(e.name), "Error"))) text = stack;
  else text = `${head2}
${stack}`;
  text = text.replace(/\n+$/, "");
  if (ctx.indentationLvl > 0) text = text.split("\n").join(`
${" ".repeat(ctx.indentationLvl)}`);
  return text;
};
var isFullWidth = (c) => c >= 4352 && (c <= 4447 || c === 9001 || c === 9002 || c >= 11904 && c <= 12871 && c !== 12351 || c >= 12880 && c <= 19903 || c >= 19968 && c <= 42182 || c >= 43360 && c <= 43388 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65040 && c <= 65049 || c >= 65072 && c <= 65131 || c >= 65281 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 110592 && c <= 110593 || c >= 127488 && c <= 127569 || c >= 127744 && c <= 128591 || c >= 131072 && c <= 262141);
var isZeroWidth = (c) => c <= 31 || c >= 127 && c <= 159 || c >= 768 && c <= 879 || c >= 8203 && c <= 8207 || c >= 8400 && c <= 8447 || c >= 65024 && c <= 65039 || c >= 65056 && c <= 65071 || c >= 917760 && c <= 917999;
var stringWidth = (s) => {
  let w = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 127) break;
    if (c >= 32) w++;
  }
  if (i === s.length) return w;
  for (const ch of s.slice(i).normalize("NFC")) {
    const c = ch.codePointAt(0);
    if (isFullWidth(c)) w += 2;
    else if (!isZeroWidth(c)) w++;
  }
  return w;
};
var isBelowBreakLength = (ctx, output, start2, base) => {
  let total = output.length + start2;
  if (total + output.length > ctx.breakLength) return false;
  for (const o of output) {
    total += o.length;
    if (total > ctx.breakLength) return false;
  }
  return base === "" || !base.includes("\n");
};
var groupArrayElements = (ctx, output, value) => {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = [];
  for (let i = 0; i < outputLength; i++) {
    const len = stringWidth(output[i]);
    dataLen.push(len);
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) if ((dataLen[j] ?? 0) > lineLength) lineLength = dataLen[j] ?? 0;
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== void 0) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== "number" && typeof value[i] !== "bigint") {
          padStart = false;
          break;
        }
      }
    }
    const tmp = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = "";
      let j = i;
      for (; j < max - 1; j++) {
        const cell = `${output[j]}, `;
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ? cell.padStart(padding, " ") : cell.padEnd(padding, " ");
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, " ");
      } else str += output[j];
      tmp.push(str);
    }
    if (outputLength < output.length) tmp.push(output[outputLength]);
    return tmp;
  }
  return output;
};
var reduceToSingleString = (ctx, output, base, braces, isArrayLike, recurseTimes, value) => {
  const entries = output.length;
  let out = output;
  if (isArrayLike && entries > 6) out = groupArrayElements(ctx, output, value);
  if (ctx.currentDepth - recurseTimes < ctx.compact && entries === out.length) {
    const start2 = out.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, out, start2, base)) {
      const joined = out.join(", ");
      if (!joined.includes("\n")) return `${base === "" ? "" : `${base} `}${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const indentation = `
${" ".repeat(ctx.indentationLvl)}`;
  return `${base === "" ? "" : `${base} `}${braces[0]}${indentation}  ${out.join(`,${indentation}  `)}${indentation}${braces[1]}`;
};
var keyText = (key, enumerable) => {
  if (typeof key === "symbol") return `[${safe(() => key.toString(), "Symbol()")}]`;
  if (key === "__proto__") return "['__proto__']";
  if (!enumerable) return `[${key}]`;
  return IDENT.test(key) ? key : quoteString(key);
};
var formatProperty = (ctx, value, recurseTimes, key, arrayItem) => {
  const desc = safe(() => Object.getOwnPropertyDescriptor(value, key), void 0) ?? { value: void 0, enumerable: true };
  let str;
  if (desc.get !== void 0 || desc.set !== void 0) {
    str = desc.get !== void 0 ? desc.set !== void 0 ? "[Getter/Setter]" : "[Getter]" : "[Setter]";
  } else {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes, false);
    ctx.indentationLvl -= 2;
  }
  if (arrayItem) return str;
  return `${keyText(key, desc.enumerable !== false)}: ${str}`;
};
var ownKeys = (ctx, v, skipIndices) => {
  const keys = safe(() => ctx.showHidden ? Object.getOwnPropertyNames(v) : Object.keys(v), []);
  const filtered = skipIndices ? keys.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k)) : keys;
  const syms = safe(() => Object.getOwnPropertySymbols(v), []).filter((s) => ctx.showHidden || safe(() => Object.getOwnPropertyDescriptor(v, s)?.enumerable === true, false));
  return [...filtered, ...syms];
};
var TYPED_ARRAY = Object.getPrototypeOf(Uint8Array);
var isTypedArray = (v) => v instanceof TYPED_ARRAY;
var prefix = (name, tag, fallback, size = "") => {
  if (name === null) return `[${fallback}${size}: null prototype]${tag !== "" && tag !== fallback ? ` [${tag}]` : ""} `;
  return `${name}${size}${tag !== "" && tag !== name ? ` [${tag}]` : ""} `;
};
var moreItems = (n) => `... ${n} more item${n > 1 ? "s" : ""}`;
var formatList = (ctx, v, recurseTimes, output) => {
  const len = v.length;
  const shown2 = Math.min(ctx.maxArrayLength, len);
  let holes = 0;
  const flushHoles = () => {
    if (holes > 0) output.push(`<${holes} empty item${holes > 1 ? "s" : ""}>`);
    holes = 0;
  };
  let i = 0;
  for (; i < len && output.length < shown2; i++) {
    if (!safe(() => Object.prototype.hasOwnProperty.call(v, i), false)) {
      holes++;
      continue;
    }
    flushHoles();
    output.push(formatProperty(ctx, v, recurseTimes, String(i), true));
  }
  flushHoles();
  if (i < len) output.push(moreItems(len - i));
};
var formatRaw = (ctx, value, recurseTimes, typedArrayItem) => {
  const name = constructorName(value);
  const rawTag = safe(() => value[Symbol.toStringTag], void 0);
  const tag = typeof rawTag === "string" ? rawTag : "";
  let base = "";
  let braces = ["{", "}"];
  let isArrayLike = false;
  let listValue;
  let body;
  let keys;
  if (Array.isArray(value)) {
    keys = ownKeys(ctx, value, true);
    const p = name !== "Array" || tag !== "" ? prefix(name, tag, "Array", `(${value.length})`) : "";
    if (value.length === 0 && keys.length === 0) return `${p}[]`;
    braces = [`${p}[`, "]"];
    isArrayLike = true;
    listValue = value;
    body = (out) => formatList(ctx, value, recurseTimes, out);
  } else if (typeof value === "function") {
    keys = ownKeys(ctx, value, false);
    base = fnBase(value);
    if (keys.length === 0) return base;
  } else if (isTypedArray(value)) {
    keys = ownKeys(ctx, value, true);
    const ta = value;
    const p = prefix(name, tag, tag, `(${ta.length})`);
    if (ta.length === 0 && keys.length === 0) return `${p}[]`;
    braces = [`${p}[`, "]"];
    isArrayLike = true;
    listValue = Array.prototype.slice.call(ta, 0, Math.min(ta.length, ctx.maxArrayLength));
    body = (out) => {
      const n = Math.min(ta.length, ctx.maxArrayLength);
      for (let i = 0; i < n; i++) {
        const x = ta[i];
        out.push(typeof x === "bigint" ? `${x}n` : formatNumber(x));
      }
      if (ta.length > n) out.push(moreItems(ta.length - n));
    };
    void typedArrayItem;
  } else if (value instanceof Map) {
    keys = ownKeys(ctx, value, false);
    const p = prefix(name, tag, "Map", `(${value.size})`);
    if (value.size === 0 && keys.length === 0) return `${p}{}`;
    braces = [`${p}{`, "}"];
    body = (out) => {
      ctx.indentationLvl += 2;
      let n = 0;
      for (const [k, v] of value) {
        if (n >= ctx.maxArrayLength) break;
        out.push(`${formatValue(ctx, k, recurseTimes, false)} => ${formatValue(ctx, v, recurseTimes, false)}`);
        n++;
      }
      ctx.indentationLvl -= 2;
      if (value.size > n) out.push(moreItems(value.size - n));
    };
  } else if (value instanceof Set) {
    keys = ownKeys(ctx, value, false);
    const p = prefix(name, tag, "Set", `(${value.size})`);
    if (value.size === 0 && keys.length === 0) return `${p}{}`;
    braces = [`${p}{`, "}"];
    isArrayLike = false;
    body = (out) => {
      ctx.indentationLvl += 2;
      let n = 0;
      for (const v of value) {
        if (n >= ctx.maxArrayLength) break;
        out.push(formatValue(ctx, v, recurseTimes, false));
        n++;
      }
      ctx.indentationLvl -= 2;
      if (value.size > n) out.push(moreItems(value.size - n));
    };
  } else {
    keys = ownKeys(ctx, value, false);
    if (value instanceof Error) {
      base = errorText(value, ctx);
      keys = keys.filter((k) => k !== "stack" && k !== "message");
      if (keys.length === 0) return base;
    } else if (value instanceof Date) {
      base = safe(() => Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString(), "Invalid Date");
      if (keys.length === 0) return base;
    } else if (value instanceof RegExp) {
      base = safe(() => RegExp.prototype.toString.call(value), "/(?:)/");
      if (keys.length === 0) return base;
    } else if (value instanceof ArrayBuffer) {
      const bytes = new Uint8Array(value);
      const shown2 = Math.min(ctx.maxArrayLength, bytes.length);
      let hex = "";
      for (let i = 0; i < shown2; i++) hex += `${i === 0 ? "" : " "}${bytes[i].toString(16).padStart(2, "0")}`;
      if (bytes.length > shown2) hex += ` ... ${bytes.length - shown2} more byte${bytes.length - shown2 > 1 ? "s" : ""}`;
      braces = [`${prefix(name, tag, "ArrayBuffer")}{`, "}"];
      body = (out) => {
        out.push(`[Uint8Contents]: <${hex}>`, `byteLength: ${bytes.length}`);
      };
    } else if (value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt || value instanceof Symbol) {
      const prim = safe(() => value.valueOf(), void 0);
      const kind = value instanceof Number ? "Number" : value instanceof String ? "String" : value instanceof Boolean ? "Boolean" : value instanceof BigInt ? "BigInt" : "Symbol";
      base = `[${kind}: ${formatPrimitive(prim, ctx)}]`;
      if (value instanceof String) keys = keys.filter((k) => typeof k !== "string" || !/^(0|[1-9][0-9]*)$/.test(k));
      if (keys.length === 0) return base;
    } else if (value instanceof Promise) {
      braces = [`${prefix(name, tag, "Promise")}{`, "}"];
      body = (out) => {
        out.push("<unknown>");
      };
    } else if (value instanceof WeakMap || value instanceof WeakSet) {
      return `${prefix(name, tag, value instanceof WeakMap ? "WeakMap" : "WeakSet")}{ <items unknown> }`;
    } else {
      const p = name === "Object" && tag === "" ? "" : prefix(name, tag, "Object");
      if (keys.length === 0) return `${p}{}`;
      braces = [`${p}{`, "}"];
    }
  }
  if (recurseTimes > ctx.depth) {
    const p = prefix(name, tag, "Object").slice(0, -1);
    return name === null ? p : `[${p}]`;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const output = [];
  body?.(output);
  for (const k of keys) output.push(formatProperty(ctx, value, recurseTimes, k, false));
  ctx.seen.pop();
  const ref = ctx.circular.get(value);
  if (ref !== void 0) {
    const r = `<ref *${ref}>`;
    if (base === "") braces[0] = `${r} ${braces[0]}`;
    else base = `${r} ${base}`;
  }
  return reduceToSingleString(ctx, output, base, braces, isArrayLike, recurseTimes, listValue);
};
var formatPrimitive = (v, ctx) => {
  switch (typeof v) {
    case "string": {
      const limit = ctx.breakLength - ctx.indentationLvl - 4;
      if (v.length > 16 && v.length > limit && v.includes("\n")) {
        const parts = v.split(/(?<=\n)/);
        if (parts.length > 1) return parts.map(quoteString).join(` +
${" ".repeat(ctx.indentationLvl + 2)}`);
      }
      return quoteString(v);
    }
    case "number":
      return formatNumber(v);
    case "bigint":
      return `${v}n`;
    case "symbol":
      return safe(() => v.toString(), "Symbol()");
    case "undefined":
      return "undefined";
    default:
      return String(v);
  }
};
var formatValue = (ctx, v, recurseTimes, typedArrayItem) => {
  if ((typeof v !== "object" || v === null) && typeof v !== "function") return formatPrimitive(v, ctx);
  if (ctx.seen.includes(v)) {
    let ref = ctx.circular.get(v);
    if (ref === void 0) {
      ref = ctx.circular.size + 1;
      ctx.circular.set(v, ref);
    }
    return `[Circular *${ref}]`;
  }
  try {
    return formatRaw(ctx, v, recurseTimes, typedArrayItem);
  } catch {
    return "[object: inspection failed]";
  }
};
var inspect = (value, options = {}) => {
  const ctx = {
    depth: options.depth ?? 2,
    showHidden: options.showHidden === true,
    maxArrayLength: options.maxArrayLength ?? 100,
    breakLength: options.breakLength ?? 80,
    compact: 3,
    indentationLvl: 0,
    currentDepth: 0,
    seen: [],
    circular: /* @__PURE__ */ new Map()
  };
  return formatValue(ctx, value, 0, false);
};
var BUILT_IN_OBJECTS = new Set(Object.getOwnPropertyNames(globalThis).filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n)));
var hasBuiltInToString = (v) => safe(() => {
  if (typeof v.toString !== "function") return true;
  if (Object.prototype.hasOwnProperty.call(v, "toString")) return false;
  let p = v;
  do
    p = Object.getPrototypeOf(p);
  while (p !== null && !Object.prototype.hasOwnProperty.call(p, "toString"));
  if (p === null) return true;
  const desc = Object.getOwnPropertyDescriptor(p, "constructor");
  return desc !== void 0 && typeof desc.value === "function" && BUILT_IN_OBJECTS.has(desc.value.name);
}, true);
var circularJson = (v) => {
  try {
    return String(JSON.stringify(v));
  } catch (e) {
    if (e instanceof TypeError && /circular|cyclic/i.test(e.message)) return "[Circular]";
    throw e;
  }
};
var format = (...args) => {
  const first = args[0];
  let out = "";
  let a = 0;
  if (typeof first === "string") {
    a = 1;
    if (args.length === 1) return first;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue;
      const c = first[i + 1];
      if (c === "%") {
        out += first.slice(last, i) + "%";
        last = i + 2;
        i++;
        continue;
      }
      if (a >= args.length || !"sjdOoifc".includes(c)) continue;
      const arg2 = args[a];
      let s;
      switch (c) {
        case "s":
          s = typeof arg2 === "number" ? formatNumber(arg2) : typeof arg2 === "bigint" ? `${arg2}n` : typeof arg2 === "symbol" ? safe(() => arg2.toString(), "Symbol()") : typeof arg2 === "object" && arg2 !== null && hasBuiltInToString(arg2) ? inspect(arg2, { depth: 0 }) : safe(() => String(arg2), "[object]");
          break;
        case "j":
          s = circularJson(arg2);
          break;
        case "d":
          s = typeof arg2 === "bigint" ? `${arg2}n` : typeof arg2 === "symbol" ? "NaN" : formatNumber(safe(() => Number(arg2), Number.NaN));
          break;
        case "i":
          s = typeof arg2 === "bigint" ? `${arg2}n` : typeof arg2 === "symbol" ? "NaN" : formatNumber(safe(() => Number.parseInt(String(arg2), 10), Number.NaN));
          break;
        case "f":
          s = typeof arg2 === "symbol" ? "NaN" : formatNumber(safe(() => Number.parseFloat(String(arg2)), Number.NaN));
          break;
        case "O":
          s = inspect(arg2);
          break;
        case "o":
          s = inspect(arg2, { showHidden: true, depth: 4 });
          break;
        default:
          s = "";
      }
      out += first.slice(last, i) + s;
      last = i + 2;
      i++;
      a++;
    }
    out += first.slice(last);
  }
  for (; a < args.length; a++) {
    const arg2 = args[a];
    out += `${a === 0 ? "" : " "}${typeof arg2 === "string" ? arg2 : inspect(arg2)}`;
  }
  return out;
};

// ../../../packages/platform-solo5/src/loop.ts
var writeLine = (host2, line) => consoleLine(host2)(line);
var describeError2 = (e) => e instanceof Error ? inspect(e) : inspect(e);
var TimerNode = class {
  constructor(loop2, deadlineNs, fn) {
    __publicField(this, "loop", loop2);
    __publicField(this, "deadlineNs", deadlineNs);
    __publicField(this, "fn", fn);
    __publicField(this, "index", -1);
    __publicField(this, "refd", true);
    __publicField(this, "seq", 0);
  }
  get active() {
    return this.index >= 0;
  }
  cancel() {
    this.loop.remove(this);
  }
  reschedule(deadlineNs) {
    this.loop.remove(this);
    this.deadlineNs = deadlineNs;
    this.loop.insert(this);
  }
  ref() {
    if (!this.refd && this.index >= 0) this.loop.refTimers++;
    this.refd = true;
  }
  unref() {
    if (this.refd && this.index >= 0) this.loop.refTimers--;
    this.refd = false;
  }
  hasRef() {
    return this.refd;
  }
};
var EXIT_UNWIND = /* @__PURE__ */ Symbol("mirage.exit");
var EXITED = EXIT_UNWIND;
var LoopImpl = class {
  constructor(host2) {
    __publicField(this, "host", host2);
    __publicField(this, "heap", []);
    __publicField(this, "seq", 0);
    __publicField(this, "refTimers", 0);
    __publicField(this, "watches", []);
    __publicField(this, "unhandled", /* @__PURE__ */ new Map());
    __publicField(this, "job", "none");
    __publicField(this, "exited");
  }
  now() {
    return this.host.monoNs();
  }
  // --- the timer heap: ordered by deadline, then by insertion ---
  less(a, b) {
    return a.deadlineNs < b.deadlineNs || a.deadlineNs === b.deadlineNs && a.seq < b.seq;
  }
  place(t, i) {
    this.heap[i] = t;
    t.index = i;
  }
  up(i) {
    const t = this.heap[i];
    while (i > 0) {
      const p = i - 1 >> 1;
      const parent = this.heap[p];
      if (!this.less(t, parent)) break;
      this.place(parent, i);
      i = p;
    }
    this.place(t, i);
  }
  down(i) {
    const n = this.heap.length;
    const t = this.heap[i];
    for (; ; ) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.less(this.heap[r], this.heap[l]) ? r : l;
      const child = this.heap[c];
      if (!this.less(child, t)) break;
      this.place(child, i);
      i = c;
    }
    this.place(t, i);
  }
  insert(t) {
    if (t.index >= 0) return;
    t.seq = this.seq++;
    this.heap.push(t);
    this.up(this.heap.length - 1);
    if (t.refd) this.refTimers++;
  }
  remove(t) {
    const i = t.index;
    if (i < 0) return;
    t.index = -1;
    if (t.refd) this.refTimers--;
    const last = this.heap.pop();
    if (i < this.heap.length) {
      this.place(last, i);
      this.down(i);
      this.up(last.index);
    }
  }
  timer(deadlineNs, fn) {
    const t = new TimerNode(this, deadlineNs, fn);
    this.insert(t);
    return t;
  }
  pendingTimers() {
    return this.heap.length;
  }
  watchNet(handle, drain) {
    const w = { handle, drain, refd: false, stopped: false, pending: false };
    this.watches.push(w);
    return {
      setRef: (on) => {
        w.refd = on;
      },
      stop: () => {
        w.stopped = true;
        const i = this.watches.indexOf(w);
        if (i >= 0) this.watches.splice(i, 1);
      }
    };
  }
  // --- errors and the end ---
  exit(code) {
    if (this.exited === void 0) this.exited = code;
    this.host.exit(code);
    throw EXITED;
  }
  exitCode() {
    return this.exited;
  }
  fail(message) {
    try {
      writeLine(this.host, message);
    } catch {
    }
    return this.exit(1);
  }
  reportUncaught(error) {
    if (error === EXITED || this.exited !== void 0) return;
    try {
      this.fail(`uncaught error: ${describeError2(error)}`);
    } catch (e) {
      if (e !== EXITED) throw e;
    }
  }
  rejection(promise, reason, handled) {
    if (handled) this.unhandled.delete(promise);
    else this.unhandled.set(promise, reason);
  }
  run(main) {
    this.job = "running";
    const failed = (e) => {
      if (e === EXITED || this.exited !== void 0) return;
      this.job = "failed";
      try {
        this.fail(`the job failed: ${describeError2(e)}`);
      } catch {
      }
    };
    let p;
    try {
      p = main();
    } catch (e) {
      failed(e);
      return;
    }
    Promise.resolve(p).then(
      () => {
        if (this.job === "running") this.job = "done";
      },
      failed
    );
  }
  jobState() {
    return this.job;
  }
  // --- one turn ---
  /** Runs `f`; what it throws is an uncaught error (an exit unwinds through). */
  guarded(f) {
    try {
      f();
    } catch (e) {
      this.reportUncaught(e);
    }
  }
  step(ready) {
    if (this.exited !== void 0) return IDLE;
    if (this.unhandled.size > 0) {
      const reason = this.unhandled.values().next().value;
      this.unhandled.clear();
      this.fail(`uncaught error (unhandled promise rejection): ${describeError2(reason)}`);
    }
    let more = false;
    let worked = false;
    if (this.watches.length > 0) {
      for (const w of this.watches.slice()) {
        if (w.stopped || !(w.pending || isReady(ready, w.handle))) continue;
        w.pending = false;
        worked = true;
        this.guarded(() => {
          w.pending = !w.drain();
        });
        if (this.exited !== void 0) return IDLE;
        if (w.pending) more = true;
      }
    }
    const top = this.heap[0];
    if (top !== void 0 && top.deadlineNs <= this.host.monoNs()) {
      this.remove(top);
      worked = true;
      this.guarded(top.fn);
    }
    if (this.exited !== void 0) return IDLE;
    if (more) return 0n;
    const next = this.nextDeadline();
    return next === IDLE && worked ? 0n : next;
  }
  nextDeadline() {
    if (this.exited !== void 0) return IDLE;
    let refWatches = false;
    for (const w of this.watches) {
      if (w.pending) return 0n;
      if (w.refd) refWatches = true;
    }
    const next = this.heap[0];
    if (this.refTimers > 0 || refWatches) return next === void 0 ? FOREVER : next.deadlineNs;
    return IDLE;
  }
  nextTimer() {
    return this.heap[0]?.deadlineNs;
  }
  tick(ready) {
    let next;
    try {
      next = this.step(ready);
    } catch (e) {
      if (e === EXITED) return IDLE;
      throw e;
    }
    if (next !== IDLE || this.exited !== void 0) return next;
    try {
      if (this.job === "running") this.fail("the job never finished: it waits for a promise that nothing can settle (no timers, no listening devices)");
      this.exit(this.job === "failed" ? 1 : 0);
    } catch (e) {
      if (e !== EXITED) throw e;
    }
    return IDLE;
  }
  install(target = globalThis) {
    const entry = {
      tick: (ready) => this.tick(ready),
      rejection: (promise, reason, handled) => this.rejection(promise, reason, handled)
    };
    Object.defineProperty(target, LOOP_GLOBAL, { value: entry, writable: true, configurable: true, enumerable: false });
  }
};
var loops = /* @__PURE__ */ new WeakMap();
var loopOf = (host2) => {
  let loop2 = loops.get(host2);
  if (loop2 === void 0) {
    loop2 = new LoopImpl(host2);
    loops.set(host2, loop2);
  }
  return loop2;
};
var runLoop = (host2, main, target = globalThis) => {
  const loop2 = loopOf(host2);
  loop2.install(target);
  loop2.run(main);
  return loop2;
};

// ../../../packages/platform-solo5/src/abort.ts
var LEGACY_CODES = {
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
  NoModificationAllowedError: 7,
  NotFoundError: 8,
  NotSupportedError: 9,
  InvalidStateError: 11,
  SyntaxError: 12,
  InvalidModificationError: 13,
  NamespaceError: 14,
  InvalidAccessError: 15,
  TypeMismatchError: 17,
  SecurityError: 18,
  NetworkError: 19,
  AbortError: 20,
  URLMismatchError: 21,
  QuotaExceededError: 22,
  TimeoutError: 23,
  InvalidNodeTypeError: 24,
  DataCloneError: 25
};
var DOMExceptionImpl = class extends Error {
  constructor(message = "", name = "Error") {
    super(String(message));
    __publicField(this, "exceptionName");
    this.exceptionName = String(name);
    Object.defineProperty(this, "exceptionName", { enumerable: false });
  }
  get name() {
    return this.exceptionName;
  }
  get code() {
    return LEGACY_CODES[this.exceptionName] ?? 0;
  }
  get [Symbol.toStringTag]() {
    return "DOMException";
  }
};
var domException = () => {
  const g = globalThis.DOMException;
  return g ?? DOMExceptionImpl;
};
var timeOrigin;
var EventImpl = class {
  constructor(type, init = {}) {
    __publicField(this, "type");
    __publicField(this, "bubbles");
    __publicField(this, "cancelable");
    __publicField(this, "composed");
    __publicField(this, "timeStamp");
    __publicField(this, "isTrusted", false);
    __publicField(this, "target", null);
    __publicField(this, "currentTarget", null);
    __publicField(this, "eventPhase", 0);
    __publicField(this, "defaultPrevented", false);
    /** Set by stopImmediatePropagation: later listeners are skipped. */
    __publicField(this, "stopped", false);
    if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
    this.type = String(type);
    this.bubbles = init?.bubbles === true;
    this.cancelable = init?.cancelable === true;
    this.composed = init?.composed === true;
    this.timeStamp = timeOrigin?.() ?? 0;
    Object.defineProperty(this, "stopped", { enumerable: false });
  }
  preventDefault() {
    if (this.cancelable) this.defaultPrevented = true;
  }
  stopPropagation() {
  }
  stopImmediatePropagation() {
    this.stopped = true;
  }
  composedPath() {
    return this.currentTarget === null ? [] : [this.currentTarget];
  }
  get [Symbol.toStringTag]() {
    return "Event";
  }
};
var makeAbortClasses = (env, now) => {
  if (now !== void 0) timeOrigin = now;
  const listenersOf = /* @__PURE__ */ new WeakMap();
  const list = (t) => {
    let l = listenersOf.get(t);
    if (l === void 0) {
      l = [];
      listenersOf.set(t, l);
    }
    return l;
  };
  const flatten = (options) => typeof options === "boolean" ? options : options?.capture === true;
  const call = (target, l, event) => {
    try {
      const cb = l.callback;
      if (typeof cb === "function") cb.call(target, event);
      else if (typeof cb?.handleEvent === "function") cb.handleEvent(event);
    } catch (e) {
      env.reportError(e);
    }
  };
  const states = /* @__PURE__ */ new WeakMap();
  const stateOf = (s) => {
    const st = states.get(s);
    if (st === void 0) throw new TypeError("Illegal invocation: not an AbortSignal");
    return st;
  };
  class EventTarget {
    addEventListener(type, callback, options) {
      if (callback === null || callback === void 0) return;
      if (typeof callback !== "function" && typeof callback !== "object") {
        throw new TypeError(`The "listener" argument must be an instance of EventListener. Received ${typeof callback}`);
      }
      const capture = flatten(options);
      const opts = typeof options === "object" && options !== null ? options : {};
      const signal = opts.signal;
      if (signal?.aborted === true) return;
      const ls = list(this);
      const t = String(type);
      if (!ls.some((l) => l.type === t && l.callback === callback && l.capture === capture)) {
        ls.push({ type: t, callback, capture, once: opts.once === true, removed: false });
      }
      if (signal !== void 0) {
        const remove = () => this.removeEventListener(t, callback, { capture });
        const st = states.get(signal);
        if (st !== void 0) st.algorithms.push(remove);
        else signal.addEventListener("abort", remove);
      }
    }
    removeEventListener(type, callback, options) {
      if (callback === null || callback === void 0) return;
      const ls = listenersOf.get(this);
      if (ls === void 0) return;
      const capture = flatten(options);
      const t = String(type);
      const i = ls.findIndex((l) => l.type === t && l.callback === callback && l.capture === capture);
      if (i < 0) return;
      ls[i].removed = true;
      ls.splice(i, 1);
    }
    dispatchEvent(event) {
      if (!(event instanceof EventImpl)) throw new TypeError('The "event" argument must be an instance of Event');
      event.target = this;
      event.currentTarget = this;
      event.eventPhase = 2;
      const ls = listenersOf.get(this);
      if (ls !== void 0) {
        for (const l of ls.slice()) {
          if (l.removed || l.type !== event.type) continue;
          if (l.once) this.removeEventListener(l.type, l.callback, { capture: l.capture });
          call(this, l, event);
          if (event.stopped) break;
        }
      }
      event.currentTarget = null;
      event.eventPhase = 0;
      return !event.defaultPrevented;
    }
    get [Symbol.toStringTag]() {
      return "EventTarget";
    }
  }
  let constructing = false;
  const defaultReason = () => new (domException())("This operation was aborted", "AbortError");
  const fireAbort = (signal) => {
    const st = stateOf(signal);
    const algorithms = st.algorithms;
    st.algorithms = [];
    for (const a of algorithms) a();
    const e = new EventImpl("abort");
    e.isTrusted = true;
    signal.dispatchEvent(e);
  };
  const signalAbort = (signal, reason) => {
    const st = stateOf(signal);
    if (st.aborted) return;
    st.aborted = true;
    st.reason = reason === void 0 ? defaultReason() : reason;
    const toFire = [];
    for (const d of st.dependents) {
      const ds = stateOf(d);
      if (ds.aborted) continue;
      ds.aborted = true;
      ds.reason = st.reason;
      toFire.push(d);
    }
    st.dependents = [];
    fireAbort(signal);
    for (const d of toFire) fireAbort(d);
  };
  const newSignal = () => {
    constructing = true;
    try {
      return new AbortSignal();
    } finally {
      constructing = false;
    }
  };
  class AbortSignal extends EventTarget {
    constructor() {
      super();
      if (!constructing) throw new TypeError("Illegal constructor");
      states.set(this, { aborted: false, reason: void 0, handler: null, handlerListener: void 0, dependents: [], algorithms: [] });
    }
    get aborted() {
      return stateOf(this).aborted;
    }
    get reason() {
      return stateOf(this).reason;
    }
    throwIfAborted() {
      const st = stateOf(this);
      if (st.aborted) throw st.reason;
    }
    get onabort() {
      return stateOf(this).handler;
    }
    set onabort(value) {
      const st = stateOf(this);
      const fn = typeof value === "function" ? value : null;
      st.handler = fn;
      if (fn === null) {
        if (st.handlerListener !== void 0) this.removeEventListener("abort", st.handlerListener);
        st.handlerListener = void 0;
      } else if (st.handlerListener === void 0) {
        const l = (event) => {
          const h = stateOf(this).handler;
          if (h !== null) h.call(this, event);
        };
        st.handlerListener = l;
        this.addEventListener("abort", l);
      }
    }
    get [Symbol.toStringTag]() {
      return "AbortSignal";
    }
    static abort(reason) {
      const s = newSignal();
      const st = stateOf(s);
      st.aborted = true;
      st.reason = reason === void 0 ? defaultReason() : reason;
      return s;
    }
    static timeout(ms) {
      const n = Number(ms);
      if (!Number.isFinite(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
        throw new RangeError(`The value of "delay" is out of range. It must be >= 0 && <= ${Number.MAX_SAFE_INTEGER}. Received ${String(ms)}`);
      }
      const s = newSignal();
      env.unrefTimer(Math.trunc(n), () => signalAbort(s, new (domException())("The operation was aborted due to timeout", "TimeoutError")));
      return s;
    }
    static any(signals) {
      const all = Array.from(signals);
      for (const x of all) stateOf(x);
      const s = newSignal();
      const st = stateOf(s);
      for (const x of all) {
        const xs = stateOf(x);
        if (xs.aborted) {
          st.aborted = true;
          st.reason = xs.reason;
          return s;
        }
      }
      for (const x of all) stateOf(x).dependents.push(s);
      return s;
    }
  }
  class AbortController {
    constructor() {
      __publicField(this, "sig", newSignal());
      Object.defineProperty(this, "sig", { enumerable: false });
    }
    get signal() {
      return this.sig;
    }
    abort(reason) {
      signalAbort(this.sig, reason);
    }
    get [Symbol.toStringTag]() {
      return "AbortController";
    }
  }
  return { Event: EventImpl, EventTarget, AbortController, AbortSignal };
};

// ../../../packages/platform-solo5/src/globals.ts
var TIMEOUT_MAX = 2 ** 31 - 1;
var delayNs = (delay) => {
  let ms = Number(delay);
  if (!(ms >= 1 && ms <= TIMEOUT_MAX)) ms = 1;
  return BigInt(Math.round(ms * 1e6));
};
var describeArg = (v) => v === null ? "null" : typeof v === "object" ? "an instance of Object" : `type ${typeof v} (${inspect(v)})`;
var makeTimers = (loop2) => {
  let nextId = 1;
  const byId = /* @__PURE__ */ new Map();
  class TimeoutImpl {
    constructor(delay, repeat, callback, args) {
      __publicField(this, "delay", delay);
      __publicField(this, "repeat", repeat);
      __publicField(this, "callback", callback);
      __publicField(this, "args", args);
      __publicField(this, "id", nextId++);
      __publicField(this, "timer");
      this.timer = loop2.timer(loop2.now() + delay, () => this.fire());
    }
    fire() {
      if (this.repeat) this.timer.reschedule(loop2.now() + this.delay);
      else byId.delete(this.id);
      this.callback(...this.args);
    }
    ref() {
      this.timer.ref();
      return this;
    }
    unref() {
      this.timer.unref();
      return this;
    }
    hasRef() {
      return this.timer.hasRef();
    }
    refresh() {
      this.timer.reschedule(loop2.now() + this.delay);
      return this;
    }
    close() {
      this.timer.cancel();
      byId.delete(this.id);
      return this;
    }
    [Symbol.toPrimitive]() {
      if (this.timer.active) byId.set(this.id, this);
      return this.id;
    }
    get [Symbol.toStringTag]() {
      return "Timeout";
    }
  }
  const make = (repeat, callback, delay, args) => {
    if (typeof callback !== "function") throw new TypeError(`The "callback" argument must be of type function. Received ${describeArg(callback)}`);
    return new TimeoutImpl(delayNs(delay), repeat, callback, args);
  };
  const clear = (t) => {
    if (t instanceof TimeoutImpl) {
      t.close();
      return;
    }
    if (typeof t === "number" || typeof t === "string") byId.get(Number(t))?.close();
  };
  return {
    setTimeout: (callback, delay, ...args) => make(false, callback, delay, args),
    setInterval: (callback, delay, ...args) => make(true, callback, delay, args),
    clearTimeout: clear,
    clearInterval: clear,
    queueMicrotask(callback) {
      if (typeof callback !== "function") throw new TypeError(`The "callback" argument must be of type function. Received ${describeArg(callback)}`);
      void Promise.resolve().then(() => {
        try {
          callback();
        } catch (e) {
          loop2.reportUncaught(e);
        }
      });
    }
  };
};
var INTEGER_ARRAYS = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array"];
var typedArrayName = (v) => {
  if (!ArrayBuffer.isView(v) || v instanceof DataView) return void 0;
  return Object.prototype.toString.call(v).slice(8, -1);
};
var makeCrypto = (random) => {
  const crypto = {
    getRandomValues(array) {
      const name = typedArrayName(array);
      if (name === void 0 || !INTEGER_ARRAYS.includes(name)) {
        throw new (domException())("The data argument must be an integer-type TypedArray", "TypeMismatchError");
      }
      if (array.byteLength > 65536) {
        throw new (domException())(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, "QuotaExceededError");
      }
      random.fill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
      return array;
    },
    randomUUID() {
      const b = random.generate(16);
      b[6] = b[6] & 15 | 64;
      b[8] = b[8] & 63 | 128;
      const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }
  };
  return crypto;
};
var makeConsole = (writeLine3) => {
  const out = (...args) => writeLine3(format(...args));
  return {
    log: out,
    info: out,
    debug: out,
    warn: out,
    error: out,
    trace(...args) {
      const stack = new Error().stack ?? "";
      const frames = stack.split("\n").filter((l) => /^\s+at /.test(l));
      writeLine3(`Trace${args.length > 0 ? `: ${format(...args)}` : ""}${frames.length > 0 ? `
${frames.slice(1).join("\n")}` : ""}`);
    },
    dir(value, options) {
      writeLine3(inspect(value, options?.depth === void 0 ? {} : { depth: options.depth }));
    },
    assert(condition, ...args) {
      if (condition) return;
      writeLine3(args.length === 0 ? "Assertion failed" : `Assertion failed: ${format(...args)}`);
    }
  };
};
var define2 = (o, name, value, enumerable = false) => {
  Object.defineProperty(o, name, { value, writable: true, configurable: true, enumerable });
};
var installGlobals = (host2, options = {}) => {
  const g = options.target ?? globalThis;
  const installed = [];
  const loop2 = loopOf(host2);
  const missing = (name) => g[name] === void 0;
  const put = (name, value, enumerable = false) => {
    if (!missing(name)) return;
    define2(g, name, value, enumerable);
    installed.push(name);
  };
  const timers = makeTimers(loop2);
  put("setTimeout", timers.setTimeout, true);
  put("clearTimeout", timers.clearTimeout, true);
  put("setInterval", timers.setInterval, true);
  put("clearInterval", timers.clearInterval, true);
  put("queueMicrotask", timers.queueMicrotask, true);
  installed.push(...installPolyfills(g));
  const origin = loop2.now();
  const perfNow = () => Number(loop2.now() - origin) / 1e6;
  put("DOMException", DOMExceptionImpl);
  const abort = makeAbortClasses(
    {
      unrefTimer: (ms, fn) => loop2.timer(loop2.now() + BigInt(ms) * 1000000n, fn).unref(),
      reportError: (e) => loop2.reportUncaught(e)
    },
    perfNow
  );
  put("Event", abort.Event);
  put("EventTarget", abort.EventTarget);
  put("AbortController", abort.AbortController);
  put("AbortSignal", abort.AbortSignal);
  const existingCrypto = g["crypto"];
  if (existingCrypto === void 0 || typeof existingCrypto["getRandomValues"] !== "function") {
    const seed = options.seed ?? host2.randomSeed(32);
    const c = makeCrypto(chachaRng(seed));
    seed.fill(0);
    if (existingCrypto === void 0) put("crypto", c);
    else {
      define2(existingCrypto, "getRandomValues", c.getRandomValues);
      installed.push("crypto.getRandomValues");
      if (typeof existingCrypto["randomUUID"] !== "function") {
        define2(existingCrypto, "randomUUID", c.randomUUID);
        installed.push("crypto.randomUUID");
      }
    }
  }
  if (missing("performance")) {
    const timeOrigin2 = Number(host2.wallNs()) / 1e6;
    put("performance", {
      timeOrigin: timeOrigin2,
      now: perfNow,
      toJSON: () => ({ timeOrigin: timeOrigin2 })
    });
  }
  const writeLine3 = consoleLine(host2);
  const consoleImpl = makeConsole(writeLine3);
  if (missing("console")) put("console", consoleImpl);
  else {
    const c = g["console"];
    for (const [name, fn] of Object.entries(consoleImpl)) {
      if (typeof c[name] !== "function") {
        define2(c, name, fn);
        installed.push(`console.${name}`);
      }
    }
  }
  return installed;
};

// ../../../packages/tcpip/src/wire/checksum.ts
var fold = (sum) => {
  let s = sum;
  while (s > 65535) s = s % 65536 + Math.floor(s / 65536);
  return s;
};
var checksumJs = (bytes, start2 = 0, end = bytes.length, initial = 0) => {
  const lo = start2 < 0 ? 0 : start2;
  const hi = end > bytes.length ? bytes.length : end;
  let s = initial;
  let i = lo;
  const last8 = hi - 7;
  for (; i < last8; i += 8) {
    s += (bytes[i] << 8 | bytes[i + 1]) + (bytes[i + 2] << 8 | bytes[i + 3]) + (bytes[i + 4] << 8 | bytes[i + 5]) + (bytes[i + 6] << 8 | bytes[i + 7]);
  }
  const last2 = hi - 1;
  for (; i < last2; i += 2) s += bytes[i] << 8 | bytes[i + 1];
  if (i < hi) s += bytes[i] << 8;
  return ~fold(s) & 65535;
};
var checksum = checksumJs;
var setChecksumImpl = (impl) => {
  checksum = impl ?? checksumJs;
};

// ../../../packages/mirage-net/src/net.ts
var ETHERNET_HEADER_BYTES = 14;
var maxFrameSize = (mtu) => mtu + ETHERNET_HEADER_BYTES;
var netError = {
  disconnected: (op) => ({
    _tag: "Disconnected",
    message: `Cannot ${op}: the network interface is disconnected`
  }),
  /** `size` asked for (or written by `fill`), `max` the most allowed. */
  invalidLength: (size, max, what = "a frame of") => ({
    _tag: "InvalidLength",
    size,
    max,
    message: `Cannot send ${what} ${size} bytes: frames are 0 to ${max} bytes`
  }),
  ioError: (message) => ({ _tag: "IoError", message })
};
var statsCounter = () => {
  let rxBytes = 0n;
  let rxPkts = 0;
  let txBytes = 0n;
  let txPkts = 0;
  let rxDropped = 0;
  return {
    rx(bytes) {
      rxBytes += BigInt(bytes);
      rxPkts++;
    },
    tx(bytes) {
      txBytes += BigInt(bytes);
      txPkts++;
    },
    dropped() {
      rxDropped++;
    },
    snapshot: () => ({ rxBytes, rxPkts, txBytes, txPkts, rxDropped }),
    reset() {
      rxBytes = 0n;
      txBytes = 0n;
      rxPkts = 0;
      txPkts = 0;
      rxDropped = 0;
    }
  };
};

// ../../../packages/mirage-net/src/mac.ts
var HEX = "0123456789abcdef";
var hexValue = (c) => {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
};
var shown = (s) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}\u2026` : s);
var invalid = (input, why) => left2({ _tag: "InvalidMacAddress", input, message: `Cannot parse MAC address ${shown(input)}: ${why}` });
var brand2 = (b) => b;
var broadcast = brand2(new Uint8Array([255, 255, 255, 255, 255, 255]));
var macAddress = {
  /** ff:ff:ff:ff:ff:ff. Shared: never write into it. */
  broadcast,
  /**
   * Parses six two-digit hex bytes separated by ":" (or all by "-"), any case:
   * "02:00:00:00:00:01", "02-00-5E-10-00-00". Total: anything else is a Left.
   */
  parse(input) {
    const expected = 'expected six two-digit hex bytes separated by ":", like 02:00:00:00:00:01';
    if (typeof input !== "string" || input.length !== 17) return invalid(String(input), expected);
    const sep = input.charCodeAt(2);
    if (sep !== 58 && sep !== 45) return invalid(input, expected);
    const out = new Uint8Array(6);
    for (let i = 0; i < 6; i++) {
      const at2 = i * 3;
      if (i > 0 && input.charCodeAt(at2 - 1) !== sep) return invalid(input, expected);
      const hi = hexValue(input.charCodeAt(at2));
      const lo = hexValue(input.charCodeAt(at2 + 1));
      if (hi < 0 || lo < 0) return invalid(input, `"${input.slice(at2, at2 + 2)}" is not a hex byte`);
      out[i] = hi << 4 | lo;
    }
    return right2(brand2(out));
  },
  /** Copies the 6 bytes at `offset` of `buf` (a Left if there are fewer). */
  ofBytes(buf, offset = 0) {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + 6 > buf.length) {
      return left2({
        _tag: "InvalidMacAddress",
        input: "",
        message: `Cannot read a MAC address at byte ${offset}: the buffer has ${buf.length} bytes`
      });
    }
    return right2(brand2(buf.slice(offset, offset + 6)));
  },
  /** Lower-case, colon-separated: "02:00:00:00:00:01". */
  toString(mac) {
    let s = "";
    for (let i = 0; i < 6; i++) {
      const b = mac[i];
      s += (i > 0 ? ":" : "") + HEX[b >> 4] + HEX[b & 15];
    }
    return s;
  },
  /** Writes the 6 bytes into `buf` at `offset` (the caller has checked the room). */
  write(mac, buf, offset = 0) {
    buf.set(mac, offset);
  },
  equal(a, b) {
    for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return false;
    return true;
  },
  /** Whether the 6 bytes at `offset` of `buf` are `mac` (false if out of range). No allocation. */
  equalAt(mac, buf, offset = 0) {
    for (let i = 0; i < 6; i++) if (buf[offset + i] !== mac[i]) return false;
    return true;
  },
  isBroadcast: (mac) => macAddress.equal(mac, broadcast),
  /** Group bit set (broadcast included). */
  isMulticast: (mac) => (mac[0] & 1) === 1,
  isUnicast: (mac) => (mac[0] & 1) === 0,
  /** Locally administered (not burned in by a vendor). */
  isLocal: (mac) => (mac[0] & 2) === 2,
  /** A random locally administered unicast address, from any source of random bytes. */
  localUnicast(random) {
    const b = new Uint8Array(6);
    b.set(random.generate(6).subarray(0, 6));
    b[0] = b[0] & 252 | 2;
    return brand2(b);
  }
};

// ../../../packages/platform-solo5/src/native.ts
var nativeChecksum = (host2) => {
  const native = host2.checksum;
  return (bytes, start2 = 0, end = bytes.length, initial = 0) => {
    const len = bytes.length;
    const lo = start2 < 0 ? 0 : start2 > len ? len : start2;
    const hi = end > len ? len : end < lo ? lo : end;
    return native.call(host2, bytes, lo, hi, initial);
  };
};
var installNativeHelpers = (host2) => {
  setChecksumImpl(nativeChecksum(host2));
};

// ../../../packages/platform-solo5/src/cmdline.ts
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r";
var splitCommandLine = (line) => {
  const argv = [];
  let word = "";
  let inWord = false;
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (isSpace(c)) {
      if (inWord) argv.push(word);
      word = "";
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return { ok: false, error: `unterminated single quote at column ${i + 1} of the command line` };
      word += line.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      let j = i + 1;
      for (; ; ) {
        if (j >= n) return { ok: false, error: `unterminated double quote at column ${i + 1} of the command line` };
        const d = line[j];
        if (d === '"') break;
        if (d === "\\" && j + 1 < n && '"\\$`'.includes(line[j + 1])) {
          word += line[j + 1];
          j += 2;
        } else {
          word += d;
          j++;
        }
      }
      i = j + 1;
    } else if (c === "\\") {
      if (i + 1 >= n) return { ok: false, error: "a backslash ends the command line (nothing to escape)" };
      word += line[i + 1];
      i += 2;
    } else {
      word += c;
      i++;
    }
  }
  if (inWord) argv.push(word);
  return { ok: true, argv };
};

// ../../../packages/platform-solo5/src/clock.ts
var solo5PClock = (host2) => ({
  kind: "pclock",
  now: () => host2.wallNs(),
  tzOffsetSeconds: () => void 0
});
var solo5MClock = (host2) => ({
  kind: "mclock",
  elapsedNs: () => host2.monoNs(),
  periodNs: () => void 0
});
var solo5Sleep = (host2) => {
  const loop2 = loopOf(host2);
  return {
    kind: "sleep",
    sleepNs(ns, signal) {
      if (signal?.aborted === true) return Promise.resolve();
      return new Promise((resolve) => {
        const onAbort = () => {
          timer.cancel();
          resolve();
        };
        const timer = loop2.timer(loop2.now() + (ns > 0n ? ns : 0n), () => {
          signal?.removeEventListener?.("abort", onAbort);
          resolve();
        });
        signal?.addEventListener?.("abort", onAbort);
      });
    }
  };
};

// ../../../packages/platform-solo5/src/random.ts
var hostEntropy = (host2) => ({
  name: "solo5",
  read: (n) => {
    const out = new Uint8Array(n);
    for (let off = 0; off < n; off += 256) out.set(host2.randomSeed(Math.min(256, n - off)), off);
    return out;
  }
});
var solo5Random = (host2) => seededRandom(hostEntropy(host2));

// ../../../packages/platform-solo5/src/runtime.ts
var EXIT_USAGE2 = 64;
var host = getHost();
installGlobals(host);
installNativeHelpers(host);
var loop = loopOf(host);
loop.install();
var writeLine2 = consoleLine(host);
var argvOf = () => {
  const r = splitCommandLine(host.cmdline());
  if (r.ok) return r.argv;
  writeLine2(`Cannot start: ${r.error}`);
  return loop.exit(EXIT_USAGE2);
};
var platform = {
  target: "solo5",
  argv: argvOf(),
  context: { pclock: solo5PClock(host), mclock: solo5MClock(host), sleep: solo5Sleep(host), random: solo5Random(host) },
  console: writeLine2,
  exit: (code) => loop.exit(code)
};
var run = (main) => {
  runLoop(host, main);
};

// ../../../packages/mirage/src/job.ts
function job(requires, a, b) {
  return typeof a === "function" ? { _tag: "Job", requires, args: {}, start: a } : { _tag: "Job", requires, args: a.args, start: b };
}

// unikernel.ts
var log = logger("hello");
var Hello = job(
  { time: "sleep" },
  {
    args: {
      hello: arg.string({ doc: "the line to log", default: "Hello World!" }),
      count: arg.int({ doc: "how many times", default: 4, min: 0, max: 1e3 }),
      intervalMs: arg.int({ doc: "pause between lines, in milliseconds", default: 1e3, min: 0, docv: "MS" })
    }
  },
  async ({ time }, { hello, count, intervalMs }) => {
    for (let i = 0; i < count; i++) {
      log.info(hello);
      await time.sleepNs(BigInt(intervalMs) * 1000000n);
    }
  }
);

// ../../../packages/platform-solo5/src/net.ts
var READ_BATCH = 64;
var solo5Net = (host2, name) => {
  const handle = host2.netAcquire(name);
  if (handle < 0) {
    return left2({
      _tag: "NotFound",
      name,
      message: `Cannot open network interface "${name}": the guest has no such net device (the manifest names it, the tender attaches it: --net:${name}=tap0)`
    });
  }
  const info = host2.netInfo(handle);
  const macE = macAddress.ofBytes(info.mac);
  if (macE._tag === "Left") return left2({ _tag: "IoError", message: `Cannot open network interface "${name}": the host gave an invalid MAC address` });
  const mac = macE.right;
  const mtu = info.mtu;
  const max = maxFrameSize(mtu);
  const stats = statsCounter();
  const rbuf = new Uint8Array(max);
  const wbuf = new Uint8Array(max);
  const loop2 = loopOf(host2);
  let connected = true;
  let filling = false;
  let failure2;
  let listener;
  let endListen;
  const fail = (err) => {
    if (failure2 !== void 0) return;
    failure2 = err;
    listener = void 0;
    watch.setRef(false);
    const end = endListen;
    endListen = void 0;
    end?.(left2(err));
  };
  const drain = () => {
    for (let i = 0; i < READ_BATCH; i++) {
      const n = host2.netRead(handle, rbuf);
      if (n === 0) return true;
      if (n < 0) {
        if (connected && failure2 === void 0) fail(netError.ioError(`Cannot receive on network interface "${name}": the host reported error ${n}`));
        return true;
      }
      if (!connected || failure2 !== void 0) continue;
      const deliver = listener;
      if (deliver === void 0 || n < ETHERNET_HEADER_BYTES || n > max) {
        stats.dropped();
        continue;
      }
      stats.rx(n);
      deliver(rbuf.subarray(0, n));
    }
    return false;
  };
  const watch = loop2.watchNet(handle, drain);
  const net = {
    kind: "net",
    name,
    handle,
    mac,
    mtu,
    async write(size, fill) {
      if (!connected) return left2(netError.disconnected("send a frame"));
      if (failure2 !== void 0) return left2(failure2);
      if (!Number.isSafeInteger(size) || size < 0 || size > max) return left2(netError.invalidLength(size, max));
      const outer = !filling;
      const base = outer ? wbuf : new Uint8Array(max);
      const buf = size === max ? base : base.subarray(0, size);
      let n;
      filling = true;
      try {
        n = fill(buf);
      } finally {
        if (outer) filling = false;
      }
      if (!Number.isSafeInteger(n) || n < 0 || n > size) return left2(netError.invalidLength(n, size, "a frame: fill wrote"));
      if (!connected) return left2(netError.disconnected("send a frame"));
      if (n < ETHERNET_HEADER_BYTES) {
        return left2({
          _tag: "InvalidLength",
          size: n,
          max,
          message: `Cannot send a frame of ${n} bytes: a Solo5 net device takes ${ETHERNET_HEADER_BYTES} to ${max} bytes (an Ethernet header at least)`
        });
      }
      const r = host2.netWrite(handle, base, n);
      if (r < 0) return left2(netError.ioError(`Cannot send a frame of ${n} bytes on network interface "${name}": the host reported error ${r}`));
      stats.tx(n);
      return right2(void 0);
    },
    listen(onFrame) {
      if (!connected) return Promise.resolve(left2(netError.disconnected("listen")));
      if (failure2 !== void 0) return Promise.resolve(left2(failure2));
      if (listener !== void 0) return Promise.resolve(left2(netError.ioError(`Cannot listen on network interface "${name}": it already has a listener`)));
      listener = onFrame;
      watch.setRef(true);
      return new Promise((resolve) => {
        endListen = resolve;
      });
    },
    async disconnect() {
      if (!connected) return;
      connected = false;
      listener = void 0;
      watch.setRef(false);
      const end = endListen;
      endListen = void 0;
      end?.(right2(void 0));
    },
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset()
  };
  return right2(net);
};

// ../../../packages/mirage-block/src/index.ts
var plural = (n, word) => `${n} ${word}${n === 1n ? "" : "s"}`;
var span = (sector, count) => count === 0n ? `at sector ${sector}` : count === 1n ? `sector ${sector}` : `sectors ${sector}-${sector + count - 1n}`;
var blockError = {
  outOfBounds: (op, sector, count, sizeSectors) => ({
    _tag: "OutOfBounds",
    sector,
    count,
    sizeSectors,
    message: `Cannot ${op} ${span(sector, count)}: out of bounds (disk has ${plural(sizeSectors, "sector")})`
  }),
  unaligned: (op, sector, index, length, sectorSize) => ({
    _tag: "Unaligned",
    length,
    sectorSize,
    message: `Cannot ${op} at sector ${sector}: buffer ${index} has ${length} bytes, not a multiple of the ${sectorSize}-byte sector size`
  }),
  disconnected: (op) => ({
    _tag: "Disconnected",
    message: `Cannot ${op}: the block device is disconnected`
  }),
  ioError: (message) => ({ _tag: "IoError", message }),
  readOnly: (sector, count) => ({
    _tag: "ReadOnly",
    message: `Cannot write ${span(sector, count)}: the block device is read-only`
  }),
  noSpace: (sector, count) => ({
    _tag: "NoSpace",
    message: `Cannot write ${span(sector, count)}: no space left on the host device`
  })
};
var checkRequest = (op, info, sector, buffers) => {
  let bytes = 0;
  for (let i = 0; i < buffers.length; i++) {
    const len = buffers[i].length;
    if (len % info.sectorSize !== 0) return left2(blockError.unaligned(op, sector, i, len, info.sectorSize));
    bytes += len;
  }
  const count = BigInt(bytes / info.sectorSize);
  if (sector < 0n || sector + count > info.sizeSectors) return left2(blockError.outOfBounds(op, sector, count, info.sizeSectors));
  return right2({ count, bytes });
};

// ../../../packages/platform-solo5/src/block.ts
var solo5Block = (host2, name, options = {}) => {
  const handle = host2.blockAcquire(name);
  if (handle < 0) {
    return left2({
      _tag: "NotFound",
      name,
      message: `Cannot open block device "${name}": the guest has no such block device (the manifest names it, the tender attaches it: --block:${name}=disk.img)`
    });
  }
  const hi = host2.blockInfo(handle);
  if (!Number.isSafeInteger(hi.blockSize) || hi.blockSize <= 0 || hi.capacity < 0n || hi.capacity % BigInt(hi.blockSize) !== 0n) {
    return left2({ _tag: "IoError", message: `Cannot open block device "${name}": the host reports an impossible geometry (${hi.capacity} bytes in blocks of ${hi.blockSize})` });
  }
  const sectorSize = hi.blockSize;
  const bs = BigInt(sectorSize);
  const info = { readWrite: options.readOnly !== true, sectorSize, sizeSectors: hi.capacity / bs };
  let connected = true;
  const transfer = (op, sector, buffers) => {
    let offset = sector * bs;
    for (const b of buffers) {
      if (b.length === 0) continue;
      const r = op === "read" ? host2.blockRead(handle, offset, b) : host2.blockWrite(handle, offset, b);
      if (r < 0) return left2(blockError.ioError(`Cannot ${op} ${b.length} bytes at byte ${offset} of block device "${name}": the host reported error ${r}`));
      offset += BigInt(b.length);
    }
    return right2(void 0);
  };
  const block = {
    kind: "block",
    name,
    handle,
    info: () => info,
    read(sector, buffers) {
      if (!connected) return Promise.resolve(left2(blockError.disconnected("read")));
      const checked = checkRequest("read", info, sector, buffers);
      if (checked._tag === "Left") return Promise.resolve(checked);
      return Promise.resolve(transfer("read", sector, buffers));
    },
    write(sector, buffers) {
      if (!connected) return Promise.resolve(left2(blockError.disconnected("write")));
      const checked = checkRequest("write", info, sector, buffers);
      if (!info.readWrite) return Promise.resolve(left2(blockError.readOnly(sector, checked._tag === "Right" ? checked.right.count : 0n)));
      if (checked._tag === "Left") return Promise.resolve(checked);
      return Promise.resolve(transfer("write", sector, buffers));
    },
    disconnect() {
      connected = false;
      return Promise.resolve();
    }
  };
  return right2(block);
};

// ../../../packages/platform-solo5/src/devices.ts
var badName = (what, name) => typeof name === "string" && /^[A-Za-z0-9_]{1,67}$/.test(name) ? void 0 : { _tag: "InvalidConfig", message: `Cannot open ${what} ${JSON.stringify(name)}: a Solo5 device name is 1 to 67 letters, digits or underscores` };
var solo5Devices = (hostOf) => ({
  netifDevice: {
    kind: "net",
    connect: async (config, _deps, _ctx) => {
      const name = config?.name ?? "service";
      const bad = badName("network interface", name);
      return bad !== void 0 ? left2(bad) : solo5Net(hostOf(), name);
    }
  },
  blockDevice: {
    kind: "block",
    connect: async (config, _deps, _ctx) => {
      const name = config?.name ?? "storage";
      const bad = badName("block device", name);
      return bad !== void 0 ? left2(bad) : solo5Block(hostOf(), name, { readOnly: config?.readOnly === true });
    }
  },
  pclockDevice: {
    kind: "pclock",
    connect: async (_config, _deps, _ctx) => right2(solo5PClock(hostOf()))
  },
  mclockDevice: {
    kind: "mclock",
    connect: async (_config, _deps, _ctx) => right2(solo5MClock(hostOf()))
  },
  sleepDevice: {
    kind: "sleep",
    connect: async (_config, _deps, _ctx) => right2(solo5Sleep(hostOf()))
  },
  randomDevice: {
    kind: "random",
    connect: async (_config, _deps, _ctx) => right2(solo5Random(hostOf()))
  }
});
var bound = solo5Devices(() => getHost());
var netifDevice = bound.netifDevice;
var blockDevice = bound.blockDevice;
var pclockDevice = bound.pclockDevice;
var mclockDevice = bound.mclockDevice;
var sleepDevice = bound.sleepDevice;
var randomDevice = bound.randomDevice;

// mirage/main.ts
run(async () => {
  const boot = start(platform, { name: "hello", args: [Hello.args, sleepDevice.args] });
  const time = await boot.connect("time", "solo5 sleep", sleepDevice, {}, {});
  await boot.run(Hello, { time });
});
