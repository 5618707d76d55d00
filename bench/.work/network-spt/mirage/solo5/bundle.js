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
    function Type2(name, is, validate2, encode) {
      this.name = name;
      this.is = is;
      this.validate = validate2;
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
    function LiteralType2(name, is, validate2, encode, value) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function KeyofType2(name, is, validate2, encode, keys) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function RefinementType2(name, is, validate2, encode, type, predicate) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function RecursiveType2(name, is, validate2, encode, runDefinition) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function ArrayType2(name, is, validate2, encode, type) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function InterfaceType2(name, is, validate2, encode, props) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function PartialType2(name, is, validate2, encode, props) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function DictionaryType2(name, is, validate2, encode, domain, codomain) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function UnionType2(name, is, validate2, encode, types) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function IntersectionType2(name, is, validate2, encode, types) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function TupleType2(name, is, validate2, encode, types) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function ReadonlyType2(name, is, validate2, encode, type) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function ReadonlyArrayType2(name, is, validate2, encode, type) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function ExactType2(name, is, validate2, encode, type) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
    function TaggedUnionType2(name, is, validate2, encode, codecs, tag) {
      var _this = _super.call(this, name, is, validate2, encode, codecs) || this;
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
    function StrictType2(name, is, validate2, encode, props) {
      var _this = _super.call(this, name, is, validate2, encode) || this;
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
var argCodec = (expected, parse, encode) => fromString(expected, parse, encode, (u) => u !== void 0);
var intCodec = (min2, max) => fromString(
  `an integer from ${min2} to ${max}`,
  (s) => {
    if (!/^-?\d+$/.test(s)) return void 0;
    const n = Number(s);
    return Number.isSafeInteger(n) && n >= min2 && n <= max ? n : void 0;
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
    let shown3 = a;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      shown3 = `--${name}`;
      key = byFlag.get(name);
      if (eq >= 0) value = a.slice(eq + 1);
    } else if (a.startsWith("-") && a.length >= 2) {
      const long = shorts[a.slice(1, 2)];
      shown3 = a.slice(0, 2);
      key = long === void 0 ? void 0 : byFlag.get(long);
      if (a.length > 2) value = a.slice(2).replace(/^=/, "");
    }
    if (key === void 0) {
      return { ok: false, error: { _tag: "UnknownArgument", arg: shown3, message: `unknown argument ${a} (see --help)` } };
    }
    const spec = specs[key];
    if (value === void 0) {
      if (spec?.flag === true) value = "true";
      else {
        const next = argv[i + 1];
        if (next === void 0) {
          return { ok: false, error: { _tag: "MissingValue", arg: shown3, message: `${shown3} needs a value ${spec?.docv ?? ""}`.trim() } };
        }
        value = next;
        i++;
      }
    }
    if (raw.has(key)) {
      return { ok: false, error: { _tag: "DuplicateArgument", arg: shown3, message: `${shown3} is given more than once` } };
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
  const shown3 = Math.min(ctx.maxArrayLength, len);
  let holes = 0;
  const flushHoles = () => {
    if (holes > 0) output.push(`<${holes} empty item${holes > 1 ? "s" : ""}>`);
    holes = 0;
  };
  let i = 0;
  for (; i < len && output.length < shown3; i++) {
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
      const shown3 = Math.min(ctx.maxArrayLength, bytes.length);
      let hex = "";
      for (let i = 0; i < shown3; i++) hex += `${i === 0 ? "" : " "}${bytes[i].toString(16).padStart(2, "0")}`;
      if (bytes.length > shown3) hex += ` ... ${bytes.length - shown3} more byte${bytes.length - shown3 > 1 ? "s" : ""}`;
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
  const make2 = (repeat, callback, delay, args) => {
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
    setTimeout: (callback, delay, ...args) => make2(false, callback, delay, args),
    setInterval: (callback, delay, ...args) => make2(true, callback, delay, args),
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

// ../../../packages/tcpip/src/wire/error.ts
var make = (tag) => (proto, message) => left2({ _tag: tag, proto, message });
var wireError = {
  truncated: make("Truncated"),
  malformed: make("Malformed"),
  badChecksum: make("BadChecksum"),
  unsupported: make("Unsupported")
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
var pseudoHeaderSum = (src, dst, protocol, length) => (src >>> 16) + (src & 65535) + (dst >>> 16) + (dst & 65535) + (protocol & 255) + (length & 65535);

// ../../../packages/tcpip/src/wire/seq.ts
var seqNumber = (n) => n >>> 0;
var seqAdd = (a, n) => a + n >>> 0;
var seqSub = (a, b) => a - b | 0;
var seqLt = (a, b) => (a - b | 0) < 0;
var seqLe = (a, b) => (a - b | 0) <= 0;
var seqGt = (a, b) => (a - b | 0) > 0;
var seqGe = (a, b) => (a - b | 0) >= 0;
var seqMax = (a, b) => seqGe(a, b) ? a : b;
var seqMin = (a, b) => seqLe(a, b) ? a : b;
var seqInWindow = (x, start2, len) => {
  const d = x - start2 | 0;
  return d >= 0 && d < len;
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

// ../../../packages/tcpip/src/wire/util.ts
var emitRoomCheck = (what, have, need) => {
  if (have < need) {
    throw new RangeError(`Cannot emit ${what}: the buffer has ${have} bytes, it needs ${need}`);
  }
};
var dataView = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
var copyInto = (src, dst, offset) => {
  if (src.buffer === dst.buffer && src.byteOffset === dst.byteOffset + offset) return;
  dst.set(src, offset);
};

// ../../../packages/tcpip/src/wire/ethernet.ts
var EtherType = { Ipv4: 2048, Arp: 2054, Ipv6: 34525 };
var ETHERNET_HEADER_LEN = 14;

// ../../../packages/tcpip/src/wire/ipv4.ts
var shown2 = (s) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}\u2026` : s);
var invalidAddress = (what, input, why) => left2({ _tag: "InvalidIpv4Address", input, message: `Cannot parse ${what} ${shown2(input)}: ${why}` });
var parseQuad = (s, from, to) => {
  let value = 0;
  let octets = 0;
  let i = from;
  while (octets < 4) {
    const begin = i;
    let octet = 0;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      octet = octet * 10 + (c - 48);
      i++;
      if (i - begin > 3) return -1;
    }
    const digits = i - begin;
    if (digits === 0 || octet > 255) return -1;
    if (digits > 1 && s.charCodeAt(begin) === 48) return -1;
    value = value * 256 + octet;
    octets++;
    if (octets < 4) {
      if (i >= to || s.charCodeAt(i) !== 46) return -1;
      i++;
    }
  }
  return i === to ? value : -1;
};
var addr = (n) => n >>> 0;
var ipv4Address = {
  unspecified: addr(0),
  broadcast: addr(4294967295),
  loopback: addr(2130706433),
  /** Four decimal octets without leading zeros: "10.0.0.2". Total: anything else is a Left. */
  parse(input) {
    if (typeof input !== "string") return invalidAddress("IPv4 address", String(input), "not a string");
    const v = parseQuad(input, 0, input.length);
    if (v < 0) return invalidAddress("IPv4 address", input, 'expected four decimal octets 0-255 separated by ".", like 10.0.0.2');
    return right2(addr(v));
  },
  /** Any integer, reduced modulo 2^32. */
  ofUint32: addr,
  fromOctets: (a, b, c, d) => addr((a & 255) << 24 | (b & 255) << 16 | (c & 255) << 8 | d & 255),
  /** The 4 bytes at `offset` (the caller has checked the range; missing bytes read as 0). */
  read: (buf, offset = 0) => addr(
    (buf[offset] ?? 0) << 24 | (buf[offset + 1] ?? 0) << 16 | (buf[offset + 2] ?? 0) << 8 | (buf[offset + 3] ?? 0)
  ),
  /** Writes the 4 bytes at `offset` (the caller has checked the room). */
  write(a, buf, offset = 0) {
    buf[offset] = a >>> 24;
    buf[offset + 1] = a >>> 16 & 255;
    buf[offset + 2] = a >>> 8 & 255;
    buf[offset + 3] = a & 255;
  },
  toBytes(a) {
    const b = new Uint8Array(4);
    ipv4Address.write(a, b);
    return b;
  },
  toString: (a) => `${a >>> 24}.${a >>> 16 & 255}.${a >>> 8 & 255}.${a & 255}`,
  equal: (a, b) => a === b,
  isUnspecified: (a) => a === 0,
  isBroadcast: (a) => a === 4294967295,
  /** 224.0.0.0/4 */
  isMulticast: (a) => a >>> 28 === 14,
  /** 127.0.0.0/8 */
  isLoopback: (a) => a >>> 24 === 127,
  /** 169.254.0.0/16 */
  isLinkLocal: (a) => a >>> 16 === 43518,
  /** Not unspecified, broadcast or multicast (class E and loopback count as unicast). */
  isUnicast: (a) => a !== 0 && a !== 4294967295 && a >>> 28 !== 14
};
var maskOf = (prefixLen) => prefixLen === 0 ? 0 : 4294967295 << 32 - prefixLen >>> 0;
var ipv4Cidr = {
  make(address, prefixLen) {
    if (!Number.isInteger(prefixLen) || prefixLen < 0 || prefixLen > 32) {
      return invalidAddress("IPv4 CIDR", `${ipv4Address.toString(address)}/${prefixLen}`, "the prefix length must be 0 to 32");
    }
    return right2({ address, prefixLen });
  },
  /** "10.0.0.2/24" (prefix 0..32, no leading zeros). Total. */
  parse(input) {
    const expected = 'expected an IPv4 address, "/" and a prefix length 0-32, like 10.0.0.2/24';
    if (typeof input !== "string") return invalidAddress("IPv4 CIDR", String(input), "not a string");
    const slash = input.indexOf("/");
    if (slash < 0) return invalidAddress("IPv4 CIDR", input, expected);
    const a = parseQuad(input, 0, slash);
    const p = input.slice(slash + 1);
    if (a < 0 || !/^(?:[0-9]|[12][0-9]|3[0-2])$/.test(p)) return invalidAddress("IPv4 CIDR", input, expected);
    return right2({ address: addr(a), prefixLen: Number(p) });
  },
  toString: (c) => `${ipv4Address.toString(c.address)}/${c.prefixLen}`,
  netmask: (c) => addr(maskOf(c.prefixLen)),
  /** The network address: the address with the host bits cleared. */
  network: (c) => addr(c.address & maskOf(c.prefixLen)),
  /** The directed broadcast address; undefined for /31 and /32, which have none. */
  broadcast: (c) => c.prefixLen >= 31 ? void 0 : addr(c.address | ~maskOf(c.prefixLen)),
  contains(c, a) {
    const m = maskOf(c.prefixLen);
    return (c.address & m) >>> 0 === (a & m) >>> 0;
  },
  equal: (a, b) => a.address === b.address && a.prefixLen === b.prefixLen
};
var IpProtocol = { Icmp: 1, Tcp: 6, Udp: 17 };
var IPV4_HEADER_LEN = 20;
var Ipv4Packet = class _Ipv4Packet {
  constructor(bytes, dv) {
    __publicField(this, "bytes", bytes);
    __publicField(this, "dv", dv);
  }
  static of(bytes) {
    const n = bytes.length;
    if (n < IPV4_HEADER_LEN) {
      return wireError.truncated("ipv4", `Cannot parse an IPv4 packet: ${n} bytes is shorter than the 20-byte header`);
    }
    const dv = dataView(bytes);
    const hl = (dv.getUint8(0) & 15) * 4;
    const total = dv.getUint16(2);
    if (hl < IPV4_HEADER_LEN) {
      return wireError.malformed("ipv4", `Cannot parse an IPv4 packet: the header length ${hl} is below 20`);
    }
    if (total < hl) {
      return wireError.malformed("ipv4", `Cannot parse an IPv4 packet: the total length ${total} is below the header length ${hl}`);
    }
    if (n < total) {
      return wireError.truncated("ipv4", `Cannot parse an IPv4 packet: the total length is ${total} but only ${n} bytes arrived`);
    }
    return right2(new _Ipv4Packet(bytes, dv));
  }
  version() {
    return this.dv.getUint8(0) >>> 4;
  }
  /** In bytes (IHL * 4), 20..60. */
  headerLen() {
    return (this.dv.getUint8(0) & 15) * 4;
  }
  dscp() {
    return this.dv.getUint8(1) >>> 2;
  }
  ecn() {
    return this.dv.getUint8(1) & 3;
  }
  totalLen() {
    return this.dv.getUint16(2);
  }
  ident() {
    return this.dv.getUint16(4);
  }
  dontFrag() {
    return (this.dv.getUint8(6) & 64) !== 0;
  }
  moreFrags() {
    return (this.dv.getUint8(6) & 32) !== 0;
  }
  /** The reserved ("evil") bit, which must be zero. */
  reservedFlag() {
    return (this.dv.getUint8(6) & 128) !== 0;
  }
  /** In bytes (the field counts 8-byte units). */
  fragOffset() {
    return (this.dv.getUint16(6) & 8191) * 8;
  }
  /** A fragment of a larger datagram (MF set or a non-zero offset). */
  isFragment() {
    return (this.dv.getUint16(6) & 16383) !== 0;
  }
  ttl() {
    return this.dv.getUint8(8);
  }
  protocol() {
    return this.dv.getUint8(9);
  }
  checksum() {
    return this.dv.getUint16(10);
  }
  src() {
    return this.dv.getUint32(12);
  }
  dst() {
    return this.dv.getUint32(16);
  }
  optionsLen() {
    return this.headerLen() - IPV4_HEADER_LEN;
  }
  options() {
    return this.bytes.subarray(IPV4_HEADER_LEN, this.headerLen());
  }
  /** From the end of the header to the total length. */
  payload() {
    return this.bytes.subarray(this.headerLen(), this.totalLen());
  }
  payloadLen() {
    return this.totalLen() - this.headerLen();
  }
  verifyChecksum() {
    return checksum(this.bytes, 0, this.headerLen()) === 0;
  }
  setTtl(ttl) {
    this.dv.setUint8(8, ttl);
  }
  setSrc(a) {
    this.dv.setUint32(12, a);
  }
  setDst(a) {
    this.dv.setUint32(16, a);
  }
  setIdent(id) {
    this.dv.setUint16(4, id);
  }
  /** Recomputes the header checksum (after any setter). */
  fillChecksum() {
    this.dv.setUint16(10, 0);
    this.dv.setUint16(10, checksum(this.bytes, 0, this.headerLen()));
  }
};
var Ipv4Repr = {
  headerLen: IPV4_HEADER_LEN,
  /** Version 4, the header checksum (unless disabled), reserved flag clear. */
  parse(p, opts) {
    if (p.version() !== 4) {
      return wireError.malformed("ipv4", `Cannot parse an IPv4 packet: version ${p.version()} is not 4`);
    }
    if (opts?.verifyChecksum !== false && !p.verifyChecksum()) {
      return wireError.badChecksum("ipv4", `Cannot parse an IPv4 packet: header checksum 0x${p.checksum().toString(16)} does not verify`);
    }
    if (p.reservedFlag()) {
      return wireError.malformed("ipv4", "Cannot parse an IPv4 packet: the reserved flag is set");
    }
    return right2({
      src: p.src(),
      dst: p.dst(),
      protocol: p.protocol(),
      payloadLen: p.payloadLen(),
      ttl: p.ttl(),
      ident: p.ident(),
      dontFrag: p.dontFrag(),
      moreFrags: p.moreFrags(),
      fragOffset: p.fragOffset(),
      dscp: p.dscp(),
      ecn: p.ecn()
    });
  },
  /** `Ipv4Packet.of` then `parse`. */
  decode(bytes, opts) {
    const p = Ipv4Packet.of(bytes);
    return p._tag === "Left" ? p : Ipv4Repr.parse(p.right, opts);
  },
  /** Header plus payload. */
  bufferLen: (repr) => IPV4_HEADER_LEN + repr.payloadLen,
  /**
   * Writes the 20-byte header (checksum included) at the start of `bytes`; the payload goes at
   * `bytes.subarray(20)`. Throws a RangeError (a caller bug) if `bytes` is shorter than 20 or
   * the total length does not fit in 16 bits.
   */
  emit(repr, bytes) {
    emitRoomCheck("an IPv4 header", bytes.length, IPV4_HEADER_LEN);
    const total = IPV4_HEADER_LEN + repr.payloadLen;
    if (total > 65535) throw new RangeError(`Cannot emit an IPv4 header: a total length of ${total} exceeds 65535`);
    const dv = dataView(bytes);
    dv.setUint8(0, 69);
    dv.setUint8(1, ((repr.dscp ?? 0) & 63) << 2 | (repr.ecn ?? 0) & 3);
    dv.setUint16(2, total);
    dv.setUint16(4, repr.ident ?? 0);
    dv.setUint16(
      6,
      (repr.dontFrag ? 16384 : 0) | (repr.moreFrags ? 8192 : 0) | (repr.fragOffset ?? 0) >>> 3 & 8191
    );
    dv.setUint8(8, repr.ttl);
    dv.setUint8(9, repr.protocol);
    dv.setUint16(10, 0);
    dv.setUint32(12, repr.src);
    dv.setUint32(16, repr.dst);
    dv.setUint16(10, checksum(bytes, 0, IPV4_HEADER_LEN));
  }
};

// ../../../packages/tcpip/src/wire/arp.ts
var ARP_FIXED_LEN = 8;
var ARP_ETHERNET_IPV4_LEN = 28;
var ArpPacket = class _ArpPacket {
  constructor(bytes, dv) {
    __publicField(this, "bytes", bytes);
    __publicField(this, "dv", dv);
  }
  static of(bytes) {
    if (bytes.length < ARP_FIXED_LEN) {
      return wireError.truncated("arp", `Cannot parse an ARP packet: ${bytes.length} bytes is shorter than the 8-byte fixed header`);
    }
    const need = ARP_FIXED_LEN + 2 * (bytes[4] + bytes[5]);
    if (bytes.length < need) {
      return wireError.truncated("arp", `Cannot parse an ARP packet: its address lengths need ${need} bytes but only ${bytes.length} arrived`);
    }
    return right2(new _ArpPacket(bytes, dataView(bytes)));
  }
  hardwareType() {
    return this.dv.getUint16(0);
  }
  protocolType() {
    return this.dv.getUint16(2);
  }
  hardwareLen() {
    return this.dv.getUint8(4);
  }
  protocolLen() {
    return this.dv.getUint8(5);
  }
  operation() {
    return this.dv.getUint16(6);
  }
  /** The raw address fields, as views (lengths from the header). */
  senderHardwareAddr() {
    const h = this.hardwareLen();
    return this.bytes.subarray(8, 8 + h);
  }
  senderProtocolAddr() {
    const h = this.hardwareLen();
    return this.bytes.subarray(8 + h, 8 + h + this.protocolLen());
  }
  targetHardwareAddr() {
    const h = this.hardwareLen();
    const p = this.protocolLen();
    return this.bytes.subarray(8 + h + p, 8 + 2 * h + p);
  }
  targetProtocolAddr() {
    const h = this.hardwareLen();
    const p = this.protocolLen();
    return this.bytes.subarray(8 + 2 * h + p, 8 + 2 * h + 2 * p);
  }
};
var ArpRepr = {
  /** Ethernet (1) / IPv4 (0x0800) / 6 / 4 and a request or reply; anything else is Unsupported. */
  parse(p) {
    const htype = p.hardwareType();
    const ptype = p.protocolType();
    const hlen = p.hardwareLen();
    const plen = p.protocolLen();
    if (htype !== 1 || ptype !== 2048 || hlen !== 6 || plen !== 4) {
      return wireError.unsupported(
        "arp",
        `Cannot parse an ARP packet: hardware type ${htype}, protocol type 0x${ptype.toString(16)}, lengths ${hlen}/${plen} are not Ethernet/IPv4 (1, 0x800, 6/4)`
      );
    }
    const op = p.operation();
    if (op !== 1 && op !== 2) {
      return wireError.unsupported("arp", `Cannot parse an ARP packet: operation ${op} is neither request (1) nor reply (2)`);
    }
    const b = p.bytes;
    return right2({
      operation: op === 1 ? "request" : "reply",
      senderHardwareAddr: b.slice(8, 14),
      senderProtocolAddr: ipv4Address.read(b, 14),
      targetHardwareAddr: b.slice(18, 24),
      targetProtocolAddr: ipv4Address.read(b, 24)
    });
  },
  /** `ArpPacket.of` then `parse`. */
  decode(bytes) {
    const p = ArpPacket.of(bytes);
    return p._tag === "Left" ? p : ArpRepr.parse(p.right);
  },
  bufferLen: (_repr) => ARP_ETHERNET_IPV4_LEN,
  /** Writes 28 bytes at the start of `bytes` (throws a RangeError if there is less room). */
  emit(repr, bytes) {
    emitRoomCheck("an ARP packet", bytes.length, ARP_ETHERNET_IPV4_LEN);
    const dv = dataView(bytes);
    dv.setUint16(0, 1);
    dv.setUint16(2, 2048);
    dv.setUint8(4, 6);
    dv.setUint8(5, 4);
    dv.setUint16(6, repr.operation === "request" ? 1 : 2);
    macAddress.write(repr.senderHardwareAddr, bytes, 8);
    dv.setUint32(14, repr.senderProtocolAddr);
    macAddress.write(repr.targetHardwareAddr, bytes, 18);
    dv.setUint32(24, repr.targetProtocolAddr);
  }
};

// ../../../packages/tcpip/src/wire/icmpv4.ts
var Icmpv4Type = { EchoReply: 0, DestUnreachable: 3, EchoRequest: 8, TimeExceeded: 11 };
var DestUnreachableCode = {
  NetUnreachable: 0,
  HostUnreachable: 1,
  ProtoUnreachable: 2,
  PortUnreachable: 3,
  /** "Fragmentation needed and DF set": `nextHopMtu` carries the MTU (RFC 1191). */
  FragRequired: 4,
  SrcRouteFailed: 5,
  DstNetUnknown: 6,
  DstHostUnknown: 7,
  NetProhibited: 9,
  HostProhibited: 10,
  CommProhibited: 13
};
var TimeExceededCode = { TtlExpired: 0, FragReassemblyExpired: 1 };
var ICMPV4_HEADER_LEN = 8;
var Icmpv4Packet = class _Icmpv4Packet {
  constructor(bytes, dv) {
    __publicField(this, "bytes", bytes);
    __publicField(this, "dv", dv);
  }
  static of(bytes) {
    if (bytes.length < ICMPV4_HEADER_LEN) {
      return wireError.truncated("icmpv4", `Cannot parse an ICMPv4 message: ${bytes.length} bytes is shorter than the 8-byte header`);
    }
    return right2(new _Icmpv4Packet(bytes, dataView(bytes)));
  }
  msgType() {
    return this.dv.getUint8(0);
  }
  msgCode() {
    return this.dv.getUint8(1);
  }
  checksum() {
    return this.dv.getUint16(2);
  }
  /** Bytes 4..7, whose meaning depends on the type. */
  restOfHeader() {
    return this.dv.getUint32(4);
  }
  echoIdent() {
    return this.dv.getUint16(4);
  }
  echoSeqNo() {
    return this.dv.getUint16(6);
  }
  /** Next-hop MTU of a "fragmentation needed" message (RFC 1191), else 0. */
  nextHopMtu() {
    return this.dv.getUint16(6);
  }
  /** Everything after the 8-byte header. */
  data() {
    return this.bytes.subarray(ICMPV4_HEADER_LEN);
  }
  verifyChecksum() {
    return checksum(this.bytes) === 0;
  }
  fillChecksum() {
    this.dv.setUint16(2, 0);
    this.dv.setUint16(2, checksum(this.bytes));
  }
};
var parseEmbedded = (what, body) => {
  if (body.length < IPV4_HEADER_LEN) {
    return wireError.truncated("icmpv4", `Cannot parse an ICMPv4 ${what}: ${body.length} bytes cannot hold the original IP header`);
  }
  const dv = dataView(body);
  const vihl = dv.getUint8(0);
  const hl = (vihl & 15) * 4;
  if (vihl >>> 4 !== 4 || hl < IPV4_HEADER_LEN) {
    return wireError.malformed("icmpv4", `Cannot parse an ICMPv4 ${what}: the embedded header is not IPv4 (version ${vihl >>> 4}, length ${hl})`);
  }
  const total = dv.getUint16(2);
  if (total < hl) {
    return wireError.malformed("icmpv4", `Cannot parse an ICMPv4 ${what}: the embedded total length ${total} is below its header length ${hl}`);
  }
  const payloadLen = total - hl;
  const data = body.subarray(Math.min(hl, body.length));
  const need = Math.min(8, payloadLen);
  if (body.length < hl || data.length < need) {
    return wireError.truncated("icmpv4", `Cannot parse an ICMPv4 ${what}: it returns ${data.length} bytes of the original datagram after a ${hl}-byte header, expected at least ${need}`);
  }
  const flags = dv.getUint16(6);
  return right2({
    header: {
      src: dv.getUint32(12),
      dst: dv.getUint32(16),
      protocol: dv.getUint8(9),
      payloadLen,
      ttl: dv.getUint8(8),
      ident: dv.getUint16(4),
      dontFrag: (flags & 16384) !== 0,
      moreFrags: (flags & 8192) !== 0,
      fragOffset: (flags & 8191) * 8,
      dscp: dv.getUint8(1) >>> 2,
      ecn: dv.getUint8(1) & 3
    },
    data
  });
};
var Icmpv4Repr = {
  /** Verifies the checksum (unless disabled); unknown types and echo with a non-zero code give "other". */
  parse(p, opts) {
    if (opts?.verifyChecksum !== false && !p.verifyChecksum()) {
      return wireError.badChecksum("icmpv4", `Cannot parse an ICMPv4 message: checksum 0x${p.checksum().toString(16)} does not verify`);
    }
    const t = p.msgType();
    const code = p.msgCode();
    if ((t === 8 || t === 0) && code === 0) {
      return right2({ type: t === 8 ? "echoRequest" : "echoReply", ident: p.echoIdent(), seqNo: p.echoSeqNo(), data: p.data() });
    }
    if (t === 3) {
      const e = parseEmbedded("destination unreachable", p.data());
      if (e._tag === "Left") return e;
      return right2({ type: "destUnreachable", code, nextHopMtu: p.nextHopMtu(), header: e.right.header, data: e.right.data });
    }
    if (t === 11) {
      const e = parseEmbedded("time exceeded", p.data());
      if (e._tag === "Left") return e;
      return right2({ type: "timeExceeded", code, header: e.right.header, data: e.right.data });
    }
    return right2({ type: "other", icmpType: t, code, restOfHeader: p.restOfHeader(), data: p.data() });
  },
  /** `Icmpv4Packet.of` then `parse`. */
  decode(bytes, opts) {
    const p = Icmpv4Packet.of(bytes);
    return p._tag === "Left" ? p : Icmpv4Repr.parse(p.right, opts);
  },
  bufferLen(repr) {
    switch (repr.type) {
      case "destUnreachable":
      case "timeExceeded":
        return ICMPV4_HEADER_LEN + IPV4_HEADER_LEN + repr.data.length;
      default:
        return ICMPV4_HEADER_LEN + repr.data.length;
    }
  },
  /**
   * Writes the message (checksum included) at the start of `bytes`; throws a RangeError if
   * `bytes` is shorter than `bufferLen(repr)`. Error messages get a 20-byte embedded header.
   */
  emit(repr, bytes) {
    const len = Icmpv4Repr.bufferLen(repr);
    emitRoomCheck("an ICMPv4 message", bytes.length, len);
    const dv = dataView(bytes);
    let body = ICMPV4_HEADER_LEN;
    switch (repr.type) {
      case "echoRequest":
      case "echoReply":
        dv.setUint8(0, repr.type === "echoRequest" ? 8 : 0);
        dv.setUint8(1, 0);
        dv.setUint16(4, repr.ident);
        dv.setUint16(6, repr.seqNo);
        break;
      case "destUnreachable":
      case "timeExceeded":
        dv.setUint8(0, repr.type === "destUnreachable" ? 3 : 11);
        dv.setUint8(1, repr.code);
        dv.setUint16(4, 0);
        dv.setUint16(6, repr.type === "destUnreachable" ? repr.nextHopMtu : 0);
        Ipv4Repr.emit(repr.header, bytes.subarray(ICMPV4_HEADER_LEN, ICMPV4_HEADER_LEN + IPV4_HEADER_LEN));
        body += IPV4_HEADER_LEN;
        break;
      case "other":
        dv.setUint8(0, repr.icmpType);
        dv.setUint8(1, repr.code);
        dv.setUint32(4, repr.restOfHeader);
        break;
    }
    copyInto(repr.data, bytes, body);
    dv.setUint16(2, 0);
    dv.setUint16(2, checksum(bytes, 0, len));
  }
};

// ../../../packages/tcpip/src/wire/udp.ts
var UDP_HEADER_LEN = 8;

// ../../../packages/tcpip/src/wire/tcp.ts
var TCP_HEADER_LEN = 20;
var PROTO_TCP = 6;
var TcpFlags = {
  FIN: 1,
  SYN: 2,
  RST: 4,
  PSH: 8,
  ACK: 16,
  URG: 32,
  ECE: 64,
  CWR: 128
};
var TcpOptionKind = {
  EndOfList: 0,
  NoOperation: 1,
  MaxSegmentSize: 2,
  WindowScale: 3,
  SackPermitted: 4,
  Sack: 5,
  Timestamps: 8
};
var TCP_MAX_WINDOW_SCALE = 14;
var TcpPacket = class _TcpPacket {
  constructor(bytes, dv) {
    __publicField(this, "bytes", bytes);
    __publicField(this, "dv", dv);
  }
  static of(bytes) {
    const n = bytes.length;
    if (n < TCP_HEADER_LEN) {
      return wireError.truncated("tcp", `Cannot parse a TCP segment: ${n} bytes is shorter than the 20-byte header`);
    }
    const hl = (bytes[12] >>> 4) * 4;
    if (hl < TCP_HEADER_LEN) {
      return wireError.malformed("tcp", `Cannot parse a TCP segment: the header length ${hl} is below 20`);
    }
    if (hl > n) {
      return wireError.truncated("tcp", `Cannot parse a TCP segment: the header length is ${hl} but only ${n} bytes arrived`);
    }
    return right2(new _TcpPacket(bytes, dataView(bytes)));
  }
  srcPort() {
    return this.dv.getUint16(0);
  }
  dstPort() {
    return this.dv.getUint16(2);
  }
  seqNumber() {
    return this.dv.getUint32(4);
  }
  /** Meaningful only when `ack()` is set. */
  ackNumber() {
    return this.dv.getUint32(8);
  }
  /** Data offset in bytes, 20..60. */
  headerLen() {
    return (this.dv.getUint8(12) >>> 4) * 4;
  }
  /** The 8 flag bits (see `TcpFlags`). */
  flags() {
    return this.dv.getUint8(13);
  }
  fin() {
    return (this.dv.getUint8(13) & TcpFlags.FIN) !== 0;
  }
  syn() {
    return (this.dv.getUint8(13) & TcpFlags.SYN) !== 0;
  }
  rst() {
    return (this.dv.getUint8(13) & TcpFlags.RST) !== 0;
  }
  psh() {
    return (this.dv.getUint8(13) & TcpFlags.PSH) !== 0;
  }
  ack() {
    return (this.dv.getUint8(13) & TcpFlags.ACK) !== 0;
  }
  urg() {
    return (this.dv.getUint8(13) & TcpFlags.URG) !== 0;
  }
  ece() {
    return (this.dv.getUint8(13) & TcpFlags.ECE) !== 0;
  }
  cwr() {
    return (this.dv.getUint8(13) & TcpFlags.CWR) !== 0;
  }
  /** The raw 16-bit window (not scaled). */
  windowLen() {
    return this.dv.getUint16(14);
  }
  checksum() {
    return this.dv.getUint16(16);
  }
  urgentAt() {
    return this.dv.getUint16(18);
  }
  options() {
    return this.bytes.subarray(TCP_HEADER_LEN, this.headerLen());
  }
  payload() {
    return this.bytes.subarray(this.headerLen());
  }
  /** Sequence space the segment occupies: payload, plus one for SYN and one for FIN. */
  segmentLen() {
    const f = this.dv.getUint8(13);
    return this.bytes.length - this.headerLen() + (f & TcpFlags.SYN ? 1 : 0) + (f & TcpFlags.FIN ? 1 : 0);
  }
  verifyChecksum(src, dst) {
    const n = this.bytes.length;
    return checksum(this.bytes, 0, n, pseudoHeaderSum(src, dst, PROTO_TCP, n)) === 0;
  }
  setSrcPort(port) {
    this.dv.setUint16(0, port);
  }
  setDstPort(port) {
    this.dv.setUint16(2, port);
  }
  setSeqNumber(seq) {
    this.dv.setUint32(4, seq);
  }
  setAckNumber(ack) {
    this.dv.setUint32(8, ack);
  }
  setFlags(flags) {
    this.dv.setUint8(13, flags);
  }
  setWindowLen(w) {
    this.dv.setUint16(14, w);
  }
  fillChecksum(src, dst) {
    const n = this.bytes.length;
    this.dv.setUint16(16, 0);
    this.dv.setUint16(16, checksum(this.bytes, 0, n, pseudoHeaderSum(src, dst, PROTO_TCP, n)));
  }
};
var NO_SACK = Object.freeze([]);
var malformedOption = (why) => wireError.malformed("tcp", `Cannot parse a TCP segment: ${why}`);
var optionsLen = (repr) => {
  let n = 0;
  if (repr.mss !== void 0) n += 4;
  if (repr.windowScale !== void 0) n += 4;
  if (repr.sackPermitted || repr.timestamp !== void 0) n += repr.timestamp !== void 0 ? 12 : 4;
  if (repr.sackRanges.length > 0) n += 4 + 8 * repr.sackRanges.length;
  return n;
};
var TcpRepr = {
  /**
   * Checks ports (0 is Malformed), the checksum over the IPv4 pseudo-header (unless disabled),
   * the control flags (two of SYN/FIN/RST is Malformed) and the options: EOL ends them, NOP is
   * skipped, unknown kinds are skipped by their length, a length that overruns the options or
   * does not fit the kind (MSS 4, WS 3, SACK-permitted 2, SACK 2+8n, timestamps 10) is Malformed.
   */
  parse(p, src, dst, opts) {
    const srcPort = p.srcPort();
    const dstPort = p.dstPort();
    if (srcPort === 0 || dstPort === 0) {
      return wireError.malformed("tcp", `Cannot parse a TCP segment: port 0 (${srcPort} -> ${dstPort})`);
    }
    if (opts?.verifyChecksum !== false && !p.verifyChecksum(src, dst)) {
      return wireError.badChecksum("tcp", `Cannot parse a TCP segment: checksum 0x${p.checksum().toString(16)} does not verify`);
    }
    const flags = p.flags();
    const syn = (flags & TcpFlags.SYN) !== 0;
    const fin = (flags & TcpFlags.FIN) !== 0;
    const rst = (flags & TcpFlags.RST) !== 0;
    if ((syn ? 1 : 0) + (fin ? 1 : 0) + (rst ? 1 : 0) > 1) {
      return wireError.malformed("tcp", `Cannot parse a TCP segment: flags 0x${flags.toString(16)} combine SYN, FIN and RST`);
    }
    const control = syn ? "syn" : fin ? "fin" : rst ? "rst" : flags & TcpFlags.PSH ? "psh" : "none";
    let mss;
    let windowScale;
    let sackPermitted = false;
    let sackRanges = NO_SACK;
    let timestamp;
    const b = p.bytes;
    const end = p.headerLen();
    let i = TCP_HEADER_LEN;
    while (i < end) {
      const kind = b[i];
      if (kind === TcpOptionKind.EndOfList) break;
      if (kind === TcpOptionKind.NoOperation) {
        i++;
        continue;
      }
      if (i + 1 >= end) return malformedOption(`option ${kind} at byte ${i} has no length byte`);
      const len = b[i + 1];
      if (len < 2 || i + len > end) {
        return malformedOption(`option ${kind} at byte ${i} has length ${len}, but ${end - i} bytes of options remain`);
      }
      const at2 = i + 2;
      switch (kind) {
        case TcpOptionKind.MaxSegmentSize:
          if (len !== 4) return malformedOption(`MSS option of length ${len}, expected 4`);
          mss = b[at2] << 8 | b[at2 + 1];
          break;
        case TcpOptionKind.WindowScale:
          if (len !== 3) return malformedOption(`window scale option of length ${len}, expected 3`);
          windowScale = Math.min(b[at2], TCP_MAX_WINDOW_SCALE);
          break;
        case TcpOptionKind.SackPermitted:
          if (len !== 2) return malformedOption(`SACK-permitted option of length ${len}, expected 2`);
          sackPermitted = true;
          break;
        case TcpOptionKind.Sack: {
          if (len < 10 || (len - 2) % 8 !== 0) return malformedOption(`SACK option of length ${len}, expected 2 + 8n`);
          const ranges = [];
          for (let j = at2; j < i + len; j += 8) {
            ranges.push([readU32(b, j), readU32(b, j + 4)]);
          }
          sackRanges = ranges;
          break;
        }
        case TcpOptionKind.Timestamps:
          if (len !== 10) return malformedOption(`timestamps option of length ${len}, expected 10`);
          timestamp = { tsVal: readU32(b, at2), tsEcr: readU32(b, at2 + 4) };
          break;
        default:
          break;
      }
      i += len;
    }
    return right2({
      srcPort,
      dstPort,
      control,
      seq: p.seqNumber(),
      ack: flags & TcpFlags.ACK ? p.ackNumber() : void 0,
      window: p.windowLen(),
      mss,
      windowScale,
      sackPermitted,
      sackRanges,
      timestamp,
      payload: p.payload()
    });
  },
  /** `TcpPacket.of` then `parse`. */
  decode(bytes, src, dst, opts) {
    const p = TcpPacket.of(bytes);
    return p._tag === "Left" ? p : TcpRepr.parse(p.right, src, dst, opts);
  },
  /** Header with options, 20..60. */
  headerLen: (repr) => TCP_HEADER_LEN + optionsLen(repr),
  bufferLen: (repr) => TCP_HEADER_LEN + optionsLen(repr) + repr.payload.length,
  /** Sequence space the segment occupies: payload, plus one for SYN or FIN. */
  segmentLen: (repr) => repr.payload.length + (repr.control === "syn" || repr.control === "fin" ? 1 : 0),
  /**
   * Writes header, options and payload at the start of `bytes`, with the checksum over the IPv4
   * pseudo-header. Options go in Linux's layout, each 4-byte aligned with NOPs: MSS; SACK-permitted
   * and timestamps (`04 02 08 0a ...`, or each after two NOPs); NOP + window scale; two NOPs + SACK.
   * Throws a RangeError (a caller bug) if `bytes` is shorter than `bufferLen(repr)`, the options
   * exceed 40 bytes or there are more than 4 SACK blocks.
   */
  emit(repr, bytes, src, dst, opts) {
    if (repr.sackRanges.length > 4) {
      throw new RangeError(`Cannot emit a TCP segment: ${repr.sackRanges.length} SACK blocks, at most 4 fit`);
    }
    const ol = optionsLen(repr);
    if (ol > 40) throw new RangeError(`Cannot emit a TCP segment: its options take ${ol} bytes, at most 40 fit`);
    const hl = TCP_HEADER_LEN + ol;
    const len = hl + repr.payload.length;
    emitRoomCheck("a TCP segment", bytes.length, len);
    const dv = dataView(bytes);
    dv.setUint16(0, repr.srcPort);
    dv.setUint16(2, repr.dstPort);
    dv.setUint32(4, repr.seq);
    dv.setUint32(8, repr.ack ?? 0);
    dv.setUint8(12, hl / 4 << 4);
    const c = repr.control;
    dv.setUint8(
      13,
      (c === "syn" ? TcpFlags.SYN : c === "fin" ? TcpFlags.FIN : c === "rst" ? TcpFlags.RST : c === "psh" ? TcpFlags.PSH : 0) | (repr.ack !== void 0 ? TcpFlags.ACK : 0)
    );
    dv.setUint16(14, repr.window);
    dv.setUint16(16, 0);
    dv.setUint16(18, 0);
    let i = TCP_HEADER_LEN;
    if (repr.mss !== void 0) {
      dv.setUint32(i, 33816576 | repr.mss & 65535);
      i += 4;
    }
    if (repr.timestamp !== void 0) {
      dv.setUint32(i, repr.sackPermitted ? 67241994 : 16844810);
      dv.setUint32(i + 4, repr.timestamp.tsVal);
      dv.setUint32(i + 8, repr.timestamp.tsEcr);
      i += 12;
    } else if (repr.sackPermitted) {
      dv.setUint32(i, 16843778);
      i += 4;
    }
    if (repr.windowScale !== void 0) {
      dv.setUint32(i, 16974592 | repr.windowScale & 255);
      i += 4;
    }
    const n = repr.sackRanges.length;
    if (n > 0) {
      dv.setUint32(i, 16844032 | 2 + 8 * n);
      i += 4;
      for (const [l, r] of repr.sackRanges) {
        dv.setUint32(i, l);
        dv.setUint32(i + 4, r);
        i += 8;
      }
    }
    copyInto(repr.payload, bytes, hl);
    if (opts?.checksum !== false) {
      dv.setUint16(16, checksum(bytes, 0, len, pseudoHeaderSum(src, dst, PROTO_TCP, len)));
    }
  }
};
var readU32 = (b, at2) => (b[at2] << 24 | b[at2 + 1] << 16 | b[at2 + 2] << 8 | b[at2 + 3]) >>> 0;

// ../../../packages/tcpip/src/wire/dhcp.ts
var DHCP_OPTIONS_OFFSET = 240;
var BOOTP_MIN_LEN = 300;
var DHCP_MAGIC_COOKIE = 1669485411;
var DhcpOp = { Request: 1, Reply: 2 };
var DhcpMessageType = {
  Discover: 1,
  Offer: 2,
  Request: 3,
  Decline: 4,
  Ack: 5,
  Nak: 6,
  Release: 7,
  Inform: 8
};
var DhcpOption = {
  Pad: 0,
  SubnetMask: 1,
  Router: 3,
  DnsServer: 6,
  Hostname: 12,
  DomainName: 15,
  RequestedIp: 50,
  LeaseTime: 51,
  Overload: 52,
  MessageType: 53,
  ServerId: 54,
  ParameterRequestList: 55,
  Message: 56,
  MaxMessageSize: 57,
  RenewalTime: 58,
  RebindingTime: 59,
  ClientId: 61,
  End: 255
};
var DHCP_INFINITE_LEASE = 4294967295;
var FLAG_BROADCAST = 32768;
var HTYPE_ETHERNET = 1;
var HLEN_ETHERNET = 6;
var fail = (tag) => (message) => left2({ _tag: tag, proto: "dhcp", message });
var truncated = fail("Truncated");
var malformed = fail("Malformed");
var unsupported = fail("Unsupported");
var DhcpPacket = class _DhcpPacket {
  constructor(bytes, dv) {
    __publicField(this, "bytes", bytes);
    __publicField(this, "dv", dv);
  }
  static of(bytes) {
    if (bytes.length < DHCP_OPTIONS_OFFSET) {
      return truncated(`Cannot parse a DHCP message: ${bytes.length} bytes is shorter than the 240-byte header and magic cookie`);
    }
    return right2(new _DhcpPacket(bytes, dataView(bytes)));
  }
  op() {
    return this.dv.getUint8(0);
  }
  htype() {
    return this.dv.getUint8(1);
  }
  hlen() {
    return this.dv.getUint8(2);
  }
  hops() {
    return this.dv.getUint8(3);
  }
  xid() {
    return this.dv.getUint32(4);
  }
  secs() {
    return this.dv.getUint16(8);
  }
  flags() {
    return this.dv.getUint16(10);
  }
  broadcast() {
    return (this.flags() & FLAG_BROADCAST) !== 0;
  }
  ciaddr() {
    return ipv4Address.read(this.bytes, 12);
  }
  yiaddr() {
    return ipv4Address.read(this.bytes, 16);
  }
  siaddr() {
    return ipv4Address.read(this.bytes, 20);
  }
  giaddr() {
    return ipv4Address.read(this.bytes, 24);
  }
  /** All 16 bytes of chaddr (an Ethernet address is the first 6). */
  chaddr() {
    return this.bytes.subarray(28, 44);
  }
  sname() {
    return this.bytes.subarray(44, 108);
  }
  file() {
    return this.bytes.subarray(108, 236);
  }
  magicCookie() {
    return this.dv.getUint32(236);
  }
  /** The options field: everything after the magic cookie. */
  options() {
    return this.bytes.subarray(DHCP_OPTIONS_OFFSET);
  }
  /**
   * The option values by code, repeated instances concatenated (RFC 3396), the overload option
   * followed into `file` and `sname`. Pad and end are not listed. Malformed if an option's
   * length runs past its field.
   */
  rawOptions() {
    const found = /* @__PURE__ */ new Map();
    const main = scanOptions(this.options(), "options", found);
    if (main !== void 0) return malformed(main);
    const ov = concat(found.get(DhcpOption.Overload));
    if (ov !== void 0) {
      if (ov.length !== 1 || ov[0] < 1 || ov[0] > 3) {
        return malformed(`Cannot parse a DHCP message: the overload option must be one byte 1-3, got ${ov.length} bytes`);
      }
      const o = ov[0];
      if (o & 1) {
        const e = scanOptions(this.file(), "file", found);
        if (e !== void 0) return malformed(e);
      }
      if (o & 2) {
        const e = scanOptions(this.sname(), "sname", found);
        if (e !== void 0) return malformed(e);
      }
    }
    const out = /* @__PURE__ */ new Map();
    for (const [code, parts] of found) out.set(code, concat(parts) ?? new Uint8Array(0));
    return right2(out);
  }
};
var scanOptions = (region, field, found) => {
  let i = 0;
  while (i < region.length) {
    const code = region[i];
    if (code === DhcpOption.End) return void 0;
    if (code === DhcpOption.Pad) {
      i++;
      continue;
    }
    if (i + 1 >= region.length) return `Cannot parse a DHCP message: option ${code} in the ${field} field has no length byte`;
    const len = region[i + 1];
    if (i + 2 + len > region.length) {
      return `Cannot parse a DHCP message: option ${code} in the ${field} field says ${len} bytes but ${region.length - i - 2} remain`;
    }
    const parts = found.get(code);
    const value = region.subarray(i + 2, i + 2 + len);
    if (parts === void 0) found.set(code, [value]);
    else parts.push(value);
    i += 2 + len;
  }
  return void 0;
};
var concat = (parts) => {
  if (parts === void 0) return void 0;
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at2 = 0;
  for (const p of parts) {
    out.set(p, at2);
    at2 += p.length;
  }
  return out;
};
var latin1Decode = (b) => {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0) end--;
  let s = "";
  for (let i = 0; i < end; i++) s += String.fromCharCode(b[i]);
  return s;
};
var addressList = (b) => {
  const out = [];
  for (let i = 0; i + 4 <= b.length; i += 4) out.push(ipv4Address.read(b, i));
  return out;
};
var u322 = (b) => ipv4Address.read(b, 0);
var addrBytes = (a) => ipv4Address.toBytes(a);
var u32Bytes = (what, n) => {
  if (!Number.isInteger(n) || n < 0 || n > 4294967295) throw new RangeError(`Cannot emit a DHCP message: ${what} ${n} is not a uint32`);
  return ipv4Address.toBytes(ipv4Address.ofUint32(n));
};
var latin1Encode = (what, s) => {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) throw new RangeError(`Cannot emit a DHCP message: the ${what} has a character beyond Latin-1 at ${i}`);
    b[i] = c;
  }
  return b;
};
var listBytes = (addrs) => {
  const b = new Uint8Array(addrs.length * 4);
  addrs.forEach((a, i) => ipv4Address.write(a, b, i * 4));
  return b;
};
var optionValues = (r) => {
  const o = [[DhcpOption.MessageType, Uint8Array.of(r.messageType)]];
  if (r.serverIdentifier !== void 0) o.push([DhcpOption.ServerId, addrBytes(r.serverIdentifier)]);
  if (r.leaseTime !== void 0) o.push([DhcpOption.LeaseTime, u32Bytes("the lease time", r.leaseTime)]);
  if (r.renewalTime !== void 0) o.push([DhcpOption.RenewalTime, u32Bytes("T1", r.renewalTime)]);
  if (r.rebindingTime !== void 0) o.push([DhcpOption.RebindingTime, u32Bytes("T2", r.rebindingTime)]);
  if (r.subnetMask !== void 0) o.push([DhcpOption.SubnetMask, addrBytes(r.subnetMask)]);
  if (r.routers !== void 0) o.push([DhcpOption.Router, listBytes(r.routers)]);
  if (r.dnsServers !== void 0) o.push([DhcpOption.DnsServer, listBytes(r.dnsServers)]);
  if (r.domainName !== void 0) o.push([DhcpOption.DomainName, latin1Encode("domain name", r.domainName)]);
  if (r.hostname !== void 0) o.push([DhcpOption.Hostname, latin1Encode("hostname", r.hostname)]);
  if (r.clientIdentifier !== void 0) o.push([DhcpOption.ClientId, r.clientIdentifier]);
  if (r.requestedIp !== void 0) o.push([DhcpOption.RequestedIp, addrBytes(r.requestedIp)]);
  if (r.parameterRequestList !== void 0) {
    const codes = r.parameterRequestList;
    for (const c of codes) {
      if (!Number.isInteger(c) || c < 0 || c > 255) throw new RangeError(`Cannot emit a DHCP message: option code ${c} in the parameter request list`);
    }
    o.push([DhcpOption.ParameterRequestList, Uint8Array.from(codes)]);
  }
  if (r.maxMessageSize !== void 0) {
    const n = r.maxMessageSize;
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new RangeError(`Cannot emit a DHCP message: max message size ${n} is not a uint16`);
    o.push([DhcpOption.MaxMessageSize, Uint8Array.of(n >>> 8, n & 255)]);
  }
  if (r.message !== void 0) o.push([DhcpOption.Message, latin1Encode("message", r.message)]);
  return o;
};
var optionWireLen = (len) => len === 0 ? 2 : len + 2 * Math.ceil(len / 255);
var fixedLen = (opts, code, n, what) => opts.length === n ? void 0 : `Cannot parse a DHCP message: the ${what} option (${code}) must be ${n} bytes, got ${opts.length}`;
var DhcpRepr = {
  /**
   * Refuses (Left) what the client cannot use: a bad magic cookie, op other than 1/2 or a
   * malformed option (Malformed); a hardware type other than Ethernet, or no message type or
   * one beyond 1..8, that is plain BOOTP or a DHCP extension (Unsupported).
   */
  parse(p) {
    if (p.magicCookie() !== DHCP_MAGIC_COOKIE) {
      return malformed(`Cannot parse a DHCP message: the magic cookie is 0x${p.magicCookie().toString(16)}, not 0x63825363`);
    }
    const op = p.op();
    if (op !== DhcpOp.Request && op !== DhcpOp.Reply) return malformed(`Cannot parse a DHCP message: op ${op} is neither 1 (request) nor 2 (reply)`);
    if (p.htype() !== HTYPE_ETHERNET || p.hlen() !== HLEN_ETHERNET) {
      return unsupported(`Cannot parse a DHCP message: hardware type ${p.htype()} with length ${p.hlen()} is not Ethernet (1, 6)`);
    }
    const raw = p.rawOptions();
    if (raw._tag === "Left") return raw;
    const opts = raw.right;
    const mt = opts.get(DhcpOption.MessageType);
    if (mt === void 0) return unsupported("Cannot parse a DHCP message: no message type option (53), plain BOOTP");
    if (mt.length !== 1) return malformed(`Cannot parse a DHCP message: the message type option (53) must be 1 byte, got ${mt.length}`);
    const messageType = mt[0];
    if (messageType < 1 || messageType > 8) return unsupported(`Cannot parse a DHCP message: message type ${messageType} is not one of 1-8`);
    const repr = {
      op,
      messageType,
      xid: p.xid(),
      secs: p.secs(),
      broadcast: p.broadcast(),
      hops: p.hops(),
      clientHardwareAddress: p.chaddr().slice(0, 6),
      clientIp: p.ciaddr(),
      yourIp: p.yiaddr(),
      serverIp: p.siaddr(),
      relayAgentIp: p.giaddr()
    };
    for (const [code, v] of opts) {
      let err;
      switch (code) {
        case DhcpOption.ServerId:
          err = fixedLen(v, code, 4, "server identifier");
          repr.serverIdentifier = ipv4Address.read(v);
          break;
        case DhcpOption.LeaseTime:
          err = fixedLen(v, code, 4, "lease time");
          repr.leaseTime = u322(v);
          break;
        case DhcpOption.RenewalTime:
          err = fixedLen(v, code, 4, "T1");
          repr.renewalTime = u322(v);
          break;
        case DhcpOption.RebindingTime:
          err = fixedLen(v, code, 4, "T2");
          repr.rebindingTime = u322(v);
          break;
        case DhcpOption.SubnetMask:
          err = fixedLen(v, code, 4, "subnet mask");
          repr.subnetMask = ipv4Address.read(v);
          break;
        case DhcpOption.RequestedIp:
          err = fixedLen(v, code, 4, "requested IP");
          repr.requestedIp = ipv4Address.read(v);
          break;
        case DhcpOption.Router:
        case DhcpOption.DnsServer:
          if (v.length % 4 !== 0) {
            err = `Cannot parse a DHCP message: the ${code === DhcpOption.Router ? "router" : "DNS server"} option (${code}) is ${v.length} bytes, not a multiple of 4`;
          } else if (code === DhcpOption.Router) repr.routers = addressList(v);
          else repr.dnsServers = addressList(v);
          break;
        case DhcpOption.DomainName:
          repr.domainName = latin1Decode(v);
          break;
        case DhcpOption.Hostname:
          repr.hostname = latin1Decode(v);
          break;
        case DhcpOption.Message:
          repr.message = latin1Decode(v);
          break;
        case DhcpOption.ClientId:
          repr.clientIdentifier = v.slice();
          break;
        case DhcpOption.ParameterRequestList:
          repr.parameterRequestList = Array.from(v);
          break;
        case DhcpOption.MaxMessageSize:
          err = fixedLen(v, code, 2, "max message size");
          repr.maxMessageSize = (v[0] ?? 0) << 8 | (v[1] ?? 0);
          break;
        default:
          break;
      }
      if (err !== void 0) return malformed(err);
    }
    return right2(repr);
  },
  /** `DhcpPacket.of` then `parse`. */
  decode(bytes) {
    const p = DhcpPacket.of(bytes);
    return p._tag === "Left" ? p : DhcpRepr.parse(p.right);
  },
  /** The fixed header, cookie, options and end, padded to 300 bytes. */
  bufferLen(repr) {
    let n = DHCP_OPTIONS_OFFSET + 1;
    for (const [, v] of optionValues(repr)) n += optionWireLen(v.length);
    return Math.max(n, BOOTP_MIN_LEN);
  },
  /**
   * Writes the message at the start of `bytes` (exactly `bufferLen(repr)` bytes; zero padding
   * after the end option up to 300). Options go out in a fixed order: 53, 54, 51, 58, 59, 1, 3,
   * 6, 15, 12, 61, 50, 55, 57, 56, then 255. Throws a RangeError (a bug in the caller) if
   * `bytes` is too short or a field is out of range.
   */
  emit(repr, bytes) {
    const values = optionValues(repr);
    let len = DHCP_OPTIONS_OFFSET + 1;
    for (const [, v] of values) len += optionWireLen(v.length);
    len = Math.max(len, BOOTP_MIN_LEN);
    emitRoomCheck("a DHCP message", bytes.length, len);
    const check = (what, v, max) => {
      if (!Number.isInteger(v) || v < 0 || v > max) throw new RangeError(`Cannot emit a DHCP message: ${what} ${v} is out of range 0-${max}`);
    };
    check("xid", repr.xid, 4294967295);
    check("secs", repr.secs, 65535);
    check("hops", repr.hops, 255);
    check("op", repr.op, 2);
    check("message type", repr.messageType, 255);
    if (repr.clientHardwareAddress.length !== 6) throw new RangeError("Cannot emit a DHCP message: the client hardware address is not 6 bytes");
    const out = bytes.subarray(0, len);
    out.fill(0);
    const dv = dataView(out);
    dv.setUint8(0, repr.op);
    dv.setUint8(1, HTYPE_ETHERNET);
    dv.setUint8(2, HLEN_ETHERNET);
    dv.setUint8(3, repr.hops);
    dv.setUint32(4, repr.xid);
    dv.setUint16(8, repr.secs);
    dv.setUint16(10, repr.broadcast ? FLAG_BROADCAST : 0);
    ipv4Address.write(repr.clientIp, out, 12);
    ipv4Address.write(repr.yourIp, out, 16);
    ipv4Address.write(repr.serverIp, out, 20);
    ipv4Address.write(repr.relayAgentIp, out, 24);
    out.set(repr.clientHardwareAddress, 28);
    dv.setUint32(236, DHCP_MAGIC_COOKIE);
    let at2 = DHCP_OPTIONS_OFFSET;
    for (const [code, v] of values) {
      let off = 0;
      do {
        const n = Math.min(255, v.length - off);
        out[at2] = code;
        out[at2 + 1] = n;
        out.set(v.subarray(off, off + n), at2 + 2);
        at2 += 2 + n;
        off += n;
      } while (off < v.length);
    }
    out[at2] = DhcpOption.End;
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

// ../../../packages/tcpip/src/tcp/assembler.ts
var Assembler = class {
  constructor(maxRanges = 32) {
    __publicField(this, "maxRanges", maxRanges);
    // [start0, end0, start1, end1, ...]: sorted, disjoint and not adjacent (touching ranges merge).
    __publicField(this, "r", []);
  }
  get isEmpty() {
    return this.r.length === 0;
  }
  /** Number of ranges. */
  get count() {
    return this.r.length >>> 1;
  }
  start(i) {
    return this.r[2 * i];
  }
  end(i) {
    return this.r[2 * i + 1];
  }
  clear() {
    this.r.length = 0;
  }
  /**
   * Marks `[start, end)` filled. Returns false (and changes nothing) when that would need one
   * range more than `maxRanges`; a range starting at 0 is always taken (it is about to be
   * popped). Returns true also when nothing was new (see `covers`).
   */
  add(start2, end) {
    if (end <= start2) return true;
    const r = this.r;
    let i = 0;
    while (i < r.length && r[i + 1] < start2) i += 2;
    let j = i;
    let s = start2;
    let e = end;
    while (j < r.length && r[j] <= end) {
      s = Math.min(s, r[j]);
      e = Math.max(e, r[j + 1]);
      j += 2;
    }
    if (j === i && r.length >= 2 * this.maxRanges && start2 > 0) return false;
    r.splice(i, j - i, s, e);
    return true;
  }
  /** True if every offset of `[start, end)` is filled. */
  covers(start2, end) {
    const r = this.r;
    for (let i = 0; i < r.length; i += 2) {
      if (r[i] <= start2 && end <= r[i + 1]) return true;
    }
    return end <= start2;
  }
  /** The index of the range holding `off`, or -1. */
  indexOf(off) {
    const r = this.r;
    for (let i = 0; i < r.length; i += 2) {
      if (r[i] <= off && off < r[i + 1]) return i >>> 1;
    }
    return -1;
  }
  /** If a range starts at 0: removes it, moves the origin past it and returns its length. */
  popFront() {
    const r = this.r;
    if (r.length === 0 || r[0] !== 0) return 0;
    const n = r[1];
    r.splice(0, 2);
    for (let i = 0; i < r.length; i++) r[i] = r[i] - n;
    return n;
  }
  /** Moves the origin forward by `n`: ranges below it are dropped, a range across it is cut. */
  shift(n) {
    if (n <= 0) return;
    const r = this.r;
    let w = 0;
    for (let i = 0; i < r.length; i += 2) {
      const e = r[i + 1] - n;
      if (e <= 0) continue;
      r[w] = Math.max(0, r[i] - n);
      r[w + 1] = e;
      w += 2;
    }
    r.length = w;
  }
  /** Drops everything at or above `limit`, cutting a range across it. */
  truncate(limit) {
    const r = this.r;
    let w = 0;
    for (let i = 0; i < r.length; i += 2) {
      const s = r[i];
      if (s >= limit) break;
      r[w] = s;
      r[w + 1] = Math.min(limit, r[i + 1]);
      w += 2;
    }
    r.length = w;
  }
  /** Total bytes filled. */
  filled() {
    let n = 0;
    const r = this.r;
    for (let i = 0; i < r.length; i += 2) n += r[i + 1] - r[i];
    return n;
  }
  toArray() {
    const out = [];
    for (let i = 0; i < this.r.length; i += 2) out.push([this.r[i], this.r[i + 1]]);
    return out;
  }
};

// ../../../packages/tcpip/src/tcp/ring.ts
var ByteRing = class {
  constructor(capacity, physical = capacity) {
    __publicField(this, "capacity", capacity);
    __publicField(this, "physical", physical);
    __publicField(this, "buf");
    __publicField(this, "head", 0);
    __publicField(this, "len", 0);
    if (!Number.isInteger(capacity) || capacity < 1 || physical < capacity) {
      throw new RangeError(`Cannot create a byte ring of ${capacity} bytes (storage ${physical})`);
    }
  }
  /** Readable bytes. */
  get length() {
    return this.len;
  }
  /** Room left for `append`. */
  get free() {
    return this.capacity - this.len;
  }
  storage() {
    if (this.buf === void 0) this.buf = new Uint8Array(this.physical);
    return this.buf;
  }
  /** Empties the ring, and forgets bytes written past the readable ones (storage is kept). */
  clear() {
    this.head = 0;
    this.len = 0;
  }
  /** Appends up to `n` bytes of `src` from `off`, bounded by `capacity`; returns how many. */
  append(src, off, n) {
    const k = Math.min(n, this.capacity - this.len);
    if (k <= 0) return 0;
    this.writeAt(this.len, src, off, k);
    this.len += k;
    return k;
  }
  /**
   * Copies up to `n` bytes of `src` from `off` to the position `at` bytes past the first readable
   * byte, without making them readable (see `commit`). Bounded by the physical storage; returns
   * how many bytes were written.
   */
  writeAt(at2, src, off, n) {
    const k = Math.min(n, this.physical - at2);
    if (k <= 0) return 0;
    const b = this.storage();
    let pos = this.head + at2;
    if (pos >= this.physical) pos -= this.physical;
    const first = Math.min(k, this.physical - pos);
    b.set(src.subarray(off, off + first), pos);
    if (k > first) b.set(src.subarray(off + first, off + k), 0);
    return k;
  }
  /** Makes `n` bytes written by `writeAt` just past the readable ones readable. */
  commit(n) {
    this.len = Math.min(this.physical, this.len + n);
  }
  /** Drops `n` readable bytes from the front. */
  consume(n) {
    const k = Math.min(n, this.len);
    this.len -= k;
    this.head += k;
    if (this.head >= this.physical) this.head -= this.physical;
  }
  /** Copies up to `n` readable bytes from the front into `into` at `off` and consumes them. */
  read(into, off = 0, n = into.length - off) {
    const k = Math.min(n, this.len);
    if (k <= 0) return 0;
    this.copyOut(0, k, into, off);
    this.consume(k);
    return k;
  }
  /** Copies `n` bytes starting `at` bytes past the front into `into` at `off`. */
  copyOut(at2, n, into, off) {
    const b = this.storage();
    let pos = this.head + at2;
    if (pos >= this.physical) pos -= this.physical;
    const first = Math.min(n, this.physical - pos);
    into.set(b.subarray(pos, pos + first), off);
    if (n > first) into.set(b.subarray(0, n - first), off + first);
  }
  /**
   * `n` bytes starting `at` bytes past the front: a view into the ring when they are contiguous,
   * else a copy into `scratch` (at least `n` long). Valid until the ring is next changed.
   */
  peek(at2, n, scratch) {
    const b = this.storage();
    let pos = this.head + at2;
    if (pos >= this.physical) pos -= this.physical;
    if (pos + n <= this.physical) return b.subarray(pos, pos + n);
    this.copyOut(at2, n, scratch, 0);
    return scratch.subarray(0, n);
  }
};

// ../../../packages/tcpip/src/tcp/rtt.ts
var RttEstimator = class {
  constructor(b) {
    __publicField(this, "b", b);
    __publicField(this, "srttNs");
    __publicField(this, "rttvarNs", 0);
    __publicField(this, "rtoNs");
    __publicField(this, "samples", 0);
    this.rtoNs = b.initialNs;
  }
  /** The RTO without backoff. */
  get rto() {
    return this.rtoNs;
  }
  get srtt() {
    return this.srttNs === void 0 ? void 0 : BigInt(Math.round(this.srttNs));
  }
  get rttvar() {
    return BigInt(Math.round(this.rttvarNs));
  }
  get sampleCount() {
    return this.samples;
  }
  /** Sets the RTO with no sample taken yet (RFC 6298 §5.7: 3 s after a lost SYN). */
  fallback(ns) {
    if (this.srttNs === void 0) this.rtoNs = this.clamp(ns);
  }
  /** Takes one RTT measurement (RFC 6298 §2.2 and §2.3). */
  sample(rttNs) {
    const r = Math.max(0, rttNs);
    this.samples++;
    if (this.srttNs === void 0) {
      this.srttNs = r;
      this.rttvarNs = r / 2;
    } else {
      this.rttvarNs = 0.75 * this.rttvarNs + 0.25 * Math.abs(this.srttNs - r);
      this.srttNs = 0.875 * this.srttNs + 0.125 * r;
    }
    const g = Number(this.b.granularityNs);
    this.rtoNs = this.clamp(BigInt(Math.ceil(this.srttNs + Math.max(g, 4 * this.rttvarNs))));
  }
  clamp(ns) {
    return ns < this.b.minNs ? this.b.minNs : ns > this.b.maxNs ? this.b.maxNs : ns;
  }
};

// ../../../packages/tcpip/src/tcp/socket.ts
var MS = 1000000n;
var SEC = 1000000000n;
var TCP_DEFAULT_PEER_MSS = 536;
var TS_OPTION_LEN = 12;
var DUP_THRESH = 3;
var TS_RECENT_VALID_NS = 24n * 24n * 3600n * SEC;
var EMPTY = new Uint8Array(0);
var NO_SACK2 = Object.freeze([]);
var UNSPECIFIED = Object.freeze({ address: 0, port: 0 });
var SYNCHRONIZED_SENDERS = /* @__PURE__ */ new Set(["ESTABLISHED", "CLOSE-WAIT", "FIN-WAIT-1", "CLOSING", "LAST-ACK"]);
var tsLt = (a, b) => (a - b | 0) < 0;
var windowScaleFor = (bytes) => {
  let s = 0;
  while (s < 14 && bytes > 65535 * 2 ** s) s++;
  return s;
};
var rstReplyFor = (seg) => {
  if (seg.control === "rst") return void 0;
  const base = {
    srcPort: seg.dstPort,
    dstPort: seg.srcPort,
    control: "rst",
    window: 0,
    sackPermitted: false,
    sackRanges: NO_SACK2,
    payload: EMPTY
  };
  if (seg.ack !== void 0) return { ...base, seq: seg.ack };
  const len = seg.payload.length + (seg.control === "syn" || seg.control === "fin" ? 1 : 0);
  return { ...base, seq: 0, ack: seqAdd(seg.seq, len) };
};
var TcpSocket = class {
  constructor(options = {}) {
    __publicField(this, "cfg");
    __publicField(this, "st", "CLOSED");
    __publicField(this, "localEp", UNSPECIFIED);
    __publicField(this, "remoteEp", UNSPECIFIED);
    __publicField(this, "listenEp", UNSPECIFIED);
    __publicField(this, "passive", false);
    __publicField(this, "err");
    __publicField(this, "noDelay");
    __publicField(this, "ka");
    // Send sequence space.
    __publicField(this, "iss", 0);
    __publicField(this, "sndUna", 0);
    __publicField(this, "sndNxt", 0);
    __publicField(this, "sndMax", 0);
    // one past the highest sequence number ever sent (probes aside)
    __publicField(this, "probeEnd");
    // one past a zero-window probe byte beyond SND.MAX
    __publicField(this, "sndWnd", 0);
    // bytes, scaled
    __publicField(this, "sndWl1", 0);
    __publicField(this, "sndWl2", 0);
    __publicField(this, "maxSndWnd", 0);
    __publicField(this, "bufSeq", 0);
    // sequence number of the first byte in `tx`
    __publicField(this, "finQueued", false);
    __publicField(this, "closeWhenEstablished", false);
    __publicField(this, "tx");
    __publicField(this, "scratch");
    // Receive sequence space.
    __publicField(this, "irs", 0);
    __publicField(this, "rcvNxt", 0);
    __publicField(this, "rcvAdvRight", 0);
    // RCV.NXT + RCV.WND as last advertised
    __publicField(this, "rcvFinSeq");
    // a FIN received above RCV.NXT
    __publicField(this, "finReceived", false);
    __publicField(this, "rx");
    __publicField(this, "ooo");
    // out-of-order data, offsets from RCV.NXT
    __publicField(this, "sackRecent", []);
    // starts of recent out-of-order arrivals, newest first
    __publicField(this, "synWindow", 0);
    // Options.
    __publicField(this, "peerMss", TCP_DEFAULT_PEER_MSS);
    __publicField(this, "ourWs");
    __publicField(this, "sndWs", 0);
    __publicField(this, "rcvWs", 0);
    __publicField(this, "wsOk", false);
    __publicField(this, "sackOk", false);
    __publicField(this, "tsOk", false);
    __publicField(this, "tsRecent", 0);
    __publicField(this, "tsRecentAt", 0n);
    __publicField(this, "lastAckSent", 0);
    // Acknowledgements.
    __publicField(this, "ackNow", false);
    __publicField(this, "ackDeadline");
    __publicField(this, "unackedBytes", 0);
    __publicField(this, "rcvMssSeen", 0);
    // Retransmission.
    __publicField(this, "rtt");
    __publicField(this, "rtoCur");
    __publicField(this, "rtoDeadline");
    __publicField(this, "retries", 0);
    __publicField(this, "rttSeq");
    __publicField(this, "rttStart", 0n);
    __publicField(this, "synRetransmitted", false);
    // Congestion control.
    __publicField(this, "cwnd", 0);
    __publicField(this, "ssthresh", 2147483647);
    __publicField(this, "caAcked", 0);
    __publicField(this, "dupAcks", 0);
    __publicField(this, "inRecovery", false);
    __publicField(this, "recover", 0);
    __publicField(this, "highRxt", 0);
    __publicField(this, "rexmitFirst", false);
    __publicField(this, "scoreboard");
    // SACKed ranges, offsets from SND.UNA
    // Zero-window probes and the silly-window override timer.
    __publicField(this, "persistDeadline");
    __publicField(this, "persistBackoff", 0);
    __publicField(this, "persistUnanswered", 0);
    __publicField(this, "probeDue", false);
    __publicField(this, "overrideDue", false);
    // Keepalive.
    __publicField(this, "lastRecvAt", 0n);
    __publicField(this, "kaProbes", 0);
    __publicField(this, "kaLastProbeAt", 0n);
    __publicField(this, "kaDue", false);
    __publicField(this, "timeWaitDeadline");
    __publicField(this, "rstPending");
    __publicField(this, "chWindowStart", -SEC);
    __publicField(this, "chCount", 0);
    // The current decision of `decide`.
    __publicField(this, "dSeq", 0);
    __publicField(this, "dLen", 0);
    __publicField(this, "dFin", false);
    __publicField(this, "counters", {
      segmentsIn: 0,
      segmentsOut: 0,
      bytesIn: 0,
      bytesOut: 0,
      retransmittedSegments: 0,
      timeouts: 0,
      fastRetransmits: 0,
      dupAcksIn: 0,
      outOfOrderSegments: 0,
      outOfOrderDropped: 0,
      outOfWindow: 0,
      pawsDropped: 0,
      challengeAcks: 0,
      challengeAcksSuppressed: 0,
      zeroWindowProbes: 0,
      keepaliveProbes: 0
    });
    const cfg = {
      sendBufferBytes: options.sendBufferBytes ?? 256 * 1024,
      recvBufferBytes: options.recvBufferBytes ?? 256 * 1024,
      mss: options.mss ?? 1460,
      windowScaling: options.windowScaling ?? true,
      sack: options.sack ?? true,
      timestamps: options.timestamps ?? true,
      tsOffset: options.tsOffset ?? 0,
      ackDelayNs: options.ackDelayNs ?? 40n * MS,
      initialRtoNs: options.initialRtoNs ?? SEC,
      minRtoNs: options.minRtoNs ?? 200n * MS,
      maxRtoNs: options.maxRtoNs ?? 120n * SEC,
      synRetries: options.synRetries ?? 6,
      synAckRetries: options.synAckRetries ?? 5,
      retries: options.retries ?? 15,
      timeWaitNs: options.timeWaitNs ?? 60n * SEC,
      challengeAckLimit: options.challengeAckLimit ?? 1e3,
      maxRanges: options.maxRanges ?? 32,
      iss: options.iss
    };
    if (cfg.mss < 64 || cfg.mss > 65495) throw new RangeError(`Cannot create a TCP socket: MSS ${cfg.mss} is outside 64..65495`);
    this.cfg = cfg;
    this.noDelay = options.noDelay ?? false;
    this.ka = options.keepalive;
    this.ourWs = cfg.windowScaling ? windowScaleFor(cfg.recvBufferBytes) : 0;
    this.tx = new ByteRing(cfg.sendBufferBytes);
    this.rx = new ByteRing(cfg.recvBufferBytes, cfg.recvBufferBytes + (1 << this.ourWs));
    this.ooo = new Assembler(cfg.maxRanges);
    this.scoreboard = new Assembler(cfg.maxRanges);
    this.rtt = new RttEstimator({ initialNs: cfg.initialRtoNs, minNs: cfg.minRtoNs, maxNs: cfg.maxRtoNs, granularityNs: MS });
    this.rtoCur = cfg.initialRtoNs;
  }
  // ------------------------------------------------------------------------------------------
  // Introspection
  get state() {
    return this.st;
  }
  get local() {
    return this.localEp;
  }
  get remote() {
    return this.remoteEp;
  }
  /** Why the connection ended, if it ended abnormally (cleared by `listen`/`connect`). */
  get error() {
    return this.err;
  }
  /** RCV.NXT: the next sequence number expected from the peer. */
  get recvNext() {
    return this.rcvNxt;
  }
  /** SND.NXT and SND.UNA. */
  get sendNext() {
    return this.sndNxt;
  }
  get sendUnacked() {
    return this.sndUna;
  }
  /** Whether this socket came from a passive open (a listener). */
  get isPassive() {
    return this.passive;
  }
  /** Not CLOSED and not TIME-WAIT (smoltcp's `is_open`). */
  isOpen() {
    return this.st !== "CLOSED" && this.st !== "TIME-WAIT";
  }
  /** A connection exists or is being made: not CLOSED, LISTEN or TIME-WAIT. */
  isActive() {
    return this.st !== "CLOSED" && this.st !== "TIME-WAIT" && this.st !== "LISTEN";
  }
  /** `send` may queue data: the send side is not closed. */
  maySend() {
    switch (this.st) {
      case "SYN-SENT":
      case "SYN-RECEIVED":
        return !this.closeWhenEstablished;
      case "ESTABLISHED":
      case "CLOSE-WAIT":
        return !this.finQueued;
      default:
        return false;
    }
  }
  /** `send` would take at least one byte now. */
  canSend() {
    return this.maySend() && this.tx.free > 0;
  }
  /** More data may arrive or is buffered (smoltcp's `may_recv`). */
  mayRecv() {
    if (this.st === "ESTABLISHED" || this.st === "FIN-WAIT-1" || this.st === "FIN-WAIT-2") return true;
    return this.rx.length > 0;
  }
  /** `recv` would return at least one byte now. */
  canRecv() {
    return this.rx.length > 0;
  }
  /** The peer sent FIN and every byte before it has been read: end of stream. */
  recvFinished() {
    return this.finReceived && this.rx.length === 0;
  }
  /** Bytes queued to send (unacknowledged and unsent). */
  sendQueue() {
    return this.tx.length;
  }
  /** Room left in the send buffer. */
  sendFree() {
    return this.maySend() ? this.tx.free : 0;
  }
  /** Bytes ready for `recv`. */
  recvQueue() {
    return this.rx.length;
  }
  /** Nagle is off. */
  get nodelay() {
    return this.noDelay;
  }
  get keepalive() {
    return this.ka;
  }
  stats() {
    return {
      state: this.st,
      ...this.counters,
      cwnd: this.cwnd,
      ssthresh: this.ssthresh,
      srttNs: this.rtt.srtt,
      rtoNs: this.rtoCur,
      sendMss: this.smss(),
      sendWindow: this.sndWnd,
      sendQueue: this.tx.length,
      recvQueue: this.rx.length,
      sack: this.sackOk,
      timestamps: this.tsOk,
      windowScale: this.wsOk ? { send: this.sndWs, recv: this.rcvWs } : void 0
    };
  }
  /** Whether a segment from `ip.src` to `ip.dst` belongs to this socket. */
  accepts(ip, seg) {
    if (this.st === "CLOSED") return false;
    if (seg.dstPort !== this.localEp.port) return false;
    if (this.localEp.address !== 0 && ip.dst !== this.localEp.address) return false;
    if (this.st === "LISTEN") return true;
    return ip.src === this.remoteEp.address && seg.srcPort === this.remoteEp.port;
  }
  // ------------------------------------------------------------------------------------------
  // User calls
  /** Waits for a SYN on `local` (address 0: any of ours). */
  listen(local) {
    if (this.st !== "CLOSED") throw new Error(`Cannot listen: the socket is ${this.st}, not CLOSED`);
    if (local.port < 1 || local.port > 65535) throw new RangeError(`Cannot listen: port ${local.port} is outside 1..65535`);
    this.reset();
    this.listenEp = local;
    this.localEp = local;
    this.passive = true;
    this.st = "LISTEN";
  }
  /** Active open: SYN-SENT; `dispatch` sends the SYN. */
  connect(local, remote, iss, now) {
    if (this.st !== "CLOSED") throw new Error(`Cannot connect: the socket is ${this.st}, not CLOSED`);
    if (local.port < 1 || local.port > 65535 || remote.port < 1 || remote.port > 65535) {
      throw new RangeError(`Cannot connect: port ${local.port} -> ${remote.port} is outside 1..65535`);
    }
    this.reset();
    this.localEp = local;
    this.remoteEp = remote;
    this.passive = false;
    this.initSend(iss);
    this.lastRecvAt = now;
    this.st = "SYN-SENT";
  }
  /**
   * Queues up to `len` bytes of `data` from `offset`; returns how many the send buffer took
   * (0 when it is full or the send side is closed: see `maySend`).
   */
  send(data, offset = 0, len = data.length - offset) {
    if (!this.maySend()) return 0;
    const n = this.tx.append(data, offset, Math.max(0, Math.min(len, data.length - offset)));
    return n;
  }
  /** Moves up to `into.length` received bytes into `into`; returns how many. */
  recv(into, offset = 0, len = into.length - offset) {
    const before = this.windowBytes();
    const n = this.rx.read(into, offset, Math.max(0, Math.min(len, into.length - offset)));
    if (n > 0 && (this.st === "ESTABLISHED" || this.st === "FIN-WAIT-1" || this.st === "FIN-WAIT-2")) {
      const cur = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));
      const after = this.windowBytes();
      if (after > before && after >= 2 * cur && after - cur >= this.rcvSwsThreshold()) this.ackNow = true;
    }
    return n;
  }
  /** Discards up to `n` received bytes (for a flow whose reading side is shut down). */
  discard(n) {
    const k = Math.min(n, this.rx.length);
    if (k === 0) return 0;
    const before = this.windowBytes();
    this.rx.consume(k);
    if (this.st === "ESTABLISHED" || this.st === "FIN-WAIT-1" || this.st === "FIN-WAIT-2") {
      const cur = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));
      const after = this.windowBytes();
      if (after > before && after >= 2 * cur && after - cur >= this.rcvSwsThreshold()) this.ackNow = true;
    }
    return k;
  }
  /**
   * Closes the send side: a FIN follows the queued data (ESTABLISHED -> FIN-WAIT-1, CLOSE-WAIT
   * -> LAST-ACK). Receiving goes on. In LISTEN or SYN-SENT the socket just closes; in
   * SYN-RECEIVED the FIN waits for ESTABLISHED (RFC 9293 §3.10.4).
   */
  close() {
    switch (this.st) {
      case "LISTEN":
      case "SYN-SENT":
        this.st = "CLOSED";
        this.stopTimers();
        return;
      case "SYN-RECEIVED":
        this.closeWhenEstablished = true;
        return;
      case "ESTABLISHED":
        this.finQueued = true;
        this.st = "FIN-WAIT-1";
        return;
      case "CLOSE-WAIT":
        this.finQueued = true;
        this.st = "LAST-ACK";
        return;
      default:
        return;
    }
  }
  /** Same as `close`: TCP's half-close. */
  shutdown() {
    this.close();
  }
  /** Drops the connection: a RST in the synchronized states (sent by `dispatch`), then CLOSED. */
  abort() {
    switch (this.st) {
      case "SYN-RECEIVED":
      case "ESTABLISHED":
      case "FIN-WAIT-1":
      case "FIN-WAIT-2":
      case "CLOSE-WAIT":
        this.rstPending = { seq: this.sndMax, ack: this.rcvNxt };
        break;
      default:
        break;
    }
    this.st = "CLOSED";
    this.stopTimers();
  }
  setNoDelay(on) {
    this.noDelay = on;
  }
  setKeepalive(options) {
    this.ka = options;
    this.kaProbes = 0;
    this.kaDue = false;
  }
  // ------------------------------------------------------------------------------------------
  // Segment arrival (RFC 9293 §3.10.7)
  /**
   * Processes one segment addressed to this socket. Returns a segment to send at once (a RST,
   * a challenge ACK, an ACK for an unacceptable segment), or undefined; anything else (SYN-ACK,
   * ACKs, data) comes out of `dispatch`. `seg.payload` is only read during the call.
   */
  process(now, ip, seg) {
    this.counters.segmentsIn++;
    switch (this.st) {
      case "CLOSED":
        return rstReplyFor(seg);
      case "LISTEN":
        return this.processListen(now, ip, seg);
      case "SYN-SENT":
        return this.processSynSent(now, seg);
      default:
        return this.processSynchronized(now, seg);
    }
  }
  processListen(now, ip, seg) {
    if (seg.control === "rst") return void 0;
    if (seg.ack !== void 0) return rstReplyFor(seg);
    if (seg.control !== "syn") return void 0;
    this.localEp = { address: ip.dst, port: seg.dstPort };
    this.remoteEp = { address: ip.src, port: seg.srcPort };
    const iss = this.cfg.iss !== void 0 ? this.cfg.iss(this.localEp, this.remoteEp) : 0;
    this.initSend(iss);
    this.takeSynOptions(now, seg);
    this.synWindow = this.synWindowBytes();
    this.rcvAdvRight = seqAdd(this.rcvNxt, this.synWindow);
    this.lastAckSent = this.rcvNxt;
    this.lastRecvAt = now;
    this.st = "SYN-RECEIVED";
    return void 0;
  }
  processSynSent(now, seg) {
    const ack = seg.ack;
    if (ack !== void 0 && (seqLe(ack, this.iss) || seqGt(ack, this.sndMax))) {
      return seg.control === "rst" ? void 0 : this.rstSeg(ack, void 0);
    }
    if (seg.control === "rst") {
      if (ack !== void 0) this.fail("Refused");
      return void 0;
    }
    if (seg.control !== "syn") return void 0;
    this.takeSynOptions(now, seg);
    this.rcvAdvRight = seqAdd(this.rcvNxt, this.synWindow);
    this.lastAckSent = this.rcvNxt;
    this.lastRecvAt = now;
    if (ack !== void 0) {
      this.st = "ESTABLISHED";
      this.onNewAck(now, seg, ack, 0);
      this.sndWnd = seg.window;
      this.maxSndWnd = Math.max(this.maxSndWnd, this.sndWnd);
      this.sndWl1 = seg.seq;
      this.sndWl2 = ack;
      this.established();
      this.ackNow = true;
    } else {
      this.st = "SYN-RECEIVED";
      this.sndNxt = this.iss;
      this.rtoDeadline = void 0;
    }
    return void 0;
  }
  processSynchronized(now, seg) {
    const rst = seg.control === "rst";
    let syn = seg.control === "syn";
    let fin = seg.control === "fin";
    let seq = seg.seq;
    if (this.st === "SYN-RECEIVED" && syn) {
      if (seg.ack === void 0 && seq === this.irs && seg.payload.length === 0) {
        this.sndNxt = this.iss;
        return void 0;
      }
      if (seg.ack === this.sndMax && seqAdd(seq, 1) === this.rcvNxt && seg.payload.length === 0) {
        syn = false;
        seq = this.rcvNxt;
        if (this.sndNxt === this.iss) this.ackNow = true;
      }
    }
    const segLen = seg.payload.length + (syn || fin ? 1 : 0);
    const wnd = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));
    if (rst) {
      if (seq === this.rcvNxt) {
        this.onReset();
        return void 0;
      }
      if (seqInWindow(seq, this.rcvNxt, Math.max(wnd, 1))) return this.challengeAck(now);
      this.counters.outOfWindow++;
      return void 0;
    }
    const ts = seg.timestamp;
    if (this.tsOk && ts !== void 0 && tsLt(ts.tsVal, this.tsRecent) && now - this.tsRecentAt < TS_RECENT_VALID_NS) {
      this.counters.pawsDropped++;
      return this.ackReply(now);
    }
    let acceptable;
    if (segLen === 0) acceptable = wnd === 0 ? seq === this.rcvNxt : seqInWindow(seq, this.rcvNxt, wnd);
    else acceptable = wnd > 0 && (seqInWindow(seq, this.rcvNxt, wnd) || seqInWindow(seqAdd(seq, segLen - 1), this.rcvNxt, wnd));
    let ackOnly = false;
    if (!acceptable) {
      if (wnd === 0 && seq === this.rcvNxt && seg.ack !== void 0 && !syn) {
        ackOnly = true;
      } else {
        this.counters.outOfWindow++;
        if (this.st === "TIME-WAIT" && fin && seqAdd(seq, segLen) === this.rcvNxt) {
          this.timeWaitDeadline = now + this.cfg.timeWaitNs;
        }
        return syn ? this.challengeAck(now) : this.ackReply(now);
      }
    }
    this.lastRecvAt = now;
    this.kaProbes = 0;
    this.kaDue = false;
    if (this.tsOk && ts !== void 0 && !tsLt(ts.tsVal, this.tsRecent) && seqLe(seq, this.lastAckSent)) {
      this.tsRecent = ts.tsVal;
      this.tsRecentAt = now;
    }
    if (syn) return this.challengeAck(now);
    const ack = seg.ack;
    if (ack === void 0) return void 0;
    if (this.st === "SYN-RECEIVED") {
      if (!(seqGt(ack, this.sndUna) && seqLe(ack, this.sndMax))) return this.rstSeg(ack, void 0);
      this.st = "ESTABLISHED";
      this.onAck(now, seg, seq, ack);
      this.established();
    } else {
      const top = this.probeEnd !== void 0 && seqGt(this.probeEnd, this.sndMax) ? this.probeEnd : this.sndMax;
      if (seqGt(ack, top) || seqLt(ack, seqAdd(this.sndUna, -Math.max(this.maxSndWnd, 1)))) {
        return this.challengeAck(now);
      }
      this.onAck(now, seg, seq, ack);
    }
    if (this.st === "CLOSED") return void 0;
    if (ackOnly) return this.ackReply(now);
    this.receive(now, seq, seg.payload, fin);
    return void 0;
  }
  // Options of the peer's SYN or SYN-ACK, and the receive sequence space.
  takeSynOptions(now, seg) {
    this.irs = seg.seq;
    this.rcvNxt = seqAdd(seg.seq, 1);
    this.peerMss = seg.mss !== void 0 && seg.mss > 0 ? seg.mss : TCP_DEFAULT_PEER_MSS;
    this.wsOk = this.cfg.windowScaling && seg.windowScale !== void 0;
    this.sndWs = this.wsOk ? seg.windowScale : 0;
    this.rcvWs = this.wsOk ? this.ourWs : 0;
    this.sackOk = this.cfg.sack && seg.sackPermitted;
    this.tsOk = this.cfg.timestamps && seg.timestamp !== void 0;
    if (this.tsOk && seg.timestamp !== void 0) {
      this.tsRecent = seg.timestamp.tsVal;
      this.tsRecentAt = now;
    }
    this.sndWnd = seg.window;
    this.maxSndWnd = seg.window;
    this.sndWl1 = seg.seq;
    this.sndWl2 = seg.ack ?? this.iss;
  }
  initSend(iss) {
    this.iss = iss;
    this.sndUna = iss;
    this.sndNxt = iss;
    this.sndMax = iss;
    this.bufSeq = seqAdd(iss, 1);
    this.recover = iss;
    this.highRxt = iss;
  }
  established() {
    const smss = this.smss();
    this.cwnd = this.synRetransmitted ? smss : Math.min(10 * smss, Math.max(2 * smss, 14600));
    if (this.synRetransmitted) this.rtt.fallback(3n * SEC);
    this.rtoCur = this.rtt.rto;
    if (this.closeWhenEstablished) {
      this.closeWhenEstablished = false;
      this.close();
    }
  }
  // The ACK field (RFC 9293 §3.10.7.4, fifth), congestion control and window update.
  onAck(now, seg, seq, ack) {
    const flight = seqSub(this.sndNxt, this.sndUna);
    const newWnd = seg.window * 2 ** this.sndWs;
    let sackNew = false;
    this.persistUnanswered = 0;
    if (this.sackOk && seg.sackRanges.length > 0) sackNew = this.takeSack(seg.sackRanges);
    if (seqGt(ack, this.sndUna)) {
      this.onNewAck(now, seg, ack, flight);
    } else if (ack === this.sndUna && flight > 0 && seg.payload.length === 0 && seg.control !== "fin") {
      const dup = this.sackOk && seg.sackRanges.length > 0 ? sackNew : newWnd === this.sndWnd;
      if (dup) this.onDupAck();
    }
    if (seqGe(ack, this.sndUna) && (seqLt(this.sndWl1, seq) || this.sndWl1 === seq && seqLe(this.sndWl2, ack))) {
      if (this.sndWnd === 0 && newWnd > 0) this.persistBackoff = 0;
      this.sndWnd = newWnd;
      this.sndWl1 = seq;
      this.sndWl2 = ack;
      if (newWnd > this.maxSndWnd) this.maxSndWnd = newWnd;
    }
    if (this.sackOk && !this.inRecovery && flight > 0 && this.isLost(0) && seqGe(this.sndUna, this.recover) && this.st !== "SYN-RECEIVED") {
      this.enterRecovery();
    }
    if (this.finQueued && seqGt(this.sndUna, this.finSeq())) {
      switch (this.st) {
        case "FIN-WAIT-1":
          this.st = "FIN-WAIT-2";
          break;
        case "CLOSING":
          this.enterTimeWait(now);
          break;
        case "LAST-ACK":
          this.st = "CLOSED";
          this.stopTimers();
          break;
        default:
          break;
      }
    }
  }
  onNewAck(now, seg, ack, flightBefore) {
    const acked = seqSub(ack, this.sndUna);
    const dataAcked = Math.max(0, Math.min(seqSub(ack, this.bufSeq), this.tx.length));
    if (dataAcked > 0) {
      this.tx.consume(dataAcked);
      this.bufSeq = seqAdd(this.bufSeq, dataAcked);
    }
    this.sndUna = ack;
    if (seqLt(this.sndNxt, ack)) this.sndNxt = ack;
    if (seqLt(this.sndMax, ack)) this.sndMax = ack;
    if (this.probeEnd !== void 0 && seqGe(ack, this.probeEnd)) this.probeEnd = void 0;
    if (seqLt(this.highRxt, ack)) this.highRxt = ack;
    this.scoreboard.shift(acked);
    const ts = seg.timestamp;
    let sampled = false;
    if (this.tsOk && ts !== void 0 && ts.tsEcr !== 0) {
      const d = this.tsNow(now) - ts.tsEcr | 0;
      if (d >= 0) {
        this.rtt.sample(d * 1e6);
        sampled = true;
      }
      this.rttSeq = void 0;
    } else if (this.rttSeq !== void 0 && seqGe(ack, this.rttSeq)) {
      this.rtt.sample(Number(now - this.rttStart));
      this.rttSeq = void 0;
      sampled = true;
    }
    this.retries = 0;
    if (sampled) this.rtoCur = this.rtt.rto;
    this.persistUnanswered = 0;
    this.rtoDeadline = seqLt(this.sndUna, this.sndNxt) ? now + this.rtoCur : void 0;
    if (this.sndUna === this.sndMax) this.rexmitFirst = false;
    const smss = this.smss();
    if (this.inRecovery) {
      if (seqGe(ack, this.recover)) {
        this.inRecovery = false;
        this.dupAcks = 0;
        const flight = seqSub(this.sndNxt, this.sndUna);
        this.cwnd = this.sackOk ? this.ssthresh : Math.min(this.ssthresh, Math.max(flight, smss) + smss);
      } else if (!this.sackOk) {
        this.rexmitFirst = true;
        this.cwnd = Math.max(smss, this.cwnd - acked + (acked >= smss ? smss : 0));
      }
    } else {
      this.dupAcks = 0;
      if (dataAcked > 0 && 2 * flightBefore >= this.cwnd) {
        if (this.cwnd < this.ssthresh) {
          this.cwnd += Math.min(dataAcked, smss);
        } else {
          this.caAcked += dataAcked;
          if (this.caAcked >= this.cwnd) {
            this.caAcked -= this.cwnd;
            this.cwnd += smss;
          }
        }
      }
    }
  }
  onDupAck() {
    this.dupAcks++;
    this.counters.dupAcksIn++;
    if (this.inRecovery) {
      if (!this.sackOk) this.cwnd += this.smss();
      return;
    }
    if (this.dupAcks >= DUP_THRESH && seqGe(this.sndUna, this.recover)) this.enterRecovery();
  }
  enterRecovery() {
    const smss = this.smss();
    const flight = seqSub(this.sndNxt, this.sndUna);
    this.inRecovery = true;
    this.recover = this.sndMax;
    this.ssthresh = Math.max(Math.floor(flight / 2), 2 * smss);
    this.cwnd = this.sackOk ? this.ssthresh : this.ssthresh + 3 * smss;
    this.highRxt = this.sndUna;
    this.rexmitFirst = true;
    this.rttSeq = void 0;
    this.caAcked = 0;
    this.counters.fastRetransmits++;
  }
  // Adds received SACK blocks to the scoreboard; true if any of them told something new.
  takeSack(ranges) {
    const top = seqSub(this.sndMax, this.sndUna);
    let fresh = false;
    for (const [l, r] of ranges) {
      let s = seqSub(l, this.sndUna);
      let e = seqSub(r, this.sndUna);
      if (e <= s || e <= 0 || s >= top) continue;
      s = Math.max(0, s);
      e = Math.min(e, top);
      if (this.scoreboard.covers(s, e)) continue;
      if (this.scoreboard.add(s, e)) fresh = true;
    }
    return fresh;
  }
  /**
   * The offset (from SND.UNA) below which an un-SACKed byte counts as lost (RFC 6675 IsLost):
   * DupThresh SACKed ranges or more than (DupThresh - 1) * SMSS SACKed bytes above it. -1 if none.
   */
  lostEdge() {
    const sb = this.scoreboard;
    const limit = (DUP_THRESH - 1) * this.smss();
    let bytes = 0;
    for (let i = sb.count - 1; i >= 0; i--) {
      bytes += sb.end(i) - sb.start(i);
      if (sb.count - i >= DUP_THRESH || bytes > limit) return sb.start(i);
    }
    return -1;
  }
  isLost(off) {
    return off < this.lostEdge() && this.scoreboard.indexOf(off) < 0;
  }
  /** RFC 6675 SetPipe: bytes believed in the network. */
  pipe() {
    const sb = this.scoreboard;
    const high = seqSub(this.sndNxt, this.sndUna);
    const lost = this.lostEdge();
    const rxt = seqSub(this.highRxt, this.sndUna);
    let pipe2 = 0;
    let at2 = 0;
    for (let i = 0; i <= sb.count; i++) {
      const holeEnd = i < sb.count ? Math.min(sb.start(i), high) : high;
      if (holeEnd > at2) {
        const lostEnd = Math.min(holeEnd, Math.max(at2, lost));
        pipe2 += holeEnd - lostEnd;
        pipe2 += Math.max(0, Math.min(holeEnd, rxt) - at2);
      }
      if (i < sb.count) at2 = Math.max(at2, sb.end(i));
      if (at2 >= high) break;
    }
    return pipe2;
  }
  onReset() {
    switch (this.st) {
      case "SYN-RECEIVED":
        if (this.passive) {
          this.backToListen();
          return;
        }
        this.fail("Refused");
        return;
      case "ESTABLISHED":
      case "FIN-WAIT-1":
      case "FIN-WAIT-2":
      case "CLOSE-WAIT":
        this.fail("Reset");
        return;
      default:
        this.st = "CLOSED";
        this.stopTimers();
        return;
    }
  }
  backToListen() {
    const ep = this.listenEp;
    this.reset();
    this.listenEp = ep;
    this.localEp = ep;
    this.passive = true;
    this.st = "LISTEN";
  }
  // Segment text and FIN. `seq` may lie before RCV.NXT; the segment is acceptable.
  receive(now, seq, payload, fin) {
    const receiving = this.st === "ESTABLISHED" || this.st === "FIN-WAIT-1" || this.st === "FIN-WAIT-2";
    const finSeq = seqAdd(seq, payload.length);
    let start2 = 0;
    const before = seqSub(this.rcvNxt, seq);
    if (before > 0) {
      start2 = Math.min(before, payload.length);
      if (before > payload.length) fin = false;
    }
    const off = Math.max(0, seqSub(seq, this.rcvNxt));
    const wnd = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));
    let end = payload.length;
    if (off + (end - start2) > wnd) {
      end = start2 + Math.max(0, wnd - off);
      fin = false;
    }
    let n = end - start2;
    let immediate = false;
    if (n > 0 && receiving) {
      const written = this.rx.writeAt(this.rx.length + off, payload, start2, n);
      if (written < n) fin = false;
      n = written;
      if (off === 0) {
        const hadHoles = !this.ooo.isEmpty;
        this.ooo.add(0, n);
        const k = this.ooo.popFront();
        this.rx.commit(k);
        this.rcvNxt = seqAdd(this.rcvNxt, k);
        this.counters.bytesIn += k;
        this.unackedBytes += k;
        if (n > this.rcvMssSeen) this.rcvMssSeen = Math.min(n, this.cfg.mss);
        if (hadHoles) immediate = true;
      } else {
        if (this.ooo.add(off, off + n)) {
          this.counters.outOfOrderSegments++;
          this.noteSackArrival(seqAdd(this.rcvNxt, off));
        } else {
          this.counters.outOfOrderDropped++;
          fin = false;
        }
        immediate = true;
      }
    } else if (payload.length > 0 && receiving) {
      immediate = true;
    }
    if (fin && receiving) {
      if (finSeq === this.rcvNxt) {
        this.takeFin(now);
      } else if (seqGt(finSeq, this.rcvNxt)) {
        this.rcvFinSeq = finSeq;
        immediate = true;
      }
    }
    if (this.rcvFinSeq !== void 0 && this.rcvFinSeq === this.rcvNxt && this.st !== "TIME-WAIT" && receiving) this.takeFin(now);
    if (n > 0 || immediate) {
      const full = Math.max(1, this.rcvMssSeen);
      if (immediate || this.cfg.ackDelayNs <= 0n || this.unackedBytes >= 2 * full) {
        this.ackNow = true;
      } else if (this.ackDeadline === void 0) {
        this.ackDeadline = now + this.cfg.ackDelayNs;
      }
    }
  }
  takeFin(now) {
    this.rcvNxt = seqAdd(this.rcvNxt, 1);
    this.rcvAdvRight = seqAdd(this.rcvAdvRight, 1);
    this.finReceived = true;
    this.rcvFinSeq = void 0;
    this.ooo.clear();
    this.ackNow = true;
    switch (this.st) {
      case "ESTABLISHED":
        this.st = "CLOSE-WAIT";
        break;
      case "FIN-WAIT-1":
        if (this.finQueued && seqGt(this.sndUna, this.finSeq())) this.enterTimeWait(now);
        else this.st = "CLOSING";
        break;
      case "FIN-WAIT-2":
        this.enterTimeWait(now);
        break;
      default:
        break;
    }
  }
  enterTimeWait(now) {
    this.st = "TIME-WAIT";
    this.rtoDeadline = void 0;
    this.persistDeadline = void 0;
    this.probeDue = false;
    this.overrideDue = false;
    this.kaDue = false;
    this.timeWaitDeadline = now + this.cfg.timeWaitNs;
  }
  noteSackArrival(s) {
    const r = this.sackRecent;
    const i = r.indexOf(s);
    if (i >= 0) r.splice(i, 1);
    r.unshift(s);
    if (r.length > 4) r.length = 4;
  }
  fail(e) {
    this.err = e;
    this.st = "CLOSED";
    this.stopTimers();
  }
  stopTimers() {
    this.rtoDeadline = void 0;
    this.ackDeadline = void 0;
    this.ackNow = false;
    this.persistDeadline = void 0;
    this.probeDue = false;
    this.overrideDue = false;
    this.kaDue = false;
    this.timeWaitDeadline = void 0;
  }
  // Forgets the connection (for listen/connect and a passive SYN-RECEIVED reset to LISTEN).
  reset() {
    this.err = void 0;
    this.localEp = UNSPECIFIED;
    this.remoteEp = UNSPECIFIED;
    this.sndWnd = 0;
    this.maxSndWnd = 0;
    this.finQueued = false;
    this.closeWhenEstablished = false;
    this.tx.clear();
    this.rx.clear();
    this.ooo.clear();
    this.scoreboard.clear();
    this.sackRecent = [];
    this.rcvFinSeq = void 0;
    this.finReceived = false;
    this.peerMss = TCP_DEFAULT_PEER_MSS;
    this.sndWs = 0;
    this.rcvWs = 0;
    this.wsOk = false;
    this.sackOk = false;
    this.tsOk = false;
    this.tsRecent = 0;
    this.unackedBytes = 0;
    this.rcvMssSeen = 0;
    this.retries = 0;
    this.rttSeq = void 0;
    this.synRetransmitted = false;
    this.cwnd = 0;
    this.ssthresh = 2147483647;
    this.caAcked = 0;
    this.dupAcks = 0;
    this.inRecovery = false;
    this.rexmitFirst = false;
    this.persistBackoff = 0;
    this.persistUnanswered = 0;
    this.kaProbes = 0;
    this.rstPending = void 0;
    this.probeEnd = void 0;
    this.rtoCur = this.rtt.rto;
    this.stopTimers();
  }
  challengeAck(now) {
    if (now - this.chWindowStart >= SEC) {
      this.chWindowStart = now;
      this.chCount = 0;
    }
    if (this.cfg.challengeAckLimit > 0 && this.chCount >= this.cfg.challengeAckLimit) {
      this.counters.challengeAcksSuppressed++;
      return void 0;
    }
    this.chCount++;
    this.counters.challengeAcks++;
    return this.ackReply(now);
  }
  // Pure ACKs carry SND.MAX, not SND.NXT: after a timeout rewinds SND.NXT, a sequence number
  // below the peer's RCV.NXT would make it drop the ACK as unacceptable (as BSD does).
  ackReply(now) {
    this.counters.segmentsOut++;
    return this.mk(now, "none", this.sndMax, EMPTY);
  }
  rstSeg(seq, ack) {
    this.counters.segmentsOut++;
    return {
      srcPort: this.localEp.port,
      dstPort: this.remoteEp.port,
      control: "rst",
      seq,
      ack,
      window: 0,
      sackPermitted: false,
      sackRanges: NO_SACK2,
      payload: EMPTY
    };
  }
  // ------------------------------------------------------------------------------------------
  // Timers and output
  /**
   * When `dispatch` should run next: `now` (or earlier) if something is due already, a future
   * deadline, or undefined when the socket waits only for segments or user calls.
   */
  pollAt(now) {
    if (this.decide() !== 0 /* None */) return now;
    let t;
    const take = (d) => {
      if (d !== void 0 && (t === void 0 || d < t)) t = d;
    };
    take(this.rtoDeadline);
    take(this.ackDeadline);
    take(this.persistDeadline);
    take(this.timeWaitDeadline);
    take(this.keepaliveDeadline());
    if (this.persistDeadline === void 0 && this.persistBlocked() && !this.probeDue && !this.overrideDue) take(now);
    return t;
  }
  /** Runs the timers due at `now` and emits every segment due now. `emit` must use `seg` at once. */
  dispatch(now, emit) {
    this.runTimers(now);
    for (let guard = 0; guard < 1e5; guard++) {
      const k = this.decide();
      if (k === 0 /* None */) break;
      emit(this.build(now, k));
    }
    this.updatePersist(now);
  }
  runTimers(now) {
    if (this.timeWaitDeadline !== void 0 && now >= this.timeWaitDeadline) {
      this.st = "CLOSED";
      this.stopTimers();
      return;
    }
    if (this.ackDeadline !== void 0 && now >= this.ackDeadline) {
      this.ackDeadline = void 0;
      this.ackNow = true;
    }
    if (this.rtoDeadline !== void 0 && now >= this.rtoDeadline) {
      this.rtoDeadline = void 0;
      this.onRto();
      if (this.st === "CLOSED") return;
    }
    if (this.persistDeadline !== void 0 && now >= this.persistDeadline) {
      this.persistDeadline = void 0;
      if (this.persistUnanswered >= this.cfg.retries) {
        this.counters.timeouts++;
        this.abortWith("Timeout");
        return;
      }
      if (seqSub(seqAdd(this.sndUna, this.sndWnd), this.sndNxt) > 0) this.overrideDue = true;
      else this.probeDue = true;
    }
    const kd = this.keepaliveDeadline();
    if (kd !== void 0 && now >= kd && this.ka !== void 0) {
      if (this.kaProbes >= this.ka.probes) {
        this.counters.timeouts++;
        this.abortWith("Timeout");
        return;
      }
      this.kaDue = true;
    }
  }
  abortWith(e) {
    this.rstPending = { seq: this.sndMax, ack: this.rcvNxt };
    this.fail(e);
  }
  onRto() {
    this.retries++;
    this.counters.timeouts++;
    const limit = this.st === "SYN-SENT" ? this.cfg.synRetries : this.st === "SYN-RECEIVED" ? this.cfg.synAckRetries : this.cfg.retries;
    if (this.retries > limit) {
      this.fail("Timeout");
      return;
    }
    this.rtoCur = this.rtoCur * 2n > this.cfg.maxRtoNs ? this.cfg.maxRtoNs : this.rtoCur * 2n;
    this.rttSeq = void 0;
    if (this.st === "SYN-SENT" || this.st === "SYN-RECEIVED") {
      this.sndNxt = this.iss;
      this.synRetransmitted = true;
      return;
    }
    const smss = this.smss();
    const flight = seqSub(this.sndNxt, this.sndUna);
    if (this.retries === 1) this.ssthresh = Math.max(Math.floor(flight / 2), 2 * smss);
    this.cwnd = smss;
    this.caAcked = 0;
    this.recover = this.sndMax;
    this.inRecovery = false;
    this.rexmitFirst = false;
    this.dupAcks = 0;
    this.scoreboard.clear();
    this.sndNxt = this.sndUna;
  }
  keepaliveDeadline() {
    const ka = this.ka;
    if (ka === void 0 || this.kaDue) return void 0;
    if (this.st !== "ESTABLISHED" && this.st !== "CLOSE-WAIT" && this.st !== "FIN-WAIT-2") return void 0;
    if (this.sndNxt !== this.sndUna || this.tx.length > 0) return void 0;
    return this.kaProbes === 0 ? this.lastRecvAt + ka.afterNs : this.kaLastProbeAt + ka.intervalNs;
  }
  // Data waits, nothing is in flight and no timer runs: only the persist timer can move it.
  persistBlocked() {
    return SYNCHRONIZED_SENDERS.has(this.st) && seqSub(this.dataEnd(), this.sndNxt) > 0 && this.sndNxt === this.sndUna && this.rtoDeadline === void 0;
  }
  updatePersist(now) {
    if (!this.persistBlocked()) {
      this.persistDeadline = void 0;
      this.probeDue = false;
      this.overrideDue = false;
      return;
    }
    if (this.persistDeadline === void 0 && !this.probeDue && !this.overrideDue) {
      const shift = BigInt(Math.min(this.persistBackoff, 30));
      const d = this.rtoCur << shift;
      this.persistDeadline = now + (d > this.cfg.maxRtoNs ? this.cfg.maxRtoNs : d);
    }
  }
  dataEnd() {
    return seqAdd(this.bufSeq, this.tx.length);
  }
  finSeq() {
    return this.dataEnd();
  }
  /** The effective send MSS: the smaller MSS of both sides, less the timestamp option. */
  smss() {
    return Math.max(1, Math.min(this.peerMss, this.cfg.mss) - (this.tsOk ? TS_OPTION_LEN : 0));
  }
  /** Bytes the SACK option of our next ACK takes. */
  sackOptionLen() {
    if (!this.sackOk || this.ooo.isEmpty) return 0;
    return 4 + 8 * Math.min(this.ooo.count, this.tsOk ? 3 : 4);
  }
  // Chooses the next segment to send, without changing anything: the kind, and in dSeq, dLen,
  // dFin its sequence number, payload length and whether it carries FIN.
  decide() {
    if (this.rstPending !== void 0) return 1 /* Rst */;
    switch (this.st) {
      case "CLOSED":
      case "LISTEN":
        return 0 /* None */;
      case "SYN-SENT":
        return this.sndNxt === this.iss ? 2 /* Syn */ : 0 /* None */;
      case "SYN-RECEIVED":
        if (this.sndNxt === this.iss) return 3 /* SynAck */;
        return this.ackNow ? 8 /* Ack */ : 0 /* None */;
      case "FIN-WAIT-2":
      case "TIME-WAIT":
        if (this.kaDue && this.st === "FIN-WAIT-2") return 7 /* Keepalive */;
        return this.ackNow ? 8 /* Ack */ : 0 /* None */;
      default:
        break;
    }
    const smss = this.smss();
    const mss = Math.max(1, smss - this.sackOptionLen());
    const dataEnd = this.dataEnd();
    const finSeq = dataEnd;
    const finSent = this.finQueued && seqGt(this.sndMax, finSeq);
    if (this.rexmitFirst) {
      this.dSeq = this.sndUna;
      const limit = seqSub(seqMin(this.sndMax, dataEnd), this.sndUna);
      this.dLen = Math.max(0, Math.min(mss, limit));
      this.dFin = finSent && seqAdd(this.sndUna, this.dLen) === finSeq;
      if (this.dLen > 0 || this.dFin) return 4 /* Data */;
    }
    const flight = seqSub(this.sndNxt, this.sndUna);
    const unsent = seqSub(dataEnd, this.sndNxt);
    const wndAvail = seqSub(seqAdd(this.sndUna, this.sndWnd), this.sndNxt);
    if (this.inRecovery && this.sackOk) {
      if (this.cwnd - this.pipe() >= smss && this.nextSeg(mss, unsent, wndAvail, finSent, finSeq)) return 4 /* Data */;
    } else if (unsent > 0) {
      const limited = !this.inRecovery && this.dupAcks > 0 && this.dupAcks < DUP_THRESH ? this.dupAcks * smss : 0;
      const cwndAvail = this.cwnd + limited - flight;
      const len = Math.min(unsent, mss, wndAvail, cwndAvail);
      if (len > 0 && this.swsAllows(len, unsent, flight, mss)) {
        this.dSeq = this.sndNxt;
        this.dLen = len;
        this.dFin = this.finQueued && len === unsent;
        return 4 /* Data */;
      }
    } else if (this.finQueued && this.sndNxt === finSeq) {
      this.dSeq = finSeq;
      this.dLen = 0;
      this.dFin = true;
      return 5 /* Fin */;
    }
    if (this.probeDue && unsent > 0) {
      this.dSeq = this.sndNxt;
      this.dLen = 1;
      this.dFin = false;
      return 6 /* Probe */;
    }
    if (this.kaDue) return 7 /* Keepalive */;
    return this.ackNow ? 8 /* Ack */ : 0 /* None */;
  }
  // RFC 6675 NextSeg() rules (1)-(3) (no rescue retransmission).
  nextSeg(mss, unsent, wndAvail, finSent, finSeq) {
    const sb = this.scoreboard;
    const highSacked = sb.isEmpty ? 0 : sb.end(sb.count - 1);
    const from = Math.max(0, seqSub(this.highRxt, this.sndUna));
    const lost = this.lostEdge();
    let holeStart = -1;
    let holeEnd = -1;
    let at2 = from;
    for (let i = 0; i < sb.count; i++) {
      if (sb.end(i) <= at2) continue;
      if (sb.start(i) > at2) {
        holeStart = at2;
        holeEnd = sb.start(i);
        break;
      }
      at2 = sb.end(i);
    }
    if (holeStart >= 0 && holeStart < highSacked && holeStart < lost) {
      return this.pickRetransmit(holeStart, Math.min(holeEnd, lost), mss, finSent, finSeq);
    }
    if (unsent > 0) {
      const len = Math.min(unsent, mss, wndAvail);
      const flight = seqSub(this.sndNxt, this.sndUna);
      if (len > 0 && this.swsAllows(len, unsent, flight, mss)) {
        this.dSeq = this.sndNxt;
        this.dLen = len;
        this.dFin = this.finQueued && len === unsent;
        return true;
      }
    } else if (this.finQueued && this.sndNxt === finSeq) {
      this.dSeq = finSeq;
      this.dLen = 0;
      this.dFin = true;
      return true;
    }
    if (holeStart >= 0 && holeStart < highSacked) return this.pickRetransmit(holeStart, holeEnd, mss, finSent, finSeq);
    return false;
  }
  pickRetransmit(start2, end, mss, finSent, finSeq) {
    this.dSeq = seqAdd(this.sndUna, start2);
    const toData = seqSub(finSeq, this.dSeq);
    this.dLen = Math.max(0, Math.min(mss, end - start2, toData));
    this.dFin = finSent && this.dLen === toData && end - start2 > toData;
    return this.dLen > 0 || this.dFin;
  }
  // Sender silly-window avoidance and Nagle (RFC 9293 §3.8.6.2.1, §3.7.4).
  swsAllows(len, unsent, flight, mss) {
    if (len >= mss || this.overrideDue) return true;
    const idle = flight === 0 || this.noDelay;
    if (len === unsent) return idle || this.finQueued;
    return idle && len >= this.maxSndWnd / 2;
  }
  // Builds the segment `decide` chose and updates the state as if it was sent.
  build(now, k) {
    this.counters.segmentsOut++;
    switch (k) {
      case 1 /* Rst */: {
        const r = this.rstPending;
        this.rstPending = void 0;
        return {
          srcPort: this.localEp.port,
          dstPort: this.remoteEp.port,
          control: "rst",
          seq: r.seq,
          ack: r.ack,
          window: 0,
          sackPermitted: false,
          sackRanges: NO_SACK2,
          payload: EMPTY
        };
      }
      case 2 /* Syn */:
      case 3 /* SynAck */: {
        if (seqGe(this.sndMax, seqAdd(this.iss, 1))) {
          this.counters.retransmittedSegments++;
          this.rttSeq = void 0;
        } else {
          this.rttSeq = seqAdd(this.iss, 1);
          this.rttStart = now;
        }
        this.sndNxt = seqAdd(this.iss, 1);
        this.sndMax = seqMax(this.sndMax, this.sndNxt);
        if (this.rtoDeadline === void 0) this.rtoDeadline = now + this.rtoCur;
        const active = k === 2 /* Syn */;
        if (active) this.synWindow = this.synWindowBytes();
        return {
          srcPort: this.localEp.port,
          dstPort: this.remoteEp.port,
          control: "syn",
          seq: this.iss,
          ack: active ? void 0 : this.markAcked(),
          window: this.synWindow,
          mss: this.cfg.mss,
          windowScale: (active ? this.cfg.windowScaling : this.wsOk) ? this.ourWs : void 0,
          sackPermitted: active ? this.cfg.sack : this.sackOk,
          sackRanges: NO_SACK2,
          timestamp: (active ? this.cfg.timestamps : this.tsOk) ? { tsVal: this.tsNow(now), tsEcr: active ? 0 : this.tsRecent } : void 0,
          payload: EMPTY
        };
      }
      case 4 /* Data */:
      case 5 /* Fin */: {
        const seq = this.dSeq;
        const len = this.dLen;
        const fin = this.dFin;
        const end = seqAdd(seq, len + (fin ? 1 : 0));
        const payload = len > 0 ? this.payloadAt(seq, len) : EMPTY;
        const rexmit = seqLt(seq, this.sndMax);
        if (rexmit) {
          this.counters.retransmittedSegments++;
          if (this.rttSeq !== void 0 && seqLt(seq, this.rttSeq)) this.rttSeq = void 0;
        } else {
          this.counters.bytesOut += len;
          if (this.rttSeq === void 0 && !this.tsOk && len > 0) {
            this.rttSeq = end;
            this.rttStart = now;
          }
        }
        if (this.rexmitFirst && seq === this.sndUna) {
          this.rexmitFirst = false;
          if (seqGt(end, this.highRxt)) this.highRxt = end;
        } else if (this.inRecovery && this.sackOk && seqLt(seq, this.sndNxt)) {
          if (seqGt(end, this.highRxt)) this.highRxt = end;
        } else {
          if (seqGt(end, this.sndNxt)) this.sndNxt = end;
        }
        this.sndMax = seqMax(this.sndMax, this.sndNxt);
        this.overrideDue = false;
        if (this.rtoDeadline === void 0) this.rtoDeadline = now + this.rtoCur;
        const control = fin ? "fin" : len > 0 && seqAdd(seq, len) === this.dataEnd() ? "psh" : "none";
        return this.mk(now, control, seq, payload);
      }
      case 6 /* Probe */: {
        this.probeDue = false;
        this.counters.zeroWindowProbes++;
        this.persistUnanswered++;
        this.persistBackoff++;
        const seq = this.dSeq;
        this.probeEnd = seqAdd(seq, 1);
        const payload = this.payloadAt(seq, 1);
        return this.mk(now, "none", seq, payload);
      }
      case 7 /* Keepalive */: {
        this.kaDue = false;
        this.kaProbes++;
        this.kaLastProbeAt = now;
        this.counters.keepaliveProbes++;
        return this.mk(now, "none", seqAdd(this.sndNxt, -1), EMPTY);
      }
      case 8 /* Ack */:
      default:
        return this.mk(now, "none", this.sndMax, EMPTY);
    }
  }
  payloadAt(seq, len) {
    const at2 = seqSub(seq, this.bufSeq);
    if (this.scratch === void 0 || this.scratch.length < len) this.scratch = new Uint8Array(Math.max(len, 2048));
    return this.tx.peek(at2, len, this.scratch);
  }
  // An ACK-carrying segment from the current state; notes what it acknowledged and advertised.
  mk(now, control, seq, payload) {
    const raw = this.windowRaw();
    const ts = this.tsOk ? { tsVal: this.tsNow(now), tsEcr: this.tsRecent } : void 0;
    const sackRanges = this.sackOk ? this.sackBlocks(ts !== void 0 ? 3 : 4) : NO_SACK2;
    const ack = this.markAcked();
    this.rcvAdvRight = seqAdd(this.rcvNxt, raw * 2 ** this.rcvWs);
    return {
      srcPort: this.localEp.port,
      dstPort: this.remoteEp.port,
      control,
      seq,
      ack,
      window: raw,
      sackPermitted: false,
      sackRanges,
      timestamp: ts,
      payload
    };
  }
  markAcked() {
    this.lastAckSent = this.rcvNxt;
    this.ackNow = false;
    this.ackDeadline = void 0;
    this.unackedBytes = 0;
    return this.rcvNxt;
  }
  tsNow(now) {
    return Number(now / MS) + this.cfg.tsOffset >>> 0;
  }
  synWindowBytes() {
    return Math.min(this.rx.capacity, 65535);
  }
  rcvSwsThreshold() {
    return Math.max(1, Math.min(Math.floor(this.rx.capacity / 2), this.cfg.mss));
  }
  /**
   * The window we would advertise now, in bytes: the free receive buffer rounded down to the
   * scale unit, except that (receiver SWS avoidance) the right edge moves only by at least
   * min(buffer / 2, MSS), and that it never moves left (RFC 9293 §3.8.6.2.2, RFC 7323 §2.4).
   */
  windowBytes() {
    return this.windowRaw() * 2 ** this.rcvWs;
  }
  windowRaw() {
    const unit = 2 ** this.rcvWs;
    const free = Math.max(0, this.rx.capacity - this.rx.length);
    const cur = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));
    let w = Math.floor(Math.min(free, 65535 * unit) / unit) * unit;
    if (w > cur && free - cur < this.rcvSwsThreshold()) w = cur;
    let raw;
    if (w < cur) {
      const phys = Math.max(0, this.rx.physical - this.rx.length);
      raw = Math.min(Math.ceil(cur / unit), Math.floor(phys / unit));
    } else {
      raw = Math.ceil(w / unit);
    }
    return Math.min(raw, 65535);
  }
  // SACK blocks for our next ACK (RFC 2018 §4): the block holding the latest out-of-order
  // arrival first, then the other recent ones, then the rest in sequence order.
  sackBlocks(max) {
    const ooo = this.ooo;
    if (ooo.isEmpty) return NO_SACK2;
    const out = [];
    const used = [];
    for (const s of this.sackRecent) {
      if (out.length >= max) break;
      const i = ooo.indexOf(seqSub(s, this.rcvNxt));
      if (i < 0 || used.includes(i)) continue;
      used.push(i);
      out.push([seqAdd(this.rcvNxt, ooo.start(i)), seqAdd(this.rcvNxt, ooo.end(i))]);
    }
    for (let i = 0; i < ooo.count && out.length < max; i++) {
      if (used.includes(i)) continue;
      out.push([seqAdd(this.rcvNxt, ooo.start(i)), seqAdd(this.rcvNxt, ooo.end(i))]);
    }
    return out;
  }
};

// ../../../node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/_u64.js
var fromNumH = (n) => n / 2 ** 32 | 0;
var fromNumL = (n) => n >>> 0;
function setU64FromNum(view, byteOffset, n, isLE2) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE2 ? l : h, isLE2);
  view.setUint32(byteOffset + 4, isLE2 ? h : l, isLE2);
}

// ../../../node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/utils.js
function isBytes2(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
var atitle2 = (title) => title ? `"${title}" ` : "";
function anumber2(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle2(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle2(title) + "expected integer >= 0, got " + n);
  return n;
}
function abytes2(value, length, title = "") {
  if (isBytes2(value) && (length === void 0 || value.length === length))
    return value;
  if (length !== void 0)
    anumber2(length, "length");
  const bytes = isBytes2(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle2(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
}
var aobject2 = (value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
};
var aopts = (value, label) => {
  aobject2(value, label);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
};
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes2(out, void 0, "output");
  const min2 = instance.outputLen;
  if (!(out.length >= min2)) {
    throw new RangeError('"output" expected length >= ' + min2);
  }
}
function clean2(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
function checkOpts2(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged;
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts2({}, info, "info");
  const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info);
  return Object.freeze(hashC);
}
var oidNist = (suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
});

// ../../../node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD = class {
  constructor(blockLen, outputLen, padOffset, isLE2) {
    __publicField(this, "blockLen");
    __publicField(this, "outputLen");
    __publicField(this, "canXOF", false);
    __publicField(this, "padOffset");
    __publicField(this, "isLE");
    // For partial updates less than block size
    __publicField(this, "buffer");
    __publicField(this, "view");
    __publicField(this, "finished", false);
    __publicField(this, "length", 0);
    __publicField(this, "pos", 0);
    __publicField(this, "destroyed", false);
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE2;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    abytes2(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    let processed = false;
    for (let pos = 0; pos < len; ) {
      const take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        const dataView2 = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView2, pos);
        processed = true;
        continue;
      }
      buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
      this.pos += take;
      pos += take;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
        processed = true;
      }
    }
    this.length += data.length;
    if (processed)
      this.roundClean();
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE: isLE2 } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    buffer.fill(0, pos);
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      buffer.fill(0);
    }
    setU64FromNum(view, blockLen - 8, this.length * 8, isLE2);
    this.process(view, 0);
    this.roundClean();
    const oview = out === buffer ? view : createView(out);
    const len = this.outputLen;
    const outLen = len / 4;
    const state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE2);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneIntoMeta(to) {
    const { buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (pos)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
};
var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);

// ../../../node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
var SHA2_32B = class extends HashMD {
  constructor(outputLen, IV) {
    super(64, outputLen, 8, false);
    // We cannot use array here since array allows indexing by variable
    // which means optimizer/compiler cannot use registers.
    // Numeric initializers matter: starting the fields as `undefined` changes
    // V8's field representation and makes sha256 3x slower (measured).
    __publicField(this, "A", 0);
    __publicField(this, "B", 0);
    __publicField(this, "C", 0);
    __publicField(this, "D", 0);
    __publicField(this, "E", 0);
    __publicField(this, "F", 0);
    __publicField(this, "G", 0);
    __publicField(this, "H", 0);
    this.A = IV[0] | 0;
    this.B = IV[1] | 0;
    this.C = IV[2] | 0;
    this.D = IV[3] | 0;
    this.E = IV[4] | 0;
    this.F = IV[5] | 0;
    this.G = IV[6] | 0;
    this.H = IV[7] | 0;
  }
  get() {
    const { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C, D, E, F, G, H) {
    this.A = A | 0;
    this.B = B | 0;
    this.C = C | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F | 0;
    this.G = G | 0;
    this.H = H | 0;
  }
  _cloneInto(to) {
    (to || (to = new this.constructor())).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 64; i++) {
      const W15 = SHA256_W[i - 15];
      const W2 = SHA256_W[i - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B, C, D, E, F, G, H } = this;
    for (let i = 0; i < 64; i++) {
      const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
      const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
      const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
      const T2 = sigma0 + Maj(A, B, C) | 0;
      H = G;
      G = F;
      F = E;
      E = D + T1 | 0;
      D = C;
      C = B;
      B = A;
      A = T1 + T2 | 0;
    }
    A = A + this.A | 0;
    B = B + this.B | 0;
    C = C + this.C | 0;
    D = D + this.D | 0;
    E = E + this.E | 0;
    F = F + this.F | 0;
    G = G + this.G | 0;
    H = H + this.H | 0;
    this.set(A, B, C, D, E, F, G, H);
  }
  roundClean() {
    clean2(SHA256_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean2(this.buffer);
  }
};
var _SHA256 = class extends SHA2_32B {
  constructor() {
    super(32, SHA256_IV);
  }
};
var sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);

// ../../../packages/mirage-clock/src/index.ts
var cancellation = () => {
  let aborted = false;
  const listeners = /* @__PURE__ */ new Set();
  const signal = {
    get aborted() {
      return aborted;
    },
    addEventListener(_type, listener) {
      if (!aborted) listeners.add(listener);
    },
    removeEventListener(_type, listener) {
      listeners.delete(listener);
    }
  };
  return {
    signal,
    cancel() {
      if (aborted) return;
      aborted = true;
      const fns = [...listeners];
      listeners.clear();
      for (const f of fns) f();
    }
  };
};

// ../../../packages/tcpip/src/context.ts
var silent = { debug() {
}, info() {
}, warn() {
}, error() {
} };
var loggerOf = (ctx, source) => ctx.logger === void 0 ? silent : ctx.logger(source);
var randomBelow = (random, n) => {
  const b = random.generate(4);
  const v = ((b[0] ?? 0) << 24 | (b[1] ?? 0) << 16 | (b[2] ?? 0) << 8 | (b[3] ?? 0)) >>> 0;
  return v % n;
};
var deadlineTimer = (clock, onFire) => {
  let armedAt;
  let token;
  let stopped = false;
  const arm = (deadline) => {
    if (stopped || deadline === void 0) return;
    if (armedAt !== void 0 && armedAt <= deadline) return;
    token?.cancel();
    const t = cancellation();
    token = t;
    armedAt = deadline;
    void clock.sleep.sleepNs(deadline - clock.mclock.elapsedNs(), t.signal).then(() => {
      if (t.signal.aborted || stopped) return;
      token = void 0;
      armedAt = void 0;
      arm(onFire(clock.mclock.elapsedNs()));
    });
  };
  return {
    arm,
    stop() {
      stopped = true;
      armedAt = void 0;
      token?.cancel();
      token = void 0;
    },
    armed: () => armedAt
  };
};

// ../../../packages/tcpip/src/tcp/layer.ts
var PROTO_TCP2 = 6;
var SEC2 = 1000000000n;
var EPHEMERAL_LOW = 49152;
var EPHEMERAL_COUNT = 65536 - EPHEMERAL_LOW;
var READ_CHUNK = 64 * 1024;
var connectError = (tag, message) => ({ _tag: tag, message });
var showEp = (e) => `${e.address >>> 24 & 255}.${e.address >>> 16 & 255}.${e.address >>> 8 & 255}.${e.address & 255}:${e.port}`;
var tcpLayer = (ip, ctx, options = {}) => {
  const log2 = loggerOf(ctx, "tcpip.tcp");
  const mss = Math.max(64, Math.min(65495, ip.mtu - 40));
  const socketDefaults = { mss, ...options.socket };
  const defaultBacklog = options.backlog ?? 128;
  const finWait2Timeout = options.finWait2TimeoutNs ?? 60n * SEC2;
  const secret = ctx.random.generate(32);
  let ephemeralCursor = randomBelow(ctx.random, EPHEMERAL_COUNT);
  let closed = false;
  const table = /* @__PURE__ */ new Map();
  const listeners = /* @__PURE__ */ new Map();
  let connCount = 0;
  const counters = {
    segmentsIn: 0,
    segmentsOut: 0,
    badChecksum: 0,
    malformed: 0,
    resetsSent: 0,
    dropped: 0,
    activeOpens: 0,
    passiveOpens: 0,
    halfOpenEvicted: 0,
    synDropped: 0,
    ipWriteErrors: 0,
    retransmittedSegments: 0
  };
  const now = () => ctx.mclock.elapsedNs();
  const tupleHash = (local, remote) => {
    const b = new Uint8Array(secret.length + 12);
    b.set(secret, 0);
    const dv = new DataView(b.buffer);
    dv.setUint32(secret.length, local.address);
    dv.setUint32(secret.length + 4, remote.address);
    dv.setUint16(secret.length + 8, local.port);
    dv.setUint16(secret.length + 10, remote.port);
    const digest = sha256(b);
    const h = new DataView(digest.buffer, digest.byteOffset, digest.byteLength);
    const m = Number(now() / 4000n & 0xffffffffn);
    return { iss: seqNumber(h.getUint32(0) + m), tsOffset: h.getUint32(4) };
  };
  const key = (localPort, remotePort) => localPort * 65536 + remotePort;
  const lookup = (remote, remotePort, localPort) => table.get(remote)?.get(key(localPort, remotePort));
  const insert = (c) => {
    let m = table.get(c.remote.address);
    if (m === void 0) {
      m = /* @__PURE__ */ new Map();
      table.set(c.remote.address, m);
    }
    m.set(key(c.local.port, c.remote.port), c);
    connCount++;
  };
  const remove = (c) => {
    if (c.removed) return;
    c.removed = true;
    const m = table.get(c.remote.address);
    if (m !== void 0 && m.get(key(c.local.port, c.remote.port)) === c) {
      m.delete(key(c.local.port, c.remote.port));
      if (m.size === 0) table.delete(c.remote.address);
    }
    connCount--;
    counters.retransmittedSegments += c.sock.stats().retransmittedSegments;
    if (c.listener !== void 0) {
      c.listener.halfOpen.delete(c);
      c.listener = void 0;
    }
  };
  const allConns = () => {
    const out = [];
    for (const m of table.values()) for (const c of m.values()) out.push(c);
    return out;
  };
  const output = (src, dst, seg) => {
    counters.segmentsOut++;
    const len = TcpRepr.bufferLen(seg);
    let copy;
    let filled = false;
    const p = ip.write(
      dst,
      PROTO_TCP2,
      len,
      (buf, from) => {
        filled = true;
        TcpRepr.emit(copy ?? seg, buf, from, dst);
      },
      { src }
    );
    if (!filled) copy = { ...seg, payload: seg.payload.slice() };
    void p.then(
      (r) => {
        if (r._tag === "Left") {
          counters.ipWriteErrors++;
          log2.debug(`segment to ${showEp({ address: dst, port: seg.dstPort })} not sent: ${r.left.message}`);
        }
      },
      () => {
        counters.ipWriteErrors++;
      }
    );
  };
  const dirty = /* @__PURE__ */ new Set();
  let kicked = false;
  const timer = deadlineTimer(ctx, (t) => {
    let d;
    for (const m of table.values()) {
      for (const c of m.values()) {
        if (c.deadline !== void 0 && c.deadline <= t) poll(c, t);
        if (!c.removed && c.deadline !== void 0 && (d === void 0 || c.deadline < d)) d = c.deadline;
      }
    }
    return d;
  });
  const touch = (c) => {
    if (closed) return;
    dirty.add(c);
    if (kicked) return;
    kicked = true;
    void Promise.resolve().then(() => {
      kicked = false;
      if (closed) return;
      const t = now();
      for (const d of dirty) {
        dirty.delete(d);
        if (d.removed) continue;
        poll(d, t);
        if (!d.removed) timer.arm(d.deadline);
      }
    });
  };
  const poll = (c, t) => {
    if (c.orphanDeadline !== void 0 && t >= c.orphanDeadline && c.sock.state === "FIN-WAIT-2") {
      log2.debug(`${showEp(c.local)} <- ${showEp(c.remote)}: FIN-WAIT-2 timeout`);
      c.orphanDeadline = void 0;
      c.sock.abort();
    }
    const at2 = c.sock.pollAt(t);
    if (at2 !== void 0 && at2 <= t) {
      const from = c.local.address;
      c.sock.dispatch(t, (seg) => output(from, c.remote.address, seg));
    }
    settle(c, t);
    let next = c.sock.pollAt(t);
    if (next !== void 0 && next <= t) next = t + 1000000n;
    if (c.orphanDeadline !== void 0 && (next === void 0 || c.orphanDeadline < next)) next = c.orphanDeadline;
    c.deadline = next;
  };
  const settle = (c, t) => {
    const st = c.sock.state;
    const l = c.listener;
    if (l !== void 0 && l.halfOpen.has(c) && st !== "SYN-RECEIVED") {
      l.halfOpen.delete(c);
      if (st === "ESTABLISHED" || st === "CLOSE-WAIT") {
        counters.passiveOpens++;
        const flow2 = new FlowImpl(c, () => touch(c));
        c.flow = flow2;
        l.pending++;
        void Promise.resolve().then(async () => {
          l.pending--;
          c.listener = void 0;
          try {
            await l.handler(flow2);
          } catch (e) {
            log2.warn(`handler for port ${l.port} failed: ${e instanceof Error ? e.message : String(e)}`);
          }
        });
      } else {
        c.listener = void 0;
      }
    }
    if (c.connectDone !== void 0) {
      if (st === "ESTABLISHED" || st === "CLOSE-WAIT") {
        const done = c.connectDone;
        c.connectDone = void 0;
        counters.activeOpens++;
        const flow2 = new FlowImpl(c, () => touch(c));
        c.flow = flow2;
        done(right2(flow2));
      } else if (st === "CLOSED") {
        const done = c.connectDone;
        c.connectDone = void 0;
        const e = c.sock.error;
        const to = showEp(c.remote);
        done(
          left2(
            e === "Refused" || e === "Reset" ? connectError("Refused", `Cannot connect to ${to}: connection refused`) : e === "Timeout" ? connectError("Timeout", `Cannot connect to ${to}: no answer to the SYN`) : connectError("Disconnected", `Cannot connect to ${to}: the connection was closed`)
          )
        );
      }
    }
    c.flow?.wake();
    if (c.flow !== void 0 && c.flow.orphaned && st === "FIN-WAIT-2" && c.orphanDeadline === void 0) {
      c.orphanDeadline = t + finWait2Timeout;
    }
    if (st === "CLOSED" && c.sock.pollAt(t) === void 0 || st === "LISTEN") remove(c);
  };
  const input = (src, dst, payload) => {
    if (closed) return;
    counters.segmentsIn++;
    const d = TcpRepr.decode(payload, src, dst);
    if (d._tag === "Left") {
      if (d.left._tag === "BadChecksum") counters.badChecksum++;
      else counters.malformed++;
      return;
    }
    const seg = d.right;
    const t = now();
    let c = lookup(src, seg.srcPort, seg.dstPort);
    if (c !== void 0 && c.local.address !== dst) c = void 0;
    const listener = listeners.get(seg.dstPort);
    if (c !== void 0 && c.sock.state === "TIME-WAIT" && seg.control === "syn" && seg.ack === void 0 && listener !== void 0) {
      if (seqGt(seg.seq, c.sock.recvNext)) {
        remove(c);
        c = void 0;
      }
    }
    if (c !== void 0) {
      const reply = c.sock.process(t, { src, dst }, seg);
      if (reply !== void 0) output(dst, src, reply);
      settle(c, t);
      touch(c);
      return;
    }
    if (listener !== void 0 && seg.control === "syn" && seg.ack === void 0) {
      acceptSyn(listener, src, dst, seg, t);
      return;
    }
    if (listener !== void 0 && seg.control !== "rst" && seg.ack === void 0) {
      counters.dropped++;
      return;
    }
    const r = rstReplyFor(seg);
    if (r === void 0) {
      counters.dropped++;
      return;
    }
    counters.resetsSent++;
    output(dst, src, r);
  };
  const acceptSyn = (l, src, dst, seg, t) => {
    if (l.halfOpen.size + l.pending >= l.backlog) {
      const oldest = l.halfOpen.values().next();
      if (oldest.done === true) {
        counters.synDropped++;
        return;
      }
      counters.halfOpenEvicted++;
      remove(oldest.value);
    }
    const local = { address: dst, port: seg.dstPort };
    const remote = { address: src, port: seg.srcPort };
    const h = tupleHash(local, remote);
    const sock = new TcpSocket({ ...socketDefaults, iss: () => h.iss, tsOffset: h.tsOffset, keepalive: l.keepalive });
    sock.listen(local);
    const reply = sock.process(t, { src, dst }, seg);
    if (reply !== void 0) output(dst, src, reply);
    if (sock.state !== "SYN-RECEIVED") return;
    const c = { sock, local, remote, listener: l, flow: void 0, connectDone: void 0, orphanDeadline: void 0, deadline: void 0, removed: false };
    insert(c);
    l.halfOpen.add(c);
    touch(c);
  };
  ip.register(PROTO_TCP2, input);
  const portInUse = (port) => {
    if (listeners.has(port)) return true;
    return false;
  };
  const pickPort = (remote) => {
    for (let i = 0; i < EPHEMERAL_COUNT; i++) {
      const port = EPHEMERAL_LOW + (ephemeralCursor + i) % EPHEMERAL_COUNT;
      if (portInUse(port) || lookup(remote.address, remote.port, port) !== void 0) continue;
      ephemeralCursor = (ephemeralCursor + i + 1) % EPHEMERAL_COUNT;
      return port;
    }
    return void 0;
  };
  const listenNow = (port, handler, opts) => {
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      return left2({ _tag: "InvalidPort", port, message: `Cannot listen on port ${port}: ports are 1..65535` });
    }
    if (listeners.has(port)) return left2({ _tag: "PortInUse", port, message: `Cannot listen on port ${port}: it is already in use` });
    const backlog = Math.max(1, opts?.backlog ?? defaultBacklog);
    listeners.set(port, { port, handler, backlog, keepalive: opts?.keepalive, halfOpen: /* @__PURE__ */ new Set(), pending: 0 });
    return right2(void 0);
  };
  const listen = (port, handler, opts) => Promise.resolve(listenNow(port, handler, opts));
  const unlisten = (port) => {
    const l = listeners.get(port);
    if (l === void 0) return;
    listeners.delete(port);
    for (const c of [...l.halfOpen]) {
      c.sock.abort();
      settle(c, now());
      touch(c);
    }
  };
  const connect = (remote, opts) => {
    if (closed) return Promise.resolve(left2(connectError("Disconnected", "Cannot connect: the TCP layer is closed")));
    const src = ip.source(remote.address);
    if (src === void 0) return Promise.resolve(left2(connectError("NoRoute", `Cannot connect to ${showEp(remote)}: no route`)));
    if (!Number.isInteger(remote.port) || remote.port < 1 || remote.port > 65535) {
      return Promise.resolve(left2(connectError("NoRoute", `Cannot connect to ${showEp(remote)}: ports are 1..65535`)));
    }
    const port = pickPort(remote);
    if (port === void 0) {
      return Promise.resolve(left2(connectError("NoPortAvailable", `Cannot connect to ${showEp(remote)}: no ephemeral port is free`)));
    }
    const local = { address: src, port };
    const h = tupleHash(local, remote);
    const sock = new TcpSocket({ ...socketDefaults, tsOffset: h.tsOffset, keepalive: opts?.keepalive });
    sock.connect(local, remote, h.iss, now());
    return new Promise((resolve) => {
      const c = { sock, local, remote, listener: void 0, flow: void 0, connectDone: resolve, orphanDeadline: void 0, deadline: void 0, removed: false };
      insert(c);
      const timeout = opts?.timeoutNs;
      if (timeout !== void 0) {
        const cx = cancellation();
        c.connectDone = (r) => {
          cx.cancel();
          resolve(r);
        };
        void ctx.sleep.sleepNs(timeout, cx.signal).then(() => {
          if (c.connectDone === void 0 || cx.signal.aborted) return;
          const done = c.connectDone;
          c.connectDone = void 0;
          c.sock.abort();
          settle(c, now());
          done(left2(connectError("Timeout", `Cannot connect to ${showEp(remote)}: no connection within ${timeout} ns`)));
        });
      }
      touch(c);
    });
  };
  const stats = () => {
    let halfOpen = 0;
    let timeWait = 0;
    let retrans = counters.retransmittedSegments;
    for (const c of allConns()) {
      if (c.sock.state === "SYN-RECEIVED" || c.sock.state === "SYN-SENT") halfOpen++;
      if (c.sock.state === "TIME-WAIT") timeWait++;
      retrans += c.sock.stats().retransmittedSegments;
    }
    return { ...counters, retransmittedSegments: retrans, connections: connCount, halfOpen, timeWait };
  };
  return {
    kind: "tcpv4",
    listen,
    unlisten,
    connect,
    stats,
    connections: () => allConns().map((c) => ({ local: c.local, remote: c.remote, stats: c.sock.stats() })),
    close: async () => {
      if (closed) return;
      const t = now();
      for (const port of [...listeners.keys()]) listeners.delete(port);
      for (const c of allConns()) {
        c.sock.abort();
        c.sock.dispatch(t, (seg) => output(c.local.address, c.remote.address, seg));
        settle(c, t);
        remove(c);
      }
      closed = true;
      timer.stop();
    }
  };
};
var EOF = { _tag: "Eof" };
var OK = right2(void 0);
var FlowImpl = class {
  constructor(c, kick) {
    __publicField(this, "c", c);
    __publicField(this, "kick", kick);
    __publicField(this, "kind", "flow");
    __publicField(this, "readers", []);
    __publicField(this, "writers", []);
    __publicField(this, "readShut", false);
    __publicField(this, "writeShut", false);
    __publicField(this, "finSent", false);
    __publicField(this, "closedByUser", false);
    __publicField(this, "noDelay", false);
  }
  get local() {
    return this.c.local;
  }
  get remote() {
    return this.c.remote;
  }
  /** The application closed it: the connection finishes on its own. */
  get orphaned() {
    return this.closedByUser;
  }
  failure() {
    const e = this.c.sock.error;
    if (e === "Reset" || e === "Refused") return { _tag: "Reset", message: "Cannot use the flow: the connection was reset by the peer" };
    if (e === "Timeout") return { _tag: "Timeout", message: "Cannot use the flow: the connection timed out" };
    return void 0;
  }
  tryRead() {
    if (this.readShut) return right2(EOF);
    const f = this.failure();
    if (f !== void 0) return left2(f);
    const s = this.c.sock;
    const n = s.recvQueue();
    if (n > 0) {
      const buf = new Uint8Array(Math.min(n, READ_CHUNK));
      s.recv(buf);
      this.kick();
      return right2({ _tag: "Data", data: buf });
    }
    if (s.recvFinished() || s.state === "CLOSED" || s.state === "TIME-WAIT" || s.state === "LAST-ACK" || s.state === "CLOSING") {
      return right2(EOF);
    }
    return void 0;
  }
  read() {
    if (this.readers.length === 0) {
      const r = this.tryRead();
      if (r !== void 0) return Promise.resolve(r);
    }
    return new Promise((resolve) => this.readers.push(resolve));
  }
  write(data) {
    return this.writev([data]);
  }
  writev(chunks) {
    if (this.writeShut || this.closedByUser) {
      return Promise.resolve(left2({ _tag: "Closed", message: `Cannot write: the flow is ${this.closedByUser ? "closed" : "shut down for writing"}` }));
    }
    const f = this.failure();
    if (f !== void 0) return Promise.resolve(left2(f));
    if (!this.c.sock.maySend()) {
      return Promise.resolve(left2({ _tag: "Reset", message: "Cannot write: the connection is closed" }));
    }
    let total = 0;
    for (const ch of chunks) total += ch.length;
    if (total === 0) return Promise.resolve(OK);
    return new Promise((resolve) => {
      this.writers.push({ chunks, chunk: 0, offset: 0, resolve });
      this.pump();
    });
  }
  // Moves queued writes into the socket's send buffer; resolves those that fit entirely.
  pump() {
    const s = this.c.sock;
    let moved = false;
    while (this.writers.length > 0) {
      const w = this.writers[0];
      while (w.chunk < w.chunks.length) {
        const ch = w.chunks[w.chunk];
        const n = s.send(ch, w.offset, ch.length - w.offset);
        if (n > 0) moved = true;
        w.offset += n;
        if (w.offset < ch.length) break;
        w.chunk++;
        w.offset = 0;
      }
      if (w.chunk < w.chunks.length) break;
      this.writers.shift();
      w.resolve(OK);
    }
    if (this.writers.length === 0 && this.writeShut && !this.finSent) {
      this.finSent = true;
      s.close();
      moved = true;
    }
    if (moved) this.kick();
  }
  /** Called by the layer after anything happened to the connection. */
  wake() {
    const s = this.c.sock;
    if (this.readShut && s.recvQueue() > 0) {
      s.discard(s.recvQueue());
      this.kick();
    }
    while (this.readers.length > 0) {
      const r = this.tryRead();
      if (r === void 0) break;
      this.readers.shift()(r);
    }
    if (this.writers.length > 0) {
      const f = this.failure();
      if (f !== void 0 || !s.maySend()) {
        const err = f ?? { _tag: "Reset", message: "Cannot write: the connection is closed" };
        for (const w of this.writers.splice(0)) w.resolve(left2(err));
      } else {
        this.pump();
      }
    }
  }
  shutdown(mode) {
    if (mode === "read" || mode === "readWrite") {
      this.readShut = true;
      for (const r of this.readers.splice(0)) r(right2(EOF));
      const s = this.c.sock;
      if (s.recvQueue() > 0) s.discard(s.recvQueue());
    }
    if (mode === "write" || mode === "readWrite") {
      this.writeShut = true;
      this.pump();
    }
    this.kick();
    return Promise.resolve();
  }
  close() {
    if (this.closedByUser) return Promise.resolve();
    this.closedByUser = true;
    for (const w of this.writers.splice(0)) w.resolve(left2({ _tag: "Closed", message: "Cannot write: the flow was closed" }));
    return this.shutdown("readWrite");
  }
  setNoDelay(on) {
    this.noDelay = on;
    this.c.sock.setNoDelay(on);
    this.kick();
  }
  setKeepalive(options) {
    this.c.sock.setKeepalive(options);
    this.kick();
  }
  get nodelay() {
    return this.noDelay;
  }
};

// ../../../packages/tcpip/src/dhcp/client.ts
var SECOND = 1000000000n;
var MAX_BACKOFF_S = 64;
var MIN_RENEW_RETRANSMIT_NS = 60n * SECOND;
var DECLINE_WAIT_NS = 10n * SECOND;
var defaultParameterRequestList = [
  DhcpOption.SubnetMask,
  DhcpOption.Router,
  DhcpOption.DnsServer,
  DhcpOption.DomainName,
  DhcpOption.LeaseTime,
  DhcpOption.RenewalTime,
  DhcpOption.RebindingTime
];
var newCounters = () => ({
  received: 0,
  rxNotReply: 0,
  rxWrongXid: 0,
  rxWrongChaddr: 0,
  rxNoServerId: 0,
  rxWrongServer: 0,
  rxBadAddress: 0,
  rxNoLease: 0,
  rxUnexpected: 0,
  rxOffers: 0,
  rxAcks: 0,
  rxNaks: 0,
  txDiscovers: 0,
  txRequests: 0,
  txReleases: 0,
  txDeclines: 0,
  leasesLost: 0
});
var prefixOfMask = (mask) => {
  const inv = ~mask >>> 0;
  if ((inv & inv + 1) !== 0) return void 0;
  let n = 0;
  for (let v = inv; v !== 0; v >>>= 1) n++;
  return 32 - n;
};
var classfulPrefix = (a) => a >>> 31 === 0 ? 8 : a >>> 30 === 2 ? 16 : 24;
var isUsable = (a) => ipv4Address.isUnicast(a);
var min = (a, b) => a === void 0 ? b : b === void 0 ? a : a < b ? a : b;
var validate = (config) => {
  const bad = (why) => {
    throw new RangeError(`Cannot create a DHCP client: ${why}`);
  };
  if (config.mac.length !== 6) bad("the MAC address is not 6 bytes");
  const h = config.hostname;
  if (h !== void 0 && [...h].some((c) => c.charCodeAt(0) > 255)) bad(`the hostname ${JSON.stringify(h)} is not Latin-1`);
  for (const c of config.parameterRequestList ?? []) if (!Number.isInteger(c) || c < 0 || c > 255) bad(`${c} is not an option code`);
  const m = config.maxMessageSize;
  if (m !== void 0 && (!Number.isInteger(m) || m < 576 || m > 65535)) bad(`the max message size ${m} is not 576-65535`);
  const r = config.requestAttempts;
  if (r !== void 0 && (!Number.isInteger(r) || r < 1)) bad(`requestAttempts ${r} is not a positive integer`);
};
var dhcpClient = (config) => {
  validate(config);
  const mac = config.mac;
  const clientId = config.clientId ?? Uint8Array.from([1, ...mac]);
  const prl = config.parameterRequestList ?? defaultParameterRequestList;
  const maxMessageSize = config.maxMessageSize ?? 1500;
  const broadcastFlag = config.broadcastFlag ?? true;
  const requestAttempts = config.requestAttempts ?? 4;
  const rnd = config.random;
  const unit = () => {
    if (typeof rnd === "function") {
      const r = rnd();
      return Number.isFinite(r) ? Math.min(Math.max(r, 0), 1 - 2 ** -32) : 0.5;
    }
    const b = rnd.generate(4);
    return (((b[0] ?? 0) << 24 | (b[1] ?? 0) << 16 | (b[2] ?? 0) << 8 | (b[3] ?? 0)) >>> 0) / 2 ** 32;
  };
  const newXid = () => Math.floor(unit() * 2 ** 32) >>> 0;
  const backoff = (tries) => {
    const base = Math.min(MAX_BACKOFF_S, 4 * 2 ** Math.min(tries - 1, 6));
    return BigInt(base) * SECOND + BigInt(Math.round((unit() * 2 - 1) * 1e9));
  };
  let state = { name: "Stopped" };
  let outbox = [];
  let events = [];
  let dueSince;
  let consecutiveNaks = 0;
  const counters = newCounters();
  const emitSend = (now, s) => {
    outbox.push(s);
    if (dueSince === void 0) dueSince = now;
  };
  const emitEvent = (now, e) => {
    events.push(e);
    if (dueSince === void 0) dueSince = now;
  };
  const secsSince = (now, since) => {
    const s = (now - since) / SECOND;
    return s < 0n ? 0 : s > 0xffffn ? 65535 : Number(s);
  };
  const message = (type, xid, secs, extra) => ({
    op: DhcpOp.Request,
    messageType: type,
    xid,
    secs,
    broadcast: false,
    hops: 0,
    clientHardwareAddress: mac,
    clientIp: ipv4Address.unspecified,
    yourIp: ipv4Address.unspecified,
    serverIp: ipv4Address.unspecified,
    relayAgentIp: ipv4Address.unspecified,
    clientIdentifier: clientId,
    ...extra
  });
  const wants = () => ({
    ...config.hostname !== void 0 ? { hostname: config.hostname } : {},
    parameterRequestList: prl,
    maxMessageSize
  });
  const sendDiscover = (now, xid, secs) => {
    counters.txDiscovers++;
    emitSend(now, { dst: "broadcast", message: message(DhcpMessageType.Discover, xid, secs, { broadcast: broadcastFlag, ...wants() }) });
  };
  const sendSelectingRequest = (now, s) => {
    counters.txRequests++;
    emitSend(now, {
      dst: "broadcast",
      message: message(DhcpMessageType.Request, s.xid, s.secs, {
        broadcast: broadcastFlag,
        requestedIp: s.offer.address,
        serverIdentifier: s.offer.server,
        ...wants()
      })
    });
  };
  const sendRenewRequest = (now, s) => {
    counters.txRequests++;
    s.lastSent = now;
    emitSend(now, {
      dst: s.name === "Renewing" ? s.lease.server : "broadcast",
      message: message(DhcpMessageType.Request, s.xid, secsSince(now, s.started), { clientIp: s.lease.cidr.address, ...wants() })
    });
  };
  const enterInit = (at2) => {
    state = { name: "Init", at: at2 };
  };
  const enterSelecting = (now) => {
    const s = { name: "Selecting", xid: newXid(), started: now, tries: 1, next: now + backoff(1), secs: 0 };
    state = s;
    sendDiscover(now, s.xid, 0);
  };
  const renewNext = (now, limit) => {
    if (limit === void 0) return now + MIN_RENEW_RETRANSMIT_NS;
    const half = (limit - now) / 2n;
    const t = now + (half > MIN_RENEW_RETRANSMIT_NS ? half : MIN_RENEW_RETRANSMIT_NS);
    return t < limit ? t : limit;
  };
  const enterRenewing = (now, lease, name) => {
    const limit = name === "Renewing" ? lease.rebindAt : lease.expiresAt;
    const s = { name, xid: newXid(), lease, started: now, next: renewNext(now, limit), lastSent: now };
    state = s;
    sendRenewRequest(now, s);
  };
  const lose = (now, lease, reason) => {
    counters.leasesLost++;
    emitEvent(now, { _tag: "Lost", cidr: lease.cidr, reason });
  };
  const expire = (now, lease) => {
    lose(now, lease, "Expired");
    enterSelecting(now);
  };
  const makeLease = (ack, leaseSecs, server, start2) => {
    const address = ack.yourIp;
    const fromMask = ack.subnetMask === void 0 ? void 0 : prefixOfMask(ack.subnetMask);
    const cidr = { address, prefixLen: fromMask ?? classfulPrefix(address) };
    const gateway = ack.routers?.find(isUsable);
    const dns = (ack.dnsServers ?? []).filter(isUsable);
    const common = {
      cidr,
      ...gateway !== void 0 ? { gateway } : {},
      dns,
      ...ack.domainName !== void 0 ? { domainName: ack.domainName } : {},
      server,
      acquiredAt: start2
    };
    if (leaseSecs === DHCP_INFINITE_LEASE) {
      return { ...common, leaseNs: void 0, renewAt: void 0, rebindAt: void 0, expiresAt: void 0 };
    }
    const leaseNs = BigInt(leaseSecs) * SECOND;
    const t2Given = ack.rebindingTime === void 0 ? void 0 : BigInt(ack.rebindingTime) * SECOND;
    const t2 = t2Given !== void 0 && t2Given > 0n && t2Given < leaseNs ? t2Given : leaseNs * 7n / 8n;
    const t1Given = ack.renewalTime === void 0 ? void 0 : BigInt(ack.renewalTime) * SECOND;
    const t1Default = leaseNs / 2n < t2 ? leaseNs / 2n : t2;
    const t1 = t1Given !== void 0 && t1Given > 0n && t1Given < t2 ? t1Given : t1Default;
    return { ...common, leaseNs, renewAt: start2 + t1, rebindAt: start2 + t2, expiresAt: start2 + leaseNs };
  };
  const bind2 = (now, xid, lease, tag) => {
    consecutiveNaks = 0;
    state = { name: "Bound", xid, lease };
    emitEvent(now, { _tag: tag, ...lease });
  };
  const afterNak = (now) => {
    consecutiveNaks++;
    const wait = consecutiveNaks <= 1 ? 0 : Math.min(MAX_BACKOFF_S, 4 * 2 ** Math.min(consecutiveNaks - 2, 6));
    enterInit(now + BigInt(wait) * SECOND);
  };
  const fromServer = (m, server) => {
    if (m.serverIdentifier === void 0 || m.serverIdentifier === server) return true;
    counters.rxWrongServer++;
    return false;
  };
  const deadline = () => {
    switch (state.name) {
      case "Stopped":
        return void 0;
      case "Init":
        return state.at;
      case "Selecting":
      case "Requesting":
      case "Renewing":
      case "Rebinding":
        return state.next;
      case "Bound":
        return state.lease.renewAt;
    }
  };
  const fire = (now) => {
    const s = state;
    switch (s.name) {
      case "Stopped":
        return;
      case "Init":
        enterSelecting(now);
        return;
      case "Selecting":
        s.tries++;
        s.secs = secsSince(now, s.started);
        s.next = now + backoff(s.tries);
        sendDiscover(now, s.xid, s.secs);
        return;
      case "Requesting":
        if (s.tries >= requestAttempts) {
          enterSelecting(now);
          return;
        }
        s.tries++;
        s.lastSent = now;
        s.next = now + backoff(s.tries);
        sendSelectingRequest(now, s);
        return;
      case "Bound":
      case "Renewing":
      case "Rebinding": {
        const l = s.lease;
        if (l.expiresAt !== void 0 && l.expiresAt <= now) expire(now, l);
        else if (s.name !== "Rebinding" && l.rebindAt !== void 0 && l.rebindAt <= now) enterRenewing(now, l, "Rebinding");
        else if (s.name === "Bound") enterRenewing(now, l, "Renewing");
        else {
          s.next = renewNext(now, s.name === "Renewing" ? l.rebindAt : l.expiresAt);
          sendRenewRequest(now, s);
        }
        return;
      }
    }
  };
  const handleAck = (now, m) => {
    const s = state;
    if (s.name === "Requesting") {
      if (!fromServer(m, s.offer.server)) return;
      if (m.yourIp !== s.offer.address) {
        counters.rxBadAddress++;
        return;
      }
      const leaseSecs = m.leaseTime ?? s.offer.leaseTime;
      if (leaseSecs === void 0) {
        counters.rxNoLease++;
        return;
      }
      counters.rxAcks++;
      bind2(now, s.xid, makeLease(m, leaseSecs, s.offer.server, s.lastSent), "Bound");
      return;
    }
    if (s.name === "Renewing" || s.name === "Rebinding") {
      if (s.name === "Renewing" && !fromServer(m, s.lease.server)) return;
      if (!isUsable(m.yourIp)) {
        counters.rxBadAddress++;
        return;
      }
      if (m.leaseTime === void 0) {
        counters.rxNoLease++;
        return;
      }
      counters.rxAcks++;
      const lease = makeLease(m, m.leaseTime, m.serverIdentifier ?? s.lease.server, s.lastSent);
      if (lease.cidr.address === s.lease.cidr.address) bind2(now, s.xid, lease, "Renewed");
      else {
        lose(now, s.lease, "Changed");
        bind2(now, s.xid, lease, "Bound");
      }
      return;
    }
    counters.rxUnexpected++;
  };
  const handleNak = (now, m) => {
    const s = state;
    if (s.name === "Requesting") {
      if (!fromServer(m, s.offer.server)) return;
      counters.rxNaks++;
      afterNak(now);
      return;
    }
    if (s.name === "Renewing" || s.name === "Rebinding") {
      if (s.name === "Renewing" && !fromServer(m, s.lease.server)) return;
      counters.rxNaks++;
      lose(now, s.lease, "Nak");
      afterNak(now);
      return;
    }
    counters.rxUnexpected++;
  };
  const handleOffer = (now, m) => {
    const s = state;
    if (s.name !== "Selecting") {
      counters.rxUnexpected++;
      return;
    }
    if (m.serverIdentifier === void 0) {
      counters.rxNoServerId++;
      return;
    }
    if (!isUsable(m.yourIp)) {
      counters.rxBadAddress++;
      return;
    }
    counters.rxOffers++;
    const r = {
      name: "Requesting",
      xid: s.xid,
      offer: { address: m.yourIp, server: m.serverIdentifier, leaseTime: m.leaseTime },
      secs: s.secs,
      tries: 1,
      next: now + backoff(1),
      lastSent: now
    };
    state = r;
    sendSelectingRequest(now, r);
  };
  const currentLease = () => state.name === "Bound" || state.name === "Renewing" || state.name === "Rebinding" ? state.lease : void 0;
  return {
    start(now) {
      if (state.name === "Stopped") enterInit(now);
    },
    handle(now, m) {
      counters.received++;
      const s = state;
      if (m.op !== DhcpOp.Reply) {
        counters.rxNotReply++;
        return;
      }
      if (!macAddress.equal(m.clientHardwareAddress, mac)) {
        counters.rxWrongChaddr++;
        return;
      }
      if (s.name === "Stopped" || s.name === "Init") {
        counters.rxUnexpected++;
        return;
      }
      if (m.xid !== s.xid) {
        counters.rxWrongXid++;
        return;
      }
      switch (m.messageType) {
        case DhcpMessageType.Offer:
          return handleOffer(now, m);
        case DhcpMessageType.Ack:
          return handleAck(now, m);
        case DhcpMessageType.Nak:
          return handleNak(now, m);
        default:
          counters.rxUnexpected++;
      }
    },
    poll(now) {
      for (let i = 0; i < 16; i++) {
        const d = deadline();
        if (d === void 0 || d > now) break;
        fire(now);
      }
      const out = { send: outbox, events };
      outbox = [];
      events = [];
      dueSince = void 0;
      return out;
    },
    pollAt: () => min(dueSince, deadline()),
    release(now) {
      const lease = currentLease();
      if (lease !== void 0) {
        counters.txReleases++;
        emitSend(now, {
          dst: lease.server,
          message: message(DhcpMessageType.Release, newXid(), 0, { clientIp: lease.cidr.address, serverIdentifier: lease.server })
        });
        lose(now, lease, "Released");
      }
      state = { name: "Stopped" };
    },
    decline(now) {
      const lease = currentLease();
      if (lease === void 0) return;
      counters.txDeclines++;
      emitSend(now, {
        dst: "broadcast",
        message: message(DhcpMessageType.Decline, newXid(), 0, { requestedIp: lease.cidr.address, serverIdentifier: lease.server })
      });
      lose(now, lease, "Declined");
      enterInit(now + DECLINE_WAIT_NS);
    },
    stop() {
      state = { name: "Stopped" };
      outbox = [];
      events = [];
      dueSince = void 0;
    },
    state: () => state.name,
    lease: currentLease,
    stats: () => ({ ...counters })
  };
};

// ../../../packages/tcpip/src/dhcp/run.ts
var runDhcp = (options) => {
  const { transport, mclock, sleep, onLease, logger: logger2 } = options;
  const client = dhcpClient(options);
  let stopped = false;
  let armedAt;
  let token;
  let rxMalformed = 0;
  let txErrors = 0;
  let waiters = [];
  const transmit = (s) => {
    const bytes = new Uint8Array(DhcpRepr.bufferLen(s.message));
    DhcpRepr.emit(s.message, bytes);
    const dst = s.dst === "broadcast" ? ipv4Address.broadcast : s.dst;
    logger2?.debug("dhcp send", { type: s.message.messageType, dst: ipv4Address.toString(dst), xid: s.message.xid });
    return transport.send(dst, bytes).catch((e) => {
      txErrors++;
      logger2?.warn("Cannot send a DHCP message", { error: String(e) });
    });
  };
  const deliver = (e) => {
    if (e._tag === "Lost") logger2?.info("dhcp lease lost", { cidr: `${ipv4Address.toString(e.cidr.address)}/${e.cidr.prefixLen}`, reason: e.reason });
    else logger2?.info(e._tag === "Bound" ? "dhcp bound" : "dhcp renewed", { cidr: `${ipv4Address.toString(e.cidr.address)}/${e.cidr.prefixLen}` });
    try {
      onLease(e);
    } catch (err) {
      logger2?.error("the DHCP lease handler threw", { error: String(err) });
    }
    if (e._tag === "Bound") {
      const ws = waiters;
      waiters = [];
      const { _tag, ...lease } = e;
      for (const w of ws) w(lease);
    }
  };
  const disarm = () => {
    token?.cancel();
    token = void 0;
    armedAt = void 0;
  };
  const rearm = () => {
    if (stopped) return;
    const at2 = client.pollAt();
    if (at2 === armedAt) return;
    disarm();
    if (at2 === void 0) return;
    const t = cancellation();
    token = t;
    armedAt = at2;
    void sleep.sleepNs(at2 - mclock.elapsedNs(), t.signal).then(() => {
      if (t.signal.aborted || stopped) return;
      token = void 0;
      armedAt = void 0;
      pump();
    });
  };
  const pump = () => {
    if (stopped) return [];
    const { send, events } = client.poll(mclock.elapsedNs());
    const sent = send.map(transmit);
    for (const e of events) deliver(e);
    rearm();
    return sent;
  };
  transport.onReceive((bytes) => {
    if (stopped) return;
    const m = DhcpRepr.decode(bytes);
    if (m._tag === "Left") {
      rxMalformed++;
      logger2?.debug("dhcp: dropped a malformed message", { error: m.left.message });
      return;
    }
    client.handle(mclock.elapsedNs(), m.right);
    pump();
  });
  client.start(mclock.elapsedNs());
  pump();
  return {
    client,
    bound() {
      const l = client.lease();
      return l !== void 0 ? Promise.resolve(l) : new Promise((resolve) => waiters.push(resolve));
    },
    async release() {
      if (stopped) return;
      client.release(mclock.elapsedNs());
      const sent = pump();
      stopped = true;
      disarm();
      await Promise.all(sent);
    },
    stop() {
      stopped = true;
      client.stop();
      disarm();
    },
    stats: () => ({ ...client.stats(), rxMalformed, txErrors })
  };
};

// ../../../packages/tcpip/src/ethernet.ts
var ETHERNET_MIN_FRAME = 60;
var ethernetLayer = (net, options = {}) => {
  const mac = net.mac;
  const log2 = options.log;
  const handlers = /* @__PURE__ */ new Map();
  let connected = true;
  const c = {
    rxFrames: 0,
    rxDelivered: 0,
    truncated: 0,
    notForUs: 0,
    ownSource: 0,
    unknownEthertype: 0,
    handlerError: 0,
    txFrames: 0,
    txErrors: 0
  };
  const input = (frame) => {
    c.rxFrames++;
    if (frame.length < ETHERNET_HEADER_LEN) {
      c.truncated++;
      return;
    }
    if ((frame[0] & 1) === 0 && !macAddress.equalAt(mac, frame, 0)) {
      c.notForUs++;
      return;
    }
    if (macAddress.equalAt(mac, frame, 6)) {
      c.ownSource++;
      return;
    }
    const ethertype = frame[12] << 8 | frame[13];
    const handler = handlers.get(ethertype);
    if (handler === void 0) {
      c.unknownEthertype++;
      return;
    }
    c.rxDelivered++;
    try {
      handler(frame.subarray(ETHERNET_HEADER_LEN), frame);
    } catch (e) {
      c.handlerError++;
      log2?.error("a protocol handler threw on a received frame", { ethertype, error: String(e) });
    }
  };
  const write = async (dst, ethertype, payloadLen, fill) => {
    if (!connected) return left2(netError.disconnected("send a frame"));
    if (!Number.isSafeInteger(payloadLen) || payloadLen < 0 || payloadLen > net.mtu) {
      c.txErrors++;
      return left2(netError.invalidLength(payloadLen, net.mtu, "an Ethernet payload of"));
    }
    const end = ETHERNET_HEADER_LEN + payloadLen;
    const size = Math.max(end, ETHERNET_MIN_FRAME);
    const r = await net.write(size, (buf) => {
      buf.set(dst, 0);
      buf.set(mac, 6);
      buf[12] = ethertype >>> 8 & 255;
      buf[13] = ethertype & 255;
      fill(buf.subarray(ETHERNET_HEADER_LEN, end));
      if (end < size) buf.fill(0, end, size);
      return size;
    });
    if (r._tag === "Left") c.txErrors++;
    else c.txFrames++;
    return r;
  };
  return {
    mac,
    mtu: net.mtu,
    register(ethertype, handler) {
      handlers.set(ethertype, handler);
    },
    write,
    input,
    stats: () => ({
      rxFrames: c.rxFrames,
      rxDelivered: c.rxDelivered,
      rxDropped: {
        truncated: c.truncated,
        notForUs: c.notForUs,
        ownSource: c.ownSource,
        unknownEthertype: c.unknownEthertype,
        handlerError: c.handlerError
      },
      txFrames: c.txFrames,
      txErrors: c.txErrors
    }),
    disconnect() {
      connected = false;
    }
  };
};

// ../../../packages/tcpip/src/arp.ts
var SECOND2 = 1000000000n;
var defaultArpConfig = {
  reachableNs: 60n * SECOND2,
  tries: 3,
  retryIntervalNs: SECOND2,
  queueLimit: 16,
  maxEntries: 512,
  refreshAheadNs: 5n * SECOND2
};
var ZERO_MAC = new Uint8Array(6);
var newCounters2 = () => ({
  rxRequests: 0,
  rxReplies: 0,
  rxMalformed: 0,
  rxOwnMac: 0,
  rxBadSender: 0,
  rxConflicts: 0,
  rxNotForUs: 0,
  txRequests: 0,
  txReplies: 0,
  txGratuitous: 0,
  txRefreshes: 0,
  learned: 0,
  updated: 0,
  timeouts: 0,
  queueOverflow: 0,
  tableFull: 0
});
var ArpCache = class {
  constructor(mac, config = {}) {
    __publicField(this, "mac", mac);
    __publicField(this, "config");
    __publicField(this, "counters", newCounters2());
    __publicField(this, "table", /* @__PURE__ */ new Map());
    __publicField(this, "addresses", []);
    __publicField(this, "refreshes", []);
    this.config = { ...defaultArpConfig, ...config };
  }
  /** Our addresses: requests for them are answered, and the first is the sender of our requests. */
  setAddresses(ips) {
    this.addresses = ips.slice();
  }
  isOurs(ip) {
    return this.addresses.includes(ip);
  }
  /** The MAC for `ip`, if known and not expired (near expiry, this queues a refresh: see `takeRefreshes`). */
  lookup(ip, now) {
    const e = this.table.get(ip);
    if (e === void 0 || e.kind !== "reachable" || e.expiresAt <= now) return void 0;
    if (!e.refreshing && e.expiresAt - now <= this.config.refreshAheadNs) this.refresh(ip, e);
    return e.mac;
  }
  /** Whether `takeRefreshes` has anything (a cheap check for the hot path). */
  hasRefreshes() {
    return this.refreshes.length > 0;
  }
  /** Refresh requests to send, each unicast to `dst`. */
  takeRefreshes() {
    const r = this.refreshes;
    this.refreshes = [];
    return r;
  }
  /** Looks `ip` up; on a miss queues `waiter` until it resolves or times out. */
  query(ip, now, waiter) {
    const e = this.table.get(ip);
    if (e !== void 0 && e.kind === "reachable") {
      const mac = this.lookup(ip, now);
      if (mac !== void 0) return { _tag: "Hit", mac };
      this.table.delete(ip);
    } else if (e !== void 0) {
      if (e.waiters.length >= this.config.queueLimit) {
        this.counters.queueOverflow++;
        return { _tag: "Overflow", reason: "queue" };
      }
      e.waiters.push(waiter);
      return { _tag: "Queued", request: void 0 };
    }
    if (this.config.queueLimit < 1) {
      this.counters.queueOverflow++;
      return { _tag: "Overflow", reason: "queue" };
    }
    if (!this.makeRoom(now)) {
      this.counters.tableFull++;
      return { _tag: "Overflow", reason: "table" };
    }
    this.table.set(ip, { kind: "incomplete", tries: 1, nextAt: now + this.config.retryIntervalNs, waiters: [waiter] });
    this.counters.txRequests++;
    return { _tag: "Queued", request: this.request(ip) };
  }
  /** Processes a received ARP packet (RFC 826's algorithm, plus a few sanity rules). */
  input(p, now) {
    const c = this.counters;
    if (p.operation === "request") c.rxRequests++;
    else c.rxReplies++;
    if (macAddress.equal(p.senderHardwareAddr, this.mac)) {
      c.rxOwnMac++;
      return {};
    }
    if (macAddress.isMulticast(p.senderHardwareAddr)) {
      c.rxBadSender++;
      return {};
    }
    const spa = p.senderProtocolAddr;
    const tpa = p.targetProtocolAddr;
    if (spa !== 0 && this.isOurs(spa)) {
      c.rxConflicts++;
      return {};
    }
    const learnable = ipv4Address.isUnicast(spa);
    let resolved;
    let merged = false;
    if (learnable) {
      const e = this.table.get(spa);
      if (e !== void 0) {
        merged = true;
        c.updated++;
        this.table.delete(spa);
        this.table.set(spa, { kind: "reachable", mac: p.senderHardwareAddr, expiresAt: now + this.config.reachableNs, refreshing: false });
        if (e.kind === "incomplete") resolved = { ip: spa, mac: p.senderHardwareAddr, waiters: e.waiters };
      }
    }
    if (!this.isOurs(tpa)) {
      if (p.operation === "request") c.rxNotForUs++;
      return resolved === void 0 ? {} : { resolved };
    }
    if (learnable && !merged) {
      if (this.makeRoom(now)) {
        c.learned++;
        this.table.set(spa, { kind: "reachable", mac: p.senderHardwareAddr, expiresAt: now + this.config.reachableNs, refreshing: false });
      } else {
        c.tableFull++;
      }
    }
    if (p.operation !== "request") return resolved === void 0 ? {} : { resolved };
    c.txReplies++;
    const reply = {
      operation: "reply",
      senderHardwareAddr: this.mac,
      senderProtocolAddr: tpa,
      targetHardwareAddr: p.senderHardwareAddr,
      targetProtocolAddr: spa
    };
    return resolved === void 0 ? { reply } : { reply, resolved };
  }
  /** A gratuitous ARP (RFC 5227 announcement) for `ip`: a request with sender = target = `ip`. */
  announcement(ip) {
    this.counters.txGratuitous++;
    return { operation: "request", senderHardwareAddr: this.mac, senderProtocolAddr: ip, targetHardwareAddr: ZERO_MAC, targetProtocolAddr: ip };
  }
  /** Retries and timeouts due at `now`; also drops expired entries. */
  poll(now) {
    const requests = [];
    const failed = [];
    for (const [ip, e] of this.table) {
      if (e.kind === "reachable") {
        if (e.expiresAt <= now) this.table.delete(ip);
        continue;
      }
      if (e.nextAt > now) continue;
      if (e.tries < this.config.tries) {
        e.tries++;
        e.nextAt = now + this.config.retryIntervalNs;
        this.counters.txRequests++;
        requests.push(this.request(ip));
      } else {
        this.table.delete(ip);
        this.counters.timeouts++;
        failed.push({ ip, waiters: e.waiters });
      }
    }
    return { requests, failed };
  }
  /** When `poll` next has work (a retry or a timeout), if ever. */
  pollAt() {
    let at2;
    for (const e of this.table.values()) {
      if (e.kind === "incomplete" && (at2 === void 0 || e.nextAt < at2)) at2 = e.nextAt;
    }
    return at2;
  }
  /** Forgets every entry and hands back every waiting write. */
  clear() {
    const waiters = [];
    for (const e of this.table.values()) if (e.kind === "incomplete") waiters.push(...e.waiters);
    this.table.clear();
    return waiters;
  }
  /** Forgets `ip` (a resolved entry; pending ones keep their waiters). */
  forget(ip) {
    if (this.table.get(ip)?.kind === "reachable") this.table.delete(ip);
  }
  entries() {
    const out = [];
    for (const [ip, e] of this.table) {
      out.push(
        e.kind === "reachable" ? { ip, state: "reachable", mac: e.mac, expiresAt: e.expiresAt } : { ip, state: "incomplete", waiting: e.waiters.length }
      );
    }
    return out;
  }
  stats() {
    let pending = 0;
    for (const e of this.table.values()) if (e.kind === "incomplete") pending++;
    return { ...this.counters, entries: this.table.size, pending };
  }
  refresh(ip, e) {
    e.refreshing = true;
    this.counters.txRequests++;
    this.counters.txRefreshes++;
    this.refreshes.push({ dst: e.mac, request: this.request(ip) });
  }
  request(target) {
    return {
      operation: "request",
      senderHardwareAddr: this.mac,
      senderProtocolAddr: this.addresses[0] ?? ipv4Address.unspecified,
      targetHardwareAddr: ZERO_MAC,
      targetProtocolAddr: target
    };
  }
  /** Whether a new entry fits, after dropping expired ones and, if needed, the oldest resolved one. */
  makeRoom(now) {
    if (this.table.size < this.config.maxEntries) return true;
    let oldest;
    for (const [ip, e] of this.table) {
      if (e.kind !== "reachable") continue;
      if (e.expiresAt <= now) this.table.delete(ip);
      else if (oldest === void 0) oldest = ip;
    }
    if (this.table.size < this.config.maxEntries) return true;
    if (oldest === void 0) return false;
    this.table.delete(oldest);
    return true;
  }
};
var arpLayer = (ethernet, ctx, config = {}) => {
  const core = new ArpCache(ethernet.mac, config);
  const log2 = loggerOf(ctx, "tcpip.arp");
  let addresses = [];
  let connected = true;
  const send = (dst, repr) => {
    if (!connected) return;
    void ethernet.write(dst, EtherType.Arp, ARP_ETHERNET_IPV4_LEN, (buf) => ArpRepr.emit(repr, buf));
  };
  const timer = deadlineTimer(ctx, (now) => {
    const r = core.poll(now);
    for (const req of r.requests) send(macAddress.broadcast, req);
    for (const f of r.failed) {
      const dst = ipv4Address.toString(f.ip);
      log2.debug("no ARP reply", { dst, waiting: f.waiters.length });
      const err = { _tag: "ArpTimeout", dst: f.ip, message: `Cannot resolve ${dst}: no ARP reply after ${core.config.tries} requests` };
      for (const w of f.waiters) w(left2(err));
    }
    return core.pollAt();
  });
  ethernet.register(EtherType.Arp, (payload) => {
    const p = ArpPacket.of(payload);
    const repr = p._tag === "Right" ? ArpRepr.parse(p.right) : p;
    if (repr._tag === "Left") {
      core.counters.rxMalformed++;
      return;
    }
    const conflicts = core.counters.rxConflicts;
    const r = core.input(repr.right, ctx.mclock.elapsedNs());
    if (core.counters.rxConflicts !== conflicts) {
      log2.warn("another host claims our address", {
        ip: ipv4Address.toString(repr.right.senderProtocolAddr),
        mac: macAddress.toString(repr.right.senderHardwareAddr)
      });
    }
    if (r.reply !== void 0) send(r.reply.targetHardwareAddr, r.reply);
    if (r.resolved !== void 0) {
      const ok = right2(r.resolved.mac);
      for (const w of r.resolved.waiters) w(ok);
    }
  });
  const announce = (ip) => send(macAddress.broadcast, core.announcement(ip));
  const sendRefreshes = () => {
    for (const r of core.takeRefreshes()) send(r.dst, r.request);
  };
  return {
    lookup(ip) {
      const mac = core.lookup(ip, ctx.mclock.elapsedNs());
      if (core.hasRefreshes()) sendRefreshes();
      return mac;
    },
    resolve(ip) {
      if (!connected) return Promise.resolve(left2({ _tag: "Disconnected", message: "Cannot resolve an address: the stack is disconnected" }));
      return new Promise((resolve) => {
        const q = core.query(ip, ctx.mclock.elapsedNs(), resolve);
        switch (q._tag) {
          case "Hit":
            if (core.hasRefreshes()) sendRefreshes();
            resolve(right2(q.mac));
            return;
          case "Overflow":
            resolve(
              left2({
                _tag: "ArpTimeout",
                dst: ip,
                message: q.reason === "queue" ? `Cannot send to ${ipv4Address.toString(ip)}: ${core.config.queueLimit} packets already wait for its ARP resolution` : `Cannot resolve ${ipv4Address.toString(ip)}: the ARP cache is full of pending entries`
              })
            );
            return;
          case "Queued":
            if (q.request !== void 0) {
              send(macAddress.broadcast, q.request);
              timer.arm(core.pollAt());
            }
        }
      });
    },
    setAddresses(ips) {
      const before = addresses;
      addresses = ips.slice();
      core.setAddresses(addresses);
      for (const ip of addresses) if (!before.includes(ip) && ipv4Address.isUnicast(ip)) announce(ip);
    },
    announce,
    entries: () => core.entries(),
    stats: () => core.stats(),
    disconnect() {
      if (!connected) return;
      connected = false;
      timer.stop();
      const err = { _tag: "Disconnected", message: "Cannot resolve an address: the stack is disconnected" };
      for (const w of core.clear()) w(left2(err));
    }
  };
};

// ../../../packages/tcpip/src/reassembly.ts
var SECOND3 = 1000000000n;
var defaultReassemblyConfig = {
  maxDatagrams: 16,
  maxDatagramSize: 65535,
  maxFragments: 1024,
  timeoutNs: 10n * SECOND3
};
var NONE = [];
var newCounters3 = () => ({
  fragments: 0,
  reassembled: 0,
  duplicates: 0,
  overlaps: 0,
  tooLarge: 0,
  tooManyFragments: 0,
  tableFull: 0,
  timeouts: 0,
  discarded: 0,
  malformed: 0
});
var Reassembler = class {
  constructor(config = {}) {
    __publicField(this, "config");
    __publicField(this, "counters", newCounters3());
    /** At most `maxDatagrams`: a linear scan beats hashing a 4-part key. */
    __publicField(this, "datagrams", []);
    this.config = { ...defaultReassemblyConfig, ...config };
  }
  /**
   * Adds one fragment. `header` is the fragment's IP header (copied only from the first
   * fragment), `offset` in bytes, `payload` its data (copied). Returns the datagram when this
   * fragment completes it.
   */
  add(src, dst, protocol, ident, offset, moreFrags, header, payload, now) {
    const c = this.counters;
    c.fragments++;
    if (this.datagrams.length > 0) this.expireQuietly(now);
    const len = payload.length;
    const end = offset + len;
    if (moreFrags && (len === 0 || len % 8 !== 0)) {
      c.malformed++;
      return void 0;
    }
    const maxPayload = this.config.maxDatagramSize - 20;
    let d = this.find(src, dst, protocol, ident);
    if (d === void 0) {
      if (end > maxPayload) {
        c.tooLarge++;
        return void 0;
      }
      if (this.datagrams.length >= this.config.maxDatagrams) {
        c.tableFull++;
        return void 0;
      }
      d = {
        src,
        dst,
        protocol,
        ident,
        expiresAt: now + this.config.timeoutNs,
        dead: false,
        buf: new Uint8Array(moreFrags ? Math.min(maxPayload, Math.max(end * 2, 2048)) : end),
        ranges: [],
        received: 0,
        total: -1,
        firstHeader: void 0
      };
      this.datagrams.push(d);
    }
    if (d.dead) {
      c.discarded++;
      return void 0;
    }
    if (end > maxPayload) return this.kill(d, "tooLarge");
    if (!moreFrags) {
      if (d.total >= 0 && d.total !== end) return this.kill(d, "tooLarge");
      const last = d.ranges.length === 0 ? 0 : d.ranges[d.ranges.length - 1];
      if (end < last) return this.kill(d, "tooLarge");
      d.total = end;
    } else if (d.total >= 0 && end > d.total) {
      return this.kill(d, "tooLarge");
    }
    const r = d.ranges;
    let lo = 0;
    let hi = r.length >>> 1;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (r[2 * mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    const at2 = 2 * lo;
    if (at2 < r.length && r[at2] === offset && r[at2 + 1] === end) {
      c.duplicates++;
      return void 0;
    }
    if (at2 > 0 && r[at2 - 1] > offset) return this.kill(d, "overlaps");
    if (at2 < r.length && r[at2] < end) return this.kill(d, "overlaps");
    if (r.length / 2 >= this.config.maxFragments) return this.kill(d, "tooManyFragments");
    r.splice(at2, 0, offset, end);
    if (end > d.buf.length) {
      const grown = new Uint8Array(Math.min(maxPayload, Math.max(end, d.buf.length * 2)));
      grown.set(d.buf);
      d.buf = grown;
    }
    d.buf.set(payload, offset);
    d.received += len;
    if (offset === 0) d.firstHeader = header.slice();
    if (d.total < 0 || d.received !== d.total || d.firstHeader === void 0) return void 0;
    this.remove(d);
    c.reassembled++;
    return {
      src,
      dst,
      protocol,
      ident,
      firstHeader: d.firstHeader,
      payload: d.buf.length === d.total ? d.buf : d.buf.subarray(0, d.total)
    };
  }
  /**
   * Drops datagrams whose time is up. Returns those incomplete ones whose first fragment had
   * arrived, with its header and first 8 payload bytes: what an ICMP "fragment reassembly time
   * exceeded" message quotes (RFC 792, RFC 1122 3.2.1.4).
   */
  expire(now) {
    let out;
    for (let i = this.datagrams.length - 1; i >= 0; i--) {
      const d = this.datagrams[i];
      if (d.expiresAt > now) continue;
      this.datagrams.splice(i, 1);
      if (d.dead) continue;
      this.counters.timeouts++;
      if (d.firstHeader !== void 0) {
        const firstEnd = d.ranges[1] ?? 0;
        (out ?? (out = [])).push({
          src: d.src,
          dst: d.dst,
          protocol: d.protocol,
          ident: d.ident,
          firstHeader: d.firstHeader,
          firstBytes: d.buf.slice(0, Math.min(8, firstEnd))
        });
      }
    }
    return out ?? NONE;
  }
  expireQuietly(now) {
    for (const d of this.datagrams) {
      if (d.expiresAt <= now) {
        this.expire(now);
        return;
      }
    }
  }
  /** The next expiry, if any datagram (or discarded one) is held. */
  pollAt() {
    let at2;
    for (const d of this.datagrams) if (at2 === void 0 || d.expiresAt < at2) at2 = d.expiresAt;
    return at2;
  }
  /** Datagrams held, incomplete or discarded-until-expiry. */
  inProgress() {
    return this.datagrams.length;
  }
  stats() {
    return { ...this.counters, inProgress: this.datagrams.length };
  }
  find(src, dst, protocol, ident) {
    for (const d of this.datagrams) {
      if (d.ident === ident && d.src === src && d.dst === dst && d.protocol === protocol) return d;
    }
    return void 0;
  }
  kill(d, why) {
    this.counters[why]++;
    d.dead = true;
    d.buf = EMPTY2;
    d.ranges.length = 0;
    return void 0;
  }
  remove(d) {
    const i = this.datagrams.indexOf(d);
    if (i >= 0) this.datagrams.splice(i, 1);
  }
};
var EMPTY2 = new Uint8Array(0);

// ../../../packages/tcpip/src/ipv4.ts
var IPV4_MAX_PAYLOAD = 65535 - IPV4_HEADER_LEN;
var NO_ROUTE = -1;
var BROADCAST = -2;
var MULTICAST = -3;
var LOCAL = -4;
var multicastMac = (a) => new Uint8Array([1, 0, 94, a >>> 16 & 127, a >>> 8 & 255, a & 255]);
var writeHeader = (b, total, ident, flagsOffset, ttl, protocol, src, dst) => {
  b[0] = 69;
  b[1] = 0;
  b[2] = total >>> 8;
  b[3] = total & 255;
  b[4] = ident >>> 8;
  b[5] = ident & 255;
  b[6] = flagsOffset >>> 8;
  b[7] = flagsOffset & 255;
  b[8] = ttl;
  b[9] = protocol;
  b[10] = 0;
  b[11] = 0;
  ipv4Address.write(src, b, 12);
  ipv4Address.write(dst, b, 16);
  const c = checksum(b, 0, IPV4_HEADER_LEN);
  b[10] = c >>> 8;
  b[11] = c & 255;
};
var ipv4Layer = (deps, options = {}) => {
  const { ethernet, arp, ctx } = deps;
  const log2 = loggerOf(ctx, "tcpip.ipv4");
  const mtu = ethernet.mtu;
  const defaultTtl = options.ttl ?? 64;
  const acceptAny = options.acceptAnyWhileUnconfigured ?? true;
  const handlers = new Array(256).fill(void 0);
  const reasm = new Reassembler(options.reassembly);
  const timeoutListeners = [];
  let unknownProtocol;
  let ident = randomBelow(ctx.random, 65536);
  let connected = true;
  let cidr;
  let gw;
  let subnetBroadcast = -1;
  let addressList2 = [];
  let curHeader;
  let curHeaderLen = 0;
  let curLinkBroadcast = false;
  const rx = { packets: 0, delivered: 0, fragments: 0, truncated: 0, malformed: 0, badChecksum: 0, badSource: 0, notForUs: 0, unknownProtocol: 0 };
  const tx = { packets: 0, fragments: 0, local: 0, noRoute: 0, arpTimeout: 0, tooLarge: 0, disconnected: 0 };
  const setAddress = (c, g) => {
    cidr = c;
    gw = c === void 0 ? void 0 : g;
    subnetBroadcast = c === void 0 ? -1 : ipv4Cidr.broadcast(c) ?? -1;
    addressList2 = c === void 0 ? [] : [c];
    arp.setAddresses(c === void 0 ? [] : [c.address]);
    log2.info(c === void 0 ? "address cleared" : "address set", {
      cidr: c === void 0 ? "none" : ipv4Cidr.toString(c),
      gateway: gw === void 0 ? "none" : ipv4Address.toString(gw)
    });
  };
  const isBroadcast = (a) => a === 4294967295 || a === subnetBroadcast || a >>> 28 === 14;
  const isLocal = (a) => cidr !== void 0 && a === cidr.address;
  const nextHop = (dst) => {
    if (dst === 4294967295) return BROADCAST;
    if (dst >>> 28 === 14) return MULTICAST;
    if (cidr === void 0) return NO_ROUTE;
    if (dst === cidr.address) return LOCAL;
    if (dst === subnetBroadcast) return BROADCAST;
    if (ipv4Cidr.contains(cidr, dst)) return dst;
    if (gw !== void 0) return gw;
    return NO_ROUTE;
  };
  const source = (dst) => {
    if (nextHop(dst) === NO_ROUTE) return void 0;
    if (cidr !== void 0) return cidr.address;
    return dst === 4294967295 ? ipv4Address.unspecified : void 0;
  };
  const deliver = (protocol, src, dst, data, header, headerLen, linkBroadcast) => {
    const handler = handlers[protocol];
    if (handler === void 0) rx.unknownProtocol++;
    else rx.delivered++;
    if (handler === void 0 && unknownProtocol === void 0) return;
    curHeader = header;
    curHeaderLen = headerLen;
    curLinkBroadcast = linkBroadcast;
    try {
      if (handler !== void 0) handler(src, dst, data);
      else unknownProtocol?.(data);
    } finally {
      curHeader = void 0;
      curLinkBroadcast = false;
    }
  };
  const reportExpired = (expired) => {
    for (const e of expired) {
      log2.debug("fragment reassembly timed out", { src: ipv4Address.toString(e.src), ident: e.ident });
      for (const l of timeoutListeners) l(e);
    }
  };
  const reasmTimer = deadlineTimer(ctx, (now) => {
    reportExpired(reasm.expire(now));
    return reasm.pollAt();
  });
  const wholeHeader = (first, payloadLen) => {
    const h = first.slice();
    const total = Math.min(65535, h.length + payloadLen);
    h[2] = total >>> 8;
    h[3] = total & 255;
    h[6] = h[6] & 64;
    h[7] = 0;
    h[10] = 0;
    h[11] = 0;
    const c = checksum(h);
    h[10] = c >>> 8;
    h[11] = c & 255;
    return h;
  };
  const receive = (p, linkBroadcast, local) => {
    rx.packets++;
    const n = p.length;
    if (n < IPV4_HEADER_LEN) {
      rx.truncated++;
      return;
    }
    const vihl = p[0];
    const hl = (vihl & 15) * 4;
    const total = p[2] << 8 | p[3];
    if (vihl >>> 4 !== 4 || hl < IPV4_HEADER_LEN || total < hl) {
      rx.malformed++;
      return;
    }
    if (total > n) {
      rx.truncated++;
      return;
    }
    if (checksum(p, 0, hl) !== 0) {
      rx.badChecksum++;
      return;
    }
    const flagsOffset = p[6] << 8 | p[7];
    if ((flagsOffset & 32768) !== 0) {
      rx.malformed++;
      return;
    }
    const src = ipv4Address.read(p, 12);
    const dst = ipv4Address.read(p, 16);
    if (src === 4294967295 || src >>> 28 === 14 || !local && cidr !== void 0 && src === cidr.address) {
      rx.badSource++;
      return;
    }
    const forUs = dst === 4294967295 || (cidr === void 0 ? acceptAny && dst >>> 28 !== 14 : dst === cidr.address || dst === subnetBroadcast);
    if (!forUs) {
      rx.notForUs++;
      return;
    }
    const protocol = p[9];
    if ((flagsOffset & 16383) === 0) {
      deliver(protocol, src, dst, p.subarray(hl, total), p, hl, linkBroadcast);
      return;
    }
    rx.fragments++;
    const now = ctx.mclock.elapsedNs();
    reportExpired(reasm.expire(now));
    const r = reasm.add(
      src,
      dst,
      protocol,
      p[4] << 8 | p[5],
      (flagsOffset & 8191) * 8,
      (flagsOffset & 8192) !== 0,
      p.subarray(0, hl),
      p.subarray(hl, total),
      now
    );
    reasmTimer.arm(reasm.pollAt());
    if (r === void 0) return;
    const h = wholeHeader(r.firstHeader, r.payload.length);
    deliver(protocol, src, dst, r.payload, h, h.length, linkBroadcast);
  };
  const input = (payload, frame) => receive(payload, (frame[0] & 1) === 1, false);
  ethernet.register(EtherType.Ipv4, input);
  const fail2 = (e) => {
    switch (e._tag) {
      case "NoRoute":
        tx.noRoute++;
        break;
      case "ArpTimeout":
        tx.arpTimeout++;
        break;
      case "TooLarge":
        tx.tooLarge++;
        break;
      case "Disconnected":
        tx.disconnected++;
        break;
    }
    return left2(e);
  };
  const ofNetError = (e) => e._tag === "InvalidLength" ? fail2({ _tag: "TooLarge", size: e.size, message: e.message }) : fail2({ _tag: "Disconnected", message: e.message });
  const OK2 = right2(void 0);
  const transmit = async (mac, src, dst, protocol, payloadLen, fill, ttl, df) => {
    const id = ident;
    ident = ident + 1 & 65535;
    const total = IPV4_HEADER_LEN + payloadLen;
    if (total <= mtu) {
      const r = await ethernet.write(mac, EtherType.Ipv4, total, (b) => {
        writeHeader(b, total, id, df ? 16384 : 0, ttl, protocol, src, dst);
        fill(b.subarray(IPV4_HEADER_LEN, total), src);
      });
      if (r._tag === "Left") return ofNetError(r.left);
      tx.packets++;
      return OK2;
    }
    const whole = new Uint8Array(payloadLen);
    fill(whole, src);
    const step = mtu - IPV4_HEADER_LEN >>> 3 << 3;
    const writes = [];
    for (let off = 0; off < payloadLen; off += step) {
      const len = Math.min(step, payloadLen - off);
      const more = off + len < payloadLen;
      const o = off;
      writes.push(
        ethernet.write(mac, EtherType.Ipv4, IPV4_HEADER_LEN + len, (b) => {
          writeHeader(b, IPV4_HEADER_LEN + len, id, (more ? 8192 : 0) | o >>> 3, ttl, protocol, src, dst);
          b.set(whole.subarray(o, o + len), IPV4_HEADER_LEN);
        })
      );
    }
    const results = await Promise.all(writes);
    for (const r of results) if (r._tag === "Left") return ofNetError(r.left);
    tx.packets++;
    tx.fragments += writes.length;
    return OK2;
  };
  const write = async (dst, protocol, payloadLen, fill, opts) => {
    if (!connected) return fail2({ _tag: "Disconnected", message: "Cannot send an IP packet: the stack is disconnected" });
    if (!Number.isSafeInteger(payloadLen) || payloadLen < 0 || payloadLen > IPV4_MAX_PAYLOAD) {
      return fail2({ _tag: "TooLarge", size: payloadLen, message: `Cannot send an IP packet with ${payloadLen} bytes of payload: at most ${IPV4_MAX_PAYLOAD} fit` });
    }
    const df = opts?.dontFragment === true;
    if (IPV4_HEADER_LEN + payloadLen > mtu && (df || mtu < IPV4_HEADER_LEN + 8)) {
      return fail2({
        _tag: "TooLarge",
        size: payloadLen,
        message: `Cannot send an IP packet with ${payloadLen} bytes of payload: the MTU is ${mtu}${df ? " and Don't Fragment is set" : ""}`
      });
    }
    const hop = nextHop(dst);
    const src = opts?.src ?? source(dst);
    if (hop === NO_ROUTE || src === void 0) {
      return fail2({ _tag: "NoRoute", dst, message: `Cannot send to ${ipv4Address.toString(dst)}: ${cidr === void 0 ? "no address is set" : "no route"}` });
    }
    const t = opts?.ttl;
    const ttl = t !== void 0 && Number.isInteger(t) && t >= 0 && t <= 255 ? t : defaultTtl;
    if (hop === LOCAL) {
      const packet = new Uint8Array(IPV4_HEADER_LEN + payloadLen);
      writeHeader(packet, packet.length, ident, df ? 16384 : 0, ttl, protocol, src, dst);
      ident = ident + 1 & 65535;
      fill(packet.subarray(IPV4_HEADER_LEN), src);
      tx.local++;
      await Promise.resolve();
      if (connected) receive(packet, false, true);
      return OK2;
    }
    let mac;
    if (hop === BROADCAST) mac = macAddress.broadcast;
    else if (hop === MULTICAST) mac = multicastMac(dst);
    else {
      mac = arp.lookup(hop);
      if (mac === void 0) {
        const r = await arp.resolve(hop);
        if (r._tag === "Left") {
          return r.left._tag === "ArpTimeout" ? fail2({ _tag: "ArpTimeout", dst, message: r.left.message }) : fail2({ _tag: "Disconnected", message: r.left.message });
        }
        if (!connected) return fail2({ _tag: "Disconnected", message: "Cannot send an IP packet: the stack is disconnected" });
        mac = r.right;
      }
    }
    return transmit(mac, src, dst, protocol, payloadLen, fill, ttl, df);
  };
  if (options.cidr !== void 0) setAddress(options.cidr, options.gateway);
  return {
    mtu,
    source,
    write,
    register(protocol, handler) {
      handlers[protocol & 255] = handler;
    },
    setAddress,
    addresses: () => addressList2,
    gateway: () => gw,
    isBroadcast,
    isLocal,
    inputHeader: () => curHeader === void 0 ? void 0 : curHeader.subarray(0, curHeaderLen),
    inputLinkBroadcast: () => curLinkBroadcast,
    onReassemblyTimeout(listener) {
      timeoutListeners.push(listener);
    },
    onUnknownProtocol(listener) {
      unknownProtocol = listener;
    },
    input,
    stats: () => ({
      rx: {
        packets: rx.packets,
        delivered: rx.delivered,
        fragments: rx.fragments,
        dropped: {
          truncated: rx.truncated,
          malformed: rx.malformed,
          badChecksum: rx.badChecksum,
          badSource: rx.badSource,
          notForUs: rx.notForUs,
          unknownProtocol: rx.unknownProtocol
        },
        reassembly: reasm.stats()
      },
      tx: {
        packets: tx.packets,
        fragments: tx.fragments,
        local: tx.local,
        errors: { noRoute: tx.noRoute, arpTimeout: tx.arpTimeout, tooLarge: tx.tooLarge, disconnected: tx.disconnected }
      }
    }),
    disconnect() {
      connected = false;
      reasmTimer.stop();
    }
  };
};

// ../../../packages/tcpip/src/icmp.ts
var SECOND4 = 1000000000n;
var defaultIcmpConfig = { errorRate: { perSecond: 10, burst: 10 }, echoReply: true, protocolUnreachable: true };
var isQueryType = (t) => t === 0 || t === 8 || t >= 13 && t <= 18;
var icmpLayer = (ip, ctx, config = {}) => {
  const cfg = { ...defaultIcmpConfig, ...config };
  const log2 = loggerOf(ctx, "tcpip.icmp");
  const listeners = [];
  const pings = /* @__PURE__ */ new Map();
  const pingSent = /* @__PURE__ */ new Map();
  const defaultIdent = randomBelow(ctx.random, 65536);
  let nextSeq = 0;
  let connected = true;
  let tokens = cfg.errorRate.burst;
  let refilledAt = ctx.mclock.elapsedNs();
  const rx = {
    messages: 0,
    echoRequests: 0,
    echoReplies: 0,
    destUnreachable: 0,
    portUnreachable: 0,
    timeExceeded: 0,
    other: 0,
    truncated: 0,
    badChecksum: 0,
    malformed: 0,
    echoIgnored: 0,
    unexpectedReply: 0
  };
  const tx = { echoReplies: 0, echoRequests: 0, destUnreachable: 0, timeExceeded: 0, suppressed: 0, rateLimited: 0, failed: 0 };
  const countWrite = (p) => {
    void p.then((r) => {
      if (r._tag === "Left") tx.failed++;
    });
  };
  const takeToken = () => {
    const now = ctx.mclock.elapsedNs();
    const { perSecond, burst } = cfg.errorRate;
    tokens = Math.min(burst, tokens + Number(now - refilledAt) * perSecond / 1e9);
    refilledAt = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
  const sendError = (type, code, header, payload, linkBroadcast = false) => {
    if (!connected) return false;
    const hl = header.length;
    if (hl < 20) {
      tx.suppressed++;
      return false;
    }
    const origSrc = ipv4Address.read(header, 12);
    const origDst = ipv4Address.read(header, 16);
    const fragOffset = (header[6] & 31) << 8 | header[7];
    if (linkBroadcast || ip.isBroadcast(origDst) || !ipv4Address.isUnicast(origSrc) || ipv4Address.isLoopback(origSrc) || ip.isBroadcast(origSrc) || fragOffset !== 0 || header[9] === IpProtocol.Icmp && (payload.length < 1 || !isQueryType(payload[0]))) {
      tx.suppressed++;
      return false;
    }
    if (!takeToken()) {
      tx.rateLimited++;
      return false;
    }
    const quoted = Math.min(8, payload.length);
    const len = ICMPV4_HEADER_LEN + hl + quoted;
    const msg = new Uint8Array(len);
    msg[0] = type === "destUnreachable" ? Icmpv4Type.DestUnreachable : Icmpv4Type.TimeExceeded;
    msg[1] = code;
    msg.set(header, ICMPV4_HEADER_LEN);
    msg.set(payload.subarray(0, quoted), ICMPV4_HEADER_LEN + hl);
    const c = checksum(msg);
    msg[2] = c >>> 8;
    msg[3] = c & 255;
    if (type === "destUnreachable") tx.destUnreachable++;
    else tx.timeExceeded++;
    const src = ip.isLocal(origDst) ? origDst : void 0;
    countWrite(ip.write(origSrc, IpProtocol.Icmp, len, (b) => b.set(msg), src === void 0 ? void 0 : { src }));
    return true;
  };
  const echoReply = (src, dst, ident, seqNo, data) => {
    const copy = data.slice();
    const repr = { type: "echoReply", ident, seqNo, data: copy };
    tx.echoReplies++;
    countWrite(ip.write(src, IpProtocol.Icmp, Icmpv4Repr.bufferLen(repr), (b) => Icmpv4Repr.emit(repr, b), { src: dst }));
  };
  ip.register(IpProtocol.Icmp, (src, dst, payload) => {
    rx.messages++;
    const p = Icmpv4Packet.of(payload);
    if (p._tag === "Left") {
      rx.truncated++;
      return;
    }
    const pk = p.right;
    if (!pk.verifyChecksum()) {
      rx.badChecksum++;
      return;
    }
    const type = pk.msgType();
    const code = pk.msgCode();
    if (type === Icmpv4Type.EchoRequest && code === 0) {
      rx.echoRequests++;
      if (!cfg.echoReply || !ip.isLocal(dst) || ip.inputLinkBroadcast() || !ipv4Address.isUnicast(src) || ip.isBroadcast(src)) {
        rx.echoIgnored++;
        return;
      }
      echoReply(src, dst, pk.echoIdent(), pk.echoSeqNo(), pk.data());
      return;
    }
    if (type === Icmpv4Type.EchoReply && code === 0) {
      rx.echoReplies++;
      const key = pk.echoIdent() << 16 | pk.echoSeqNo();
      const waiter = pings.get(key);
      if (waiter === void 0) {
        rx.unexpectedReply++;
        return;
      }
      const sent = pingSent.get(key) ?? 0n;
      waiter(right2({ from: src, ident: pk.echoIdent(), seqNo: pk.echoSeqNo(), rttNs: ctx.mclock.elapsedNs() - sent, data: pk.data().slice() }));
      return;
    }
    if (type === Icmpv4Type.DestUnreachable || type === Icmpv4Type.TimeExceeded) {
      const r = Icmpv4Repr.parse(pk, { verifyChecksum: false });
      if (r._tag === "Left" || r.right.type !== "destUnreachable" && r.right.type !== "timeExceeded") {
        rx.malformed++;
        return;
      }
      const e = r.right;
      if (e.type === "destUnreachable") {
        rx.destUnreachable++;
        if (e.code === 3) rx.portUnreachable++;
      } else {
        rx.timeExceeded++;
      }
      log2.debug("ICMP error received", { type: e.type, code: e.code, from: ipv4Address.toString(src) });
      if (listeners.length === 0) return;
      const report = {
        type: e.type,
        code: e.code,
        nextHopMtu: e.type === "destUnreachable" ? e.nextHopMtu : 0,
        from: src,
        header: e.header,
        data: e.data
      };
      for (const l of listeners) l(report);
      return;
    }
    rx.other++;
  });
  ip.onUnknownProtocol((payload) => {
    if (cfg.protocolUnreachable) {
      const h = ip.inputHeader();
      if (h !== void 0) sendError("destUnreachable", DestUnreachableCode.ProtoUnreachable, h, payload, ip.inputLinkBroadcast());
    }
  });
  ip.onReassemblyTimeout((e) => {
    sendError("timeExceeded", TimeExceededCode.FragReassemblyExpired, e.firstHeader, e.firstBytes);
  });
  const ping = (dst, options = {}) => {
    if (!connected) return Promise.resolve(left2({ _tag: "Disconnected", message: "Cannot ping: the stack is disconnected" }));
    const ident = (options.ident ?? defaultIdent) & 65535;
    const seqNo = (options.seqNo ?? nextSeq++) & 65535;
    const data = options.data ?? Uint8Array.from({ length: 32 }, (_, i) => 32 + i);
    const key = ident << 16 | seqNo;
    const timeoutNs = options.timeoutNs ?? SECOND4;
    const repr = { type: "echoRequest", ident, seqNo, data };
    return new Promise((resolve) => {
      const stop = cancellation();
      const done = (r) => {
        if (pings.get(key) !== done) return;
        pings.delete(key);
        pingSent.delete(key);
        stop.cancel();
        resolve(r);
      };
      pings.get(key)?.(left2({ _tag: "Timeout", dst, message: `Cannot ping ${ipv4Address.toString(dst)}: superseded by a ping with the same id and sequence number` }));
      pings.set(key, done);
      pingSent.set(key, ctx.mclock.elapsedNs());
      tx.echoRequests++;
      void ip.write(dst, IpProtocol.Icmp, Icmpv4Repr.bufferLen(repr), (b) => Icmpv4Repr.emit(repr, b), options.ttl === void 0 ? void 0 : { ttl: options.ttl }).then((r) => {
        if (r._tag === "Left") {
          tx.failed++;
          done(r);
        }
      });
      void ctx.sleep.sleepNs(timeoutNs, stop.signal).then(() => {
        if (!stop.signal.aborted) done(left2({ _tag: "Timeout", dst, message: `Cannot ping ${ipv4Address.toString(dst)}: no reply within ${timeoutNs} ns` }));
      });
    });
  };
  return {
    destUnreachable(code, payload) {
      const h = ip.inputHeader();
      if (h === void 0) {
        tx.suppressed++;
        return false;
      }
      return sendError("destUnreachable", code, h, payload, ip.inputLinkBroadcast());
    },
    sendError,
    ping,
    onError(listener) {
      listeners.push(listener);
    },
    stats: () => ({
      rx: {
        messages: rx.messages,
        echoRequests: rx.echoRequests,
        echoReplies: rx.echoReplies,
        destUnreachable: rx.destUnreachable,
        portUnreachable: rx.portUnreachable,
        timeExceeded: rx.timeExceeded,
        other: rx.other,
        dropped: {
          truncated: rx.truncated,
          badChecksum: rx.badChecksum,
          malformed: rx.malformed,
          echoIgnored: rx.echoIgnored,
          unexpectedReply: rx.unexpectedReply
        }
      },
      tx: { ...tx }
    }),
    disconnect() {
      if (!connected) return;
      connected = false;
      for (const w of [...pings.values()]) w(left2({ _tag: "Disconnected", message: "Cannot ping: the stack is disconnected" }));
    }
  };
};

// ../../../packages/tcpip/src/udp.ts
var UDP_MAX_PAYLOAD = IPV4_MAX_PAYLOAD - UDP_HEADER_LEN;
var EPHEMERAL_FIRST = 49152;
var EPHEMERAL_LAST = 65535;
var ofIpError = (e) => {
  switch (e._tag) {
    case "TooLarge":
      return e;
    case "Disconnected":
      return e;
    case "NoRoute":
      return { _tag: "NoRoute", message: e.message };
    case "ArpTimeout":
      return { _tag: "NoRoute", message: e.message };
  }
};
var checkPort = (port, what) => {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`Cannot send a UDP datagram: ${what} ${port} is not in 1..65535`);
};
var udpLayer = (ip, icmp, ctx, options = {}) => {
  const log2 = loggerOf(ctx, "tcpip.udp");
  const listeners = /* @__PURE__ */ new Map();
  const portUnreachable = options.portUnreachable ?? true;
  const span2 = EPHEMERAL_LAST - EPHEMERAL_FIRST + 1;
  let nextEphemeral = randomBelow(ctx.random, span2);
  const rx = { datagrams: 0, delivered: 0, truncated: 0, malformed: 0, badChecksum: 0, noListener: 0, handlerErrors: 0 };
  const tx = { datagrams: 0, errors: 0 };
  const ephemeral = () => {
    for (let i = 0; i < span2; i++) {
      const port = EPHEMERAL_FIRST + nextEphemeral;
      nextEphemeral = (nextEphemeral + 1) % span2;
      if (!listeners.has(port)) return port;
    }
    return EPHEMERAL_FIRST + nextEphemeral;
  };
  ip.register(IpProtocol.Udp, (src, dst, p) => {
    rx.datagrams++;
    const n = p.length;
    if (n < UDP_HEADER_LEN) {
      rx.truncated++;
      return;
    }
    const len = p[4] << 8 | p[5];
    if (len < UDP_HEADER_LEN) {
      rx.malformed++;
      return;
    }
    if (len > n) {
      rx.truncated++;
      return;
    }
    const dstPort = p[2] << 8 | p[3];
    if (dstPort === 0) {
      rx.malformed++;
      return;
    }
    if ((p[6] !== 0 || p[7] !== 0) && checksum(p, 0, len, pseudoHeaderSum(src, dst, IpProtocol.Udp, len)) !== 0) {
      rx.badChecksum++;
      return;
    }
    const handler = listeners.get(dstPort);
    if (handler === void 0) {
      rx.noListener++;
      if (portUnreachable && icmp !== void 0) icmp.destUnreachable(DestUnreachableCode.PortUnreachable, p);
      return;
    }
    rx.delivered++;
    const srcPort = p[0] << 8 | p[1];
    try {
      handler({ src: { address: src, port: srcPort }, dst: { address: dst, port: dstPort }, data: p.subarray(UDP_HEADER_LEN, len) });
    } catch (e) {
      rx.handlerErrors++;
      log2.error("a UDP handler threw", { port: dstPort, error: String(e) });
    }
  });
  const write = async (dst, data, opts) => {
    checkPort(dst.port, "the destination port");
    if (opts?.srcPort !== void 0) checkPort(opts.srcPort, "the source port");
    const size = data.length;
    if (size > UDP_MAX_PAYLOAD) {
      tx.errors++;
      return left2({ _tag: "TooLarge", size, message: `Cannot send a UDP datagram of ${size} bytes: at most ${UDP_MAX_PAYLOAD} fit in IPv4` });
    }
    const srcPort = opts?.srcPort ?? ephemeral();
    const dstPort = dst.port;
    const len = UDP_HEADER_LEN + size;
    const ttl = opts?.ttl ?? options.ttl;
    const r = await ip.write(
      dst.address,
      IpProtocol.Udp,
      len,
      (b, src) => {
        b[0] = srcPort >>> 8;
        b[1] = srcPort & 255;
        b[2] = dstPort >>> 8;
        b[3] = dstPort & 255;
        b[4] = len >>> 8;
        b[5] = len & 255;
        b[6] = 0;
        b[7] = 0;
        b.set(data, UDP_HEADER_LEN);
        const c = checksum(b, 0, len, pseudoHeaderSum(src, dst.address, IpProtocol.Udp, len)) || 65535;
        b[6] = c >>> 8;
        b[7] = c & 255;
      },
      ttl === void 0 ? void 0 : { ttl }
    );
    if (r._tag === "Left") {
      tx.errors++;
      log2.debug("UDP write failed", { dst: ipv4Address.toString(dst.address), port: dstPort, error: r.left._tag });
      return left2(ofIpError(r.left));
    }
    tx.datagrams++;
    return right2(void 0);
  };
  return {
    kind: "udpv4",
    async listen(port, handler) {
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        return left2({ _tag: "InvalidPort", port, message: `Cannot listen on UDP port ${port}: ports are 1 to 65535` });
      }
      if (listeners.has(port)) return left2({ _tag: "PortInUse", port, message: `Cannot listen on UDP port ${port}: it already has a listener` });
      listeners.set(port, handler);
      return right2(void 0);
    },
    unlisten(port) {
      listeners.delete(port);
    },
    write,
    stats: () => ({
      rx: {
        datagrams: rx.datagrams,
        delivered: rx.delivered,
        dropped: { truncated: rx.truncated, malformed: rx.malformed, badChecksum: rx.badChecksum, noListener: rx.noListener },
        handlerErrors: rx.handlerErrors
      },
      tx: { ...tx }
    })
  };
};

// ../../../packages/tcpip/src/ip-stack.ts
var directIpStack = (net, ctx, options = {}) => {
  const log2 = loggerOf(ctx, "tcpip.stack");
  const ethernet = ethernetLayer(net, { log: loggerOf(ctx, "tcpip.ethernet") });
  const arp = arpLayer(ethernet, ctx, options.arp);
  const ip = ipv4Layer(
    { ethernet, arp, ctx },
    {
      ...options.ttl === void 0 ? {} : { ttl: options.ttl },
      ...options.reassembly === void 0 ? {} : { reassembly: options.reassembly }
    }
  );
  const icmp = icmpLayer(ip, ctx, options.icmp);
  const udp = udpLayer(ip, icmp, ctx, options.ttl === void 0 ? {} : { ttl: options.ttl });
  const listening = net.listen(ethernet.input);
  void listening.then((r) => {
    if (r._tag === "Left") log2.error("cannot listen on the network interface", { error: r.left.message });
  });
  if (options.cidr !== void 0) ip.setAddress(options.cidr, options.gateway);
  return {
    ethernet,
    arp,
    ip,
    icmp,
    udp,
    listening,
    stats: () => ({
      net: net.stats(),
      ethernet: ethernet.stats(),
      arp: arp.stats(),
      ipv4: ip.stats(),
      icmp: icmp.stats(),
      udp: udp.stats()
    }),
    async disconnect() {
      icmp.disconnect();
      ip.disconnect();
      arp.disconnect();
      ethernet.disconnect();
      await net.disconnect();
    }
  };
};

// unikernel.ts
var log = logger("network");
var echo = async (flow2) => {
  const peer = `${ipv4Address.toString(flow2.remote.address)}:${flow2.remote.port}`;
  let bytes = 0;
  for (; ; ) {
    const r = await flow2.read();
    if (isLeft2(r)) {
      log.warn(`connection from ${peer} failed: ${r.left.message}`);
      break;
    }
    if (r.right._tag === "Eof") break;
    bytes += r.right.data.length;
    const w = await flow2.write(r.right.data);
    if (isLeft2(w)) {
      log.warn(`cannot answer ${peer}: ${w.left.message}`);
      break;
    }
  }
  await flow2.close();
  log.info(`connection from ${peer} closed`, { bytes });
};
var Network = job(
  { stack: "stackv4" },
  { args: { port: arg.port({ doc: "the TCP port to echo on", default: 8080 }) } },
  async ({ stack }, { port }) => {
    const listening = await stack.tcp.listen(port, echo);
    if (isLeft2(listening)) throw new Error(listening.left.message);
    log.info(`echoing on TCP port ${port}`);
    await new Promise(() => {
    });
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
  const fail2 = (err) => {
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
        if (connected && failure2 === void 0) fail2(netError.ioError(`Cannot receive on network interface "${name}": the host reported error ${n}`));
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

// ../../../packages/tcpip/src/stack.ts
var DHCP_CLIENT_PORT = 68;
var DHCP_SERVER_PORT = 67;
var startDhcp = (ip, ctx) => {
  let receiver;
  void ip.udp.listen(DHCP_CLIENT_PORT, (d) => receiver?.(d.data, d.src.address));
  return runDhcp({
    mac: ip.ethernet.mac,
    random: ctx.random,
    mclock: ctx.mclock,
    sleep: ctx.sleep,
    logger: loggerOf(ctx, "tcpip.dhcp"),
    transport: {
      send: async (dst, bytes) => {
        const r = await ip.udp.write({ address: dst, port: DHCP_SERVER_PORT }, bytes, { srcPort: DHCP_CLIENT_PORT });
        if (isLeft2(r)) throw new Error(r.left.message);
      },
      onReceive: (cb) => {
        receiver = cb;
      }
    },
    onLease: (e) => {
      if (e._tag === "Lost") ip.ip.setAddress(void 0);
      else ip.ip.setAddress(e.cidr, e.gateway);
    }
  });
};
var orUndefined = (e) => isLeft2(e) ? void 0 : e.right;
var directStack = (net, ctx, options = {}) => {
  const ip = directIpStack(net, ctx, {
    ...options.cidr === void 0 ? {} : { cidr: options.cidr },
    ...options.gateway === void 0 ? {} : { gateway: options.gateway }
  });
  const tcp = tcpLayer(ip.ip, ctx);
  const dhcp = options.cidr === void 0 ? startDhcp(ip, ctx) : void 0;
  return {
    kind: "stackv4",
    ip,
    dhcp,
    tcp,
    udp: ip.udp,
    ipv4: {
      addresses: () => ip.ip.addresses(),
      gateway: () => ip.ip.gateway(),
      mtu: ip.ip.mtu
    },
    stats: () => ({ ...ip.stats(), tcp: tcp.stats() }),
    disconnect: async () => {
      dhcp?.stop();
      await tcp.close();
      await ip.disconnect();
    }
  };
};
var directStackArgs = {
  ipv4: arg.optional(
    arg.custom(
      argCodec("an IPv4 address with its prefix length, like 10.0.0.2/24", (s) => orUndefined(ipv4Cidr.parse(s)), ipv4Cidr.toString),
      { doc: "our IPv4 address and prefix (default: the one in config.ts; with neither, DHCP)", docv: "ADDR/PREFIX" }
    )
  ),
  ipv4Gateway: arg.optional(
    arg.custom(argCodec("an IPv4 address, like 10.0.0.1", (s) => orUndefined(ipv4Address.parse(s)), ipv4Address.toString), {
      doc: "the IPv4 gateway for destinations off our subnet",
      docv: "ADDR"
    })
  )
};
var directStackDevice = {
  kind: "stackv4",
  args: directStackArgs,
  connect: async (config, deps, ctx, args) => {
    let cidr = args.ipv4;
    let gateway = args.ipv4Gateway;
    if (cidr === void 0 && config.ipv4 !== void 0) {
      const c = ipv4Cidr.parse(config.ipv4);
      if (isLeft2(c)) return left2({ _tag: "InvalidConfig", message: `ipv4 in config.ts: ${c.left.message}` });
      cidr = c.right;
      if (gateway === void 0 && config.gateway !== void 0) {
        const g = ipv4Address.parse(config.gateway);
        if (isLeft2(g)) return left2({ _tag: "InvalidConfig", message: `gateway in config.ts: ${g.left.message}` });
        gateway = g.right;
      }
    }
    const log2 = loggerOf(ctx, "tcpip");
    const stack = directStack(deps.net, ctx, { ...cidr === void 0 ? {} : { cidr }, ...gateway === void 0 ? {} : { gateway } });
    if (stack.dhcp !== void 0) {
      log2.info("no --ipv4: asking DHCP for an address");
      const lease = await stack.dhcp.bound();
      cidr = lease.cidr;
      gateway = lease.gateway;
    }
    log2.info(`direct stack up: ${cidr === void 0 ? "?" : ipv4Cidr.toString(cidr)}${gateway === void 0 ? "" : ` via ${ipv4Address.toString(gateway)}`}`);
    return right2(stack);
  }
};

// mirage/main.ts
run(async () => {
  const boot = start(platform, { name: "network", args: [Network.args, netifDevice.args, directStackDevice.args] });
  const net = await boot.connect("net", 'netif("service")', netifDevice, { "name": "service" }, {});
  const stack = await boot.connect("stack", 'directStack("10.0.0.2/24")', directStackDevice, { "ipv4": "10.0.0.2/24", "gateway": "10.0.0.1" }, { net });
  await boot.run(Network, { stack });
});
