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
    function asErrValue(err2) {
      const obj = {
        type: err2.constructor.name,
        msg: err2.message,
        stack: err2.stack
      };
      for (const key in err2) {
        if (obj[key] === void 0) {
          obj[key] = err2[key];
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
var utf8Length = (s2) => {
  let n = 0;
  for (let i = 0; i < s2.length; i++) {
    const c = s2.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < s2.length && (s2.charCodeAt(i + 1) & 64512) === 56320) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};
var encodeRange = (s2, out, at2) => {
  let n = at2;
  const end = out.length;
  let i = 0;
  for (; i < s2.length; i++) {
    let c = s2.charCodeAt(i);
    if (c < 128) {
      if (n >= end) break;
      out[n++] = c;
      continue;
    }
    let units = 1;
    if (c >= 55296 && c <= 57343) {
      const d = c <= 56319 && i + 1 < s2.length ? s2.charCodeAt(i + 1) : 0;
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
var utf8Encode = (s2) => {
  const out = new Uint8Array(utf8Length(s2));
  encodeRange(s2, out, 0);
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
var parseLevels = (text2) => {
  let def = defaultLevels.default;
  const rules = [];
  for (const item of text2.split(",")) {
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
  (s2, c) => {
    const a = parse(s2);
    return a === void 0 ? failure(s2, c) : success(a);
  },
  encode
);
var argCodec = (expected, parse, encode) => fromString(expected, parse, encode, (u) => u !== void 0);
var intCodec = (min2, max) => fromString(
  `an integer from ${min2} to ${max}`,
  (s2) => {
    if (!/^-?\d+$/.test(s2)) return void 0;
    const n = Number(s2);
    return Number.isSafeInteger(n) && n >= min2 && n <= max ? n : void 0;
  },
  String,
  (u) => typeof u === "number"
);
var boolCodec = fromString(
  "true or false",
  (s2) => s2 === "true" ? true : s2 === "false" ? false : void 0,
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
    codec: fromString("a string", (s2) => s2, (s2) => s2, (u) => typeof u === "string"),
    doc: o.doc,
    docv: o.docv ?? "STRING",
    ...o.default === void 0 ? {} : { default: o.default }
  }),
  flag: (o) => ({ codec: boolCodec, doc: o.doc, docv: "BOOL", default: false, flag: true }),
  oneOf: (values, o) => ({
    codec: fromString(
      `one of ${values.join(", ")}`,
      (s2) => values.includes(s2) ? s2 : void 0,
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
    const text2 = raw.get(key);
    if (text2 === void 0) {
      if (spec.default === void 0 && spec.optional !== true && !help) {
        return { ok: false, error: { _tag: "MissingArgument", arg: flag, message: `${flag}=${spec.docv} is required: ${spec.doc}` } };
      }
      values[key] = spec.default;
      continue;
    }
    const decoded = spec.codec.decode(text2);
    if (isLeft2(decoded)) {
      return {
        ok: false,
        error: {
          _tag: "InvalidValue",
          arg: flag,
          value: text2,
          message: `invalid value "${text2}" for ${flag}: expected ${spec.codec.name} (${flag}=${spec.docv})`
        }
      };
    }
    values[key] = decoded.right;
  }
  return { ok: true, args: { values, help } };
};
var helpText = (name, specs, shorts = {}) => {
  const shortOf = new Map(Object.entries(shorts).map(([s2, long]) => [long, s2]));
  const rows = Object.entries(specs).map(([key, spec]) => {
    const long = flagName(key);
    const s2 = shortOf.get(long);
    const left3 = `${s2 === void 0 ? "    " : `-${s2}, `}--${long}${spec.flag === true ? "" : `=${spec.docv}`}`;
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
function chachaCore(s2, k, n, out, cnt, rounds = 20) {
  let y00 = s2[0], y01 = s2[1], y02 = s2[2], y03 = s2[3], y04 = k[0], y05 = k[1], y06 = k[2], y07 = k[3], y08 = k[4], y09 = k[5], y10 = k[6], y11 = k[7], y12 = cnt, y13 = n[0], y14 = n[1], y15 = n[2];
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
var quoteString = (s2) => {
  let quote = "'";
  if (s2.includes("'")) {
    if (!s2.includes('"')) quote = '"';
    else if (!s2.includes("`") && !s2.includes("${")) quote = "`";
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < s2.length; i++) {
    const c = s2.charCodeAt(i);
    let esc;
    if (c < 32) esc = META[c];
    else if (c === 39 && quote === "'") esc = "\\'";
    else if (c === 92) esc = "\\\\";
    else if (c >= 127 && c <= 159) esc = `\\x${c.toString(16).toUpperCase()}`;
    else if (c >= 55296 && c <= 57343) {
      const next = s2.charCodeAt(i + 1);
      if (c <= 56319 && next >= 56320 && next <= 57343) {
        i++;
        continue;
      }
      esc = `\\u${c.toString(16)}`;
    }
    if (esc !== void 0) {
      out += s2.slice(last, i) + esc;
      last = i + 1;
    }
  }
  return quote + out + s2.slice(last) + quote;
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
  let text2;
  if (typeof stack !== "string" || stack === "") text2 = `[${head2}]`;
  else if (stack.startsWith(head2) || stack.startsWith(safe(() => String(e.name), "Error"))) text2 = stack;
  else text2 = `${head2}
${stack}`;
  text2 = text2.replace(/\n+$/, "");
  if (ctx.indentationLvl > 0) text2 = text2.split("\n").join(`
${" ".repeat(ctx.indentationLvl)}`);
  return text2;
};
var isFullWidth = (c) => c >= 4352 && (c <= 4447 || c === 9001 || c === 9002 || c >= 11904 && c <= 12871 && c !== 12351 || c >= 12880 && c <= 19903 || c >= 19968 && c <= 42182 || c >= 43360 && c <= 43388 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65040 && c <= 65049 || c >= 65072 && c <= 65131 || c >= 65281 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 110592 && c <= 110593 || c >= 127488 && c <= 127569 || c >= 127744 && c <= 128591 || c >= 131072 && c <= 262141);
var isZeroWidth = (c) => c <= 31 || c >= 127 && c <= 159 || c >= 768 && c <= 879 || c >= 8203 && c <= 8207 || c >= 8400 && c <= 8447 || c >= 65024 && c <= 65039 || c >= 65056 && c <= 65071 || c >= 917760 && c <= 917999;
var stringWidth = (s2) => {
  let w = 0;
  let i = 0;
  for (; i < s2.length; i++) {
    const c = s2.charCodeAt(i);
    if (c >= 127) break;
    if (c >= 32) w++;
  }
  if (i === s2.length) return w;
  for (const ch of s2.slice(i).normalize("NFC")) {
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
  const entries2 = output.length;
  let out = output;
  if (isArrayLike && entries2 > 6) out = groupArrayElements(ctx, output, value);
  if (ctx.currentDepth - recurseTimes < ctx.compact && entries2 === out.length) {
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
  const syms = safe(() => Object.getOwnPropertySymbols(v), []).filter((s2) => ctx.showHidden || safe(() => Object.getOwnPropertyDescriptor(v, s2)?.enumerable === true, false));
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
      let s2;
      switch (c) {
        case "s":
          s2 = typeof arg2 === "number" ? formatNumber(arg2) : typeof arg2 === "bigint" ? `${arg2}n` : typeof arg2 === "symbol" ? safe(() => arg2.toString(), "Symbol()") : typeof arg2 === "object" && arg2 !== null && hasBuiltInToString(arg2) ? inspect(arg2, { depth: 0 }) : safe(() => String(arg2), "[object]");
          break;
        case "j":
          s2 = circularJson(arg2);
          break;
        case "d":
          s2 = typeof arg2 === "bigint" ? `${arg2}n` : typeof arg2 === "symbol" ? "NaN" : formatNumber(safe(() => Number(arg2), Number.NaN));
          break;
        case "i":
          s2 = typeof arg2 === "bigint" ? `${arg2}n` : typeof arg2 === "symbol" ? "NaN" : formatNumber(safe(() => Number.parseInt(String(arg2), 10), Number.NaN));
          break;
        case "f":
          s2 = typeof arg2 === "symbol" ? "NaN" : formatNumber(safe(() => Number.parseFloat(String(arg2)), Number.NaN));
          break;
        case "O":
          s2 = inspect(arg2);
          break;
        case "o":
          s2 = inspect(arg2, { showHidden: true, depth: 4 });
          break;
        default:
          s2 = "";
      }
      out += first.slice(last, i) + s2;
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
  const stateOf = (s2) => {
    const st = states.get(s2);
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
      const s2 = newSignal();
      const st = stateOf(s2);
      st.aborted = true;
      st.reason = reason === void 0 ? defaultReason() : reason;
      return s2;
    }
    static timeout(ms) {
      const n = Number(ms);
      if (!Number.isFinite(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
        throw new RangeError(`The value of "delay" is out of range. It must be >= 0 && <= ${Number.MAX_SAFE_INTEGER}. Received ${String(ms)}`);
      }
      const s2 = newSignal();
      env.unrefTimer(Math.trunc(n), () => signalAbort(s2, new (domException())("The operation was aborted due to timeout", "TimeoutError")));
      return s2;
    }
    static any(signals) {
      const all = Array.from(signals);
      for (const x of all) stateOf(x);
      const s2 = newSignal();
      const st = stateOf(s2);
      for (const x of all) {
        const xs = stateOf(x);
        if (xs.aborted) {
          st.aborted = true;
          st.reason = xs.reason;
          return s2;
        }
      }
      for (const x of all) stateOf(x).dependents.push(s2);
      return s2;
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
  const make3 = (repeat, callback, delay, args) => {
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
    setTimeout: (callback, delay, ...args) => make3(false, callback, delay, args),
    setInterval: (callback, delay, ...args) => make3(true, callback, delay, args),
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
  let s2 = sum;
  while (s2 > 65535) s2 = s2 % 65536 + Math.floor(s2 / 65536);
  return s2;
};
var checksumJs = (bytes, start2 = 0, end = bytes.length, initial = 0) => {
  const lo = start2 < 0 ? 0 : start2;
  const hi = end > bytes.length ? bytes.length : end;
  let s2 = initial;
  let i = lo;
  const last8 = hi - 7;
  for (; i < last8; i += 8) {
    s2 += (bytes[i] << 8 | bytes[i + 1]) + (bytes[i + 2] << 8 | bytes[i + 3]) + (bytes[i + 4] << 8 | bytes[i + 5]) + (bytes[i + 6] << 8 | bytes[i + 7]);
  }
  const last2 = hi - 1;
  for (; i < last2; i += 2) s2 += bytes[i] << 8 | bytes[i + 1];
  if (i < hi) s2 += bytes[i] << 8;
  return ~fold(s2) & 65535;
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
var shown = (s2) => JSON.stringify(s2.length > 40 ? `${s2.slice(0, 40)}\u2026` : s2);
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
    let s2 = "";
    for (let i = 0; i < 6; i++) {
      const b = mac[i];
      s2 += (i > 0 ? ":" : "") + HEX[b >> 4] + HEX[b & 15];
    }
    return s2;
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
var shown2 = (s2) => JSON.stringify(s2.length > 40 ? `${s2.slice(0, 40)}\u2026` : s2);
var invalidAddress = (what, input, why) => left2({ _tag: "InvalidIpv4Address", input, message: `Cannot parse ${what} ${shown2(input)}: ${why}` });
var parseQuad = (s2, from, to) => {
  let value = 0;
  let octets = 0;
  let i = from;
  while (octets < 4) {
    const begin = i;
    let octet = 0;
    while (i < to) {
      const c = s2.charCodeAt(i);
      if (c < 48 || c > 57) break;
      octet = octet * 10 + (c - 48);
      i++;
      if (i - begin > 3) return -1;
    }
    const digits = i - begin;
    if (digits === 0 || octet > 255) return -1;
    if (digits > 1 && s2.charCodeAt(begin) === 48) return -1;
    value = value * 256 + octet;
    octets++;
    if (octets < 4) {
      if (i >= to || s2.charCodeAt(i) !== 46) return -1;
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
  let s2 = "";
  for (let i = 0; i < end; i++) s2 += String.fromCharCode(b[i]);
  return s2;
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
var latin1Encode = (what, s2) => {
  const b = new Uint8Array(s2.length);
  for (let i = 0; i < s2.length; i++) {
    const c = s2.charCodeAt(i);
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
      let err2;
      switch (code) {
        case DhcpOption.ServerId:
          err2 = fixedLen(v, code, 4, "server identifier");
          repr.serverIdentifier = ipv4Address.read(v);
          break;
        case DhcpOption.LeaseTime:
          err2 = fixedLen(v, code, 4, "lease time");
          repr.leaseTime = u322(v);
          break;
        case DhcpOption.RenewalTime:
          err2 = fixedLen(v, code, 4, "T1");
          repr.renewalTime = u322(v);
          break;
        case DhcpOption.RebindingTime:
          err2 = fixedLen(v, code, 4, "T2");
          repr.rebindingTime = u322(v);
          break;
        case DhcpOption.SubnetMask:
          err2 = fixedLen(v, code, 4, "subnet mask");
          repr.subnetMask = ipv4Address.read(v);
          break;
        case DhcpOption.RequestedIp:
          err2 = fixedLen(v, code, 4, "requested IP");
          repr.requestedIp = ipv4Address.read(v);
          break;
        case DhcpOption.Router:
        case DhcpOption.DnsServer:
          if (v.length % 4 !== 0) {
            err2 = `Cannot parse a DHCP message: the ${code === DhcpOption.Router ? "router" : "DNS server"} option (${code}) is ${v.length} bytes, not a multiple of 4`;
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
          err2 = fixedLen(v, code, 2, "max message size");
          repr.maxMessageSize = (v[0] ?? 0) << 8 | (v[1] ?? 0);
          break;
        default:
          break;
      }
      if (err2 !== void 0) return malformed(err2);
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

// ../../../packages/http/src/headers.ts
var lower = (s2) => s2.toLowerCase();
var indexes = /* @__PURE__ */ new WeakMap();
var _HttpHeaders = class _HttpHeaders {
  constructor(fields) {
    /** Every field in the order received or given, names spelled as they were. */
    __publicField(this, "fields");
    this.fields = fields;
  }
  static of(init) {
    if (init === void 0) return _HttpHeaders.empty;
    if (init instanceof _HttpHeaders) return init;
    if (Array.isArray(init)) return new _HttpHeaders(init.map(([n, v]) => [n, v]));
    const fields = [];
    for (const [name, v] of Object.entries(init)) {
      if (typeof v === "string") fields.push([name, v]);
      else if (typeof v === "number") fields.push([name, String(v)]);
      else for (const x of v) fields.push([name, x]);
    }
    return new _HttpHeaders(fields);
  }
  /** @internal The parser's constructor: fields already validated. */
  static fromFields(fields) {
    return new _HttpHeaders(fields);
  }
  lookup_() {
    let index = indexes.get(this);
    if (index === void 0) {
      const m = /* @__PURE__ */ new Map();
      for (const [n, v] of this.fields) {
        const k = lower(n);
        const vs = m.get(k);
        if (vs === void 0) m.set(k, [v]);
        else vs.push(v);
      }
      index = m;
      indexes.set(this, m);
    }
    return index;
  }
  get size() {
    return this.fields.length;
  }
  has(name) {
    return this.lookup_().has(lower(name));
  }
  /** Every value of the field, in order (use this for Set-Cookie). */
  getAll(name) {
    return this.lookup_().get(lower(name)) ?? [];
  }
  /** The field's values joined with ", " (the combined value RFC 9110 defines), or undefined. */
  get(name) {
    const vs = this.lookup_().get(lower(name));
    return vs === void 0 ? void 0 : vs.length === 1 ? vs[0] : vs.join(", ");
  }
  /** The comma-separated elements of a list field, trimmed and lower-cased, empty ones dropped. */
  tokens(name) {
    const out = [];
    for (const v of this.getAll(name))
      for (const t of v.split(",")) {
        const x = t.trim().toLowerCase();
        if (x !== "") out.push(x);
      }
    return out;
  }
  /** These headers with every `name` field replaced by one with `value` (in place of the first). */
  with(name, value) {
    const k = lower(name);
    const out = [];
    let placed = false;
    for (const f of this.fields) {
      if (lower(f[0]) !== k) out.push(f);
      else if (!placed) {
        out.push([name, value]);
        placed = true;
      }
    }
    if (!placed) out.push([name, value]);
    return new _HttpHeaders(out);
  }
  /** These headers plus one more field at the end. */
  append(name, value) {
    return new _HttpHeaders([...this.fields, [name, value]]);
  }
  /** These headers without any of the named fields. */
  without(...names) {
    const ks = new Set(names.map(lower));
    return new _HttpHeaders(this.fields.filter(([n]) => !ks.has(lower(n))));
  }
};
__publicField(_HttpHeaders, "empty", new _HttpHeaders([]));
var HttpHeaders = _HttpHeaders;
var TCHAR = new Uint8Array(256);
for (let c = 48; c <= 57; c++) TCHAR[c] = 1;
for (let c = 65; c <= 90; c++) TCHAR[c] = 1;
for (let c = 97; c <= 122; c++) TCHAR[c] = 1;
for (const ch of "!#$%&'*+-.^_`|~") TCHAR[ch.charCodeAt(0)] = 1;
var isTchar = (c) => TCHAR[c] === 1;
var isToken = (s2) => {
  if (s2.length === 0) return false;
  for (let i = 0; i < s2.length; i++) if (TCHAR[s2.charCodeAt(i)] !== 1) return false;
  return true;
};
var isFieldValue = (s2) => {
  for (let i = 0; i < s2.length; i++) {
    const c = s2.charCodeAt(i);
    if (c > 255 || c < 32 && c !== 9 || c === 127) return false;
  }
  const first = s2.charCodeAt(0);
  const last = s2.charCodeAt(s2.length - 1);
  return s2.length === 0 || first !== 32 && first !== 9 && last !== 32 && last !== 9;
};
var invalidField = (headers) => {
  for (const [n, v] of headers.fields) {
    if (!isToken(n)) return `the header name ${JSON.stringify(n)} is not a token`;
    if (!isFieldValue(v)) return `the value of header ${n} has a control character, a character above U+00FF or surrounding whitespace`;
  }
  return void 0;
};

// ../../../packages/mirage-flow/src/bytes.ts
var utf8Encode2 = (s2) => {
  let ascii = true;
  for (let i = 0; i < s2.length; i++) {
    if (s2.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const out2 = new Uint8Array(s2.length);
    for (let i = 0; i < s2.length; i++) out2[i] = s2.charCodeAt(i);
    return out2;
  }
  const out = new Uint8Array(s2.length * 3);
  let n = 0;
  for (let i = 0; i < s2.length; i++) {
    let c = s2.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < s2.length) {
      const d = s2.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        c = 65536 + (c - 55296 << 10) + (d - 56320);
        i++;
      }
    }
    if (c >= 55296 && c <= 57343) c = 65533;
    if (c < 128) out[n++] = c;
    else if (c < 2048) {
      out[n++] = 192 | c >> 6;
      out[n++] = 128 | c & 63;
    } else if (c < 65536) {
      out[n++] = 224 | c >> 12;
      out[n++] = 128 | c >> 6 & 63;
      out[n++] = 128 | c & 63;
    } else {
      out[n++] = 240 | c >> 18;
      out[n++] = 128 | c >> 12 & 63;
      out[n++] = 128 | c >> 6 & 63;
      out[n++] = 128 | c & 63;
    }
  }
  return out.slice(0, n);
};
var latin1Decode2 = (b, start2 = 0, end = b.length) => {
  let s2 = "";
  for (let i = start2; i < end; i += 4096) s2 += String.fromCharCode(...b.subarray(i, Math.min(end, i + 4096)));
  return s2;
};
var latin1Encode2 = (s2) => {
  const out = new Uint8Array(s2.length);
  for (let i = 0; i < s2.length; i++) out[i] = s2.charCodeAt(i) & 255;
  return out;
};
var concatBytes = (chunks) => {
  if (chunks.length === 1) return chunks[0].slice();
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
};

// ../../../packages/http/src/parser.ts
var statusOfParseError = (e) => {
  switch (e._tag) {
    case "StartLineTooLong":
      return 414;
    case "HeadersTooLarge":
      return 431;
    case "BodyTooLarge":
      return 413;
    case "UnsupportedVersion":
      return 505;
    case "UnsupportedTransferEncoding":
      return 501;
    default:
      return 400;
  }
};
var CR = 13;
var LF = 10;
var SP = 32;
var HTAB = 9;
var MAX_CHUNK_LINE = 4096;
var MAX_CHUNK_SIZE_DIGITS = 13;
var MAX_LENGTH_DIGITS = 15;
var MAX_LEADING_BLANK_LINES = 8;
var err = (tag, message, extra = {}) => ({ _tag: tag, message, ...extra });
var indexOfCrlf = (b, from, to) => {
  for (let i = from; i + 1 < to; i++) if (b[i] === CR && b[i + 1] === LF) return i;
  return -1;
};
var indexOfBlankLine = (b, from, to) => {
  for (let i = from; i + 3 < to; i++) if (b[i] === CR && b[i + 1] === LF && b[i + 2] === CR && b[i + 3] === LF) return i;
  return -1;
};
var isVersion = (s2) => {
  if (!/^HTTP\/[0-9]\.[0-9]$/.test(s2)) return void 0;
  return s2 === "HTTP/1.1" || s2 === "HTTP/1.0" ? s2 : "other";
};
var parseFields = (b, start2, end, maxFields, what) => {
  const fields = [];
  let i = start2;
  while (i < end) {
    const eol = indexOfCrlf(b, i, end);
    if (eol < 0) return left2(err("BadHeader", `Cannot parse the ${what}: a line does not end in CRLF`));
    const first = b[i];
    if (first === SP || first === HTAB)
      return left2(err("BadHeader", `Cannot parse the ${what}: a line starts with whitespace (obs-fold is not accepted)`));
    let colon = i;
    while (colon < eol && isTchar(b[colon])) colon++;
    if (colon === i) return left2(err("BadHeader", `Cannot parse the ${what}: a field has an empty or invalid name`));
    if (colon === eol || b[colon] !== 58) return left2(err("BadHeader", `Cannot parse the ${what}: a field name has an invalid character or no colon`));
    let vs = colon + 1;
    let ve = eol;
    while (vs < ve && (b[vs] === SP || b[vs] === HTAB)) vs++;
    while (ve > vs && (b[ve - 1] === SP || b[ve - 1] === HTAB)) ve--;
    for (let k = vs; k < ve; k++) {
      const c = b[k];
      if (c < 32 && c !== HTAB || c === 127) return left2(err("BadHeader", `Cannot parse the ${what}: a field value has a control character`));
    }
    if (fields.length >= maxFields) return left2(err("HeadersTooLarge", `Cannot parse the ${what}: more than ${maxFields} fields`));
    fields.push([latin1Decode2(b, i, colon), latin1Decode2(b, vs, ve)]);
    i = eol + 2;
  }
  return right2(fields);
};
var makeParser = (kind, limits) => {
  const maxStartLine = limits.maxStartLineBytes ?? 8 * 1024;
  const maxHeaderBytes = limits.maxHeaderBytes ?? 16 * 1024;
  const maxHeaders = limits.maxHeaders ?? 100;
  const maxBody = limits.maxBodyBytes ?? Number.POSITIVE_INFINITY;
  const what = kind.isRequest ? "request" : "response";
  let buf = new Uint8Array(0);
  let pos = 0;
  let ended = false;
  let state = { s: "start", blankLines: 0 };
  let bodyBytes = 0;
  const fail2 = (e) => {
    state = { s: "failed", error: e };
    return left2(e);
  };
  const needMore = () => {
    if (!ended) return right2({ _tag: "NeedMore" });
    return fail2(err("UnexpectedEof", `Cannot parse the ${what}: the connection closed in the middle of a message`));
  };
  const avail = () => buf.length - pos;
  const finish = (trailers) => {
    state = { s: "start", blankLines: 0 };
    bodyBytes = 0;
    return right2({ _tag: "End", trailers });
  };
  const addBody = (n) => {
    bodyBytes += n;
    return bodyBytes > maxBody ? err("BodyTooLarge", `Cannot accept the ${what} body: it is larger than ${maxBody} bytes`, { limit: maxBody }) : void 0;
  };
  const takeBody = (n) => {
    const k = Math.min(n, avail());
    const out = buf.subarray(pos, pos + k);
    pos += k;
    return out;
  };
  const step = () => {
    switch (state.s) {
      case "failed":
        return left2(state.error);
      case "eof":
        return right2({ _tag: "Eof" });
      case "start": {
        while (kind.isRequest && avail() >= 2 && buf[pos] === CR && buf[pos + 1] === LF) {
          if (++state.blankLines > MAX_LEADING_BLANK_LINES) return fail2(err("BadStartLine", "Cannot parse the request: too many blank lines before it"));
          pos += 2;
        }
        if (avail() === 0 || kind.isRequest && avail() === 1 && buf[pos] === CR) {
          if (!ended) return right2({ _tag: "NeedMore" });
          if (avail() === 0) {
            state = { s: "eof" };
            return right2({ _tag: "Eof" });
          }
          return needMore();
        }
        const limit = Math.min(buf.length, pos + maxStartLine + 2);
        const eol = indexOfCrlf(buf, pos, limit);
        if (eol < 0) {
          if (buf.length - pos >= maxStartLine + 2)
            return fail2(err("StartLineTooLong", `Cannot parse the ${what}: its first line is longer than ${maxStartLine} bytes`, { limit: maxStartLine }));
          for (let i = pos; i < buf.length; i++) {
            const c = buf[i];
            if (c === LF || c === CR && i + 1 < buf.length)
              return fail2(err("BadStartLine", `Cannot parse the ${what}: its first line has a bare CR or LF`));
          }
          return needMore();
        }
        for (let i = pos; i < eol; i++) {
          const c = buf[i];
          if (c < 32 || c === 127) return fail2(err("BadStartLine", `Cannot parse the ${what}: its first line has a control character`));
        }
        const line = latin1Decode2(buf, pos, eol);
        const r = kind.startLine(line);
        if (r._tag === "Left") return fail2(r.left);
        pos = eol + 2;
        state = { s: "headers", build: r.right, scanned: pos };
        return step();
      }
      case "headers":
      case "trailers": {
        const start2 = pos;
        let blockEnd;
        if (avail() >= 2 && buf[pos] === CR && buf[pos + 1] === LF) blockEnd = pos;
        else {
          const from = Math.max(start2, state.scanned - 3);
          const limit = Math.min(buf.length, start2 + maxHeaderBytes + 2);
          const i = indexOfBlankLine(buf, from, limit);
          if (i < 0) {
            state.scanned = buf.length;
            if (buf.length - start2 >= maxHeaderBytes + 2)
              return fail2(err("HeadersTooLarge", `Cannot parse the ${what}: its ${state.s === "headers" ? "header" : "trailer"} block is larger than ${maxHeaderBytes} bytes`));
            return needMore();
          }
          blockEnd = i + 2;
        }
        const fields = parseFields(buf, start2, blockEnd, maxHeaders, `${what} ${state.s === "headers" ? "headers" : "trailers"}`);
        if (fields._tag === "Left") return fail2(fields.left);
        pos = blockEnd + 2;
        const headers = HttpHeaders.fromFields(fields.right);
        if (state.s === "trailers") return finish(headers);
        const head2 = state.build(headers);
        const f = kind.framing(head2, headers);
        if (f._tag === "Left") return fail2(f.left);
        const framing = f.right;
        if (framing._tag === "Length") {
          if (framing.length > maxBody)
            return fail2(err("BodyTooLarge", `Cannot accept the ${what} body: its Content-Length ${framing.length} is larger than ${maxBody} bytes`, { limit: maxBody }));
          state = { s: "fixed", remaining: framing.length };
        } else if (framing._tag === "Chunked") state = { s: "chunkSize" };
        else state = { s: "untilClose" };
        return right2({ _tag: "Head", head: head2, framing });
      }
      case "fixed": {
        if (state.remaining === 0) return finish(HttpHeaders.empty);
        const data = takeBody(state.remaining);
        if (data.length === 0) return needMore();
        state.remaining -= data.length;
        return right2({ _tag: "Body", data });
      }
      case "untilClose": {
        const data = takeBody(avail());
        if (data.length > 0) {
          const e = addBody(data.length);
          return e === void 0 ? right2({ _tag: "Body", data }) : fail2(e);
        }
        if (!ended) return right2({ _tag: "NeedMore" });
        state = { s: "eof" };
        return right2({ _tag: "End", trailers: HttpHeaders.empty });
      }
      case "chunkSize": {
        const limit = Math.min(buf.length, pos + MAX_CHUNK_LINE + 2);
        const eol = indexOfCrlf(buf, pos, limit);
        if (eol < 0) {
          if (buf.length - pos >= MAX_CHUNK_LINE + 2) return fail2(err("BadChunk", `Cannot parse the ${what} body: a chunk-size line is longer than ${MAX_CHUNK_LINE} bytes`));
          return needMore();
        }
        let i = pos;
        let size = 0;
        while (i < eol) {
          const c = buf[i];
          const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
          if (d < 0) break;
          size = size * 16 + d;
          i++;
        }
        if (i === pos) return fail2(err("BadChunk", `Cannot parse the ${what} body: a chunk size is not a hexadecimal number`));
        if (i - pos > MAX_CHUNK_SIZE_DIGITS) return fail2(err("BadChunk", `Cannot parse the ${what} body: a chunk size has more than ${MAX_CHUNK_SIZE_DIGITS} digits`));
        while (i < eol && (buf[i] === SP || buf[i] === HTAB)) i++;
        if (i < eol) {
          if (buf[i] !== 59) return fail2(err("BadChunk", `Cannot parse the ${what} body: a chunk size is followed by something other than an extension`));
          for (let k = i; k < eol; k++) {
            const c = buf[k];
            if (c < 32 && c !== HTAB || c === 127) return fail2(err("BadChunk", `Cannot parse the ${what} body: a chunk extension has a control character`));
          }
        }
        pos = eol + 2;
        if (size === 0) {
          state = { s: "trailers", scanned: pos };
          return step();
        }
        const e = addBody(size);
        if (e !== void 0) return fail2(e);
        state = { s: "chunkData", remaining: size };
        return step();
      }
      case "chunkData": {
        const data = takeBody(state.remaining);
        if (data.length === 0) return needMore();
        state.remaining -= data.length;
        if (state.remaining === 0) state = { s: "chunkCrlf" };
        return right2({ _tag: "Body", data });
      }
      case "chunkCrlf": {
        if (avail() < 2) {
          if (avail() === 1 && buf[pos] !== CR) return fail2(err("BadChunk", `Cannot parse the ${what} body: chunk data is not followed by CRLF`));
          return needMore();
        }
        if (buf[pos] !== CR || buf[pos + 1] !== LF) return fail2(err("BadChunk", `Cannot parse the ${what} body: chunk data is not followed by CRLF`));
        pos += 2;
        state = { s: "chunkSize" };
        return step();
      }
    }
  };
  return {
    feed(data) {
      if (ended || data.length === 0) return;
      if (state.s === "headers" || state.s === "trailers") state.scanned -= pos;
      if (pos >= buf.length) buf = data;
      else {
        const rest = buf.length - pos;
        const nb = new Uint8Array(rest + data.length);
        nb.set(buf.subarray(pos), 0);
        nb.set(data, rest);
        buf = nb;
      }
      pos = 0;
    },
    end() {
      ended = true;
    },
    next() {
      return step();
    },
    takeRest() {
      const rest = buf.subarray(pos);
      buf = new Uint8Array(0);
      pos = 0;
      if (state.s === "headers" || state.s === "trailers") state.scanned = 0;
      return rest;
    },
    get idle() {
      if (state.s !== "start") return false;
      for (let i = pos; i < buf.length; i++) if (buf[i] !== CR && buf[i] !== LF) return false;
      return true;
    }
  };
};
var lengthOf = (headers, what) => {
  const values = headers.getAll("content-length");
  if (values.length === 0) return right2(void 0);
  let result;
  for (const v of values)
    for (const part of v.split(",")) {
      const s2 = part.trim();
      if (!/^[0-9]+$/.test(s2)) return left2(err("BadContentLength", `Cannot parse the ${what}: Content-Length ${JSON.stringify(v)} is not a number`));
      const n = s2.replace(/^0+(?=.)/, "");
      if (result !== void 0 && result !== n) return left2(err("BadContentLength", `Cannot parse the ${what}: it has conflicting Content-Length values`));
      result = n;
    }
  if (result === void 0) return left2(err("BadContentLength", `Cannot parse the ${what}: Content-Length is empty`));
  if (result.length > MAX_LENGTH_DIGITS) return left2(err("BadContentLength", `Cannot parse the ${what}: Content-Length ${result} is too large`));
  return right2(Number(result));
};
var transferEncodingOf = (headers, what, isRequest) => {
  if (!headers.has("transfer-encoding")) return right2(void 0);
  const codings = headers.tokens("transfer-encoding");
  if (codings.length === 0) return left2(err("BadTransferEncoding", `Cannot parse the ${what}: Transfer-Encoding is empty`));
  const last = codings[codings.length - 1];
  if (codings.slice(0, -1).includes("chunked"))
    return left2(err("BadTransferEncoding", `Cannot parse the ${what}: chunked is not the last transfer coding or appears twice`));
  if (last === "chunked") {
    if (codings.length === 1) return right2("chunked");
    return left2(err("UnsupportedTransferEncoding", `Cannot parse the ${what}: only the chunked transfer coding is supported, not ${codings.join(", ")}`));
  }
  if (isRequest) return left2(err("BadTransferEncoding", `Cannot parse the request: its last transfer coding is ${last}, not chunked`));
  return right2("other");
};
var REQUEST_LINE = /^([^ ]+) ([^ ]+) ([^ ]+)$/;
var requestKind = {
  isRequest: true,
  startLine(line) {
    const m = REQUEST_LINE.exec(line);
    if (m === null) return left2(err("BadStartLine", "Cannot parse the request line: it is not METHOD SP TARGET SP VERSION"));
    const [, method, target, version] = m;
    for (let i = 0; i < method.length; i++) if (!isTchar(method.charCodeAt(i))) return left2(err("BadStartLine", "Cannot parse the request line: the method is not a token"));
    for (let i = 0; i < target.length; i++) {
      const c = target.charCodeAt(i);
      if (c <= 32 || c >= 127) return left2(err("BadStartLine", "Cannot parse the request line: the target has a character outside US-ASCII VCHAR"));
    }
    const v = isVersion(version);
    if (v === void 0) return left2(err("BadStartLine", `Cannot parse the request line: ${JSON.stringify(version)} is not an HTTP version`));
    if (v === "other") return left2(err("UnsupportedVersion", `Cannot serve ${version}: only HTTP/1.0 and HTTP/1.1 are supported`));
    return right2((headers) => ({ method, target, version: v, headers }));
  },
  framing(head2, headers) {
    const hosts = headers.getAll("host");
    if (hosts.length > 1) return left2(err("BadHost", "Cannot parse the request: it has more than one Host header"));
    if (hosts.length === 0 && head2.version === "HTTP/1.1") return left2(err("BadHost", "Cannot parse the request: an HTTP/1.1 request must have a Host header"));
    if (hosts.length === 1 && /[\s/?#@]/.test(hosts[0])) return left2(err("BadHost", "Cannot parse the request: its Host header is not a host[:port]"));
    const te = transferEncodingOf(headers, "request", true);
    if (te._tag === "Left") return te;
    const cl = lengthOf(headers, "request");
    if (te.right !== void 0 && headers.has("content-length"))
      return left2(err("AmbiguousLength", "Cannot parse the request: it has both Transfer-Encoding and Content-Length"));
    if (te.right !== void 0 && head2.version === "HTTP/1.0")
      return left2(err("BadTransferEncoding", "Cannot parse the request: HTTP/1.0 has no Transfer-Encoding"));
    if (te.right === "chunked") return right2({ _tag: "Chunked" });
    if (cl._tag === "Left") return cl;
    return right2({ _tag: "Length", length: cl.right ?? 0 });
  }
};
var requestParser = (limits = {}) => makeParser(requestKind, limits);

// ../../../packages/http/src/serialize.ts
var REASONS = {
  100: "Continue",
  101: "Switching Protocols",
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  206: "Partial Content",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  411: "Length Required",
  413: "Content Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  417: "Expectation Failed",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported"
};
var reasonPhrase = (status) => REASONS[status] ?? "";
var headerLines = (headers) => {
  let s2 = "";
  for (const [n, v] of headers.fields) s2 += `${n}: ${v}\r
`;
  return s2;
};
var serializeResponseHead = (head2) => latin1Encode2(`${head2.version} ${head2.status} ${head2.reason ?? reasonPhrase(head2.status)}\r
${headerLines(head2.headers)}\r
`);
var CRLF = new Uint8Array([13, 10]);
var encodeChunk = (data) => {
  if (data.length === 0) return [];
  return [latin1Encode2(`${data.length.toString(16)}\r
`), data, CRLF];
};
var encodeLastChunk = (trailers) => latin1Encode2(`0\r
${trailers === void 0 ? "" : headerLines(trailers)}\r
`);
var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var pad2 = (n) => n < 10 ? `0${n}` : `${n}`;
var httpDate = (ns) => {
  const d = new Date(Number(ns / 1000000n));
  const year = d.getUTCFullYear();
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${year < 1e3 ? String(year).padStart(4, "0") : year} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} GMT`;
};

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

// ../../../packages/http/src/server.ts
var splitTarget = (target) => {
  let t = target;
  if (!t.startsWith("/")) {
    const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(t);
    if (m === null) return { path: t, query: "" };
    t = t.slice(m[0].length);
    if (t === "" || t.startsWith("?")) t = `/${t}`;
  }
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  const q = t.indexOf("?");
  return q < 0 ? { path: t, query: "" } : { path: t.slice(0, q), query: t.slice(q + 1) };
};
var LINGER_NS = 2000000000n;
var LINGER_BYTES = 4 * 1024 * 1024;
var CONTINUE = utf8Encode2("HTTP/1.1 100 Continue\r\n\r\n");
var isStream = (b) => typeof b !== "string" && !(b instanceof Uint8Array);
var serve = async (flow2, handler, options = {}) => {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const parser = requestParser({ ...options, maxBodyBytes });
  const { sleep, idleTimeoutNs } = options;
  let requests = 0;
  const readOnce = async () => {
    if (sleep === void 0 || idleTimeoutNs === void 0) return flow2.read();
    const c = cancellation();
    const timer = sleep.sleepNs(idleTimeoutNs, c.signal).then(() => "timeout");
    const r = await Promise.race([flow2.read(), timer]);
    c.cancel();
    return r;
  };
  const nextEvent = async () => {
    for (; ; ) {
      const event = parser.next();
      if (event._tag === "Left" || event.right._tag !== "NeedMore") return { _tag: "Event", event };
      const r = await readOnce();
      if (r === "timeout") return { _tag: "Timeout" };
      if (r._tag === "Left") return { _tag: "FlowError", error: r.left };
      if (r.right._tag === "Eof") parser.end();
      else parser.feed(r.right.data);
    }
  };
  const baseHeaders = (h) => {
    let out = h;
    if (options.now !== void 0 && !out.has("date")) out = out.append("Date", httpDate(options.now()));
    if (options.serverName !== void 0 && !out.has("server")) out = out.append("Server", options.serverName);
    return out;
  };
  const linger = async () => {
    if (sleep === void 0) return;
    await flow2.shutdown("write");
    const c = cancellation();
    const timer = sleep.sleepNs(idleTimeoutNs !== void 0 && idleTimeoutNs < LINGER_NS ? idleTimeoutNs : LINGER_NS, c.signal);
    const drain = (async () => {
      for (let total = 0; total < LINGER_BYTES; ) {
        const r = await flow2.read();
        if (r._tag === "Left" || r.right._tag === "Eof") return;
        total += r.right.data.length;
      }
    })();
    await Promise.race([timer, drain]);
    c.cancel();
  };
  const finish = async (end) => {
    await flow2.close();
    return { requests, end };
  };
  const refuse = async (status, error) => {
    const body = utf8Encode2(`${status} ${reasonPhrase(status)}
`);
    const headers = baseHeaders(
      HttpHeaders.of([
        ["Content-Type", "text/plain; charset=utf-8"],
        ["Content-Length", String(body.length)],
        ["Connection", "close"]
      ])
    );
    const w = await flow2.writev([serializeResponseHead({ version: "HTTP/1.1", status, headers }), body]);
    if (w._tag === "Right") await linger();
    return finish({ _tag: "BadRequest", status, error });
  };
  for (; ; ) {
    const first = await nextEvent();
    if (first._tag === "Timeout") {
      if (parser.idle) return finish({ _tag: "IdleTimeout" });
      await flow2.writev([
        serializeResponseHead({ version: "HTTP/1.1", status: 408, headers: baseHeaders(HttpHeaders.of({ "Content-Length": "0", Connection: "close" })) })
      ]);
      return finish({ _tag: "IdleTimeout" });
    }
    if (first._tag === "FlowError") return finish({ _tag: "FlowError", error: first.error });
    if (first.event._tag === "Left") return refuse(statusOfParseError(first.event.left), first.event.left);
    const ev = first.event.right;
    if (ev._tag === "Eof") return finish({ _tag: "PeerClosed" });
    if (ev._tag !== "Head") throw new Error(`unreachable: the request parser gave ${ev._tag} before a head`);
    const head2 = ev.head;
    const expect = head2.headers.get("expect");
    if (expect !== void 0) {
      if (expect.toLowerCase() !== "100-continue")
        return refuse(417, { _tag: "ExpectationFailed", message: `Cannot meet the expectation ${JSON.stringify(expect)}` });
      if (head2.version === "HTTP/1.1" && !(ev.framing._tag === "Length" && ev.framing.length === 0)) {
        const w = await flow2.write(CONTINUE);
        if (isLeft2(w)) return finish({ _tag: "FlowError", error: w.left });
      }
    }
    const chunks = [];
    let total = 0;
    let trailers = HttpHeaders.empty;
    for (; ; ) {
      const r = await nextEvent();
      if (r._tag === "Timeout") {
        await flow2.writev([
          serializeResponseHead({ version: "HTTP/1.1", status: 408, headers: baseHeaders(HttpHeaders.of({ "Content-Length": "0", Connection: "close" })) })
        ]);
        return finish({ _tag: "IdleTimeout" });
      }
      if (r._tag === "FlowError") return finish({ _tag: "FlowError", error: r.error });
      if (r.event._tag === "Left") return refuse(statusOfParseError(r.event.left), r.event.left);
      const e = r.event.right;
      if (e._tag === "Body") {
        chunks.push(e.data);
        total += e.data.length;
      } else if (e._tag === "End") {
        trailers = e.trailers;
        break;
      } else throw new Error(`unreachable: the request parser gave ${e._tag} inside a body`);
    }
    const connection = head2.headers.tokens("connection");
    const clientKeepAlive = head2.version === "HTTP/1.1" ? !connection.includes("close") : connection.includes("keep-alive");
    const req = { ...head2, ...splitTarget(head2.target), body: chunks.length === 1 ? chunks[0] : concatBytes(chunks), trailers };
    let res;
    let problem;
    try {
      res = await handler(req);
      problem = checkResponse(res);
    } catch (e) {
      problem = e;
      res = { status: 500 };
    }
    if (problem !== void 0) {
      options.onHandlerError?.(problem, req);
      const body = utf8Encode2("500 Internal Server Error\n");
      const headers = baseHeaders(HttpHeaders.of({ "Content-Type": "text/plain; charset=utf-8", "Content-Length": String(body.length), Connection: "close" }));
      await flow2.writev([serializeResponseHead({ version: "HTTP/1.1", status: 500, headers }), ...head2.method === "HEAD" ? [] : [body]]);
      return finish({ _tag: "HandlerError", error: problem });
    }
    requests++;
    const sent = await writeResponse(flow2, head2, res, clientKeepAlive, baseHeaders);
    if (sent._tag === "FlowError") return finish({ _tag: "FlowError", error: sent.error });
    if (sent._tag === "StreamError") {
      options.onHandlerError?.(sent.error, req);
      return finish({ _tag: "HandlerError", error: sent.error });
    }
    if (!sent.keepAlive) return finish({ _tag: "ConnectionClose" });
  }
};
var checkResponse = (res) => {
  if (typeof res !== "object" || res === null) return new TypeError("Cannot send the response: the handler returned no response object");
  if (!Number.isInteger(res.status) || res.status < 200 || res.status > 999)
    return new RangeError(`Cannot send the response: status ${res.status} is not an integer from 200 to 999`);
  if (res.reason !== void 0 && /[\r\n\0]/.test(res.reason)) return new TypeError("Cannot send the response: the reason phrase has CR, LF or NUL");
  const bad = invalidField(HttpHeaders.of(res.headers));
  return bad === void 0 ? void 0 : new TypeError(`Cannot send the response: ${bad}`);
};
var writeResponse = async (flow2, req, res, clientKeepAlive, baseHeaders) => {
  const given = HttpHeaders.of(res.headers);
  let keepAlive = clientKeepAlive && !given.tokens("connection").includes("close");
  const noBody = req.method === "HEAD" || res.status === 204 || res.status === 304;
  const noLength = res.status === 204 || res.status === 304;
  const body = res.body ?? new Uint8Array(0);
  let headers = given.without("transfer-encoding", "connection");
  let bytes;
  let framing;
  if (!isStream(body)) {
    bytes = typeof body === "string" ? utf8Encode2(body) : body;
    headers = headers.without("content-length");
    if (!noLength) headers = headers.append("Content-Length", String(bytes.length));
  } else {
    const cl = given.getAll("content-length");
    const n = cl.length === 1 && /^[0-9]{1,15}$/.test(cl[0]) ? Number(cl[0]) : void 0;
    headers = headers.without("content-length");
    if (n !== void 0) {
      framing = { _tag: "Length", length: n };
      if (!noLength) headers = headers.append("Content-Length", String(n));
    } else if (noBody) {
    } else if (req.version === "HTTP/1.1") {
      framing = { _tag: "Chunked" };
      headers = headers.append("Transfer-Encoding", "chunked");
    } else {
      framing = { _tag: "UntilClose" };
      keepAlive = false;
    }
  }
  if (!keepAlive) headers = headers.append("Connection", "close");
  else if (req.version === "HTTP/1.0") headers = headers.append("Connection", "keep-alive");
  headers = baseHeaders(headers);
  const head2 = serializeResponseHead({ version: "HTTP/1.1", status: res.status, reason: res.reason ?? reasonPhrase(res.status), headers });
  if (bytes !== void 0 || noBody || framing === void 0) {
    const w = await flow2.writev(noBody || bytes === void 0 || bytes.length === 0 ? [head2] : [head2, bytes]);
    return w._tag === "Left" ? { _tag: "FlowError", error: w.left } : { _tag: "Ok", keepAlive };
  }
  const hw = await flow2.write(head2);
  if (hw._tag === "Left") return { _tag: "FlowError", error: hw.left };
  let sent = 0;
  try {
    for await (const chunk of body) {
      if (chunk.length === 0) continue;
      sent += chunk.length;
      if (framing._tag === "Length" && sent > framing.length)
        return { _tag: "StreamError", error: new RangeError(`Cannot send the response body: the stream is longer than its Content-Length ${framing.length}`) };
      const w = await (framing._tag === "Chunked" ? flow2.writev(encodeChunk(chunk)) : flow2.write(chunk));
      if (w._tag === "Left") return { _tag: "FlowError", error: w.left };
    }
  } catch (e) {
    return { _tag: "StreamError", error: e };
  }
  if (framing._tag === "Length" && sent !== framing.length)
    return { _tag: "StreamError", error: new RangeError(`Cannot send the response body: the stream ended after ${sent} of its Content-Length ${framing.length} bytes`) };
  if (framing._tag === "Chunked") {
    const w = await flow2.write(encodeLastChunk());
    if (w._tag === "Left") return { _tag: "FlowError", error: w.left };
  }
  return { _tag: "Ok", keepAlive };
};

// ../../../packages/http/src/router.ts
var TYPES = {
  html: "text/html; charset=utf-8",
  htm: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: "application/json",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  xml: "application/xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
  ico: "image/x-icon",
  wasm: "application/wasm",
  woff2: "font/woff2",
  pdf: "application/pdf"
};
var contentTypeOf = (path) => {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return "application/octet-stream";
  return TYPES[base.slice(dot + 1).toLowerCase()] ?? "application/octet-stream";
};

// ../../../packages/mirage-kv/src/key.ts
var make2 = (segments) => Object.freeze(segments.slice());
var checkSegment = (segment) => {
  if (segment === "" || segment.includes("/")) {
    throw new RangeError(`Cannot build key: ${JSON.stringify(segment)} is not a valid segment`);
  }
  return segment;
};
var root = make2([]);
var compareStrings = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var Key = {
  /** The empty key: the top-level dictionary. */
  root,
  /**
   * Parses a path: splits on "/" and drops empty segments, so `"a/b"`, `"/a/b"` and `"//a/b/"`
   * are the same key. Total.
   */
  v: (path) => make2(path.split("/").filter((s2) => s2 !== "")),
  /** The key with the given segments. Throws a RangeError on an empty segment or one containing "/". */
  ofSegments: (segments) => make2(segments.map(checkSegment)),
  /** `key/segment`. Throws a RangeError on an empty segment or one containing "/". */
  add: (key, segment) => make2([...key, checkSegment(segment)]),
  /** `a/b`. */
  append: (a, b) => make2([...a, ...b]),
  /** The key without its last segment; `parent(root)` is `root`. */
  parent: (key) => make2(key.slice(0, -1)),
  /** The last segment; `basename(root)` is `""`. `add(parent(k), basename(k))` is `k` for k ≠ root. */
  basename: (key) => key[key.length - 1] ?? "",
  segments: (key) => key,
  isRoot: (key) => key.length === 0,
  /** "/a/b"; the root is "/". */
  toString: (key) => "/" + key.join("/"),
  equal: (a, b) => a.length === b.length && a.every((s2, i) => s2 === b[i]),
  /** Segment-wise, by UTF-16 code units; a key sorts before the keys under it. */
  compare: (a, b) => {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compareStrings(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  },
  /** Whether `prefix` is `key` or one of its ancestors (the root is a prefix of every key). */
  isPrefix: (prefix2, key) => prefix2.length <= key.length && prefix2.every((s2, i) => s2 === key[i])
};

// ../../../packages/mirage-kv/src/errors.ts
var s = Key.toString;
var KvErrors = {
  notFound: (op, key, subject = key) => ({
    _tag: "NotFound",
    key,
    message: `Cannot ${op} ${s(subject)}: ${Key.equal(key, subject) ? "" : s(key) + " "}not found`
  }),
  dictionaryExpected: (op, key, subject = key) => ({
    _tag: "DictionaryExpected",
    key,
    message: `Cannot ${op} ${s(subject)}: ${s(key)} is a value, not a dictionary`
  }),
  valueExpected: (op, key, subject = key) => ({
    _tag: "ValueExpected",
    key,
    message: `Cannot ${op} ${s(subject)}: ${s(key)} is a dictionary, not a value`
  }),
  storage: (op, key, code, why) => ({
    _tag: "StorageError",
    key,
    code,
    message: `Cannot ${op} ${s(key)}: ${why}`
  }),
  noSpace: (op, subject) => ({
    _tag: "NoSpace",
    message: `Cannot ${op} ${s(subject)}: no space left`
  }),
  alreadyPresent: (op, key) => ({
    _tag: "AlreadyPresent",
    key,
    message: `Cannot ${op} ${s(key)}: already present`
  }),
  renameSourcePrefix: (source, dest) => ({
    _tag: "RenameSourcePrefix",
    source,
    dest,
    message: `Cannot rename ${s(source)} to ${s(dest)}: the destination is the source dictionary or inside it`
  })
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

// ../../../packages/mirage-kv/src/digest.ts
var utf8Encode3 = (s2) => {
  const out = [];
  for (let i = 0; i < s2.length; i++) {
    let c = s2.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < s2.length) {
      const d = s2.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        c = 65536 + (c - 55296 << 10) + (d - 56320);
        i++;
      }
    }
    if (c >= 55296 && c <= 57343) c = 65533;
    if (c < 128) out.push(c);
    else if (c < 2048) out.push(192 | c >> 6, 128 | c & 63);
    else if (c < 65536) out.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63);
    else out.push(240 | c >> 18, 128 | c >> 12 & 63, 128 | c >> 6 & 63, 128 | c & 63);
  }
  return Uint8Array.from(out);
};
var valueDigest = (data) => sha256(data);
var DICT_HEADER = utf8Encode3("mirage-kv dict\0");
var dictionaryDigest = (entries2) => {
  const sorted = entries2.slice().sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const parts = [DICT_HEADER];
  for (const e of sorted) {
    const name = utf8Encode3(e.name);
    const head2 = new Uint8Array(5);
    head2[0] = e.kind === "value" ? 118 : 100;
    new DataView(head2.buffer).setUint32(1, name.length);
    parts.push(head2, name, e.digest);
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const buf = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    buf.set(p, off);
    off += p.length;
  }
  return sha256(buf);
};

// ../../../packages/mirage-kv/src/tree.ts
var emptyDict = () => ({ kind: "dictionary", children: /* @__PURE__ */ new Map() });
var lookup = (root2, key) => {
  let node = root2;
  for (const seg of key) {
    if (node.kind !== "dictionary") return void 0;
    const next = node.children.get(seg);
    if (next === void 0) return void 0;
    node = next;
  }
  return node;
};
var sortedNames = (d) => [...d.children.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
var totalSize = (node) => {
  if (node.kind === "value") return BigInt(node.data.length);
  let n = 0n;
  for (const c of node.children.values()) n += totalSize(c);
  return n;
};
var latestMtime = (node) => {
  if (node.kind === "value") return node.mtime;
  let t = 0n;
  for (const c of node.children.values()) {
    const m = latestMtime(c);
    if (m > t) t = m;
  }
  return t;
};
var nodeDigest = (node, cache) => {
  const hit = cache?.get(node);
  if (hit !== void 0) return hit;
  const d = node.kind === "value" ? valueDigest(node.data) : dictionaryDigest(
    [...node.children].map(([name, c]) => ({ name, kind: c.kind, digest: nodeDigest(c, cache) }))
  );
  cache?.set(node, d);
  return d;
};
var checkRange = (offset, length) => {
  if (offset < 0n) throw new RangeError(`Invalid offset ${offset}: must be >= 0`);
  if (length !== void 0 && (!Number.isSafeInteger(length) || length < 0)) {
    throw new RangeError(`Invalid length ${length}: must be a non-negative integer`);
  }
};
var slicePartial = (data, offset, length) => {
  if (offset >= BigInt(data.length)) return new Uint8Array(0);
  const start2 = Number(offset);
  return data.slice(start2, Math.min(data.length, start2 + length));
};
var treeReader = (getRoot, digestCache) => {
  const at2 = (key) => lookup(getRoot(), key);
  const value = (op, key) => {
    const n = at2(key);
    if (n === void 0) return left2(KvErrors.notFound(op, key));
    if (n.kind === "dictionary") return left2(KvErrors.valueExpected(op, key));
    return right2(n.data);
  };
  return {
    exists: async (key) => right2(at2(key)?.kind),
    get: async (key) => {
      const v = value("get", key);
      return v._tag === "Right" ? right2(v.right.slice()) : v;
    },
    getPartial: async (key, offset, length) => {
      checkRange(offset, length);
      const v = value("get part of", key);
      return v._tag === "Right" ? right2(slicePartial(v.right, offset, length)) : v;
    },
    list: async (key) => {
      const n = at2(key);
      if (n === void 0) return left2(KvErrors.notFound("list", key));
      if (n.kind === "value") return left2(KvErrors.dictionaryExpected("list", key));
      return right2(
        sortedNames(n).map((name) => [
          Key.add(key, name),
          n.children.get(name).kind
        ])
      );
    },
    lastModified: async (key) => {
      const n = at2(key);
      return n === void 0 ? left2(KvErrors.notFound("read the modification time of", key)) : right2(latestMtime(n));
    },
    digest: async (key) => {
      const n = at2(key);
      return n === void 0 ? left2(KvErrors.notFound("digest", key)) : right2(nodeDigest(n, digestCache).slice());
    },
    size: async (key) => {
      const n = at2(key);
      return n === void 0 ? left2(KvErrors.notFound("size", key)) : right2(totalSize(n));
    }
  };
};

// ../../../packages/mirage-kv/src/crunch.ts
var crunchedKv = (entries2) => {
  const root2 = emptyDict();
  for (const e of entries2) {
    const key = Key.v(e.path);
    const bad = (why) => {
      throw new RangeError(`Cannot crunch ${JSON.stringify(e.path)}: ${why}`);
    };
    if (key.length === 0) bad("the root cannot be a value");
    let d = root2;
    for (let i = 0; i < key.length - 1; i++) {
      const seg = key[i];
      let next = d.children.get(seg);
      if (next === void 0) {
        next = emptyDict();
        d.children.set(seg, next);
      } else if (next.kind === "value") {
        bad(`${Key.toString(Key.ofSegments(key.slice(0, i + 1)))} is a file`);
      }
      d = next;
    }
    const name = Key.basename(key);
    if (d.children.has(name)) bad("duplicate path or directory");
    d.children.set(name, { kind: "value", data: e.data, mtime: e.mtimeNs });
  }
  return { kind: "kv.ro", ...treeReader(() => root2, /* @__PURE__ */ new WeakMap()), disconnect: async () => {
  } };
};
var crunchDevice = {
  kind: "kv.ro",
  connect: async (config, _deps, _ctx) => {
    try {
      return right2(crunchedKv(config.entries));
    } catch (e) {
      return left2({ _tag: "InvalidCrunch", message: e instanceof Error ? e.message : String(e) });
    }
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var base64Decode = (s2) => {
  const clean3 = s2.replace(/[\s=]/g, "");
  const out = new Uint8Array(Math.floor(clean3.length * 3 / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean3.length; i++) {
    const v = B64.indexOf(clean3[i]);
    if (v < 0) throw new RangeError(`Cannot decode base64: bad character at ${i}`);
    acc = acc << 6 | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = acc >> bits & 255;
    }
  }
  return out.subarray(0, o);
};

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
    let s2 = start2;
    let e = end;
    while (j < r.length && r[j] <= end) {
      s2 = Math.min(s2, r[j]);
      e = Math.max(e, r[j + 1]);
      j += 2;
    }
    if (j === i && r.length >= 2 * this.maxRanges && start2 > 0) return false;
    r.splice(i, j - i, s2, e);
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
      const s2 = r[i];
      if (s2 >= limit) break;
      r[w] = s2;
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
  let s2 = 0;
  while (s2 < 14 && bytes > 65535 * 2 ** s2) s2++;
  return s2;
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
      let s2 = seqSub(l, this.sndUna);
      let e = seqSub(r, this.sndUna);
      if (e <= s2 || e <= 0 || s2 >= top) continue;
      s2 = Math.max(0, s2);
      e = Math.min(e, top);
      if (this.scoreboard.covers(s2, e)) continue;
      if (this.scoreboard.add(s2, e)) fresh = true;
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
  noteSackArrival(s2) {
    const r = this.sackRecent;
    const i = r.indexOf(s2);
    if (i >= 0) r.splice(i, 1);
    r.unshift(s2);
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
    for (const s2 of this.sackRecent) {
      if (out.length >= max) break;
      const i = ooo.indexOf(seqSub(s2, this.rcvNxt));
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
  const lookup2 = (remote, remotePort, localPort) => table.get(remote)?.get(key(localPort, remotePort));
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
    let c = lookup2(src, seg.srcPort, seg.dstPort);
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
      if (portInUse(port) || lookup2(remote.address, remote.port, port) !== void 0) continue;
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
    const s2 = this.c.sock;
    const n = s2.recvQueue();
    if (n > 0) {
      const buf = new Uint8Array(Math.min(n, READ_CHUNK));
      s2.recv(buf);
      this.kick();
      return right2({ _tag: "Data", data: buf });
    }
    if (s2.recvFinished() || s2.state === "CLOSED" || s2.state === "TIME-WAIT" || s2.state === "LAST-ACK" || s2.state === "CLOSING") {
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
    const s2 = this.c.sock;
    let moved = false;
    while (this.writers.length > 0) {
      const w = this.writers[0];
      while (w.chunk < w.chunks.length) {
        const ch = w.chunks[w.chunk];
        const n = s2.send(ch, w.offset, ch.length - w.offset);
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
      s2.close();
      moved = true;
    }
    if (moved) this.kick();
  }
  /** Called by the layer after anything happened to the connection. */
  wake() {
    const s2 = this.c.sock;
    if (this.readShut && s2.recvQueue() > 0) {
      s2.discard(s2.recvQueue());
      this.kick();
    }
    while (this.readers.length > 0) {
      const r = this.tryRead();
      if (r === void 0) break;
      this.readers.shift()(r);
    }
    if (this.writers.length > 0) {
      const f = this.failure();
      if (f !== void 0 || !s2.maySend()) {
        const err2 = f ?? { _tag: "Reset", message: "Cannot write: the connection is closed" };
        for (const w of this.writers.splice(0)) w.resolve(left2(err2));
      } else {
        this.pump();
      }
    }
  }
  shutdown(mode) {
    if (mode === "read" || mode === "readWrite") {
      this.readShut = true;
      for (const r of this.readers.splice(0)) r(right2(EOF));
      const s2 = this.c.sock;
      if (s2.recvQueue() > 0) s2.discard(s2.recvQueue());
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
  const emitSend = (now, s2) => {
    outbox.push(s2);
    if (dueSince === void 0) dueSince = now;
  };
  const emitEvent = (now, e) => {
    events.push(e);
    if (dueSince === void 0) dueSince = now;
  };
  const secsSince = (now, since) => {
    const s2 = (now - since) / SECOND;
    return s2 < 0n ? 0 : s2 > 0xffffn ? 65535 : Number(s2);
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
  const sendSelectingRequest = (now, s2) => {
    counters.txRequests++;
    emitSend(now, {
      dst: "broadcast",
      message: message(DhcpMessageType.Request, s2.xid, s2.secs, {
        broadcast: broadcastFlag,
        requestedIp: s2.offer.address,
        serverIdentifier: s2.offer.server,
        ...wants()
      })
    });
  };
  const sendRenewRequest = (now, s2) => {
    counters.txRequests++;
    s2.lastSent = now;
    emitSend(now, {
      dst: s2.name === "Renewing" ? s2.lease.server : "broadcast",
      message: message(DhcpMessageType.Request, s2.xid, secsSince(now, s2.started), { clientIp: s2.lease.cidr.address, ...wants() })
    });
  };
  const enterInit = (at2) => {
    state = { name: "Init", at: at2 };
  };
  const enterSelecting = (now) => {
    const s2 = { name: "Selecting", xid: newXid(), started: now, tries: 1, next: now + backoff(1), secs: 0 };
    state = s2;
    sendDiscover(now, s2.xid, 0);
  };
  const renewNext = (now, limit) => {
    if (limit === void 0) return now + MIN_RENEW_RETRANSMIT_NS;
    const half = (limit - now) / 2n;
    const t = now + (half > MIN_RENEW_RETRANSMIT_NS ? half : MIN_RENEW_RETRANSMIT_NS);
    return t < limit ? t : limit;
  };
  const enterRenewing = (now, lease, name) => {
    const limit = name === "Renewing" ? lease.rebindAt : lease.expiresAt;
    const s2 = { name, xid: newXid(), lease, started: now, next: renewNext(now, limit), lastSent: now };
    state = s2;
    sendRenewRequest(now, s2);
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
    const s2 = state;
    switch (s2.name) {
      case "Stopped":
        return;
      case "Init":
        enterSelecting(now);
        return;
      case "Selecting":
        s2.tries++;
        s2.secs = secsSince(now, s2.started);
        s2.next = now + backoff(s2.tries);
        sendDiscover(now, s2.xid, s2.secs);
        return;
      case "Requesting":
        if (s2.tries >= requestAttempts) {
          enterSelecting(now);
          return;
        }
        s2.tries++;
        s2.lastSent = now;
        s2.next = now + backoff(s2.tries);
        sendSelectingRequest(now, s2);
        return;
      case "Bound":
      case "Renewing":
      case "Rebinding": {
        const l = s2.lease;
        if (l.expiresAt !== void 0 && l.expiresAt <= now) expire(now, l);
        else if (s2.name !== "Rebinding" && l.rebindAt !== void 0 && l.rebindAt <= now) enterRenewing(now, l, "Rebinding");
        else if (s2.name === "Bound") enterRenewing(now, l, "Renewing");
        else {
          s2.next = renewNext(now, s2.name === "Renewing" ? l.rebindAt : l.expiresAt);
          sendRenewRequest(now, s2);
        }
        return;
      }
    }
  };
  const handleAck = (now, m) => {
    const s2 = state;
    if (s2.name === "Requesting") {
      if (!fromServer(m, s2.offer.server)) return;
      if (m.yourIp !== s2.offer.address) {
        counters.rxBadAddress++;
        return;
      }
      const leaseSecs = m.leaseTime ?? s2.offer.leaseTime;
      if (leaseSecs === void 0) {
        counters.rxNoLease++;
        return;
      }
      counters.rxAcks++;
      bind2(now, s2.xid, makeLease(m, leaseSecs, s2.offer.server, s2.lastSent), "Bound");
      return;
    }
    if (s2.name === "Renewing" || s2.name === "Rebinding") {
      if (s2.name === "Renewing" && !fromServer(m, s2.lease.server)) return;
      if (!isUsable(m.yourIp)) {
        counters.rxBadAddress++;
        return;
      }
      if (m.leaseTime === void 0) {
        counters.rxNoLease++;
        return;
      }
      counters.rxAcks++;
      const lease = makeLease(m, m.leaseTime, m.serverIdentifier ?? s2.lease.server, s2.lastSent);
      if (lease.cidr.address === s2.lease.cidr.address) bind2(now, s2.xid, lease, "Renewed");
      else {
        lose(now, s2.lease, "Changed");
        bind2(now, s2.xid, lease, "Bound");
      }
      return;
    }
    counters.rxUnexpected++;
  };
  const handleNak = (now, m) => {
    const s2 = state;
    if (s2.name === "Requesting") {
      if (!fromServer(m, s2.offer.server)) return;
      counters.rxNaks++;
      afterNak(now);
      return;
    }
    if (s2.name === "Renewing" || s2.name === "Rebinding") {
      if (s2.name === "Renewing" && !fromServer(m, s2.lease.server)) return;
      counters.rxNaks++;
      lose(now, s2.lease, "Nak");
      afterNak(now);
      return;
    }
    counters.rxUnexpected++;
  };
  const handleOffer = (now, m) => {
    const s2 = state;
    if (s2.name !== "Selecting") {
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
      xid: s2.xid,
      offer: { address: m.yourIp, server: m.serverIdentifier, leaseTime: m.leaseTime },
      secs: s2.secs,
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
      const s2 = state;
      if (m.op !== DhcpOp.Reply) {
        counters.rxNotReply++;
        return;
      }
      if (!macAddress.equal(m.clientHardwareAddress, mac)) {
        counters.rxWrongChaddr++;
        return;
      }
      if (s2.name === "Stopped" || s2.name === "Init") {
        counters.rxUnexpected++;
        return;
      }
      if (m.xid !== s2.xid) {
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
  const transmit = (s2) => {
    const bytes = new Uint8Array(DhcpRepr.bufferLen(s2.message));
    DhcpRepr.emit(s2.message, bytes);
    const dst = s2.dst === "broadcast" ? ipv4Address.broadcast : s2.dst;
    logger2?.debug("dhcp send", { type: s2.message.messageType, dst: ipv4Address.toString(dst), xid: s2.message.xid });
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
    } catch (err2) {
      logger2?.error("the DHCP lease handler threw", { error: String(err2) });
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
      const err2 = { _tag: "ArpTimeout", dst: f.ip, message: `Cannot resolve ${dst}: no ARP reply after ${core.config.tries} requests` };
      for (const w of f.waiters) w(left2(err2));
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
      const err2 = { _tag: "Disconnected", message: "Cannot resolve an address: the stack is disconnected" };
      for (const w of core.clear()) w(left2(err2));
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
var log = logger("http");
var pathOf = (raw) => {
  let p;
  try {
    p = decodeURIComponent(raw);
  } catch {
    return void 0;
  }
  const segments = p.split("/").filter((s2) => s2 !== "");
  if (segments.some((s2) => s2 === "." || s2 === ".." || s2.includes("\0"))) return void 0;
  return `/${segments.join("/")}${p.endsWith("/") && segments.length > 0 ? "/" : ""}`;
};
var files = (htdocs) => async (req) => {
  if (req.method !== "GET" && req.method !== "HEAD") return { status: 405, headers: { allow: "GET, HEAD" } };
  const path = pathOf(req.path);
  if (path === void 0) return { status: 400, body: "bad path\n" };
  const file = path.endsWith("/") ? `${path}index.html` : path;
  const got = await htdocs.get(Key.v(file));
  if (!isLeft2(got)) return { status: 200, headers: { "content-type": contentTypeOf(file) }, body: got.right };
  if (got.left._tag === "ValueExpected") return { status: 301, headers: { location: `${path}/` }, body: "" };
  if (got.left._tag === "NotFound") return { status: 404, headers: { "content-type": "text/plain" }, body: "not found\n" };
  log.warn(`cannot read ${file}: ${got.left.message}`);
  return { status: 500, body: "cannot read the file\n" };
};
var StaticWebsite = job(
  { stack: "stackv4", htdocs: "kv.ro", clock: "pclock" },
  { args: { port: arg.port({ doc: "the HTTP port", default: 8080 }) } },
  async ({ stack, htdocs, clock }, { port }) => {
    const handler = files(htdocs);
    const listening = await stack.tcp.listen(port, (flow2) => serve(flow2, handler, { now: () => clock.now(), serverName: "mirage-ts" }).then(() => {
    }));
    if (isLeft2(listening)) throw new Error(listening.left.message);
    const addresses = stack.ipv4.addresses();
    const host2 = addresses[0] === void 0 ? "localhost" : ipv4Address.toString(addresses[0].address);
    log.info(`serving on http://${host2}:${port}/`);
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
  const fail2 = (err2) => {
    if (failure2 !== void 0) return;
    failure2 = err2;
    listener = void 0;
    watch.setRef(false);
    const end = endListen;
    endListen = void 0;
    end?.(left2(err2));
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
      argCodec("an IPv4 address with its prefix length, like 10.0.0.2/24", (s2) => orUndefined(ipv4Cidr.parse(s2)), ipv4Cidr.toString),
      { doc: "our IPv4 address and prefix (default: the one in config.ts; with neither, DHCP)", docv: "ADDR/PREFIX" }
    )
  ),
  ipv4Gateway: arg.optional(
    arg.custom(argCodec("an IPv4 address, like 10.0.0.1", (s2) => orUndefined(ipv4Address.parse(s2)), ipv4Address.toString), {
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

// mirage/crunch_htdocs.ts
var entries = [
  { path: "/css/site.css", mtimeNs: 1795317999602027373n, data: base64Decode("Ym9keSB7IGZvbnQtZmFtaWx5OiBzYW5zLXNlcmlmOyBtYXgtd2lkdGg6IDQwZW07IG1hcmdpbjogMmVtIGF1dG87IH0KaDEgeyBjb2xvcjogIzJhNjsgfQo=") },
  { path: "/docs/blob.bin", mtimeNs: 1795317999602229243n, data: base64Decode("UvImZaYMEtKJGF2VDuiBNgkWb2sRPReNbA/TkB/yOaGglfIPk5VlDPk4C47bIkprJIoekk6P0K4uGpSSozBfGIy2EJAPnjR/rohtxlB3lex0XEw/yy6yxz4Uk0yGfuBXunJJm/oSHoNrKsFXJu59awr2qxPDjpLK4NFQV7FZmH+UzHQR1xfxRXmyqhAPu7NPpZP+rtJySLdi46tYBfB2WiucHX4PN8RJIb0/ZWTq338UKnJmjEfiI9Fu3YxHtGr8W67iYfU7JhUtJjuoOwN81JYuQ0gBJWuIXpyQUfMgsNuD856nrb0NdObex/PfrsyPZGVmZBp7omYPMBH8NXApHFeZDRoAkSaJGfJdnQYS3zWdYCaiQPRYml15Hx3ZfP76d3p7TxUkGr9XvUN61LEphAU08/OHXCWwi+oGwodM+qTdF7LYQoRd6CpbxTmIiseAVKI5nM/J/MLaMc490Wa9zTozhH5buwf9B8pHeEIxsZr0WHLO77n8WfT5XRQ4Gjp4MlY0e5/85pzXAHrop1jMpBXVqR7oY8i2wDN64y1vyqJVFs3y+Lhldma+8hW5KCv+IAcml+d3zqclnNOY+nmo71knjIwhBQPM+LmmGoa/7yNv/N8x0982B0A2SoA9w5ZTQotr1SEP6L1a5XWpldDnhGvT6uCAIYgmhoIE33DGLpsBxswmLCR5nrkejg9TroSHjnvIxhvijw4/MEYKxRmBc48HwuTpEHFTnPmBm4MzsUZzgojOeoHxP7KF4ODx7ULsj+TxM9dyI2ofZHFQEqs9bRI2q03IH+XGJ/C3pKldJEDiI/d3OL/zGGXifCn9qtU5KbRu/oNnVmsyW1EXuF0EVo11cLQEYlSEn0uD9RAc/OvJOvjgGhVDRQrnxy5FwSHRbNnprdHyQmcmieuDkn6zUxZHDsywLmzlEkTwBKIWzUIVm9s4EUPcH3QCVv6Nau3qRJ8hC4a1PfAc+ClDDC4z7k+gTofCNEpygKwtRVjNBP5ACQMEu4GN+jCDeT7vchuo0aZuqH6L1eNk+IFOsDf7Olcy1eG0uqIjZ/1Y+w3WIQMSoL3hQW4pDhWq12Hegav4SJk+sUsLdS8oRHIAQ132VPj8jFI+CPfhTzdbLgBVYRV5R4CnMz+BxgEXQ9EWJGaWCmQFTE2hOxWV9YfawCeo5LfI4Zhjw1O4/H4mSLmepCUL09W35IOgbbuzz4Ej6IbAgZHV0M0E06+VzOS2rvSxpDoVBwoio1z1GmDVc44MoASgiK4+fUMAdMwRv+6A5YkXqIYQvrx5QM8T2EM8usE0O72m+XV+2GETeumvScQLnaGkMhOZJVRBpr6xTZ+RIgN7D3xE+KwZsTesfUq1hEl2d3fEHv7kjDNP+hXveQRKdRPRgff+c/5EYzXq8u41E5QXJL+GQ/NcIZrRoYJH4xy0XTt/5eB8ZAYoAPN9rnNnTbokalhgUB7XVABTwFbWZR7w7TK2A+a9SkBfEGRj/96WE1zsbcFG2gxHGg3VqUmi7yY/+ERvglAwxV/I9G3iB8/CoWbp4PCNjDS4FAzuu2lzncAjpN5JfAzp7YwgK3hqV0hMQb29+adCZ6c9TXuOq2QeKqQpEzWA589/jDhz6FX/wnNtI4wxPhcsV44XUT1eQs+RM+MFv95pYmm+hjVgRVbAD39Hk/dcIK+Ah6HK3Nk3F0XlP2JmpXJu9E/Z0N/3BSAIbLXD5c1595Z9ABJk7u3t04fad/hyP8gbOScmhfiuG/HTuLOl2MPldRWNxgoAyCA7kesJpbdN9iCgQIeib7LDHBkSTIbxlTFjQjnKmQACiU3/dUf1UKXW4j55hjyMPwf1abSmTg4FMX/irKVrFEE6qmzsXjp+CLJWt2tcrmUyAcxKvdiBETR++DNPxNExO3c4Q8LjSxvzn36cL+U5fGrpqg7ymCXsZA02BvmYJGoNtQ8vZHPltuJQuxz/FO4qVDAvp++Gv3cIT6q5YNZf/FRxKxsAFEcUWWv04h+P9sI1YVvE0k/SzW4WDLR5Ml+K63IxUl285XkHoWk/z6DEZwpgCHYQzesPQTG/EOabVlxFVfX0nQtDv7ewUexGTAC4wZjqzqLy8RAG0zsbebf0d/TGYspA6W7QfiHtfy4Cze69TdKxxSabPFPcUXVcyMiYFIMyZMAoP2gQpgh7jYtTKfpt4hr8EkOfFTUYa3/9tfhyLDsianWe5Kw8v4nYxqrCH8fXS0tHkURfQbxCMnA/Lz48J0ji6JQwUxBlQP4+gYY7ps4Zp3b9CRoBeeLRO9dy6l8K4Es7HgwwmfnTlTHuE1+D3S1ymkLGx6ryARujmLWeWTcJXlckCzT/QQmZu6bpNNAC0VNorV8vnk8TNAjLfox7EGgZy2WpjCejiBenKWWyRWj8SKpOavQNT76R4ltqagTdxP/NXaQyZLpnNPEBb+YobB3SF2eT4l11xSkhAw2NJKTO6GUWkp/tXryBKyVZSCmFK+wRG2J9wM7K984yTSDW8Qv56XtQDZvtomMW57aesNPkKaPJ2zieZ53YMtR5LpA3CmbwhChiWx8mP/i50OUxCuKP18GsCarWUh5jmXSM2aDHTqZrTpU/bGOoXnKAcC0FAJ78fXc8csOex9F11i3PeWYbESBbbl0XzXGBgqgKCqIhFey7UMe4ghQNwIHlYKfzyCIG2xD/nbux0BwxIfvifUn0z+rLKq/JuO44ENVZnMFAKFLlnUbn0HQkQYD263o1l0OdgTxRXwkyLmcpou9HrVPlYCvKyEMdxIcMottc999zjoWUsOHlGkD+iaHbZLzMX0Ng/V6TJVxUwxRxOi2dvvUMS9GEQE+j9/vele2p5VC7AL8IOCZKnaBuaoNd5QwhfTqcpwsFDQCRWk0bhVuIOWmVTZYiNF2f1HkoIgPvzT61JnMYEKMl36rIRWbPQ/cCDqXSj+RZmKWUcZrvhLt+PyrnAAsPiAZnLzwoDunHGgOcjajwMiRpM4SbpIGlpGrQnCyCTxBMoAz+47nIereJAWDYb77pdxS9p3MsOf8aQjukCR9V5L/ssfHYQ7YNRKKNrW+vyeqF+ENLpO335DcV4YEDK0LnPNe+M/Eov+pTMeFjVJk9Yejaoeux+6rX+ol4eNaHsgHbBm/0uTuS4k7KNmSflROQ6SslCAYcG5/tKVj6JLMHBwojsaSiCrIRvAsQ25fDXTPR9NGI5KoQ4d7B6rbxYhs/NDQcCAjz2enPwKIW08ChoUl6GSEZysGlNEtRVmxCBVlB7kgMt8Je6VLE9pqAedlJnr4HyWkHb4TFGVh4tAyJkDe23NMXk9FJK28AhjNJw8D6DQFZfRh9scvTL/d+l1j11INCk/EoSNA28LM7fyoc8KLEFH3J/bKPyRqgU1sYZu1l5OO+FmzjpQZfNE1DbeaLgCth++KhO/F1IIiYwbDAmqUIWZRThSfe13Opjb1SK3ZwsMVBlDsgVXak4rI8gTFETcG009eeJ7kn+T+5U5qFWSk8U/QwQvn0uv4aKvaoGjJiJvsly027TG9GMhuj6RtHNOJjdggDZtrKb7E4gPuhS3YFJEGavGcBvT7o2m6zkpa/pWvYOqq4p+HgxqSzldo6rS6kH3RuUEKgsxnlaz7IZra2oShA2Wx7dAWf22iErKnu3y7kp1PHAmPUfej5GwlAizcpt8jz8DOEWRnYk3SKNLd5gwSjytRehVdpvfJ0Nf2vL2SDw+4fuvydW6MOQEZhZg8DE2vqa6CyrFqUQxs5Tb1m8PSG+Dj+zfVkdjYqIe3GEc/MojF4pI+4OdD2JVqqo9TRy9Bpd/9LwoymIMfVeFrI2TpEtGCvQPttrS97AM64zEdbPqdNUnp8bZ+jFajlXCftTdpiDhXTkOdTyPEjh9RYopUDqAI18xKnS0CbGZQk2jsvxnNYyCc152fKiCqc5LCb+sgXq+bkjMmi1kwyfrE2hxS91nCr4R2OHkNrO9MjeX6ODnt35ySzfT9/KoqZ3LwBKddSd7KQf6pL13dfbWv/9a0TLqNcoqUHBZwLrrzu/1TP+xiCe3zB5SQINrdqoCBWGNyoXVd5x4aNxek1SG9XbECNDdNKSlrTfmdVgPtF34FY+TSnfsoeVDFRtkwglvmiFsj/Cma5jeJni5IMZkwbAQsw0ut5m8SoD8mA6IucYJ0loKyysJjgrhU2CqqidaDDLBmpLt4Ja8YZ6u6nA17f0iPJT4+1QtxNL2sIUQVukKSU7+kNf5GFCtMexs9rk7LrZ3IRA65jmJf+8Kj7J3nFaYwaFaR4NuUmoANtAQKvqx/899sWN94fIXgERriRPnO7vi/sDF3Gv7ax2yW6whVLoI61f3Wr7uNB6fYNtwgCDwPipq/RnhRjT0+6mSr13NV8mw9QXvKTunB4rSol98wdXPSlKaHNanpix8lz8UXIwZFVSkcPn/mmtM3TmVXem7n6A9QmmdVPlW354z9gY69gmsXlO85zSLAAUkNEbCiW69DD48gKSdUkz+Pe/pIlRvnZzM6Mr8bpf1iIFYqNfMxhM8nAuO77O0+bDq1ld7U07UGWwALKYnWKFonOWsUQO2WUheVC4tWFUnqBljMwNjEXLs6zSlyTkFtnx4TbJj8L7P9+X90bX6F2yRQnUJgHWEeEmwUYCDT93t2QfJaRNkLsx0dtGPJyxJfRm/YhQdcJVjP+LmAVBw0Ijl7etHV88tjo5RDcmaNl7B609RdBUZA7pBb066uBZC5y2She9zz9uDgsCfFB8FoP543nB9brDELJg7W9pcL8ew4ZJVHBAfAyrb9MlpdwwqcaeFJfQWMfX3thK3A9ziTqreQDd7fpMcwJKO3VOBPvnt1f478jx3L1GO3tYtcFoBNz+FZS0jt6HaBdJFQ4vA4utnON4yVw3iZEa2k/JwZFktZLVc0qQn0bUXTnex0n+oMOoeXJq+w2j3rVSR5BwTP4XW79Qv897DwYY0pq5SkO1bn6SyT6owRxzoFXgiNxAMrV8YZJL1xvCuloN0aSLiPXLoXFOrYsMpkU1Bbjm7t+wkYsNCOcq7WgzzGVTjMCELG7hWjXuOoOhM9YVUjXo93yfhcDaOnDeiLfqkQ/L5DU/F0JKbNfk5jbAVuF7nL3hBIeW7Y+0dTd6VLHtt5hk8DlD0rfG/S7fnKDBofNiSIFPvcWOZ4uKhpPQI7R9AcEGO2yvTFCBNaZo5N2hT2zcRpZ3hi3LQtFH3d+lYDCRxwfH2fiI4qXOtw6JauSdr9lKvLTBPCiY7FrmNaahgll+PANxlxWZj3WVbdv1/uQzfzpUtBm2I8NU4Ql9a7vWj/ebKmhAl0bhy8RU24zgasFOSNr+GXG/+90ogvP+uL54goI3aSeROqtn0Wgis7sCZ8ZQB+FA2888wpJHE5YpSoeD5j19OuD5kQVd5eI7iVwH4Ih4kvqaJNJRj68Fr2LSdZ0nLGROKZiM4y1XXXkjE2cenjRTwc+VTgwg4ti+JVlA+xaKdzzPVKOU31FSOD8N0sOxQUojRGb31lwqA+EY9VwWrzDG4U5/fWtve8nalarWiOsM52c2UbS1oQYvdu+7ML+eUTIobWh6rQgad4aAWnEjJUef2X2/pImatnIR9+fmxxh2nOxdUm5WkpaZIaOmGKlUgHJvtn9f2FxTC+JTc0lb5NglDsW0utUUvjXm9Y+9VM0+G3k6fQCBgxBkOV/TOuJxk+Jnv9vhNOEuq9uY3ZbCpitWXPyAq0RhjoZaF+AZqaP7ZIn4TD2a3xmcMSf5v+WV7GHv9AXK1xRXfoT00+DLByn5EuwV9Lv/YLj+GuhKIZK0II1geQwaS4PoZCaG1qR/qGiuQqxaQLJAE61sI0B6k1l1xmWA6sHMix/xI2RRN+l5YiD/ySTMmmaHyUohMKCGwcZEyvyhX3Sd5xuzswPpgOvxZRSJLc8WkYrCESgGdvn8pUQWTFzn2IFDTjjZZXD9QtwDZ49PzkLKO6W2ixQAebd0HRNa5pA9eN++vMRPq1jrLeVOGlPZuC2fAXK3j4WLCtbYS8B+OFKZY9cHVWI32JVZ6YQ9h9s0+lZjT5jMHdIWDxvCEeqBlfOJz20IRcyRYvVySCOcXfWy849KF5aN7hnYKH1lDVM83mBNDrbc6wh8bT/QpjmcJb9Xog/Z5uCNiDfwB+tgxeK2kW8xcNiB6i3kSVPA2O1FrEtxtk7UjCp5BsRj+lczoDCTDEQt08WOUkg0bdmSFtn2Oh2xqDhoNzcIe9GLQddrcypsFnlaQaotLN2P//YZlrnoBkuSh1F6Zu7OLatCmcKmyluMsFNJ2G9Co1PoaPxLZDWOpF/t4VB7G+rr5NZ7wAc1cPGp0nmCuDalZuyDPk+rhwJylE1xupYv+kWarG+ZP+/ndQ4R4YXWfLzbHHuV7GAvbDU1qCgc4INrbI0bayD2O3HIH3DMAvzs9POj0Isiyn4x6M8i0I/9g8rW1hpFzOiTyMir7R8q3s8tD0Bg7FxIu+kWbJMIuK1JJaQPVWh0B6MbMLwK62qJ5n6dtbEZ9Q0HbBKA1x8NAsP5UdNMhyzT3L2HClTcXeRXEorjhILAnf9+sB8Fb+3VPq9kEMbpX30b30wyItSAlvrF6RJoJ3vu6ezQKc+FCO/BwbGZdYlS14v9qOG2OXtrisayLjUT76dU2EvpdNbUTpeIo3rXtbUQD0OChuRzaDr0f+0Z+cM8Td+bH+7KP5MmpSgFCSwOikjcaP4Zhb6CtlwejA3uV8ACNec2tXJgmwkSBKpDoO1a+NWEHACqvTTLee5KmBLAXHNkKxZkTJ4FYpShHVt+IjooN0n+Wb2m54Uz88Pua1Um6hMkJJr8157qKUjTN1Xh+KiB9kwOK29crAVJamUX46U8Wpchz2QcGVCHTou9+MzjL8cONzWQKYYMIerQLV9Oo11OYqSshy8g+iWkRTZaK0SzHAi3YCMgbbWwfIdoP31uIMaddSvZIsr9/UxkHnGFyNfxp4OZzwMXwoDs5j0NnVMHrUibejjFp/93zOQHeq63lorXb7XV83DvK4C00EfPV+DvIbyW7h9C9GaWhlbjFPNmhwI7OmsPkFaMbFyBdb9lHAdygV8HBLMQi8mje5K36+rYdYkluBAif+wws5E8nEDBlf+JnyAe98IzNYJEy6e0aWtmWTXefcosdhyZDrf9ZyEE1xUhzdP5CGWnws2K9FcundUk3dj71pQAVWUe1U6BT914PybC6EluqskRWJFEID9Q1uRkoeV9CP9sgjqj+fFGN8zxm2ikqIZXMpIy8s838vwJK4STfbDV71cgtqiPlnfjLdnVQ+0VqtS4v3Ie4Be5D7PPP9ZJiI0AePeq3RncmWRxU3tK5YQJE24TkC6ko2o7/dXEuswlewUlS1NlFr8d1v4xrBtuN7sEdZ8UeYsRuVBiwXCKqBEPLQFNwxmcjPkmkjdgKUZMj27DvYhmQwUEs/Q4JNXuCIBMEWJpOADo1LsBzZSU96/BqZ8Z5ytzFYsDt1qywsWoJxVxn78mWZB8HbfAwbsUZCn/FAOap21udVUKBcEJzUkh8TXF1vQXGxYia6W3Y4nqPuak1Q6vZ5C0LZ6wwjGpU+mxYz6tHSPR1yFh/BGIUACjnkZp8/G+lwm/aA6ZsH6F+8HnyIfD4uANI7HLkLwm128Juct3rzb68cphwdZx7U+cfvcfzai6VjmzGN1NlLK5wYbqLsDEM6l6Was3VkPOpBgaOjrYPGooNw5B0AFQ7VvPTtaNFPCbKRHTOH+fzf7kcooetzv3sRE9MAi0kxIFlQBfN/kPylRrpyY9HM2lA3iyDXZ4rxcC8fG3XAub90j/u9MrwbOHCb56QIi6U0mgLxaGMArdq5lF2pWpOuqt2XhVfrlCJU8M8qgsAMJIoGYO5Nushq6BQz95FEQ4Bwe9Xz4IoZtAC05r4oloryLgP4ch1rWf/XrE1n4N9r3+OI5uxJFtC0DQ0QR9wsyggxoyo7zXEQCU7AKp3SLSIxUsGn7/t++t0RmbFGKa2L5JmPCYuFozSTl/6IBPZuA7f1BsZy6YP090zKpHRbXnsgI6LcMZ7GOU6+lcYyrUHT4kwB5v6XaeIJXl4v+YTzTocq+3mBathBk+YZEnKit01ISoMyLqjnsnMNDQ+jXedu4WYWWepI4/yQQ7cGHXYY0hyvQXT2sLCfSqXUto/LT2+Sm3ukLUmFc1d3RbR9oJ7NAYBpdW6nNhYVNc6kWRmVK/3KxHHOiervMLMKEJgGuIV19hak8n16FV81hQASOMwCSQg6XLU63i0bqUkE9Q9VwF4aiftsWMyBs9cpKnsdf6wu3cWBdCrbAS/hobqWbz0FaPWLZlCHsnjH6+Nq2lF8QqjRU3BIUwXJhZIZqf+/mpMHKBhuXkHbvdrPWb2r+eS3jEHBlfSKDwNMCqzu9M2aKCuyuS41UxGPFdR4XONkTktEDGn8W2cA3kHQO0q4ztlV73A6MsL9q15Uj/2jRDN+gJVJVMIT7AS/9iUaFQxZQYkGp20yOZYLia64NTk0/3WHNb9uKQU4zIQ01iaZf7naofbWVJF3uzVczdOu0jqkNulACiBFo85DSUglGOMtwSjO1Nc35l5x0Z++6cTTgNA4ub9ujHwwj3OES0Jh/LgPsuI+8zCp/OKy4rL9LzTaI1iglx+q3NIQZdxgzyBfzDGo5qNVBtOdxr2wn3g7ssiIKKNZyS8I735XMUbSPuCdP6UJTjNc2JvLMqvo7ZPkIU2EnpEo5p4uxFzJ2JrovblWtZh0J1FofqOw1/6fwhoYSSn1ZBMDIf+Pu6RczfEfdTZmVisEWMyN4RcTkw9jnOpTsTAiUmRn3AFgx8SaoTAwsVVlzez9Uvl0tHMnUTM8RuY90GL+NHMkpmGR2CQgKg5QYaaWyIWqT1loTX7qpuylcK6nxF1QB16Xf1npNJkIYG+E9HSd/RYmKHlN3PimRiQqBQV3zMkhnjjT8IOg9ut+IgD3jGAMb8Q19ysqzkjWwvjoWwCsn10P/B2xkn4QcSpHjHhWplDc7PpjGyIO10Q/SPhKZVvsZCjeexbEs0E1XFc/CdpfrLgJR8O5pyWgIFsk+JbuCrSomzFjFIzQy7DivVLX5Ef8AyuF6CX+Gx1ToEcCaohAy3aAM2F3JaRemt/hZlSnN936sxb5/IkLUse9N5w2+d9XJza6XKm9i06PI8N6DTL/1l4in8qEdEffIyc1AwNbYOz0ylnWPPOB+k+jur+O1DGSpyGXLoK7G8VfTYWfyFjqnrNbKVqmY59Ztyk4BTH2aBPMc4M95a2maTHUlVYs2FVpk2HeeCEpVFv5FL7PjcWipic49HjeuoApg0uUvY0VV9SZcKjlZ49Cc4eT1ZE5/UfTggcr9mzDb1PcpZIYCANosGvE+dJDPqEC8Wq0Z/I283MCDqmAi7cDkQKpqE4OfVHFE9UtcTqm1oa9g8IXPrQ/op39+XbH5BA7g1eOuHo5gck/Ag+Qmupu/dQjyU3sjAfPv5EUkMJbrk4IL/2Qsv5ak+0egwz1KxYsGa4z6aKYVzvOto2F+9vm1XLDnR1Ip1ZN+0wzLiFjkIzOEzuAPKU69hSuuT+gNlkz4Ysb3XPaxL0VP5PF5Mp5S7XBnG65CXGRRYsv2eEQcNO3on3OA1mijKMfkUAsmR8GJeKmP2atpwBNGZFy36mWHz0nZoR9Cc8UDCojTspFOWprwXEP7PuIR4IwYwJqt1GnVzrYc7k4qpS33uaK+sR7GZ2TX8Mq+1ldmZH/OVlndL7bfJIi8hWmr7eZJIjZWrhDsaRGAANqSqjyTbmc2krpGyditydrWISY4q9nBPYAf5UjmCL740u6mYeBJIaW04LRinOVGthHFmprTgkWbNuc5TxhcrZH5480UXAWzhBIf1vRTNwB1ocMjckaAD/pyl46YzggKidN3HHs5S6HvV/ZUh5E6N47L0jVI1vnPk4m2BznHLAfPgURsXxD0oUa5FpUcZmOD9JZoOare4f4OzV/2iFSo/EASpHqTIm50+K7htZ50MFedMBxnKkjCMRO85YQEcMcyyrS+MsVDM4/Bs9b5S7/J8gXrvbicuAQQWjRqA9XdpLi/oYlDjlqgKZChUP1aThoLvSywWmvmB822dMUaVxvbJ13H4nh8/RXpVstReeXS+SDZG4eQQIJjNVpAqAXw6DG1R/LQ+4Rvxru5YinP5ddvIiMDHDa6lYhhBwLQ1PnJFnbHCzTjkojpEttSVp+P4nZ8xKPnNAE+NOdaYeEaGZfgIPEzcHSSleuir7TpcMIRkbm4Ddx4K2amrNy2/T23pnix4XibJB7of5lhELM9zPzjOgFkkMm+0jmivb2lCT4Y6PkzzQAJdwxmPfDu9TjGrAvujqOT62lDCid3BHrB9BrC+eG1GC8kzocpnYNSG4LJ9ONh6uEAEtkHjqXSFYCPnpyYysyJE7QNqYudSnVlqwGPvjUGL9SBz9Z1NR+1prw1q237HJz5FouFWq0YFro92eHZ+xkWXkZNT8NLJX6bk/pVxDEBFBMLHa6xxJk2hWJ0+2jsnJOmNerCu8DLFOkF1g+3ugerriLZ6W7N4A4unvFLcUG0IkDJTNhZB1NhGClxKfvyp6fuecOf1sD+wMBTRs0/A2mJBVc7i+Jb69BUAMXFxj3jV8sUiCkaCdPZUGygVl0QiR/3dSk2hw2mqYk+8Opo7umEsMb3oRalNjdJwejiA7ZCbrce/fItnHCdryqw8r5IwGQ/V0H1Bxew3TWkQp72p6S9lySnEZkRsWRNExC6EYkDElwTJI4cuH6l+IKw4EbrxHMt5hlBTWVosrAscf264Bjc7nVXUtU0B2PUyDkb2jXNWatVR58C2DAS5xYoyKiplk+pQy4LJHsY1vsOYkGmFpGVOQ8QSwNE2u4h7/ZaXYq4LSNeybxAXl0qhakc3z/oyypJwmHuwwc5pjHiOMNi2l09pOR4Q94BDBmpYNZePEgHeHB8HRx1jrZ9F2cefHrsLOg7bXAPHjARRFxxeD3vVo4OEoI4e743kJze//bt22AcD/Fuhg49hSuC3VA2GRV6Q3fs8nXIuyETznOhURk0R6nKXBEetPt5e0EuggKgp8+D5wakeK+9CImlO8V/qpojpl0lY83j8lK9CtvbXqjnpi6zOgSZdea5FHM32QlJcPkj1jFNv1CVM/AQZgatKgNc8ns7EHpfgtryvn2s/Taf5zcx1XgzT//IdEU5+fbBUghoLVdpq7UFkV/FKT3T1gAnm89Cm3R5j4y2YiNCPY8eRvVqJukj/4UilFLiwA4qO2wqFJXRc8poQOORqTncJvS+RPfxtmgYDW/q0Rr3BOdKEknA9yzeI2sSh2DZTM6pp7SDlR1yPn+oh5auzV7mhfaOMW8Tl+VAkmEu3LH0QaQ8aV30hkGt0hKzvQ6frng2rFPM6wJxeVetwrX0peMud/VTyfg7+m4W9fg1imhm9iLmvztevLVcYal+xF0g/zijN+FEHAmCIuJnnWulE3iVdPFVk4pbWLTCb1Asz3uxBK2txylkXh32ocRK1YykNKI/tJf3xDJexNlNpkEp0hCZdNmq4MSWCzLlA5iIabmPRQcRzAHWLBWyPwEsOixD5rbJ/DwEBh0V7xb4MiZ4VRKFWVFKar9630JVDu0VQylDFxCfDbL5QyHK3rpUV4B9JDCa7f2Pzg3AJ9axbGJLtwQ6T8wSzXgYEJYmMMu1c813ytA7nxfTqXiQbyMDMe6VNxvXonU9wEKAbIWIVLkOBzq5BjiDSjajt7B0nTHmLzT8T/6p5kIhKA85dsVW07S3rvWzy85PZVCFuE4OxptQFksMU4M8JizuoeA+dgcyUh7IgbeF3lyvt3mHT8YTG6gRn2NvexFAzauDOHNR2nrwtmvFtF+Icsftue9Qng0axHQWo+xHIgnb+/HojiEQd6+eCEyoEdrAqcVXb4UVJWSyGLf2vA0ISejEqyKHG7MSUCnRiJrVaCs9LGPDzm21Vlwf5D51+I0dF0LxvfDkuOdieTn0L5rPScJ3ZLczu8khvzHq9X0b3tCDVs0/B0GDeND9sib52p1SUCy6vtlXrjCoaw7SANw7k1gCycNBmwrmCfP/UzrZUdHhRPNdTV+eWmRgSBzxOgPorWnBosXjkcHpPtHrpM0N/eO6K8Em0E5AgadTYW/WTiI9irZWq9IOWOXYLNlR4MYj2/D0vt+tiqfpDMve14z6dPJWeMh2yL/e1ja6V1w/EBkeU+IG58sGOl4SnRF/vQ0y3HajZk/NevRgT6Oh4+WTeFHmWLvWT73fWpLqG5mW/9TlhBF7cmoD4fSqOjU1XIpc7fWostwfp+qRCHaXkW4GtyFt/xcvhkrSg8m+Wxk4y76azQ44XeLx/rxuKGGjtRPuajNTTf1Ug7v4L32LwIACq98kmvRg/9SP5ssqLgTppo3hwhzekVwN7A41gQXmgNnmtua29DeCdu4njzYkJ6FwzQdsIpqwQppGO2s3g6B3DRfGAc1X57cqv8g8iUE7hNIsO5os598z+ZW4uBy/draYtTdF1tZs7IINffEAcd4W3hHly4+taiRRdSujN/+LVmjEuD7/Mjop3mhbnm9NTymiN3IVJDGWUB+BSy9qetdwxPmXfHnxRniEMniXgiWAKzsSWrNi9xFnGVq7bFVatLDXZKUmd93VkowBCtnIunpagqG2661m826eTCiNp6m/vAHzryWgXa3aZspTl5KtOFfN8SiMjWemLkkdIuXnzPkGnVLOenB+Rl2F5QVZjIjK7VOj8HodVUFjnJuQydtCBF7MYxFcz+mgiQNG5FVJ0n4p8LBgBRMxNQ+8ziMlTzo4Dm9DH7v4uOjpG/IkjY3s+RbF7CZv1jEKv3/bumJsF6HftcAtmCD6TQkVDikfCQVTtbGhKxx2KRsuMptbrPD4Mlwe+ttvU2RoQHI7e/kG/qy05iwqLuQmy1mgvKcPcoefrucIyHCMyuKTA3Nw4QWZolapZYLxJdwM6smPhCR/LLBiKLClAYDN7Mmzg/AB2MxcarSrMJFhuqloVfV69JTt+p0pUOVgMET+5zbKqsmd0gH9lLBTUaTBj0PNnFYoktuLffNG2+z9FX3u1MELJm3CFZJq6EuWgW207gEWlsYiGmBG4B2b329x4bnPQRS6cqZeGAl+1bhMNhCnQkfIXjTrgvGA/4ZtxJKxzqXCR3Sk3VFmrvOyefUeC7/WJc+tSw2a/d2KvL3wIVqj2WDbP0LQgQhxegYWFNnK5OIIN3aZeOC3FLpKV9fumy/0IqXQwh6lL9aAQlYqKejuOXnbyTlAQukPOCno/5xN+P7FEKFiiJ/a93E2GWrpeM5Qrg++YjundnvSh/Yy7EIpha8ejVFn4yrqI+Z4eH7uRJBeGY1/w/mWVClX4hheYfUc+/gjf5VI91Rik4wtUMUHUTR1H/RIdKFekMfy8K+yXHvz7aIyi/XcqqssXDCaMExL+LU+tfmWEGsCNY0SNIOBqR7A1jyrHK9J7Rn9Ma2UtqoARAz5bRb4R1DlkbECg2pZ57WWiNMuA5Iz/C3n1TkaNe4fRJXhvYP0Uqz3Ymf+sgYRmNSy+2wc1L/kRYMlbV3eqQX0Bv4N/m2fiKdiKV+5XY0iW+vmXkGLJCkoJiYclsvNHyhPgJGTGI9/aXaLwAO6DjxsIzzswQE95dJbPcYX1XqWY21VecMKOPmr/tUMc/yAPewJmuwuMhFCFcZUwRZWphRswU4Sg8fvcj6vJyxOblPu6Bu0g23tKpYLfx/92LylvijRoMoOSIEKVQwahb6/tzCCZys6qzVuQql0Fz3ndwCzOallGTJoFomvSf5dVT9EqatUOAlmarDYbhEnFRIOizH9Q+ugGWGArn1AMRmr7H6Qz3JKEO+W0OR5ICQRe28gqK8Gsi+U/Pm4C8q3ys0THM1SPQ04lfK5RFkrstRdaLbTRin6cHAtACEXi7lu3Tyj6Ceo30K3HR3OYRerOAAnCt9aFd9O/5dR2Oi/yY/d75Zx+PSkyPLWkIgyT4Q0e7pWIF9ago+W/TieR6iAIIAFa26qmS8LiEtGHsWgtHLHX4R5P7Ts34KKYItKS2bUtQjRQXtSu642unPcW7VOdFwWwVy7pzXTO/vIbqe8rUGiXbEERYwPV1xoCG/2m4bjq973Ts3LOldWeBu4y7y8L3waXjJF5XwLtiHlVtlr3vVwSWsnUCf5pC62KFpHD+ys2j5UCdos5A1tbDEmxchfgh4c50VwgmX+mP1B/AVkYy9hyAK8Xx3CUlUgrQiftzA0BZSskpw7SxkztdrZ6D07eJbFk+FSHwmSU4Sk2ZoXgnUfPDZwT/5q6lwD5jodVPxmPafbbD5Vlj1gogmFy4zPTUR4xrZ6d/wDDalhdjqZnyzHmdd4jPRjKMz0GvpCwsC/cPD+4BdPdt82sQARF+cXL14BbmmBdErrs1mEXvu2KxmCh34dX0rcijU44GNb2VWanY+QRkjCFZ70t17XHV2o+4ikUyNUrNgdVilqBfTlXDhmACn/qTKqiHJcZ0I7LMq0dSrU6l/Quw4HYDjj9VKuZqwKf4t4zTKKLBGlLLEvQs+lgCKznMUrqILeUEqMiCK3e7udHCJGT02tM4v5ncnH8JLVOKtxvtRRkSDA2l1+coz4KtIPp+8bFJyfCJfvsPiDuiVEztgRLefT84UFBJ7jOnAW1NOwdIg93C4zUOaiVpoGIVZfEOgSBZ+4Hgwos0qrR0zrvOcW3jT99nCay/hHje0Bzw+7STpOF/LsqY17nJnc4iRhs4p2YMnOdNQy8PQ4R0W+9NSCPyKxTmULORg3cPTKXnaCWYB8Bp/AxL7M4LVbZjUoWH+76ajuZyiGwyds6y94+IE1yfIyp7g/WpLP5hhDRlmiH3tIYJeU1zdQb84A38xNQcvUI42NmZCg5SCzxitKrNwYyfitb9B3b9WstvNvMNkZJ2ksguUmUTik3W9jRyYZLriT1zApeZaJMXClgHzWGQT67t8zcQnjxKWRGolvN9nH/E6hupg68JIspVhfGnrOEPukKLBOJ0CMz7vNGQ/Wkt7lDDI/NBVBQNUWQ30uQABM6nY5Xz7J4LlpHcE53QIdVL8bc7J9xwX+OTVZCVDBY2mm7ohkOU9qEp7yzoO/cK1vlcSH1MF5Ri3TaOfk0mg2qQyPN3bzk+c+/o6C3R4Ur17m4W76AgNCoHyhKNcxeNEh30xvtqK67jQkpGSoAKhLBWFxuFOFmDtWESAMqxRJC8pLTsuLsM4pHRe7pBH+70wGx7nqXrQtnWWigL1q5R8ehXZMfPdxYhtv7Dph+DNSeqW21WBkhMGOR9UclgqmckPf7DMncGPDnEZcJ5qEK2wm8EXl1jwfjwRqFAidcanqyk3plnC1wxAa7MwbZ02Bt9EEz2BdIMx5FgQGJoA4oxTQF40xmoQSI0rS+GpwQJY9UNb2DJC++RiL8ahoTpgO3BwZbRCSsTeW1rjcR61/Si+TbwVIdJVTTIxGo6SCFRjNhH5XOl4dUYLVgEq4Tl8/aenkg0aY+5nkPf1v8XdB8tDbnM00Iv+MpSDPz44DFEHdtCxcQrCd7TFmdiy2phhMqc0aL3mkpoevawvlMPX1ZGSvbDJfqrKPvfmmSWeokWaDZTBj8yT3g8dW/o53CdYUPa6+E7eO8CzVXOHIROTJdXlVT5le+8zj1y/Yi6stKxYn5JGHNnpW3RqGJyS3jTn62c9U+NlJTRVENGXrA/JvOGF3A3DcoWDJABj18jpnQD0Glxl2tWuUqoEXP3JJNvgOX5L9COLXH8PZlwWgtpbP4rJ8jCXQZiflinZEWGYpMBe1+5LJx6mgVZlv7DHPSpGuUwztgF+BGglVQbS+7vGlQqlG727HhnJzdnfCkVHrHLCeLM8dP76vreS0IDUiNX6qVTDzVf+6cnvLC6HWLND4DixyExFzBwTie75pgfQWaTvZI8cMlmk8Vk6hfWplDqXhgQJSCZvJ/24zOFX8AwYY1w7abNvWfbJ+91/WGZVglFAD9WKgQmie9RB/ioZgGn0ZZ6gaf7tuzIGZBh27mXjexPzYwk0Lm+BrqphGq+sA03nl5T9Zk3dgGkugwpqdDVROizzt05Fm6eOQzP6oB2514Y2iupT3JZ+7ek2i54gLtEryqgMlUrXgsw/Dyj4H6aUqzEM8u2HWOb60t4f6m8VTnZYk9M7H0fMZP3CE4mLzWCfNcizYjvbGSe9eBIdFy34N7x8p1tcAZdWMru2/EFNUEidhIu5NirMKlOAf2s11gcAkfNLW0h434/Anz0465wAN3unTQhjlxC7FcKKF1c78+lP61SHrL1C0rmSvJdmtkXJGzkCaii4indxf4yY+sbIFrN8fM8dOxAFOUhm9SOvFrXfO0IoocRsXWWbhLik1Eu7AARfoqmYVID90qQ3f8Wigcx0HZVczPZbJb7ZYyHSIXLPZIOBiEUprSEq9HjZvU3FIMN3go8t7TWGf6xbwHnMQkXHcbUF+QmUaO4CzxKQogm4w/QF74WHV1vbkV2CkH46iub0V7GSoJ05pgyBJU3LUd0np3ufG7ZZ6nPafIyzrQaOA3wRptf3MBkbZidF/X+DU3zZtwAV3/mm6MrLMrrsXFqP6/jhPYDNqX5Op46/xdKJuXWMbORFOhB2Vv3LC++9pqVmSa6ErPfCgl4GK/W1UQGJQ/367cgn6f5CCNKkN0CgOWEzIFOM3PH/HTHHmiWiIEwq7ECyqNbAXYSfrh9G/TVwRJI1Tp205HwsUfFMI3LxnoLpHX3L8O0Qvdy4o0MN08rfmWMLOIpi2p89kw48QME35XKxGiDyjzxmOVWI7ntdRAwJxsN5uyKG4X01/O5K0OEw1uaJZj8J6klvQsvzrYBX83QKT4MAHlouxY6HFpVB/NW/IpoyZwTV9+wl4xeM3U3jHALFCSqqwwyOiwnHNu5+r2DRIiH2ZL7roMvxPZVcFGEtZ6roxkyUsabtJHV/AliX2GE1AwoNpRaTidPDkSMO/rbLrj1dBqPP49LoDOFQ6UscyzG5D5VcGutWlT0gDg+b0RSM2XR2jXlcegi5tQBaU7HJ/Tl2GhMbSuQpXa+ufykOPLnl/VOkiPuJCm7AZPOw/4z8IMrOGPCGJrtV+Wdx/X6oOMaqgO2yE+3kwC7ZXChVGWR58JoOH4yz0y6EYhJ8m3GAgTTeVw1V4FO56VsllNfXFWAX3feR9MzKLgPD4HrDZdcb3vzmZwxlW9SYaMMiPuaRRXK8UaRrAigtM7qBizs12eEXPV03Qi9QGMH0tFDTbWK2UbDD5uvIQ9KsVh7TYugubIASG7Hxw8Jip0EBG6gdp7JBFhwpFInb+Nb3cNT4lB+WiqqyVRSF8aVzy5QBva7IOgf/8Gn/0ldfZu98KZ7IifsV9LCXHg2fN4CGA4O5rR0QVPR117aVdkRnj2YKIgy79hDcjBBdUO1A6HwxrLggX63p73uCosuC6NsJoTcC6ojQkjq6YdsZ4KgpYjtM1zVX65x67NXAbHrm/vlWlhcfxhJSPJeuvpQynRJYBfpPBa5INIVRtoGsRbj2PhFyEZCVtQl9M+JsXcARSuB1lfnIslx5dCT2QAybfDfC1Sd53rFLoDujkPNarPXJB07Lfy+d4cWMdOy/Mzt3K210dWZfR/LS3yXXqJfcPbLs3EbnPcaqUecnk7+7DnSEZspYCa2g/gO23uv8fljpwVzeS5FMXcJzQ2C66uIRU9/G68xBT35sEHEBp758so4BX1whyH1KPNCvdTomeJub6g0RB6ZWvRnLIuSdLQ7NwNuibKpYxcSHgNrlVLGXRwk5n2nn7ZSfGXecMbNPrpUAt+uqGVa40YftF0yIg4ulc/7LRdYOGmDQjLaRW/K7Fi0MArLW/bi8R9kIXNhvSS4x/U5k//ErTR8lYrcqyyQ2yvuKQp6gdkgsFKpBC3YcU0qGV3W4xPX37i8DOV3QL2ftOQf3ZxB5lp8dbyOONTLUZvzLzztr6mqS1rlJIRkWcFjv8xwsVnGFZky+nb1buRD+gKt2h9aiEgkstk9/lHI0sBz1eg4N5Io3zumvklHcqCl/UFgSmUdYkBpoPyC8gTUvR2d2w9xuBryjL5GimJ4qoS1EsInIqcmcuIE1iIo1SjT1nXszJFodUm+503b/rGMPAiY3JoJLeHpFBnBgm4FRS3WgEiRkZLrTvy2vL8uFCUQ4lv8JGsR9fWFemJ+zUdHWnzwtWTVK1gxm+UOEOWraxh2ev3FvCjY6XXHNGI+ISzd5OoBWxMaj2bgoKz+2HSI3qii5p6Y6JFyLrPxquI/SscaSfztSxAO48DTkCuTzBx+0nYIjhxSYo2ofb5sK/k2X3es9HAfXWyDuuUE2Pu8h87MwIXW/hIK+fcyGQmc6ph1T1pgG25fi2tH2N2YwmAlZ6ttTSZV+R/gemfgvqH3gTFpFmUjtCp3KlFHHoidbYj+5xlE6HmopYfPnZ9Py6N9NuE2kfgli2IIps6/yq1TX1PTg9OFcFZkZJDgOHa0zrrMmPY5i6TMK8krChtit4dHbbSWYKGHfynVIvotyB4QfauNDufd4sO0VevJz8mhxUAZRa6lljmcAc8tjiVlTot1TQTiQtyvcFltnT3BB2ivu7UPs474AaAF83/2iIQvRUQIgGE/KIQ7KPpFwSk47vtfJh4JNB6dLBBFhqBvFLQQReDJQPPI21h6d1GJjrVhKIskFZGST1E73/yMzZdXPLPPgt7beIz0bvhFf70bp5q8fXQGiej5LZ0TIV2/oGionbkw4lzOzTcFcvaGnYl0ttMQCuF9O2iyEgQXHOl9yt4bcstgH8wQaZ2F1RBA9uQzw9lhv7czXuE6OxOhs6ORlwlfwcU29Q/nnvKctmeLMoUmHLci+JGa2gGHOP634aEr89q8te2iAVnK3CaXj6eGCvI5zdbH8v7nZJjBjlmf7ljihUXzmYodC9PD9ysNH/22SA8H5viabJ3SQ0OljV+1QQEk4eeS6+dqH37uGrdwBnEpQJhW4wBvuG8KEgM8HbWGlT9TVbpp4xiu5DM8fnAfE/9FK+4diADgmqTAOctc/zGwbH9mP5htVrv3Bb/dbrBOqivJ+zcySWCSjU1ay2oXZQkkTE692IdwVJV+RZBBHF+hLncdDJAYZq2xzJuXrP1soXyuIeRANjF+DXiNShhPQ8Zds4Hq9TmwCw+4RqscX3zZGUKvyHxqLtovYCFS3AOzksU/9XZP3cD1hvqiCA/9N/MrNNhQHEM1b7aTS+c7Pv4ztPCtlWvGOSOmjukWITFxgbT4offAzdtxa7sZ0INAm4INPinoc6npBrZT1EWCak3Vahde7/LHJD9oJ3D9tNN4o6e03o55Oqo5SVysmNXaYAu/uKyrogEhz+OLyooyHYBSl+KQGKQl1h0TR7ANBCrz7bUyJqQ1xTUiUEgdZPvJh+qQCmOxTmeHWoNNXRe+QiH/GAdI/9HgFRL56KrDCgmp7PYIcRqAQy1pLd2OdME+LEHStxWB0zkNz40e7V+mFH7zJCZ5IdrGo7QGFpGWzLhy8pIt1HJqOpoySGx9qywP01fojzKzQ9LyVkE3hZseJRp6kW+jgQl+2HBAasGJOQ9ZnBFBrFXj3vlmuH9ldf8rplkGyPiv/Wsfwpxa6J6LfNo+31C/hMwjQ3KpFlcOg7bsh4OLy1En3JbWm0RLlN/fj/b8y8Q7Wr3X6y8Atyf1uABqd4KYjVTkwafXsTEuErcHH4WXqARodWY54idQSgjxb4XUgmWsdRUr5pfprL0gEmIfc05145ZlRiIfeQcJWThPYKpJeY1tQ8VbAJuPUkiP+VkBHmvk5faqR9SGDrgV4zRoTkOzh8RS18vvuMHfI1eMvdE/1qgciwtkHLEh7E4xlbftA5eBTk4HpeQdom6X8gDNQpst8zkn/cmiY5ekR3ARtlQ7jrubk8gtmcSNwb9EqY2gxA36Iq6T2kI52D6pX0dSJ4AiQ1t8mJWE9J1e7wDexR/HYROmNBcydBx77f5x0jP4H59zfj3nMqGlB0UoRgyS4vJ0f0/GcDxZx7GBDAFWz+7Ck5veAaOjwMUhanE8Vj9/iFWhm3sgjRhCCKghl5lL9y1lMX1FOwFh5mG1YNPEOYoo73DPhV3VofoMrNw9J59P4+mX0eNjexIQGcIp/E27AC9QIT+SxDkkM13eocGMpW5T2P+5vUAS6bMp1rxYGECR0ZOC2nDBS9G0lAu8tgi2ZbefYIlOk9EZBz2g5erW92k2H8mqNsLg2V11KVeQO2JgXegUJQiJl/0t136aEXSR1BIYIHiN05YsPQfz1bVEAi1k3mrfBfP08SlqGfBgbb4q1MVp1xQ65MKWBdOskWrnWVyRodN4RB2whNo6WSfex8jbPra3gEhFpICHYN7/J8ZABSWvUyFp8Egox5W+0/wykWZAdfs2GYGqeegAsJYnOF1QSaJQtYH63nFovGKjG01uz/3eml9s75FkR29c9pV6wkLt2UtFsBHhDvjtj0xp5w4PAam5NTLsBU6SbmdrUL5ajZpTfnJMQaE8nelIpg71x9/BRStOgsyfvVirrmJH6KU0GpTLU4dZBG62tOtoo6KShLe12oYRHDRXr4D0TgxaJOGxUYfCbe/8ZSDP+0855te82qNYWVLhKyeCCpT0raHZHRgtW1d34gYvKNpwWsWWEKQf6C6BKnXih92j1IcM4dpiia+72nREvV0IrVwdjWOUECaV5cjhPD4JKvRH1vi4LhcxENWxKvJYgPf6tC1znNqw9XBe+f5rL4VkaagzMaGVtKE4qAH/R2wz5d9Eba7t0NuNiZ2z4RrvOxpTZj/GxPm16Gyd5d5YtTNgLJx46luqeUE34TMOa4XYB5//kDMZOiNQ9Rj4O9hCghwt33XtPtyiLyWrcwjHfT3873ocqrji3eVhFTe9u+yDNKe/6JDw0PdlO6E5TzLFv+Y13aEYg1oeNwjHXR9Y1Gp4awev8kNCWHgRXMZ24LD2jv5yPb4rQL+qaMJdpCgGsbwXZvtmtTZ82F2kcP84MwtCHHjOxZMbhYClit010u7fBM6242UYmIHkflq31porVUSjl0lY5at52n+W1rFUsceyVZL5wu4qnAVzvo1zvMPtUudiSzrr+UwUAVzxKsfm3dm8Ooi3C9F9ldefLuXx2jEhZmxhDd519PX/6D/UAFNdwgEK/igjz0X/b333TxKtZuBtshMflf30mdRJ5QbyNslCWqjH5GMx9H3m2TleDES9OTpkYK1BM11aUnjsVTDhQnfO+FwtGmNGAvg04xzQw7N6IjCIIV+7WKf1scg3lR8PtktI4Ja7GBjQti4rWU4FgLSPAvxe+o18Ng7poNjaoziggivNsp/ZCBBGMF1So4p/ecHP2PqG+FLQNo9cp93tv7CjbV8nkVNx9nyxOWlHY4CrN0LGOwe54Vtm3zk0t3rgtlXuSA05bDjpk9Qn7oD/ge8yVWh9IDrXzWn82VdO5lSstup9aKn983CPoDPXaaGIfXIBYJ4Zc5FyJfwMOt7GnKmAaNXPK7gRyKanYvaS+wthzHsXHtoMIXi3taXxicF4aKweGx3ZkuXL93zjN6Jdt4LzRVnIP6uj1yak3U3X9kA2tmOeB7b7R4XNupv37FAzb2WUnJi0n1KjTuEBc0Wyft2ReEJAqqReqCUiyqTjDn/3GPO9WYHByphQKlmRbNjHJPjL7knS7ox5uHLmkvFbS+zyYQh2oJSPp3w9+Cj+W+BcOHRxGezmBDeROHtaomK3rWzCkCULrZuPyiXenzjwnO9CEzEgiyww4pMcBDAbIfNltQFYF4IVhxvRx+x/eC1xIrfuoQ5TyQqoYoKzdSHzi4MlWdBlMRxF6S79NcFlzYSYFaofw97LLwZ5e49JVDIzlM0MDUBCah0ItEthVUAXqDeo6/xhL+gidC6ZazQnw0KTt35Z5dv+EAvPdERI3AAvjuuqHWHLSE9X54q8JKguiOn3ISK9F/4iFNQ7Yc3GbhBRLN1kE/CM2KrzF3ZObxzer+9vVSkiq8hqv3Zp5/hIKJN/NCftgo2FayRrATgqOSLqqEAepxS/hvNFl3DxNJQXTSJghMzJjMad4gQYPub1+Hc6rz+4tYrgIcFgG5Q2kbE9LOP4/1pK3JMcC1tlHVhuYTudUKyRWUPrDbVzog3VPOvXCQLSIXPep5FAOOCx1zqiJE478gWL+9y9pQwIqT/Q2diWOC+ZpCSvT/T6hr2lD4puThwrAeLq/97bmWgfbZ2htJmV7JucZbrMUQG3rhRJKb9WVTdCGJz5av43FISEbmL6IcitkH6z0gtFwE59ndifpR/klNfxHYPzeA/AOZQNd5kK7DJ9IfglTsFyMfshrfzOPhmAqYzX7XPKacTBzRZhR4Cx70XTgg6s/BswuVGGylyyXAqkusfDtmevc2Yt/9oaew0Z8sD1binsf5gzWXmH6+wY2IQ0c3hM42dQFkhane0bgmNYeCtJW1lA9154L0sHXhAYQCyAuubR6+QmlQSVo3ffVLdv8+u09fibOA7FEoxaFK9dRgheAczdlRsSR5zplqcFlcdsK6auRk6oDEXC3mXiMBDjNRV+otqnl+IbanqGk5P1GvAVNGBtTWNcG34MFL5kM/smclAPfjpwWMOg0USN1sovu8JZ6XpBPF+Dq/yc/8vyguPz0SCtmNuRQ2MNosCev9yhZJJ/gRKKojFmGfzk0Z2MkAi0nM41a/CgkZjLkggbzD+DJgR7A2zdmztB0nILnGCZd3ukEow4m37a8GMkAKeaNcsXMCKdbM5ZBc4YQhpmrs+qa+hHXE/n32CDCMf2k1Vc5kBzjbT8y/N+KtdDnYgyAVhDe+GcfmY3Mq6vW0m3+nF1jYHAeSLmfY402pJcGNkZXAmCLP/yWUkpghMO4XQ7THucWqmUHufP/ETaNm6PYWTMYOA/WgUYjnEkhruasV3tET5YKXy+gdouTB8ItXhjXOJS0432sktVnv+o4u9GFtvKjIABRrDwUdIe7PLx39TJOGUoY9B4UcMa0xZwoXlHq2X8z/ywyaLhQTlo2N9QbHZBw9ioNb7vpAtAaad0G0b0yGjWAOkGQX02sh/Btm0YGTwEfPZbwCYQ62uzM+nTsEkTH2LE9a7bweBeDg+RcZ81ny85341xHwmnLX2wcIMMempVPGUSYCFQOFZZuGr2st+5FZ+DdAL9FV9cCs5nDya/N3nx87E5FHyCzt5npcjOB7kLXl1OXptt1yfj4BkORPNNTbCmai81ZDa7yKJfvf/oZba/WH9CWG1pBbMvPKyHxVw8HraZ9WsQmMNiGWdaoPFy7t++5htiLab1wP0ZtBOpc3PKNT7MsDi7fMlRp8wmtVArJaaIV9VTH+4Fex2C7POstSfVx/+dflHms50gOufR10ovSZ7r9njn4SGrLAW4SbKp3g7wpvMUV6Xf8tI8pEx8pQVpntVAT8PBZPrdlTGjKskuPE+T/OzQzCe2s3Lh9xPmu82ZOVIRhJIhC47fTBzngG9ib6cjSyQfowTaB3mPKE2cYyhwxQ76vy8gEM4nwbI56/LW4G1g+rQPUxlO+Yfvn/zexWWBpG61cQiey17g+ptfKDmzy+D5hbOCYUkL5Kc3gfAo8cQ3NDV+Bbnqy/wdGMb0FztW46W1bHD+JjTMS2qzczAiyvRsYnVHX+ELi1UqbCuNj0I33pIW/6RqZgqIcmhoVLGg/CoY636bEXZeLbcgQkIfEEP41FhSs694Z5AHwJfPab4skRZqeNglWJO9fMpMnwJK7J6m4dJ9IeUUTrasr897LBuWQOhjjIog5SirqRCLfcV5KbtLxRYUyusOcDXimGo3th1sVFwElkZJ2meCdX+jqAGLsmafAGRGKiktEXSvo0luB1UQcRP7BW8aYlLDp8IkXrkFKwUYQkwEafqxVqqLR7icJP72JapNkFOn2mnQF+0ypylnS4f/5fHDp2sTagVA1LRWTunkh5SxKTC1+W8ij7ZSFdOWArgHHXSJWsh+L+Eq0GBBxvT3siJG47XXa6tfeu+hJrs6TvIXicJuIF4kgj6iom5v+yCsPcEb2eSwUbvEzL+VJRAEq7F/+znktdllQ4z8/3ZF3KODL/t22XcXhPzrkm+9Z4ONoYZkNsuM3W+FzBX7TU0yTr9vS6iPVjLgFXhk9axgAn/glOde5KBLRcysgCrMusVnzNFyfUkcKwesGPKc1sflB5kXytvOS8elWVxjVgrqzTYAHmsfC+xxth81nbbuSakgjBi0jthBDt5MuSNv9cuWe4C8Bya54eMdqL4Ce43Tebf3aD+V3Jfc51bft8oDz5uOjeLT3FCmGdmMOQpr1TTJmtMV7WyNh+laS+/xpHOgFP5QWGE6U51MTjqWJ8/GNjcrrw1D5czmtJXetXJ2k02aoPLv0UysqPgqSOTPDDIt/PYed/yTjDQB/ah6SAcrujqC/6AMFbtJNHLwyKDVO4Q5q9/FzxvjC/pGAyCJXXE42ylGqvxIys6GwChvdrnZJoWug85WiYLALTnyhp/pLJ1Nghetg2TzFAGwnLG01EUYfd8K8sc0kQXxOjUVrJq4gmSgtslH+5GiLYDFGrVRBG7CewGSlnaLYO7hbeWuDgCOjvwPijdJVQgoGn73/9Ze3Wyk3kZ5CtiPZYWFZu3mbmNRVa6sq5MKZ6OEgclJjFPh2ffKQwPaWirdc4ezuPTe1U9OTY3/HKR2TudbgzunWg830Xx2SHMsPYsk2GfJQNMLCig2XN+rh/vuRDfkBImbwM+O/zuD9+3lzqE/KN4MUSHpgZ9q/0eMDKdGn7+xrfnFI0idyWFnPf0e60GtGoQHKBDYurldoEOs8wctAoF9ofjpm9Hb02n7fqlw4TVespr6JhOMEHGSLbLPmKUHRXdoED3IfBQF0X0g4BJthm8yr/ds4pHbyD4P5SnxLs9/QVI6bWwa179eT7JZm4jegd5VTZ2m8Ig33ZIWEMQRkIQTSDI/DtK081Wqj5OrAVb4Qavl1ISsLyJGvr+YBFmAyh5ksTr8kimA1IXdXFbR77Uo5I8Rvu9WCOsB26cqfpBdiwZcMsMc0YZRFOi9cbUNlhajb+xbvcbQUu6W3sm47cWOSaUwsF+KpMrwmlps3yzyeg7NJHIIfys6rOGFAr3KQXTubvnkdofJiAdPANTczk3bl6kejyTOIzv4uL3AvsOAimbB0mpPhYKGMD0mbX1L8TcoGJHfyu7fqb4hSQ5sILvB23qFwywcB0rxwqI+j1/6qouPvYzUl5r9OJ8GyyphWBX2i0IV0TKqh08ySMeYsZVboKNm/vuhsloYekMjLDoISMZJ3CL556Zdbenq4+z1Vj4dwNlnqGg+Zu/QDuG57Xx3S2Smdzfg1sFOTUZcJSMspRJBNCUViF/8CGgTHZUv+4kcsLlyKzrHwhZObBDZwOwv5GaC+OgZhNHgNVEl5qvFbIVbEYLut2y+pBLCVZ+J3r/rQGXrCWdh+H69f8GN+ZbVFrwZS2dmrdJsPD6LOukCi+mvIMPruwJs7hRLznxFCs9NuVFvm84qTIql5CdVSWQ87paiHmLjdshdsl/istSgMMzZHWnnxlpMyri6+u3hV5VPAFxiiN2VsiG5glYFisfN/k1BT3kPczZlr8fMNgR8VU94aJ2E8ZQOSYqxuXAmisYZ1n9rdxcRm20+CTFvMEVvBNMSTQEGcUOdEDOm03mfsNJgKTSTbh5sDGQXdnLGqWtS5IplpwgLY8wm1Dv7WBLg4tWeqRDDvZY3iPCV0eLrTfJxBE6DsYzo30izFoz6Az4r5RzQ9QMxLg/pmowVljdlKQsLqRPelNKWZXq7C66Kd3gcl0HNOjvFR5sRJMfi9rRIa5ZrZ66W1prhBXzy1Bq7dwfXFx2wfwOga/Z3VP4f/O3oiB+48ATmaRiHANCt4nJhqU40WEYb932EpwK3Cq1KDDFAP5bBvwOQJIAF2+febnWBkakhef0UGKWhFxYOO8xhl6RBE1WzjRSG/AZLujGgrTpSCvtxw1aqvbU0MKh1hYrY1oZF5YPOyesd7/cVUrd4Bdhd26XqyuqC1tinJF/unFXYLzKpFgVzONFu7SsTnTOZFlniIjF9Slo6WlC01vwzuGtVJe/YHF6K0f18ayDGJU9APnaKutb5mATAte4zTUWJihd2zNIgV5ZvlAbpueWkubrOVnaQAdIANx1Xp3oHFKB+0atwB65cEMfVKzeQ+ShDi+pUyjPPxuF/9LvhpvSjs21QeszkdG/7540CrLwQaqlg3ZdqHvmoRsG9IViBNaU37FeJgv56wV1XenBwItZ2nEdiHVgXau0YhtVCYE2bQuKuGZCoZKuaEcgfkJv1Tf+S/cuItgKrMYsjpo0/LLcB13G7fRJrvlXFW34zglQx/Il3A9MHAcM7O5sbzCrxEiOAwflaEUI7dEjG3uD9Fip/DT7YE+SpAPdLTBqsChr4McdFjr+GALI8jz+sK35U38i2+EJ6V+LH3LY/DJSUBv+OU2NUhr1KA7TrntRoJoW3j4P1LSsPBf7EsocAaqcIa98YzP9Yf8Pq7mQopmPRDtZGnAWFDsL/6Jd+X1pfwcmm5EOifPgWuEccLgIUz2cvv6G06Figilv1UioVtrVdS4jmG6vZKTst5jMSVQXXJTtQN1xHaG9XoytAURjSCRt4gKu95ygm33UdswaGtXh29dxDd2oLiE/Qa/XINbvYl+8pQ7a3Tv8/zUkaiPhRq5kK3t4T7DxjtBqLbfSEeYh8bBCAXXPoaZPk9O0o0uvYEtaREtO9eiWWcWw0u6wF6wli8lbZs6pUw8xKo9IwP4jYwo7ICrezY7uzWd3GAasd7Cjq6pN7f3yehSbxvtOv6FWH0wiD4ufXEkSTwHu7MEbpw2aPy1Z0Jmens2JAQa3VJdw0v2721eZoo4IxJpzeCx00bRaurvOzENOSFmpr6Lh146tgY4iZtzag0jo8YrL6jMK8KLb+x0DjSYI1GydV4HkApe2kRpKR7Dam6lJwff1SdYOj4o2I93xyAHL+y3s4zUb2u9b1UYK0Oj3jdIR+YP1aLrrSPdbC3Vwk9EPoAFg4i6jBo2akLMokAsDsl431VrySF9krRLsRoVtaqPZUV2P6W5auoTWpyVpzj1d/SUCk6umhiKtwv8HmFq2SW3i36X6KBK4lKby8VoHR7flO6al2TTQ4xOb8cpmnsctu3La+SVhPnxWV+wBJBtnopqxc87gQZuuJ0wrtoukFMiUYWKxf854vRpDmsmP5jArWGaLezJM7cLWInJWaVll2Xw4VtJlLGWkVxI6ul9QXhMBzFxs+mxA12jHheYh1a7jA2nvQAcC1bRRt6BFrY5om151RFP2vR3F+fnAQ7pmq34criG6V9ZP/SX5x1GIsWd6vM2/WR1xcqSV+r+bldyRSpfRpffRkIs5dfNEpFuTVEAiR6Z1HP1SfYFR5Tv4HCFXq3oStHBrUxJtRtWLhpDtDH0kmZQ7jfp4NpeigDNAp2N4wcujmsGMXhTngOKeDd91nX4KdAK7v34eF4VizhpwckVK645UXPsizD93VVVAfhjy+CzGMWENpnu1kRTiJtg8yX48pBqVs2mUbpcrm2sMGISt2xaXjuEGRKNCitUSEdMEF+Iasb5f4b7jJBmAox70KiFpoObWRgvsjYhFhFICAqLahaS7B09wYBzSp8FbvPLTq2fHuKMxkMjv2Ne5zldCKr8ch7BQKruYg3ZaU1uUa6yyD/5e1HAFTk3UwGHRJ+eJeQoGT9EWOPNlmlmjhIqDrk30J2WDs6Al9GbAElJBmmWnFe8xK18bzdWF6BAdaLtjYcSlXqqXXv/ftqpy5k8/+JOW36m+dLQO43xTUstpWrtbSxuIEHKe4+SFhr+qMm1xDHDPw4JK3gJrIBpBZYSmvELIw3OgZDsWrSScrJCViGGpbDDmGRVFVRGObVrxQFmPeNDYyoGFDRj44i0OhZnSdBl5HtXBgrrKodgQy8IOZKm7ti3w9uJ34Kqqg4tTzyUtGqeN1oRKN1VqqVMQHix3/ckAqEfO7jnxcwc8k9i24EzUmNZ8vRv+OX+guiPfYGpgOjKbh/rR8zXSIJc7rD+KjdBxjERG6boS/+D0lGBK76jr9dwfoWDIF0991ghW+CoTz0pPG3flcgS7i7HhDE3fNvVHM4QOvh7u5bkAoI+Z72hqotyRpIvh+hYOBUJvWvFTW+ExCDTebFRzjr34goz8c9z78eSvLMZ25boFr+7VFY9YG5Fvc+upFtMbL3PL8vNiJodxEydSPx0sYV2cZf8kdxJI06+zITRFvdJr4eBZmXItMamOvEAv0dioUflC+rHVG0GZCcNh37v5QRGGL5Qwt6pYJgpPyGs4JWL98eDd1o15xyfFlcfpmonGjDW4up2p83/NqJ43zzDzWqY3WSmYpU2djVJsC1POxqbYq9zQPxmYppnqPhvuFZ14GU4Oawndng4o4Ib/XkcLI2agFhCqhbInWdUYZ0Ucjbtn1fOoSOX+WjqcF1siqmsi1SrXfS4dnycb2eQch0DeGVLkSoUhquzg4b9f3qrnWvH+/c2OQK4kfayiWFcZndXPj4QylfcCkdmkG91AiGJu6CISP1S6GDn7kNYHFPPFhvNr40sZLRMDYEWGd5NgzVzvvjJyJk5I7QeYhZ2hVDDOl5NWUXuME3fS2GhjwvP7K2cKPXzhe6e1nFUnNQnpLoHAWCjsiSLrPLPyg/WEPpZV1bolwDfzCUWH3/9cKkS/aJwyW45DD6TxfeHZwS4Tjvx9EYjSktzm+Kpz3NiTaqJB6kQ21+6omoj+wqA2qkvSA4rFT4U3EmRlEWoSknRg1JVNZRsG+af7wDN7N01Yo1CMIRxAUPspDrHH9iS+R900oxuWYNJ4oJp+fAOhL9jUiCZckO2uBR/+k89cqcB2hkW6DwV4GXtqw0JmO64NFf2zm+blm2aKxbmgfu/Ucq0vJautiAsaDuCyAoOxBYa6ZAYRFkprPMfnuW7spu3kEbfdxDyYBo4Z5iOZK3rozupRCnqkrjLbcFfDbu4Jne4OTpBzlcSFuoj3FwGJShX6qfRTkohzW+UPj86sO9qPCRt2Z+3nj43bSyuX182QYeGu/M7GJhAS3sv/Ln+xAIepAoj3jSVIpN/k/4v9wJeXuXhsKQT9OYURsn64yH65ueDsIP1Lkp9isL4jub6fIhO53kiM7x3mdjiHla+dnXQoUHUX4rYzaY8faQDEMPIan08ZWI4IwTXP8xv9/us4imzbED+wQD/V54mXCtwRrKeehFU3TdudSyBGaKGKll3gE4bVVqTgTcVAIBg12CXsCGaoX8VFSTrAk+HaS1aR6Ie8uUxJTesKc7pcz6VEFUb0VivvxMWtKkk43tSLr97haelu89TFw0Pc/LqR43znmTEJ6PT8jD0HL1+zrskMkOrtfSUgdz7xrRU7SsAqIccin6BRsJmxKf7oiCeKg+e5Ae0BOhPnPKl8uMIv8yiHArpBhe3jdjuYgo19nA711/BQyEVM6Q1cb5zQNvjHmlbMZZqbiNp4ZcFjmodYHMJ5DiT/brbRmsD387oONuEuSaRvoLZtwOZ4fmZLrnmNMHbcTHZwkl7ZICTV/jtPinYYqiL6yRMLqmj41PiGrIP1uui143KMcKEVPpC8loKXU0PPbbX5C56xGYyslfD+FYgv5TiRjvBbhE7rehB7/XtVI2rxQc88JCiR+revqgPg75xYbEzB+PpqQFZLxLkpmoP3T1IDPYsIr+PRCn8QEdazKm8KaR+ml0j29SI7JGHmC9AFjpBvfgKUY9H6ob8CLnKt8dXTnYHaeZkz7DDbjV99Bmk4QgM+/KyjC9V4/uY6KIKB7Y2aMp+A+wxpxEhldoji8jKcw7I/emN+Cgx/F17yydV4/ASVr+gLUEFuSNIyGyauRrU3SO0LOg2k8SYrJW3284XO+d/vgG6WpCZ6UKsy1U2cHFNrwE4namUZs0MyBskph7SHq7B3BKq/MdI1peY2YjwKVM8mhWOHI9kkUr9kG7UTkTR5KLVRzHllgIydxBGONA0pgF/BpTOW93B3aESDwYJ2zRfwlgUszaHF1QJJk8d/bY+5/EJLTmehlREDH1TgHNDqB2xay7P+yOMiYjP5pK7WAvtSMiB/0FM53uDc4fXUJ6ZjNiDOeSAWnUhcC3wPrcYs/pkjk3MYXTzhSw5quQfa4VnJb753sf/B3vSbJPThmzSM016D07vQTPFmFk5oLtNHx30xyvGF7QAnNQsPoAD1VTI5Ze1ofsrcw4n2OEEQ0ApZtizu7JA3T/uBUVTP54fZ1QYGgP215MifS4OXOlLPjXF7jS3RUUjU4hASJuSQrfdOXchLoPpZuxy6l7iKowf8roHotewp6OPgxsyH+n+iOp1bkIqYOX7jmdxzQAftpkARQI7d00HZcKkY2gX3OInANqhb+fKh2W2QSLku6KTuO+FFrVm9D69qfgJWdxMeeJS1frjFW8/acLy1jMkKj8sQU1pao1i0HXyCdJXUYIeDXF7redwp+7y7tx6fpkF/Q+uk13XyVRIIXPCrolAd8ggm40pkqa1DuaDE3zUx1LYastY485FcHQSxXkWJSQEhw2QYRhz3QDSI+3m+4tS+qeKBvRXsK9jywwdJeTKh6nLTDQpZaNc7sc/P//jiDY19i6xtoft/zT1PIskojU9OedqCTxxqSc9ekRuazcrWQ1SF3kBNqxBDE96M+PCnb1OzGaLbZdShg1YKC4khTVpVGMa/p0qMxeCe7HAf629lcdFclI2RQoosVxetUpCFTIumeRAeDvYCthwPy05K+LJPAiZy+/ud0VsFvVr3O7tp7RHObAMYgU17ImKnOIj9cs8rPhnRsstmUU+/r3w91rUe3DSL8175YtcwTu+g4vvLZx137syuoE36jmSW8tfzk1xt7BhsXxwgYWfz7XhYPxAXrWt0o3n2rA9Y3dgQTTNRrWKAUIbxCTRl0LG6Vg4FGCVZ50SbnFF41hNO7rQrmFmto+M8DpLR/2rAtxz6pAnwUJKGSUwA2Lzt+7qfZeRJf5g1yTwRwmTyYD9LKpGrOXYof+ZYFLxTBrCVQNBp0v04KI4DLMIu8gGL+9sl6bLrEdJ5a5m6at3vmWQr4rfiK/B7SzIn/TOQD6sHjX1HopXN/JOSwZPvu0t+xnBm1oy0uwQhQJOEMNVVj3x2+py5dmVfJhfKlZJDBd0B/Pe+JnujhnucTHV8ycsENA07xWOvT+2jP3ZDE2z+sszLTIU2PolynoRjS+aqHkrtW+DJlYXKnxhikvYlABMWuASdY0hKq5UcvjuptiryZuNM8KvVPj9FrzWGFi0MwmnWdmYKoUyG4DXNFGBA/2lBpNtMzNPKhmW0fLxeFeOMrPg2/v36FUxLYDq25q64tclgcoZHs4hHB89XFFqeqgx8M5tJZRAadtiz0M/AWNBvLlKzK+vFXAAab4wtT6O/+CWrWdhiC9+aEvpagpuk+X95GdJ2HRfOJvz7CJ/e5ADiXWiddoDNiYpf8F5p00KDdNSF1ngGiCZIDgxiEW1FAPRf16j5ORmsNHWPan0OZ7Qd8FBfM/szgzO6DZbrYrezI8q4X4MA6IJF/SVOHNtmR7j7uOByNpIRX92Hz/XlrW1Y5LZlaxPhPO/BJ0qN6p2+QvY/T9S8ZV0zJI+pVyeleF/5uNQyuRoUFmvfSjJo6VM8f7Mqv5jgvaYHT+/8Ka6BF11Wx0F/9gZbKIgi90gxO9CkmieAEOAJ2dTUQgWMzl+sGP2wlUkFDTqhayvzVBANFQgVV3/YWXMdT3yV6u+SDV5CcH4ZerGUORICHWYNZTJd+LHtqJmOtc479ovmavTLFT8jMvkaMO9tEvFEEKD4xMBdPHaK5PZRCk2g45rgkPnwSsndxJyumCVLwNiHYrdMSJSuoYz8DF7j1jqCP6EsVgdHTx59535WZK8maHKEKYM6IZymlSObTqGWCy3pWVmh2k6haF+ekEA7MEOzar8NfGTs0F3hUQctBJrclJiHZibJrVbxGQnHjSBo1Ah4eJu7Q2h7kJIj2fEA1hzpiaZOOi/xqSro4vx4zqaprDcT7ob/Y5sOIr41Dhw5fRVTDGsk15SS/6ZnvMZDk8bHIZ+IYdIUB+s33ER0eatvEJC1PAHiDwKB3vzHYk/19/9mRc75m4FYLOey4Ji8uPJxF5/ukd2KJoTaYr6hj8wcYcpFMVNUKsFJqGFgCIU4Qg2IO7/6+f2M0jdrloR6fijsQYJAyNmG6JZ+u94yXJTAs8pArGL02OEEwvr0ajN/qSj/Z5rIEZ5vuU6j8yjn3W/W6MCszdEL4YXtg0Dwdr+ErIc1II1I9m2YY/aiTzDTOmG/jmGQgO6w8r5+2qnmFkXeMuV6Jds6oyRxfYEeuJyyAcxUj57lQKocEYdTESY4kDqgB04luN8vA1UTMGIJ2zrkUoQ1ZxtnNQwc5HP72zkE53chWu/yHQetLFfLY7Au7SV7pr0YuBZIacNcphw6GBHSvSgN+DiMR+mXohfo7aphGauAqldoYUcoTPt+qg4p89ZCcuEIYDiQX0CdH6xQoqC/ugewBBpmFY5Ozrm/3yHJ0t9Xdg5XUC9Im/5K7zDXDIbgvkD40gYXt62jS/8RHDAb3YCx5O7PYrh3Dk84vxVIs6ctr3utJMnXFFDqzyuGgZMC1HU0rYBPYDHgcwoU7GqNXq+DivP4DNPohgpJvA0kCG2UIz4/1+0ZIfAHhJ4Fh3eu1N1LIMv375y+qFmfLZsdqE0llBPVt1ArcsDFzNiRLwZCPn2lZ3vpqwx+DRS1y75KAN00Q0z/RMkmKkYPdet2NBJrCVUg86/+gmOtFMf82AXKqEUO4jrTCfpXOf3uVaCiaXjVYh4Eozxa/ZxQdrN/by859voTmoTXTnEf6DDFruP6snHYEyCDn57HVTE3m3n2ImPxsa6n4VRcU/zhszvkgj8DCbYxP+MwFI2IL6Uut7SLADmJ/w5MbCNUXwJVSke/kQO8e3X4/NDf7R/4Q/DbX6UVv5uEASo8Quo+IEz7rG5oic0PnYNbKEtk2VZEIy1UfhSitlm/IMsJM299bCrGuRgMh/es1kDT95pEMvVbjGth4G27vDP328m2bcNbvAqZ3aB8PIELbIKihThIXlrP6HZqhu9sI1LJg16KiHZxihs63YlA+1+DV6o0IjPmL3s3Tp//tCRRM92QA3/Z7i6eLY3V+B9j1X9UOIsvx644Soa1Da25hmKERYZWzhXw7bEWrFgXj/w6SZ7Oi1wxkKbvCXVg76NUraUWlBqjNCHKyf12FPP3cfhF9I73r9kzvieg+4Dbbg6X3kmTX1h0sg1UiW2X5deBeGCQN1NpYnZdqMd/vcJjmyLMnfB1Et9qkWnZQTznTpUgUBvpQSh1TbvthwTVw41443txPKl/vO9tZEthyaIUPF491pvRDMUiZVsps8/7Aye2RQviEog/4lB0besRXcxKGbumt+VfUQNWa18ZghllGCeRrYjCaZOhEJuBcCigE0p80Qfj6Kq6qJ0vk5beMRgle9BlyCLoDXYe/On0RPSG5dyPhtL/NzIRW17lowJBL8cEzM7y53JwBZcKXH8qSo/zKCWfd8VvLoYxsSFt9IKtfGYSv92w4ZSjlGRDhA72t6FjBnGgGUwwG5YuIHAXSm6SQj3waA4L7ScMD/pEj6o3BwNI4atrvf8Ebq/GySlD6AEmAWVu6noAAN/JhQM02gNUvQxLNCbGgqhXCS1pw4hwzK2/YpE/nMkqQX/w4yvHcirva5ulfliZtHmEEyL2YtV67zHtD0FYpSYfmEqELL+dXR5I/sntAOu6Q8jLJAR8UjE2Je6SBusD87FNIM6L2mAmTLjkpfqROm5PSaVG2wCGpNnlNV29o3vMOQ1BpWzZ99/kuqBd1++0g83fewNMzJ/MKNicSjs7y9MnU3yEvpeoshRixvkeJ40pNZtxtULc6kjlTlqzKQOTS43oJ6usXdVp+drD5YpCbtpVflhk25Xd5/j+T93emq30kPZLDnPqypMuFrgzetchupmfFzexiEhZzwId9vZ43J8Qnat+OtiM04RI9Xrk81thl26DdUFq9cbbabv3wx5eG1EpIkwmDn7roP+bR3JqjyAsQlEKX1OyrF4ITZfS54xwRf+RdZ+MKePSpvyjSiYVmJOPOWq8N8Krpmo8/XnQESTuNO4p+IAnIKE0eczyGQG+0F0nYvWmPfZAXRd5jC02GYznXRM1w0nfBoLekwq14L4JDLtKpRa1XOZJB7OaygIigBFKKU6Hfx+g9kuBMcxGBJS1gar3j1N5vws233mujCZXRDLDK8vUPJm5jhMswxBorcy5OQV67zIq8bpx2zUtmG4uI4DRbEjcfr7mcn1c8G0BpXBncECzDmlQXu0ZOr0oOHCDKLmJQNBDpQwwY1rSrFfVaVQoCtnad6Uihwx7skCcbvwWJHwLkkOBm2wVWD+0Wyqm3DiqXCue1TiMYin3pF1DJIpOG64F+mGuGVdSxPAxLyNEe2YN/7Rmyr85zurONVTkjw7KGNBPID6z2TF0QpSxFKj30SoAaDc+iLlQXlNX8sw8Wzq/NkT2M947g5mPPEjDR10IitR7wzFS/HbYT2hggTZqAOYurWLXQd85CTLHRkv9qWTd6LfNkoHUbT5tqQuzAh3k7ZOD1g73maQsB6esty4iJEQ9Cp5vqYpDlJND0zzbr2CmB37sAcNZkA8lQ4Ga1Soz4O74WCzKvbAF96iFAhrUoyIsTczBNIem8vMfPJ4rtCrLExoRVJfvc8XmJ1H4ufChMX6+KeavJxYMP0desmsmmethbMtpF7TaYe+gCi1Mq+k/HkL4SAEdXGY1IjBUVq4hBdl2QHoFHQ6Lt+9MYdJ8I59shqlFE/ZV3UDbctEYE5KqjWZfpkmRlNRGnUw/IdRUwMbid+8DzBpr0s7DrRL1XB8sCtCPGFR5g+iGnJSNlvJ3O6ZPXvZe1+aerkGFD6JPasz69Od89RRH83lTTmUszH76HODQ5fyy0+Gcn1otg95I5NOTM0nJzn++CiXqwSvLxGVqYKE/VfnaxLSzi777r4s9F9hJ6GUr67L6LdE0j1WwMv3mOn22FLKnrLcbMLIsnElcCfqUfem8wigqFweLjGYR9qMFLfb8sI6ZRUZ2y+Xk+uYt34hW1z/ON5zBkkl3HzlRTCC/232RGJe3yDyCrxOXKKhAcQIVk953BYBJ3fLF0+ds45tnbVESUIW4qrUQeo0nXarf2Lju7KVbwZwZJnvIexMXJom8HuZiDUI95LLfDkqXs0IXsM0N0rTR7fAxsqQDT6/CQGYbQPThFXGsiNWb3eK8CauM2+cZSztJoA4mO/F5QIcEJIuaV4H6kAtpqwEEPV1SU5ZqPKhI58hynheUM5RI5WB819q7QsiX1LaiW4bD5U/DjogWYdRKKtNuAsLEyVG0vTgqsk6Layx6ROlrFk4z9bJ11J3DLk78WTksKXCnTJbV65YJJh1iRUVF8mqqm1tNVbyl0p+isd9hy/W/ozCteRfTGTpL+hI8ZMtSyclFVEX77OiDEF29FpeuhELILh39VxLLWcxvYpOPNjv/6Q4x3huJRGO0WSd+MO6rf7Ez3PTs2EUqswc11n46w/6Aizmfn9njp4+l+xCB+Fkc83GTbig+maDG5YvxSQ64AsK0A2xTL9ezOAzEOBToznxY46a3akOUypujY6qOmJAEhji2xKO40870rRvl2M8vlRoPQWISUeRi6tIVR67skBCa/IPZ7tDZLfk5mpejbttVBf+9UwZCYUAu4oOnz5J72kUaO9dCDCyi6WqcAac4ZhCmXk2N2asT2drlJNoNYJPFjP7SGzAVCzYEEvgylNsZx1fk7RHQjMW/QjveHj3zm6rQU36IXeU0zATwdeYzDiXxob3/3pW+AxzUQQCdidaZur5hYX1ZynqYpoDBQ0UtlIIWDhkb7zrKDywASOzXrIbI0jt/N3u7/3SYotNs/sfWaSQWvpVuVBPFIbPg8MyAsWDHwUji0cqCfU5UTWGfkPZ5/AC5E2eOeO/QV/u3A1TsyAwdNAW7SYkheSTHzYdLkuF5XHRe2mrtCRkA5IQ18vnsysns1RhTsnsI2l2trkV6grxOYiktXK236fSH6rh/yf1qOI6FhVmayXinNuBSBdxFCJ3iZ9eZ8d4ZaKMssW1NWqPK8/eegpyNG0wFJi5n3sZ/YPjky+vWBIluvJFTmKUHzPXCZ7b0NWDmRwzZtsU9BmVzuQAD2NoCu/D2v1rCEJdc/lgQLlPpvwe695ivKuJy9pa9QAGX0axoPaGceNplWEJm9EFEumz9DgH8gE6UPslEsQM3ouLZvHMOsAyr2J4c78ycusDwGZJkjlYSGRlHqcQxiDz2BRbMuRhmPM2dWO4stRJdYxgFMZno5L+40Xg9CB8qd6tpA+QXdotFPhHaXwC0e4vl8dyFtVZdXamt6mF4dlUsThi1IWsYxjf7U3+Ln8+NUBJz8qvrz4Qa4Xl7vXbOSDxKA4Q/09SW/Q/COewmeys0YWSaSeVPLHxj92qODtY/pydTWI2st4xHCqiU2e6eALfO769xg8E/s9Gyr8ASzkAux7esIr/45cWokIr0bDLAznkkdBwgb30ZY9RicMJsvlcmba1QxmA/TAaWGtrMxb7T3Zad1PGgT7mWNk2S6IicxZt4u3C9L2p6J9mFyuTF95mNcQVFaVwXhQoNnyNiabX8SdSODtpD7kwVAhfAAsdBIlSdMTof3wOFkol9bO6+k+/nDx8WMdvtm5SSHQn/gZs4aX5ovovYRivnTSLHIcAGFUuzPKHLjune+OK/zIecpXtiHKj/U25IiDH67mxt3GPMPSo2TBGduIma2lg95+ZP4MZnuWnWJoYSGY24Js97VbfNX0ES0aWRgt5f0rIwfdBF9IzYXpym0/27hs6INN878v3BxNh37Ura0AtPxKswn+C+okyrsfDdmYBXZnrBRNbxkV2M4ggQNbx0k03UiEPu+QM1HsM6SVbSVkHc3/C2fe48YCY+v5NXFHeRLWahHecH1V+ufe64Kyfh9ywfGN/0rIXMxKX64BoTAF/Oy39pD8d+nKKDkyKXhh10lgE687YTL/0OVRdJVarVT6p0E56C0QXl4U5+UPsFfM8xTgJKMZqX3OLmBKNPq4lncJ479pBJJdG1QNh6G/ha2hM112P1e4g5qFUr0fGatH0/3cXXJYGQmJp7HhrpctY5d3v1rvBf8lMuvAXzr2+yw7qpQ2wSCKrU110gkBEG2kmXnUZA8vLcmpyR0xA4lDymRy3iW4it2WSYc/+umLDZwZnWe8didQAKZzskFcEJtWy1C97XcJw26KmhIOp5cr19wqeb20ff4xY09UIiwWyNtHMso7jfXTIsm3ieHxP0odHCijt2s2N+/armYhCbR9K5YhAyyq4hwS3gpLeDCPIiKySU2bsLH6vxK8XWU5twSmv87OGsRgHhNuzCqQ+2U0ufxoYi22NI7ZVyljmHQXN2QfeM4vkeGdI8lVOk4RGhvZnjf1aZpLMfIEsWY3Y1ewNAzOZv8FmgcxnCbiWKGF5oTMX3T/JQWVsyaSKL6dFPQ7FIqZX/4VDrGY9x8VChsPk2TIqRLpGSgxFb1oTxzujU2I0rpLPZzJW3QGFVaIx3N02tHcJtcYEPmRaiopyAYF+1qcd6LjpSJkVsnYDIUp1FisycTYjRP8aNaJxEZqIrNQhYNmmXz0Vom6/nwlcsrqbT2bQ+e7b0eQP8GtniPdi+y8YlmMePCoha0v/AWIP99es36XC6SWV8b0leIbLLuCxAAnvHwg/o2ISVsFMblIin9d3Pznmz2KrjoBxzcICWpKDzTpWVloc90LGR5GwmSWkJyn5PKRdFZzdmsIlnDf2UohfI+IC/he7djyNOdU2EisSjBglXbzvlMeCC/aXRy7+OSlSxj/PS045xFhxl/+QjrpZR1sG75KlUIY1Vmjw8rmZnLedC4OLVrNO3W/CvAy4/NAEFcUdeGXtmfJhv9QVD6WpHgFsKCF+TasNzopoF1I+mMcPSxeU/91OovjRWe6+PsIvev7t6kJSNu1LFto6o91zGgLc2DlixUcgu4BQkyqOxtz1CCW1i9qBhas8gsyMbkxCMMW5wzbTMX65A0AGwY1/Ccuf7yL9xnAFObB0OTb/JHmVhFfZBUj2+F1LnAmoR2peupg0ET/nwMfIvjT9LQ1yr1HbRi1Sae8zKOxheOrUt0AfmmO/Olf4RJoVk6CfaVMzw1KTUasfH5fUJ3s3slw8/dC1qDZl2MrwXlTjzDKhlo1a56KrcqUT7190dxocARu53nit4Aj4xUGcMySS4gXIGS4SrkzDcOEyUbCAwvXVX4u6wXnLibqSUTKT79MjPxBbnQI4md8d7XHNLyMdRuNjVL71ybxklnt7daYrzwowaopQRUkv5TcHybvuBW5pLEItaE6bX4Tit4ZAfWegsi2vXi5woxAMTraSzJpuRKASV5IiJ24BUvZeu/zvElEdxcXaBqA4CLdGrV8TcAaSiy/5OIEFrGbKHns7JQTW17g6aoE5lA8KJ4unzbo9MaE3uYePWVt/ggCqp29UvH2/cMD6bzslfSzDS2WP4g/ATz8l/onVM+rSaxCCW4+/NNUTZG/xo+CWkJdUSDEMsM8P5qYEOmwvCp07Y7UOWiX2yhhj4ceonqMAQleMmaU+uSG8/4JTHaggcDj9YjpSCP2m7bGc1S0ciy1jeX9HNyG/JPYLCm3kIv8HIRjms+2lJliDzukLXWsO7tkNpya2emBZdBFa1qXK85aSaqKOE4BFkUFS9tBMhRc8Q5XZx2p/P1Ptiy2wsi6A4oBoaGtXhHjCISseL9V8KQQ/b9IggDJiXVvlQpyiR8ij2oJDAFtwT7NJzk/3AwSZg6NhCnEW0fNvt4uwwjje9pWLhyMZdGBxMAbFBauYIreUmt+H2WFgqV3ShwVr1Pm52gHkNP8HG3Xy6FyfQvCZQ2YRNUL56S6sFRhkJ9P+zul0cWfyI0nM7sEaN7qrEuRDWyo73L7kn2JlfwHeUrm07i8xe6DFKVncIPOt1a/Fm6voCl8mguNzOtvsVPw9hl7y0uy+2y9r0XH8LlZcylWxTp3mO5sAut7TVJfSw9rv2767vblc0YLx4OvL4UBSv+vbF68vL92hjJH0elSWEOImeeKxzv5tTaf0CTjvT0hOM2V8sXqQfO23Vy8kyyJTDWbg5WS9XbpFywFsZFhUhaLZvCyoszh5w/GNtY/s/mmIdrg/XTXjUIM2s6A7kdm8FMB/+MOH/Z2wh4p6j1fPT6hV+ILVcbyMg6um/M+VjP3PUYKb+JQRc9p10zyS+4AT2M7fentYYk4L8olVepSEalKppY6ViEAbyAb8ps8AHISbRzG9GVOFDKwoQlRYpVy089V19BeOQguyqpxaJ5viLI5lRT5srR/y8F4mgFCio8NNW1xExqenT4B/1aH/joj5UlnQNqRoReXm27kP9ywvPKzHXrEnKiLKz90s0LJZi9GTQtXufyTdZHFNstJuw/iIYYk7SkWWdwxLuM30NnR9dpmVAmH07Uc2dHzhsB6/rk6bH0OwnSAd07sEIOEx0EyBROMvx3GspELiFkkdWRjOrHKzsvLoYWpdXdyzyhP6agKc9FRpZMwSNYaKUsDKuImxIBbs6hgOndGykLqfBjjTyajCCT/97mpqtdw4O0JffjZkCE4kkie7hGB70Rsz6vqi4oTkRuFqmelbbHKAz+zrZpza1RH2tQAepEUVFYDhe+RcyxZ/oBxWhenmP7jNAAz81fLjlqYFw7aun4ABgXHzBEIPWK2Xw+VTCyjORsI6x45hRbfpVwN7Oo2fI3J3FRFjMEfmzA89jaNrrPJqjws/iCcbsD0n7G0s+/UOKHwISwf01nblK0VQWM9XzKIjTYd366aLRu4iXadgpuUATm4a2J+XoKxP+UEzOWX6JVbl7paC3yao1FadtZpFIYEXoKrGZD4swT2L06DyGI2GARfuoTzKw2J8bj6ftY8i+nzXrK+vWXAOLq1yOZe0V6c73CAP0HtOV/dXLkEu1fN0FYzUHvuOsqI5H6tWW0QtjTIUBvuGY+nszggpwMvmcnCZX3GfTk7JP0LpIKSpf7V1astuvRlIv0/eaAgOFWscHa+qIVUuU203okDNOmrix3Rhi2xR1fR4mYErjK5SAMH+B71SNtNtT+gtxl3JiJQvMvSmLpT2JhMO0IYA6oBT9aO2GqvgJuN6TJG3gL09bijhWgv2SY4dbtMIvU867ahagoKROGqKkIiPr1FXXWcp3qG20og6npZ1Y4UuBhCSCT2++iLTSAuCHjJilBx5yjnrrZijcfPLVQ/Ga5+BkmkJIU52besLXRmq0nAc0I+UPdeGTmR+RLN0WkfX8W91hCAKvYkqhb6Lxi7s8oRZv7PKY9CDmqTkvL7fYYReTtcD7Slg6OwMyxSyvlY0RmRK568zdkY5ZCW8z38wEiu2iMQNBWcQNOfbW43Sfvp32AQL1x3xLgKgkGPJ19iV9bnnxeLpJaD+2PxupJvg6kIFbm4b9HjY/T60Z3VOUL025m4KSf19pZKGZ0OXjmlofwF8qNcw5YGVa8I6TaMpHlDgI4jD6OqapHM3vSG1xRGSxyUs/gDA9fbI+5DIOe0x8Z8ohFhqiRqjxCZSRS7FqffDeQXur+Bl5rcwHGKWqcDPRtTIHrmtPgZOT0AN7oJdIA6oFmjyz+5S4/3sHiAUHIC4gPbYcAbWLvI+I2/b0papETzhY8XEUI6IG41cYga7dL47DU1/VpPdYxWsFn8h7m1Mb7Du1bqiRNQhAowu1S05QsNhXTb1BfQlLFTOTJeyY5aENudQe6yQJ36OBuzCSBrM5vQB8JFwQRavBqC5vynRKvx8HSA65nyL7e1lgjVchntQgBTqzhR0D9cRGmVWoh5u2IxyzJspDYNwRGNptCo8IvyZVPmD/XhAVzIOEQqK6Xj6op0jIr0xKVE8CJ1XKkhrU/HWs46i/xNOhhGww/26ttHjX/PQYhnGuJmxYZDVnbB25m3JeWmbm9hfVqyOGGOzK5a0MAFH4IcMsCuXvq9vrUyefN3uUqWEXAHyWj7QGLO71M3yy8Blwq4GNYdEoPEJ2Szxh40ntY5cF2Xz7XK+T/CbJoJpXuqB7cDR2eLgQ8O2shpAddIDiG5pMc1oT6uXraDhxO+pTotVgmuHQBzXUMsRqZylu0uBR37CiRcB/ZcllzXLwkHpPSc28KeCgh9Ri107Q6XuoLnV7eup3AisPbqZ3ibWIH4I8Hz21DLDNh+dz4t2bOd/sjUkapaXMsBjtA0a8zWQe33F5EYEvLQ60U0q2SYyLNe7jJwGvnjGipIfkl9ZfJp5POtpYlvl1kp/vpwn/5Wqv4nTcw1VvrsnVffQTY/a6ipy/PqJHjhJ6jDKLrn3bXc7YKLa2UC8Bbb4D512eUoIiAOrxpnmAGVOmkkWa/1IYzE4OQl9b+HhNw32wqnS5Qji88DM6hYxBqGqXCwqI0ZGpXIiSxqi2PzQxAfXM8YAlYir+1YmuZP4cIq60ZY4u7YbdvrByZIbbQJ8z0vGyWEx7S2hDoPnClN8TGHSb09Y2tnMXvsYJ0AD1u6ErVnL4AH7N2rcI9BSThwO3+W2b1LwpqHYJv4KLAZ1oaVKcR6HynQSaD2SfGWqS4xqh8f0J+l5ZTvh7VIC31lH9ny2YTz1vHOAhhjEGoQLQEk8aKf40OMXjOiqZp760Mde/KbENy46l0TmZ/lL1Jn1CrtQmpqay5HJm27Tn44GEey8qubKNxtraTFMOtfUwlUokvjiNAYi5o8fcFz0gwu66Pu2plGEJpO0qggxSl4Vt1k1/r3YwIxrpeOhHckw1PL2PvH3V5nzpUDFHa2m6Qz/4N76x80RQeeH1Q0JcorS0DKUKMJaH1kaVXBSCBIspC59G5wKU2/nA8b5ju5iD9o/b81qR5G7Dqx+sRWi64PKjx8DNsKqJIsoZyZowzneaHwNiBHLPLsGtz2/MnZa+5c3/WO0aNHQjx/C5aGsApZdKyEnrzldV2+jJ/r4O0dRIzdf3lEMMMSy3m5fAt3ymx9c3ov8WotCxCwBPDN2yj2xVx4uRDwT0sqrpI9Z4pB6gJhC8YkmAei3lfXPKiNvqpfpr0zFwVTywJxc7McTgaWSDeR5LQl/iljsD3XH8DIqKiwi+8dotFJU7n0eW/1+LwmFSZf13FGcs6mewHcIniuyX5NLyS1M8zp3dbDJaX/2AXR2d+X1KkiSQkiNiubDo1RtLDNyv/sQBk1NeDdJecjJuI8jlug5FIgIv0dV6gSe+ECBkPdvnPBX/S3F7onD25PSBJhNN2zrF6J4AnhuNBqGafPU33nSbE30O3B61u6uNgsTn9kBAhCCQvtxkuEChk18wC+t3RWqduN7xSqzIdxPU2Y69CVTWOTjBQh3eSYGD9ZK5bFEm2JJ97qVtJTderCpF7LIyvQd4OKoOCCC3ap+hLqq7MU2Ggbw79rkLBWxdcnbhZ2ghan/kgfZX3QoEvZ+lctDTt7p6vB7xPOzN/6wlv5GO2qz7NSx3e1EE2K9HUyBIty/TInhukOIeOyp+8/28Z1ba2QLwrvLY8ppRBrd2MOIl0lVYrnaESO9CGsQwuOWUVtRUS6AzSKIQoij9THv68uH0VLhLQdGWWVqIgNPzPau78zpU/IFs9735aO0aI4rUqf/9sjwZfllcV2vEv/DuHDbWN5CjhPfPVpC061vkjej017Lm6LVeLBDGNcwqp6r99LUBkzLHtrwI8UMRt15QhaI0O5QMWJ+Og8V37zcgW9ey60m/M6Zztu6Egg6TFCpbNUkfqKv4XRDlRVIjDM73qCNEFKIS/dW6ISDKD9zo1mGYztdGAvF4mBNQ7818WBhF1nJrZHxrojppUEb1E82dEmnTmHgvIjWjj/qhlkZlFJckyjU8DH7zOKp0dLgENaEeiWHxk2t2TtK/TblCGPAN07G+VYl3KlH4trrWkyWUVDinikPpVy3WmaXbs29frPzNyd6u/9lLjYUVaZfpnx1fevKjMolZjfECZgWCPnT7OLao1CB++j3+luUVg7IhAYz7Xfjmrw4HRBMfsCuHoYv0KX/j/lCVWNylJNQNzzw28RE9pditYCnhawa10IoqEbt8xCUVbCCfWi4Q5Urak/6DnFIIBAw4Val4X+/UrWt6lcY1q7YITtShK9dpPtFPA8Jujm+8ayeCrtAfQO04W2Whoqm9Mv58D6jzdOsKQo0qelWEHh1qT4iix9NoefPGqTTV/TpZ0HO+J1IOeyFYCDwT9ISmi7P4gWCV93GdXVOC32MXF75KAn6MoM4/IImY9Ee4Zzn4eiL2FZxf2Y/bAuNTfthMsa2aO7f4R42UDAtfMktKn+QuoEZuw6Gc0nP8i57dSlVi/+DFBiwCkl/iLddXE+kSkL/utDLLYjt6+xoqWBCAhNgXcPTxVhuznGHm+ENDIVm2GYgihOLf42c9GC3as/v//4K+6csvlH8Q+Por52jjqQWscvM+WA6OEqBAj3X7DwBKxHeRayCcQQ+6/QAV+68MKNZY+f59GoYQnY6LAlrc3juFLoNWPRNFs0D0sFPYkCeQzDPbXoRrHGtp8zrilIGwql5PQnaa5UCsHavCtnm0dnqhNPmQQ2+QloFwD2OQ5LcFwwu3iBUGY3eNegqWQd0FJKEsngVlPhWBxsdBbhpVMGjyY+ue+WEq9B6Z+jDZJYB4sMb8UtxBo0HH4uhdFIuGCfVM+HkjI8jajSRv251fR8SS/ufleu5DObdGSEPLznSKzMxN2Q+1LyXUbg8f2HsvuGqITGsPPO/0S6N/2UrFiBFOBcoEd7Ho4GLXZ61LlFj6rs74zLsOL709+JKM7HtvQhasqx1gTrEmLE5PYaCvnVraubk5IQu4zWuAjZaZxNyTZYeqnveQWXt4sv+Wl+JWRVDDz/R3hbfXpQ8WDVLN1A4ju4jPf2mTz1r7o7kkoIe8R251eX6hX8UExP61yv10Guf44zoolDzwtTHaqsLO5MNi1WJRPeFsVouZnVQ8iPsR56qTEfA5P/fynWsS/ynTOPU0f82xTbFDDfxnEcBZHbEH0oVuHsE4GhoBlvRwUk90MbB5BytTL7Lmq85a8QhOCvtWSR9Lafi3u2xBY77h+GcbQ03C2eLYm6J3VI7/ln3QB+ng80FGf5ita6PvTDE2ipjuMdzfOMdMhvWber6m20riliJXuvhqCwnas5e34iEuogHCDtnFap+paWRyQe5Qym5/j8ENTExod6lhmPbrldz0FB2UDFtmxtEttsrJZRo7bvQRNEqL0fOlQO7OdVGHq0z+/U2fX+GSf+5iwK56JdMpS1x0x26R8mv4KN0q25ayiJ++D6onXdwGMNY3wXKohGjjWNyawt9SYIBsbTFNmwti90QRAyvqqntoq8TrTf90ppjrE0CfiAI9rWLxW73v1BmsB/w8tztdvz0Q4rNkD+T2S8DZOSArMl1j1dY6vhmFLYtu1lm+r13ImbT0uM7acyoE0OYbfCymug+KjZvzqNEle7WbTwZjLqpvYurXQLHXnx9f+pzGAVuw1lDoHVzj1Eqe+aLJgq9UddATkb/WzdGMV1Hrxs7YPNeE5RLUblmp8pOgEjjthpgw87w6DomsawvO6qQ6+XEohvgE1ZSSASKcVzjhgtAejXDm94chDoXF6mwjihYRhPbLoWCdzdTkISjxllcICOkLzmzyXpS7rE4ybY4Y8ZI97dAUa84hnK4bJ4V5fyPZnFcDSBNJakuWBJhjAylmtlWQiDNnb+FDiUy5jMn3uu/1RD1Ph4p16ArbbLxydZESTFFeYBQZ97LQjEh3WCWb2Qy93tZdcWd9sTk+fvocSnGQ9XvTMJzaetVyB5Om8bYHZBk/5JoTuECLpNVnWOpvirOEiML6YswCXs0PH/hYCqvjSIShDNswjKU6Dvu+PYrQKYGdbK55shZSEwOzuuNB5dKtcmFnNHQjgW8ZAIze4nns3xWsSWHp+7KEzVILioV3q354TH3Sag/E5qztU9BodNAc2R/Tl2ZdMwIRwpm9w5Jn1l4+shPQhdc3vdmaaVcTJggNzhBxDaKbKlHumOSna4yMYcvi29I14Q5v8ek08y8oRvjICLOzDikBcaVC7JD0gm2hpgaXEHtsESzc0AcrpNrr8WEr1/OCz6iewpVwpieCdyZqfvCrkja8D2W8owTYj/XdaESja2chskW/UAyNvZaSANvNbuy0PpXq04Qh956omZHTHoCKO5xWerq7aDvHO4ty18YMtAaQ8RNfQMmJ4Q1rsXWU2/vNtcJnZeVh5b++j+eDdaH4rHVPFtGJjD62DuTXUYLXNBB/QWH1HbE/1DIWHLua0OSs7vqME3YyIlRSPpOJOMsK7KyWAV0ptvYKIc5/51jPGRzHjcZonCnrQzbyVbvokx/yd1OTeb49Ea0O2lnWAIvOuGE7lG1UeoxVckVaXpc/6+YF9YEpsBprHyIPf9jtPWP60KcLLR/UrKkgObXE+X5Diy0C44FDGcFvbg9LfF9xPIjMMdWNuK27AxNzCtZy7CuEZx/XWKzJTJsS/jyCTr2hldUzdLQvZXlnoz4fHFazot7XlJ//24jo/NzvuMsYuOYClS4LvaDw3TrWrLWuqnom+3wXoUsimFYGj3nqG1C+nMb63QdmjpeorW6Q6sH1eP5iWFTBsltGgFNsH4t25OVdHbNoHju4F9pLy2JdyJOPp6oPXNoLagA4vh+1+Kit4+degL3Cv2D8m2lKKja7WY70X4skYZT9ZcvlQ3s23YAaJSM7ACEB0cHieBW3mPBD0LinfMm44mmhnut6x+n7XGW7P/WFzK539Gj/pU8NFOY5Ayzxhz5m6ZMuMweGqW4R2bvKLVAKcyI8gH3Uwrh4bqgemOUCUO3E4nbN7OICxRv8bHYyrvg/h4twntg9ErnBaNAHKB+AI2KidRJLzhATaQ/RfZmK7g0QfsLIPkIhGRejjioyt746okDOc0eOHicdNJ3H7mKau6BaN2jEMQTXawbIrHWBRXtgns8jYokYIkvcOynrxfhSXiKSsXdqTEG9fDPZRyjXfwI1udcjUHmgpuA7iJInDTXVS1pnZqJ1jYm22sj48eXEtPjV0XwsmCqF6yMxT1FYXB1l5q2/mgpWlag1RfdiiVmgK+tU8cOq7IIUY4SUguD89WAFSNcEPyOU28oC8qKQIKglLMbsgFxn50A4oIZY9rdzIfSJTMlPtJQOsKYblkKTiVdaZ4LXKBVAVts2dT5tMLLwu5hkbqzrFX8Zj3MAJSDoLWyUU74qDKkpLLaQPykYoy6ayTqgO0if8bviCkOmfm0fmjaNeoaljRwJa6/fxIubgBvw1XqHLbuiMzWclR8R+PJ6uJnjvuHt53iY3xsmBH9lq7N7VpfsxO7WK98LDNy2JrD4a0FsBq2MSrKnyj7iUZN17H4bSVFooh85JncXIjst+Ds8rWynjXFWB3bkgZC2X+9FcRJsISB0Ln6h/mgn6LPjGODHhVOQq0GkN0cujdgr8/wp3HehDblpb2jrE+KotGjUx0Nps/erUAZZPB1dmd1vRSFJaPOWLQAkbOHEVvcyWv60haWQ0HF1bCOyD4iX2iNeGIFDZEOKqx/48TzF2vvKL8YXMkYda+XboL/p3jOnc9WHSURaIA48YGOPz+59tuErXRI0A22wFZmHvkRHo6dJdt1Tyhkk0LHBAv2KmZb05UBkuawfdXUCk7XO911smmXVCct8gfXBSslMTTg1R+qxY+UEghQnPOK5f7lXlyzpiFAXqRxiGiWFQ2KO6dIxoTnT+hg7H/UkNVbGlh3ktqgEL1robUeF1oUoz62uujiu/+Z+Jz6RFiT+V1tVaw4//Tl93VO14MKEfrUzkRZ2v47CoPfsKuYfujNu056p2SzZfx0mtMvB9pNkLLHGxzMyVoH4oQ8DsXj23hTgJD/xuDxmJLn5OXjdvh5NAh0bp0znDcampMM6/qKLy4ITpjoGmt+FbxIg5IwKnR9eHuiquhHuzBzdyku4Y93ZM/ZNi/Ah2FHHyPrIsGPLYTAnveuyROt+MDwckJAKyrLjBV6pGhPTfZJIjZ9wSAeIPG3s8mhJ+z+niZmS0s/pUHNmNgDKc680PX0BKXMIbNJuCHw7gOa6bfwxF3AZ/dtLnBdmHn2nPyAAUC1UNOsdBNy02AWjGw933svrIR5NRUcI5zc5sZpL+puU5Otq95tLQa6nkiVZU0kPOWnSeZmv9jWaEyT1ZYuyXdygeJIOvL+wwJC0DiEEuBfKCkXR8VxabxG9Nj0mVg1QJMQmV8MYoUfmUAv6+VpYNaP0VFBblD6emEqdyNBZmhvSCr2re/9JfnF8uRLq/fwMEUA6XXI6q7/dsi5YPH8LREGwqPfENjmsNru/04hGW3cEBezLB00HD406CmS317rRLMfs5tuSjQlMWAV8xdbSNaNuBLWkG1/7E5LFJNnKNljvTa1xk19K8HF8RUjdvxcbjEIDOdN1pJUgLfQ6aOU9so5xk3dWkckHEeWgJNj1Ur2xnq60ux6iyWV+Zge7ORU+9qQgZ/EJcj3SryX/nMjKo1iv/TYViIhxq+neBCcMSDChpByXpJkeVmN/P1fHYwNZ1mwHk8IOr811bQBuy//NqthNv0KFAZj/YflM4hWQrTGrgvLLrJYVQciegQpqgzLn7M0mtZo7gwechscYkvCw7SWg+QP3IK4L+82JzS94qFgjDwfwn9c5462Eu51x0UQ4WY42Hy4jn2zdD9kSl4KWuZ4dpf7J3Mrk6Hlkg99sIXEWpb/e0xIiHtMx5otTs1s+wypV0p08Z1XxYsMSVIbPsN22OjJ7vy5W+8AgK+eqSJWuaND+I0bO6GDqWU24GmFKsSgQamBbochT6Rp8QXTJiZUSa7jlCW2+Rc2NzrtqSJ0LGuOPnVj3+TbOZVic1Rx+/zGHLd7W8Nqq8EYVs+57a2+gyxS5QUkuQRQszGwOMcPh28RJwnppanCjFgDwwBgtHSur+mwoqW5I5qwHMfewNqh7Je+Plv+nfiiQiuo4MAUeKRKEFr3J+3NqITJ/4g2ifsHpgWMDBu3ECh/nR/zolY8Cut5pekMF9zDriA3Pl/ZrAbkjWb1zrjwbvNDnh/SKhO2th7ax1gG2WpZ5tX5VKKO5J+cHtEVn1kybuWjjPax8TkgzrVIHcUQLxmM5em1qIWEk7egkhpteZjozghltVgSeYj8LV8T4xD7bdT5RCXGcB1Ov12FOPhlv/rPIwrU+8uzdbmxiI3q/awN6MFz0qmnjfhbDVSc5L+vEs6JU9H7qyZhANGN6g063z/J0hLBAm1e/cP66pgvYQoWzgNXZL5uvhWxOZfdDb6kW7wbo+525xzD3K4gr3hF7I4kACdSTC+fHAO5pXGdUYTIvaMfrNDnsy+hczwS27wlwI8Io1dHErrRCZujP0mzoO404PJj8gX1XtZDurR2VHTYfEfE5MvtpYoACTfJhts5IvO6MBfHUWdJkyicpIP85IDw8Q5DNiDWSKfRS1P0WF/eyJsvZX/fByR1M/aecX7qr+zQsa9KLH658TznGGVLyWLUgUIdqKKhYQT9EXqX1PzOEppGqXAVbOih94XrDxQrNvFQ3yzlQd4YB5bq321VMtWh3f6SyN2KQBCcy6QHABT80UIlhJvK1nrrIH/9Cd6WfpFSnAHAUHn6q8GAJZummBXxfpHzfAZQgFD3nhmOc3PNSdc5iduUaooIrAT6gKgJOWk7h31PqvTLGEX3MBQXBcKgBy8C33DazlT7yUQfWdIbmSJPMonL4bW7s9zGOzOF+MSIqkPdzqE/fAQhwmAgS/2O16lV/vdSlxWLykgd5lCcCkqbT8tMnFTC7+mTSKAtvuYQ4ZpRyIkUZu5KfV0EU/kdaKjTLfqTCPBGcX1XTOW2JVyvev5pmsckim1iBN9hcCT+/SGfF5uyA+MBDNZXl7r9uOSNr69X31GUJGD/NepV6NER28Fc5Dxz+uINmmPraL+yJwqArpcJXDTycdHDvDG7p3MGICioTnkTss7fk5PUOHebjroHE+/gUEukKNlXaINYlsP/zaHpDWfPVnKB95g6rM3UY6HfQNbGBsZ51u8Z+2YU2h1kBSkrCdi0ygdGWBZ1yCthdMS83BKMU+CqMJ5fkDBImVrc7nl7MUlxeC0dWpJx8OamdQHK120yZgmmR8WIxwAm/StoQAKtrgD6oQV0KPEd/V2nYXoHq/a6xBhIV6FJeprMZD0u9B+70aDNkQ2mmQU043R8zzLzW+q4xciaN9tiTv0VEIJkDvR6uHuE3HMhEVvAGVaiEob39Baxd4Cx8Yq0ZaO9+z4/sxFrpvf22sk4/OSIcSBXISV6LM0JhTgCY0qvlueXsHb2fPFG3hZKMQutlzxeIPtjBvbyakjarXm6LnrfxfHXlR+w0I38BdP7l5GZiRk5j61L2jsh7thCujK428CJ5+BFLJzmr2t94gWcH1eVWyccM42pEhfnmEEaUXhix3qN7DMTyVoPiveEGt/Qiqqqt6vwX7FxdTVvHZ71fqxPHVPY6GjDaZDKZEx/rvLIsKv7KlUfg8DCm7RcL+++jQT81y++1Ej7UCsYM9t5JFG3li0bxAlKGF4c7lcNyS+VZSlXmNn8lPbxIiGyQxUu3E9TOKFQ6dxz4lGvDmWrD6xprhcVilYVRvwnqRy/Ovrckt0Gm1pSh1Sh5uwjLx1E8stFPfS3S1kZFlLM3I/bwpwkh/hwQlix8OBkwhsilaZgclEd8dCq8XYJ7BMvkC2x+fgczL1iSb4bi/JFuIVSRTUft5vAQUtkCSRalotOTQfExHitN9qLXSP2tZL5dTsLLRqUuD5fHJGAuS99rr+BADjh6EyLfsrIyeNBtDivSmqD1rxJH/hDIQTCzOTu35cpleZuA1NOX2wAcDsSelFW6p1/JmBiNO4TOEv8DADj+IP4v+oy/0f6z4DK0I4ujtFMK3jbDcRyr4/GYlO3z/Tsq6Onrsg8h2bgtvKW14yFIhoDfXuL0mz+AiTu+uFHSPmaamTNCpGypD8QAiIA5yUO+p3883ajMZPztF/J0UpvHbVOSaFPN8tainfDV2qlbfCWicTNAjuV5P7bchxuBCJrej8vAm4pSdIPfWCj+n/oG2H7WPAQcmf3SKxPa8Edd/woCZRrpFNHusdiBA4KY48HEJYo70aqPPXIkKSOOJKUBbBQhHdhij/mRrRvVjX8i5vdEkOFwkuWZuyc0temuSjy2JJWHJWVsuAbVPD5BBJZnFI5S5a6PNOH8zBd7Irrv4OLK4uMojTe7NXXiB+2JbGkDUGuH38sLwmt3fsjwhIxR1IGbch+wy+I+fuw7A+UVSj3v0wBPPT7ydysRR8ZzvTJ+PFjbstff+BLbFishcBVNLSQcM7j+4Y/x1bgddUqvQBeqcS9GGpQIgRnXx+Cn+4QhkarDUSAxOsArowf3SOWqyAWZJeaCRAZPuGFZiZScQyuuzqNgbaGGBVisFHGAqNvsofWfwi4lnNEeCkteGc3O1huh6dueu067cAMIv3VFuInM3wtkY8zCfiCin0CybgwJ78QE+2E8WvxX+t7R1Y8tJmrAwBXbDhMB6jb1LXHwuY47M6MqwT7tTrhd+nzbtcfCX7pJ0BLuy441/b3y9Mzlm7hlunAbLZge0wEMdbQZVIqaJfc1pcvCteeQxhhfxc+GceukbZztcJ255lqibIPJvrzNxSMpmxjDhmOIGZlEiachmP+zMNk4J50tC6iCg+RvmiSrTZPaUh4o9roGXMwxeEGSYJ63xIGtcY8b00VCqNl+ile0yF6h5AP4PnHoQZ6fxLgX4kAdCJve0lM7HlOriYLrPAeoB6MSAlO9DBhdT5gs7F6wDS2Gkrgss/J+HauxG5b6iQSQ3St3eCJ2szDxstLJfW8CCzDWgItHe8JzTDUj9xqF5EA59VVxBA45qf6Ofc86GiL7xru7ef0MVuuLb8N/GflO9NYP1iEzXhpciopmAJ8MxNUeOhKjEF45Tr/pH3h5OtrUt3gghtOZ1Bu5iPet+6G7OU+Ngecr3eWp1XkPpG6zMaaJU1TRFI7R/fDkQSPVTXLMRFNbtv4LPlOtBfIrp9VaEwHR3zrAHYXnIMz5f1lsoMdIXKdMegN+3EN2j0ndz15vuo3uDuXyCyPrP1/y69zAOFiIVPeaKyBMMkXhv402XunkqAMR5Uaj2qkpqyOwugWk1EGRdWhhOO5XanIIQOtQL+KguVxu2zkJfYxRMbwbykvk7wzehzBUpCzWLEKKDZZjvdkmI3RPf9+HQEMD9NU0CZQdM96sTxVSrAGyfyCHIkZMwcTVhB3y+f9k8/M3ft3xBtX6rmKgpbouA87l+91kE2c/1jkkQnzeisqN6+zRrUWfcbANofmNHtOXFC7Xe4njedtV+UxdR4HeT4RGXF2JJ95WiEtPrb14wyagZXSKMOnJBFOZpAiu0nr5In/I14IxJJN3/FB07EnwL8AEDFxfSM6jxukpoomfJ3z/h0Izj+IGV95G8gpwh9QjVKJiySKrxM26UDN/bzCFYKNdSOC7W4ubxn8g8x+qnElugOPYGuy4Pk13Ib0ESbKxjOzkO+zGBQ1FqCATZvFMRFWcvHepT0s1503RMoIugJfzej21DyXuyXEyiic9RbjGAzKPde67GPFIQoHduQI8M5ycL2Fq5r+NEtGep+bZvBq6nTIgYddVtv6mL1v90xINXdXdAhry+LzfXa8gIK552bUrk0w/8bbIszZrhBwdiOSGatbwKBO39ZhwrM4mFbmFes2Ave8zEoG8YsQZV+hCTCdBwwBFXqUnCcPAqjgctbAfzbZGZZF38cadAmYrhpMQ5K4vliCfUvy8qhixnIEhK4JhopxnW0ryLPDc2zySmGuFcnreUhV9c6pEVk6gMrMgeD+Iq9LiheAg4BGukfXqIT4LDQRhhxtUZFlVLwueUo96i9+BfP9BFsw3OznHGSVNy0lIgR5sN9Qj64D1TbE/dzJtoVQUjNQeQmdOobY8l3K2u31H671Sl5vYB7OO0BZPgmi2tKAjVpwoB50J1E7YvlxVU7PXsZ3Udzhzu/duHds8+EOG9h8qxQG5tgZVOGbag4Jpj6oClp5VVHLJukLAMBM/IbjUNRTWpCF2evNbmPS3636zSUOLm75Ghg5QX3/udEvMjRosf5IQEbG0EB2bNPwVqi5bbv2teXw8S2G6h8sUZYuwkh9J3ysdMYZBeXQwc3IgYb7chldCfIeaSQcxMahqx+003q2B5NrRFpiafoBmzMO1m+okAmwa4hwNjmud4C3q5r86ehjUa/DFDV2WMgOicmiOJDU+5kZ0iKxYy7fvAbPU298yDtSBBjdgkAS1V2P7HrbO7/hZfMlT4S6FqLEFc1iFm9RD4cVYkuykglDwbOplzn9FOsiJSeCdoUnHQMlX0QKjwam0E2ZAUIUSVNpvWxynVosvpsrouzc5dCtxH+Vlg265aGmE5r3XDUWrhws6O12uGWj5cF8gFMMZkt+Up2dtXsK78BLtgDr1FoPH6v6DklK2MPrCbqbSBOCQZHHRp2UN/vAldKZu3IHQfvZgBe4eSadEvzWLMrz2qVmDJlShCNk4IqocuM0C19wm9vkI4lX/52i3Uw3lTlWCvaRDqQRCvkh1HdwoOkLKuIljbOe66OvYBeYqWROvRaDDg2jYL4QuOQ7E2hxh7u+ajYFyTOMaQVAsdMINybzF67YO5trYpViKYrnOiT8rqSCjdc6FjYjCY/qQdA/l1GsxLeIlSXnpdIpPwCDRWpjYH0OPU0mLtKSG0aGNs6CWk+pQkYqpjkSv/Yl8Uv10K0rdbGeuc784wx+HVXAMUhKh7S/FXGdPgyax9I4LnIB28++Xx17qwdi4f3+O2GdengbgHaiK2vEyNmfA0F0Ncimf4wmKe5u0+ttavlLnp9rDt1bA+uPCfEiJFmfOBQKHoOMnAcF3rjNjKihpT3LoQb/ReWsX9sFyVxHwv5pgp3err9vmjfzvxZ43YUDVwaL7Jxn1NWzI43Q2HrEXsZNGHXtB3NGRPG/Qyx0nsoOGKxCx/i5eIhrx0s18nnSjoBHEOyU7jOPOQQvUS+6S4Zmt4uPwsvj26PzgX/5vlLUTEDW8eoaCHOPE//isr2xDVdVZbPYONMvxVBOZLOAIT4rSkHqfgxcM0c1Yn4SpKh8HvHrezkb5h6dmbwXeMJitPNA1fbd+H1bPyVkd4dKWNDuIVt9uWis0fFmhx4tBMttKmARaJG761gJh/YbHwLjatKvjVKv8qMTKRwTPtQ1JB0jK536b1Fe4qbm0nE1xqG/GKKxlJSaOxMMogKaOOFSxId9X52zR5E8lCgBmCNMujlzuVDlniAM+3xaum2QrT3oa9hy14Ccu6DMAbSJbg+65+NIUaMCDofRHDF6Dy9Mc60ul7ZKH2l0ArIughpU9akxcqcKpbkUusUizRTDKhm4EMOnXvV2uZUE3KqdGvQzImYesZxYl0LfvjBYeV/mFhVHEMEvAwOFU0l6p8o+83q4pn7u2iMtga2eSQXiIv43W2mvAKg293Hyy5b2puVYGKoXFJCdhJEg6oGc7h16dnHkVVCfePW4ll9Y6rGuiY6blWfYGHTCKE/AEBRdTTc/tcMFzNUPlsganLtPZxKYf0uKJgdVcpZQ+/+qvIBBv7jB5WEpCwHfgSV7KmtOV7KPbGxqISgXxzK88KCm5d4Jt9F+xi56C2ED+2fKLfIzCaC+dUb9CDfRPuTeyayKxJHWFz6qa0hg0TQUiDGYQ4iI5E8KYTR+HCZiiR8EmW9EmQWG3wTBhVXnyl/ORIzUxdfOzT13jjchHQWhRiZCqFAjQXFApQGlKE9AlhzlJcOoczUKqBU8M34HGa0poZELGPc5dU3mYzFQq4jvE7G0R9Pvu1K5ZRR910j74XB4rxm7U3fAg+ZvD8O+DtyWACeKjOfhoIHvXLRtP/Lae31HHTJkkARc4mIFhOFyKVYT36rHkEKIAU3tYWFr4+nVi+Pfro7SVr4ix4J5q8YFa1zZrExH1Ph3jz3AnjDx1SpZXSFVcQMwbXTN6OBkDjQlurhZXZbjzQFCsTlcHMWnShLe7MIQrtnQx6bBAPqpYJi0/5XSAA+LhqopTmFHHRhXCM4r+w3DBotO+YLStpQlqOyA2C90RRr8j+AErSB5nHZZ/usxnM2vLNlbfx1naKVZGkEuYxntxvmfby7q4VEm4zPDVJfHfpsS/rq90cjsuNW+EIZ+9Ni93oONnKN81FiPqo3Uxac5DXhjgGrP/CFMAEk8ENwIFVr6a6OONwqI8y7W/SxXcze5phoXO3M6M4ulvQfN01uPBgYZ+l3yFzdKy8rEe3VMWGp+16X9ZbEEFoXRu+GFcg4pGK380Lb6P9J9OyAqvvIe3QStPA89H/mTlfWNu3eSIpjNePHYpXd24ydwtHjm/cSpLXIOAsVrijrgac0LW2ijX9LPtVL3vZWW8JqLyhzhSSIHR/wJrpV7DQ5K8+dwZgRnOUUyyQWCHXwx3C0pbwS25dTJd724zYSFchhzMf+1EiNQmXhnHu2dxEJbrB8Bi9iizQjke10ku1I/v6zr5BpsWeeDM/Gp5IbLfigwwdetjwpeaZGC9y+fKK1orAHDVaSDKEUthc7k+ncFYkmuTeIWHqfT8+iZ6hsw1OWEVa1ZNkmEyu6iSSULTbaUGNS0mz6q6U862mKdAZq/SKKSg1H2ZfHxW3HPMEVpgjoStbw2b7XqdpNqYJR4+saXuDWkUqckUaJ96NcP70QqHa2HnNZYJizUMWbjidmaze9/8fX69pWS9LjJSJMJmH9PdCh3dYZAGACi7og1q/fYgEpCvGZvFwmNiU+qAIY4GGsD6vI4+9PpcJpY/mQgg3hSppw3wdfiY2vWlT8lqYSW4ZMwThNEAexABmDXjGBjhPx5kCzgfjuAPgSKkAEQtRZRU7YUg3fXmDMt8CD7kmjkk8QBo49Qa9fHb71ltOv8rwWLV7WcA+mFUfTH5NAffXiyTr90qgrXWg7d1GwNupe7W6OGVdetSU6AlMD9iZGO2pxB+SUUdG5D0JgJNMfTW48tk8KDr6K7uL9tv3P99NkiEOkV0qViVahVTem0PklqWvjJrNuZIjMdzbJoNvW6XhdjGWtP6Zm+mJtECb4oV1U6uf5X61rdbNgD3s9uTfj2yuhMls6YNLY9Dwv+15kRjzazM5Vo02iEYlIOLLtL4mJeUjmL8JyCV693gLHG/00xnxCHsX3H7b4xVo4T/l2B06k3rKkBWcXmVANHmmtJKbrEiBlra/xIdYalR6L/UEeWWvLi/LFuN59grYgbdUVdkvbfxG7Lz/6SBtRs7TlU3WPnCz/KIoSi36cYBXP+1sQ0oolG3wzHMTUUcC9fnW9SE07nao5m3bKr7BH6WxAnc0yQxN7GFwTZwkAICQSW6DMXwpz7zisNzNKwWQTX18muefqbUWyIF7aXAJ2pEQp6aT+mZDecK0XpWLkHrLcWy5b+eXYhZL9dJ552lBMUTnT67EJQlpxi+gsdo/OHVbeC804MSaVyEKddkUIXlrnZdUMULGB07qi1TeqsTIgfcA2zNSfkpwoqr/0JuwCv9BbCkeCERMAjr9ECww1CX7NanmELQPj4KaOjp09NfKLLbSBOR61smVKDqOvaYNIronGJNKnQSXizlC1m7RDE1b1jeByYznSzqfEUXoG5abDgWRWH3Y/y8PWGRzdNFCfgy/i2yzoSs0w/fMiVD+XhFmvW4zmE2h/Rxcy4twYzJSQjBmgJjF+W8eupeZ6KGLGy9UPre4j9YWQbjSl5MsB2mpogGnGFOuBY4jzc4NQOeSN/cxKm+HJs1ANW3Zy+jKk2OAkRT5XzNR+JE7TmXV7SG+Cj+2EJ23vcvhRXJronIoJ/Kf+IY6sUiY2DLLKDx+MX97yzBbFHbG2mt4i/Z/hWeXhxAgW8PptFV0C70b2DeS2LRBh4CkLRrUe/u8RnTcQM3icQbybfclIYiQJAav8Wze1k1PMGQ504uUAVNgZcNwDDTR4dJk234na4iJUbIB7NYn2ET2kY1Ga6grlZqKhWmZcpOT3oB2JGnG67wbjPIq0L7kmVhx9QAUWwwAshUDFDdyMbNNMamkzmj0huhDV9vNZTaL6i5/W0cR4Uj7RyRLyluv5F5rkkchZg7UBZ60dJg3tD25V8OfTGZOXg1Hfzez50WJhsNxKNhIongdsOKRs8JzIst8GCrU6NkTeTF+JTHxKL/EF4K/rwEMhcO/bO2i9zLBdDjvEG42q6uUgD432lRibb6xVoat7PAlLu+UD132+PCgWuZdF1V+s3stMWPmYH/r25wnJVQujtSCS1ZkZ385kF19O9CpXNzejA2U54GijqPrlANXCL1WwRUYcfRrtVQ9kSO2PmU33eMTQYClH1PHxdRvHTgXovYoF+ep2DAIH3xXQdmcjOPKb5BaSvS1jKhZDHlRdOI083Yf1zk9CPNMO38E78UzxC/yb+km7JACGzVTPZDLaBH+cMFt+JQdjJinru8OlqGOI9Trn6KsZ/5qCHFnde1t/h/rd++RSHJUUOKawbvXxp5p7x/7pHboj7jPc7bTBdydqC/+/MVNFf7LffyZaYJfsMscJ3EFiq8lyHFrBhAP+IT3/7399A7ZrWq4HGk7IffrkzRzZBlhsA0KI90WI3VaYhMpn2va47731G/Altrmrhddmt72spyGT9/gmXgfWGYm4r6rGWv6HHo8VM/Tjvo7KWVAt7qxQeaX5bgVq70FURXWmnWpFVlK+klNvitcTtxY3mde+Yl/U9FDpSoQCjUzPv/3iUxwJ8RQ+j4Ucem8yPl/WNBPcFHUdt0mpfB2ko2e35+NHr3+mK6G/CZPEX9Wx7Ax95KWg/A2WPjF+CmH/hBuelX56SPPY0/K9F5EX4KYT1qIXoO9Pe/eI9STOUEF/O1Rnwt+gAQTwLTjTljMTBIYLG30RcY4NheaHUopO+dm9e1PXkcm0HWuWr/Bu7OFtHp1weKSc6VsI9qoFEtbmWim2Z2Hxa6ypL281+UhT9rq4Qdc8VbbqSKsONpuj0T1laNW/Do/OHn4wmMY7AOsh0q+WdPWD5w6Y6mwwsaGom5OunxOm+xhPqhU8HRtYhBB8GsxFkmTE9S7ZCtGEHjij3+Iau+TbFe5DwhpslzouiT3cADWGgEHx8YXpLIbnpl3MhVA6gPholcIiNMCUUIDEnEtuOohLd1pnqkrxys1NQgJgqEvNxd8c5Udpo6OIvc+Ea5qqJLFTfA9Oo34r75mGohuDmsEWyL/KqZjT+eJVwQMvVxcLfP+B6yStCw5K8yLCjPowhHYtHcwlAXunEo4Jqf7RYM3jEUSCrlAOlg2Jh9yr8LqHiMwY7g84WXbBh6oSKVr4e8lEYYE1VJAr3y6nkaCf2vKS0csSP0ZRgLleh00i7BXIhdHObQCLdIlGV2ZinvuETnMgFDqhKAASmLDunqb/g4NffjOSJN2OI+S2qqg0/ourFzJ7HBO9IR0HozJQ213S0rI47C/7nOKKrNEV/PmM38TlP7gY0/t7cSSrPqb0csNkvaXY6UJys1iigeBZ7pqpe1eUq6P/QNZ5nzlxXHKPy+BYgu8YDlj8Nh8gBuaQ3I/2otb7HFn9tJ5FHFcx74StQBNOeIIZTHsdotJcrZ/iRqUHONvs+1ruYxVCpY0jaR/yH9tqeK1HBffe3zCkfoOUMvVGShTrrQ9cdiF00tHswQ7j9ggOhcPRGWoyCmB904gO49pdQyXCzc2VHfUaCHjzsdr8DZcDj1QsqrRrGWuPzsf4g/qxdb0JpWb1Aq3Z3ZDB05YuGAkhrb/mqz0c+dKS5c6b6h/CpzFXF+Db9t9UqrygP5FpTRu3ta6JMqhebQ/9thLA7RfvXQzykt45g9A7EGf0IyVOgEiN0KQ1cjFoaLrClnuWPjIjCpl9eYWmk0idOt9ex+leQ7qHPz7c3dPKQP6EK/vWk+EKv2DyYR3MmnFl69WQRiBra9OT076SrewNC2ccFnuDwZm94ZGAIxMXTG+voTAL/gmBajCSWmSiAiudLBDPECG6ZSxFTtvClH7lzUrnX6OTUrRFAKOP+f7VLy1B/Wht4adheOSJ+CR4jJpF0LWSLS9vWfAQTDGASMwOuVl1Bsr/1VlscD3+a8R2FVimFzhEWc0JjvsO3TIKraAwTY4Gib/8nBrk2PURBwFEhjpqFwb6JaFBt02pEASznYExXw0bDAdfRtDjf+UiVr7YpR/9L8zpr75ZyPnWdLaPgEAISreXDB3tw7LeFPpRL/sa/ZqUcMotFTX9Dnd9sMATMzUTT86GiySyf4g88RTgJ26rxoQsS6x55AYabAq/nbBslymppzz0n76zWrMhpI+aNcyPBizrp/ZSa2f5TfYVYY8eiCayaTi17QsIoQ4FKPbQl5+AwtKzcNUEDxhV7KPf+U/e6K6xwUczLy2zmJx9gYD+dnGchRBdhKlou6Re26VtVipRbm6Gs0chfTk92qtMIXVHjN0Z+N2h8ORcyOqgGjxcSMOj1DdlPkjAMkukhXBXMDK+F9Q/SlVSeZqhYje4nVPjEiRUGsbBaDhRV+nT20Nubs8s7SofdBmAO0ThB6lB6GJPTua8Sp6ld9XmPw4ukuA2iUEXdtbJA+kVgKhv6g/lvGYO27d/D6Vf3njaty1Kpha3HVSp2VQpdBKUqcuYBrEHp+eWWileQI7QNSAWMmLJ5UJY4Uy7ntLMiIOwykGeA05gqQBr/OJds0dYkPbyl2WpVoSh5ozZpaeRH1nGWF9GWyajh/dQSboJ/kzu1NgGoBs6AdI//hveqtRLgNWNd6FHp+tXZlsN+ovnSK8uvSW9fuce3/taySvUZt/mq8xS79QKLZWlNPaFl8xIVsgSwKf+MmqvXR9WCsOIXf67UPHdOGVdujwbG5igzsUHqBlUmL7OhBSphKnD/vGEP0vqG4QDMjJ1PwyeyInueFEPZLwDAhls0NZcTlUpkfl1Y/cOSdk4AZQCpUNTPUc6IVZj2k4fUo1e0sd4GuGcnTSiTWU5dX/06az4/rDYEPXCYywXNQo3WABgv3sRiCb4ZixsFd/IVOggcrmI76q5w1snJUt5PcBDYOD309m2Z3PMSrKnjj8E338wqlXlf0WqVRp582d3dpuSJVhzXDRA2ao+ZZLnNBzfl9Y0OAqtrekjadBQ5yfq99on2wX2qwJMXUhbXqkD9i20Api/mNgjq2CX3yhAw/JIkl3e/DOAPEkpQqZff1JCxxfTHdZvMMF11/YQiKeXdLzeS5OYvvwLtVMs+ujL59ricyhgGDO4L61xp6xV6dU1YpjTBs2Kd5pvP9380fOOLpUZCbPvJl7kCyA9glH/7OQyPDrm3/J+/0gANP4mTarA7P+rL4/inH9JIzW6NKvWSD1Lj92rCSfeDpeXwpbK8oK1tV6jKoJdqI/IrDxtMbyIoLJLsHJfDKN2Dz2JGibHnW8NiuCTByu1vujLHR1Q1RoGQ2cL/BoRMJ87OuM7pGSKuOZr7kKEbKuZ+hcCDCziWRuSXfj8EqljB3/l+uU5+7MCLXtLzt2H7Rl7pf6e6J3FRhkwnBtkIceyamSgiOnzy1wgryEQuflJqxf4vX8Cb+Bu0OVLinj13AS7AFfYPUpZLQ4D/gQVhDqzf0n8BU2h0gafTIhGH+BdUWxcjYcUQB1XLB5hTImYMp6jmnI9B0aM3YCvE08PMenANxX4OBdnKRC5yDhYH3PzZxBL5m9k4kHMMjmH1eXW5HV5wX5BcAWbsxcXjlrZHVmQVXz3uIjbhzqvbhD1w9IDfW6f05jZ5qSKlX15axvGkjPiowR1jYDTaxhOmEvtZ4EqQhgvx38ZAsQl7pnmshtrYjsxkVvIVKFZlcln9qC+0DByPehV3lY1FnrpYaclEvLGOU1JgpsygHGbPO3Hx4wU3qzNPLuY5+y+gjFPNSSXxeQTrFIrw6fDBnwHZT9bcwGK81i+PRQpTOLogZXOH0BOBewIA0p4B9uQIpilmx1nFR2tktoNt/H09lNPu4q6i5+UKoCHfNh1iaVO9E+zANHieDnp5RMGAloNOF1Cz65Plquk8xAYeiiX+gpXkOqqqTQgoHlQZsS/97ICVZq2TZdoU3KNxUsszgBDx5ba9i158N0/6mvbMjAloyNIvkY9Yk/gx7LNDP/qb2QP8OPSTTvvM2S95LQ9BOU07VDDX2aJOBH7SkSk6yOA/YfVco1md5Ubz2ScTF9Oujx1oJmdXBtZ92XmDXyUznZXXc/Y3CzqOLCIGlbc9LqOu3mAqGto3QLkCUwCPSBXa8+t0Hc1yOK/wFzuur+nlt6HzG+re/cgarp6egA0bTbNViDtKzTMgrEJnLDssGt8uCbcL6sXATPZK+ip6mzccS21eo1kAVHBAInEJLsvvBq0va/SrDHlw07STkeb4kW3J4vZCpWMu/rhsWJpV2JDgY+q2BcNdKvAMXZc60z+x1ySQ5mKBMDxEhj9XfQ8OtInomBG/pos+wh8rVdSBNg9YGZreGkPRjc/nt+ZUKC4GMXA5paFJPBqQqMQi4py/wVONuhXzfqeQFb6IWnnPAwdKEdrKeI7rPNrseRKJXC5OpyklMYnJeqSyEbUZ7MXkhNeKJWhxorSxa/sA5pZJG+UG0CvrOlI4smfjv7WaxWYoYCN1+1iR4+FlC78ujXpwfZdFx0t5D6niSPGs0ToxSBLu8rHio75MqZIqTPM3ZqQwIs0HsamyW+ZXD6Hc4I2nGiCvwgOL8u61G8NabhVQTWh2v3I4WPC9DO6aky11TM1snXSdvkAnjv6x+x/2lpeaJ5ICsuPt5fKV7/TUlyiRt/q3xoa6czVhPWCSZ7wzcc/PlZf4zoOp9k70Jxnch8yg5unoa3TDd0B0WyRnnphzQ2opFgYTK9DeYNpJTit0wWdnj1U94Aqnjo/2eNSAnSQeqWoqfpz8uZ40ttJ42L7KLfb7zfK/rOJowdpfAiM+9p0d0/hHMLK66GTLdYKlzBzfIXUxPP5XrF5q9ZoBdJ+WLigs6l8Gbe/DVEPNsBQMgFmVUZUkz4YlWdhJ+kcTxjlhkK49s0rRDNMxrxqD6lYM88gU0xqBGhZlSuOa78KvqO+tPLSNvlbgjeDizCldg24UXB52WLmAYQdz1bQCdcWpS5pco9BmCIJ2fSekvgm7BDX9zM8mzSemK9VqEO6WR9hwDom52r802lWNJeTwd759gOFb4ZYxXClbLrD6EIoZvi31/7cogmxDaZN4X6/XusrXtjWO+Ielb7LAVPuQrASE2w9gYacljwWVnkQ9tb40reS/edXqWggSCu8QlYCEFnOK0yPwGh2gKOlqs38OD4k17zQ0COyD17XGTpn6WbIdNSR0EOPkD7zMaWfdGIiNr24MpvENRste1mKTd3Gq3ERTlRB4qjpX0PcgApR9Q1/FOUJlp6ZsRJrCixJyRrtazSwJWBFvgoPCkryxtOxWcYavkHsZwKlIB4yFpHFvfFrYLbbJmdV6xa0CprRBJHDnKlPvo3A+kf7il24maTgNIniiXX6NSrG4imBEK+B9vVQ0D94ybCAXBpPfjEKZ8q0YUCPnqhRuBq7AiCHUlTgsFljFWE+FLCIro9afqEHp/dJ2EQh29cpqPJJHxRfTZrXq6xnuZPoLj/JSgleOpkW4lqEDEWdHomeJwDeY8LZv8o+t4cHMSMy5Ut4DsOxKZO2IYg2VC17idwXWi5gB5ULajRJA53LxQTg3zLatBKRjLJDibl6NeBEH7jFm8qdLPfDxM9W59HEOqyEBYpv6ekZL8aUDJ25G6hSGpjsdqOVW+ho4zumIArqtOcHmyxadKTBP0drE5Fi3YJ1QrrcFF7DIsH4NcM5wCmJFW6N57BxLRXSM1XMyClV6YXWAVCwOGnNp4Ts2AQyzMUtvz5SYcF7GFqoQ4cb85uEhN5Uvc7kH8UTZf8MoPk18L5fgrVaZIatrM/54wXeUGfEurqVqdTxzOe+B4neO3p2byvn6OJxweX4Wy8DiC8hKBjGH3GGho5NHAjI9fe96Intho0eyI6UgH8Dhd4FIHcwMc4elICVTAkhP6grt3dlogh3BxIdC9Mp3ngLP/Bx1xe40ZvH4zKgDRkFS6teSR2umoLsXqoJnbnf/BQFLoVtqkWUvh7/C3C/iqPGTdxcvgwyWf37PNFZp2k2Duf0yKR5aQHqY1QuTFmxZ6EOf1pWxGZYAcsgyiV5G9Cnf046Py8iNbblmBpTcPO7Xtb7UUJc/JVxAfmUelcNp1QFjofx+oVtXm9yaCbGjsZH3v8qj3eMM4LrwQxPfWSc2XhaEagtar3rpGCf6Of03cD8Zj3sGO56cygpKuqekP3qwvVgtHeIbWETQtZ73TAfkzEkpw9zKeHtAR9YFyqhr7V/eskVi+vLl8nqYv9QZH8xuyGWcYktSsdMKMvUX2wBcpRwI9+r5m2E6IGSl36QizYnWeXeIwdkbQJyMECmRfeYTKx3sjSS8040DB8ejndWn118LgcA3BSm343Y7EbxXS0BFvdddzm3kcW8ArwDVSji/OXm7JxUaDbGFgboGvVuW/ad2pO7b+VQHWTh241YL+ChyX57DeV/AIFyVXXfYfFwPBbWHa9klosx0cE2icROcShiRFJTx2ohVF5z2sWUHnEXMrMcETtQdippg62yz1plHtm/FpJJUsnt349/S3ez/gvxpqytf3ywGWbkXlMi34QH3HLODwEOvPVXluFXILX0wU0HTUkWzcg7knbOfv6aglCAGwoW2T1uEj6/5d7iVAotZ9HCzyaNHkCsbSxM+oNZTt1AVQ9pAG2mjHkNOuV1uHUnravvtmZv4N7LavuVKCdVeycxFtDEPb0SB2Ysfc+Q2Z5l67ozpGpA4yUvtGAbbl2itVAgoBDfrheobRrL+NmOetrB3EyCw7hCO13vhCLI/2Lgy78GsS9xe04WfJV1LduQuZMviUjLVQzmFFBEkR5u4n1f8BlnW278Vswu3sex0OToljpl5mrH3ahdcYJLTihtWOWAcwOJm4n1vHK9BnbYV5JWKP1YfmlrMx/0dCg4QU26UCH6JyV53Bn0h+oRq5hhAJGHynHbgd5zswD5YQD622wWiESIaueQXwsn+r7nfHmYKP5vuowXBgOBNCRuJNNL+FBki76tV/rUzYckGBZ5ZHB8NdiY155NO9pEQWjFaPhYsAqXKZUQA8HkSetm11ZPXmoJlD8XAz89ROYnFAAcEmq0Ath4mdgDlztjJvJMMvPAJMZWlroM4Wk9pDcOQN93phOwnSluGuNwzhvMOsZaZKAHJkifIij9KVaeG9zm90Fppg1ymJz8YgKuBoyTUsiAtyqZP68uVieE7lHFoX3pX0JnLZ4cNlnBLvyzGif0iIU3kEwGajzGzIeMGxlu86+R0aYE5ciM14twztxdkRJK72eui2SEzAgML/Urt8p2ReC3mkkedg8Zivy6u9kZnPGkkX0XfUjJqwizHqdXOBItnbuk1fstuKDM2q1SpzECIPTJ9EUTf2/Va5wPMzYcq1Jo45Q+omeCI/MRYfFxD/dwerWpPmzIXkdtjvVgUgPbXYpFmJzXQvmKwGLUjME4vAezkhWgSEIW9lsfXDNZQXaCAf7Z8bLLpE8MLGvUJXcR+2ngwHGrbGUCgyzeVn29gR2Taq3yH+wrC7VAPyIHXQclsXthy3UBItjsgmcCDN+oJTZBGN1SYOeSu7QHEk3764aZKl4/oO+Tj06UX5JcX1HOzDk/2x8mKKz0T3YdMrz8X+iydw5NdLVjCLzhbv3gsNT6zlYBBsxKYfdNwDWTeGs12b3w++xe/1+/uLryDd6AZUvZQxOcMsyFk485RGGCjGB4PvFll8tK83GiTXmrYcDSQWfHDn5VYtdxEG3rQb2tvnUH/ygcfh4saVrIfLKIc5iCiVna7U95CoytVy+OjcDk1pC2W8QI/wVut2xUmQjLorGDRp5WIGYtDA/bVA3BrqKiWI1aRW/UAuE30DoZ7HVmeP26Uc6L0AJoEhpLuOg6ZKpFuCD74FCQYp5puwb90rB2y9nlVI6gfpKa/O4x+xYII2vU1qPHDqMX7bqSFDlXuBiMKkmBobzvT8GaQcv2Grjkfm4yTtJx4SifI5WEzJto5W4xsNy6+VjJAY+U2Y+gMf+YDrOORj32BA+0RlDSU0CW0c4Z0KHv4fD9myeBlgAH0dd+JVZYcboIJ/Oma6enhr8jAu8h1E0LbaCgS/dLSR09DNITQqnaywucltiWRHuS8ptr2qX52FAV9t+dLt997jI7xEgj2SD0CZv5GiQN3CRyHEGh/AhghHr/OC0+yUmMDi8SxZkzqupw6q35EiSBhIIaNyoWMRRybJL5o1plmmiMdWs1f6WlbN0riNSmfxAMQJEr6GHnGzOD34GZLx7MRp3wf1QPaTc3gmwqo1VtO5dSTlhpAft0hPB6WBgiC/hfiTT9dJfLa+Pshq9hRdVG6InzORJ1oPpuaudTbGEoj8sv5zwBzd6gu6nIqGKHudPgDNW0gk3j1vvdNPKiVvX8yHHTX8HYppHBjelcUH/7nQeKaW+umAMzDbZFt9I69lSl/CBzbnWBckHo4q566h17woUYq7gc1ENUzPYbwE7sjNGnMU+8Xv4Jx+TV3Nh+KkVm+NJa1uSkMH0beHhJIN7xHaMmWWkOgyF+CTN/TUxLaWmMJSarZRFHrc7QjxM10mZA2jtMDLufRIex11p5ElXJCyGASxix/r757s8TJSpdera3djJu6X6XsJVxpryomwslTFKWJ04D5zsbEqXCi3qq5gU3gh3GtserjhlQ8x+iP95s4gF+ZupPyKWtqGHZePBQF0K84bD2TuPtqQqeqIoAC+YLp2NJdx+XRW2pwC7UTOB2cgv9YwbCpmPNUwZWUAg4HoeWpoumQGNrOJidHy4jar1OGBJUGvYnIKTeQe/yjvBXqIsxCNW8USfr09qhcuJVK69pOrmPthMfh2REQlr+G1WRwMK9yWpYbH066vXtJXU1UUqUfNm6iP3NiDnxBFw62GCU7miyik6tEzV7PvH8DKj6kKNhEpxuhWLXGuQGrGMSEzTHSfIR/Kz31YIKvMQFWNb+NGBcDc1/49RvzSo+S9VCHh2QbDKYBc9bxfdn2KZ8YGB4VyedTQzSKDjdckp3b+AFQAM6q+SRmyS2mCKo/jDf1lvFT6LnfkRyYKKquaHGnlhA0dAp1+HQVwxKdwA54gOrM6ulZUfXqqFT70JPZbzxgoriB2rcx8JsrDPuWBrcEtotMLhBTnoLGiORFrR403UGxVdVL7uvdRX+hDnPooFdyo98nHmNMrHF0SxxkXfRvwPIT3v/Z3gBK8VWzVAkhe5nq7Gm1kEpL9fk5VO0sWcM/mKfUYKL+V/fRrYkNh9tT2F2pAUm+YbedZN43lCVyGp2Wy5QQhn/Mj2k7fKVLMHs4BPTkLczdkdq36vMDTGvwqS3FnSakghPQyiAd8SV+QISoiPR2ngoOJ25ludMOqaB5e3ejSWBHmfshDhcZGHVmZ+s//LU6VkdFy/L5R+2IfARWb9uRSrY+KCCVQy4L43HR/7mKq1cbv9k91Tt3qq382S96CPDjEtpKdRVVQQhQg8ApvFo5GFb157gUu4GHCMqVfOha8ryG7XEWO3YJqBe2Wgbro/61Q2mxUVXA/oJlP0eR5xrOYKjGBTyvQHuIqGmf/jfaKrNkq+9lkk65pkRJLicX1kxBWfigoW8pKJZ+1UVMgfQeg2x91TRBGciEd+2KhGKH4Yn03we1NoY1My0Q7NceoxaA5JlkwRUti4HRwhLhGKIAz+ecFtH7sFj7N2Vk71R9EZlNx6R3lW60ZRRO17PaI2WUizBrMoSXL3/QITQmPL/epTOwLFOMl9VTGGl1TuIpffH4FcN93zX97zD1r/GWRP+E0pyK18+u8WmumZZkUs746D6QkjuPeo7QCOmNfvetNCaD0+7xiBJqZeZ4yEA316YPEOCchMVL1QlqdOHdMEQqc2nyUPa60v/EZ9HqKU/6v+VQxR8lZgSo1S80ug0fGzScnbH6BtbAOjcS4gJUZ50/6VyXQFQVEaKhve1fUsalqkbotweHIMh4NHN9oybik+YJzjkfEzfItVrQcjIM7DAP788wNLb9u5dLu6YGhdD38CH2U0KAE7VnNwZzl8XnMGkIWydSfll31/XZCmeBrhigO2I5EZBThV7nvj59paSzbJfsxeZFkC4vIooFZft9KjV8FZPLPQfhOT9O4yO7vZdTnRUR77KNDoIFG+/mhfMEG0HDbw9Ap1lldjRlDFVhBu+T65kadW+7o/+oidGJsKb61xDXsHOiELdrjyRlHbYkPCMamJWXP9XDcCgIxcaxeLJZGuZ0MY4R0d6R9W3fewt9Q3KcwrwsoN6hwsbG7IWMPoZbgAxz26dSMN4HG/IOf3TUktEjLLjd/WEufFZ7gGn233E5mYPXdgVJbBMuwRvBLhHSfl+DfK7ALczuZ7MSI/z+eoaRvvSyi3HBeRAILtN6rPoT9p9vvWkw5NqwsIRU/4phvtXX/NWmSo+KOe9Mw/ctpiO87wEDJiGqCE+dQAj+RurtM0AKcSpWGcW/BlNtcA019v/u2t+tco3wL8JrK5psjYD4JVmdyLsmEx2YyMGS4eXSQbVvG5CqiaNxXZMveF6mF5anSoZn+vNF81PIKR7rKnNLyXkFo+AT0t2DgD+Xlvn73y+3gQT4+b4LBLUgF3MMSi1C0414t4mfcc8RLSU18xSLntXylzCGUQSCIywk28I797alHlD/5mSadoxoU49TSM+GpJHCHU5pG9jYZmCZTABAoAoSK1w18Q54jkTyxopxpmtDPAxE5iCug49rfX+lYUKZ9E3YLFuGOU8hCPqSz3K7Yr4qA96V9DAjvcpP6sMwHtPSt2p7WJ2BXSBdzqzm3jZMHipSfWOtKzjEFQ0NLEnuq9Gnuu9yMSUlLavQnMpKyAapjN6FpHtMTZOPUZI3pKwhZntgzwwhgLE5+RsQEjkYwReKAYhH0WVOio3r6i/4fF8keU4cvIg8stwfg7JkoDmhhmpXJIbLO8ansf+wCSM/5OKwBPrqEpfntGPbCHy+g6FxCWtRuH819M5JAgYi+5gqdc5yEE+Bzp1dlb77pkKLSf6NTS2Ft2azEGRDReBSQIAychUOby/0x/rzySyrcgBydGJdkIUAMvyX/nCVA6lEfLg3ONx0KxoHI/OLwfUOXsl7UMWwsyQl4Axx1Y01iAoObXz7iK8Y6p/wenjQfjryjmtbQD34IgBwayOYNrzJ+MLB50XLw21MD2ERGK7/9e7Wblvw2TPGZaKM2mg5gKeRxciElc+nsCY/8akTvdujSkOCDlZ0Ob0awG7rXtHNfHtQOYeA4dJLOzE548Dy7rms+hXOpZw5q4SMW+DeQ9nILbKwaPoG4RMT4c6099ipi/lTF2wjZP0+nFNFassnTSMZ58vdVgqrQbOCf24wy7R/qU9bmLy1V6BdGBP85WSeL9lcjx50M+rtri6i6NHLTDzz6GoRoGxU/PZPZtmBjPOoQu+d0No9762BYd2eQ8w6RNs9HCUsJWz8l9e2JwsbXxjupKTDQISNRMBFVDxliyIKxt/wxB9lM+yj5DOPjgrlkLZQEsvCkibJ0joYQP87glvbiPV1xfeUpfig4UmpvRIHfpp4/P8chd3/RctW6mMUXe3uNHM9XYUTj+/qgnD9nzkhVJeOMOPs1XHUVREYfPqCRbs9KkxrNbHRAuBzjHME6U7+yr/2mofhFLUOFUuDEQ2wLq/CRe2FHbyyB76Z9o+pR7svnKz3pxQjaotYHvtF8ABNESwWkMU/DvmWskTHQVfMiZKTw7uxgvFpiS9fOzrBqagUn73inSW420ldfmBC92xbmkGJ9Ey8i3h4pVgaKEp3h0LHE+q09OfdcNqxrNyfnh3sqCHXlmQ5HpYzOuR43jlJCCwFud1nHEce5vwlKaAw9oEa/pjxFXCdCRM3jbyVRcTTZHghTOXDpD6qNX8U7biKfTxKeRy33Xjbbz1QQkdlXR9Yk7G8loYBV1tKAGG3TkPK2XGmRqkBypmXf7yWyIgRNa2i1xFCBmEz3XbtXzw9fyp8vJQHNBNhgdrxPInbO/ffFN/pe0NzH895V/+BmA1F4pTwtb0r8PDXdnolmqeQgVRJ3eDXBCBIIJvYJmIGFMLFJQAwhGNybRN6NRQbxB4DtqPZngA6TEKC7By6KEZmGynEFSAPLRayBZJAs0MY61aX/IayplyMUtwYiz32nfFDILS6VAQBdwoiB2Csd9Rfjc3GbI3iKDg7Pl7ckObStNUSZfjS707QlUivAbP9uai04kDo2sS9/dYpR4lkg1YT1w6GaqLU3bJe9YUPfW1PdIL9lnwVhZNJWpkzdKt62PGvX9XcLexohjpEEf+qMiQ/1TeCPXG12x1RYOAXtg2pPdCEglZeArI/LOm6Mxvj6yvwukukVnCv6PP7fARyIIMdGyvas6UDupzUeiA6S4Kxpi1JjQ2DWkwtFG+TrBsMv8bdBSNWpi6Xj5neTBo/dPGIxIQanjXOXxVvnh/B5buzQk+HZCErgj3eP4LimoqAEjHlQ1H1Cai/v79oy/Md0uaMK6WgAf0EtKBjNKX+ha6mwpPD60nBbWOxwOeuLEFQsL6RdyzikBKKToSr0U+zBuVKKk7dgdyxAS5t+uDRR53vVw8N0U77YpyBgRqJymQKUHW6MGeWmuMNm/4H+SpGOb8Yi03EMDIc1CF4+51UpZ0JJ4NsuOcnam7liDQzRce5QWl4+4/tKafMGQCPKKHGpqcvts7jarOLy2k0aPFKtW1f5MubP7PRSbLsJPXgjrlWdVvLPHkR5c4KNxQur6F/JIKrUUWrxP1hdmbHRGcKd66EO9WzVy4L0cUU4dfvhFvfLEIT2ECUjg1QB249sUl4yVzFKQnWsgaJhdiCRepkYWqof4OizeKFwvJ7jbkfOfDKF8gM7F5Wp1af+BZtnuyzRrLZl1VWSRFGHagi/noypaCJfqzPWQgvWpZm02JfxChN6pocXKdbZQdv9+Q4NuDQy+pA1sj8NsncFGRSqRcgSUB3PGiL5lTzg7WehePerhOxCv/iNYgR2x+tPIt3Yba+3fFHh6g81GfKS0HVNFZQjCZmeRPI6g+qJrrLUqPzSHhjZY4MIq8ipgCkmCBfc8B0yQd9B4SGXhvCrgE59cz1UjVdRlsLukiZG+DTULjnyjgY2N7TlLTKO7EVUlQVc+z4cj0lru1vBxZT/BQ7jBz2I4QKg5ynA3m9XTW1TOnXfCTNyAv65dOCSUcrVtb7E7BemJ0O0pKXYn5YUGOzULon0N9xSMP9ZLsnCpo7DdklP//1WlfyffZ6Vajif+2Bz6BKNXWcrXO1req8c+S5PA6+29NNDrc6A/tnXHrRfHqFe/3N2MtgSg/6NDPQwLbYh+i9dTTEeV13HFXceV4fopLgpa6L6Mm82Q+kr3MCXaZXPe1REFAkBmFFL1Sn3/bBrqOMzIQBYg6AE7Y6VFA1KjGbB7KQu64OL0aTA3igI/Ai3cRW601LB5dmbmCHD1IchQMnnEGRKsaEE500ki1PiKPabnHty1rHInRud05Z0+u8RPMAenTDq6bIFqUVW+X88eNhMg9NNULTfF7ou+C0YUrnFRMv4kN3PrN+BrA6gyVDS+emBXPNbmzUwUwAOgck9BB59H/4DMzg91pz7uIb5V302ynpruFdD/zGLtfW3+C4cC6qgH0lRwb8k/2h2eAuEljXdX+Cvp5Iv3xvuaBVfQn7TQyu0RI//jeE94o9ForD1JEtZ0fEQyIPO+/hVS158j3R1v2fz+Sc/zV+zd/H7vLTvpQPbNgIuWmP/QxdN/sQhwbHc44H3bPqDi3zcsUaar2lSyjg95WWlUT8GHhD1z8NpEVbI0uJaYCtKe0jxSwjouqVFjgI8LWgkxAkSvD1xWQ4J8MzJVeFIXjPbvITgLgjZ0rnNwgETaja4IJBHkLgWSTLilmEK4frQBE863vxjubm1K0EDcnG16mCZT70Zb9Yhes/jyL+v5S4Rd0VAgSm8XQDDVpgj+wRN+rlJ5eDvdhjV95zc84zMaftoZ5vjT64nqsxGcUWJRO9knkwnFPe4GeJle2cQd6A+bv2g+MNpS2WehszXxU0JjxcdpdgmBRIWp+lZ6Em1t2dEGQboe7yUXsUaenuA8U+fChepSlQs0HgUmNIzfrx4Tm/v0QxUPOoddQdYke8SyD+aXlTFpo9PMRfm5E24VM6sZnDeCmv1RdJXm55YSzTcEo/hkR1/YWFsdrdp3IJxHJakl6ILdRRDqrrPPNWvhyDaCBh0EJkAI8YbL1Dltrmexl9+F/JqVmecghZNPA+lV4bA0oLWtR+k4Tp2DFMDsr7sRScPLEs3GHMN5xgECQZ2RNACFMt2GRUbpiItYjIrmZeW8ZL28Mo8bQOcMHadnG3L0ieOWIe+dIovbdCq7TUUZ6hHerDmoTtCpHz1hQbGt5xAeJ1sWfLVotfbYgiPOPEYc2Ukj9VQLi/wCewcUem+Z5HfwMzYO2k8jTHauB29Q0NszqRXOYUepm9ri+Yit0Pk+WhdcHxxUj0RQkImI8zr9Ar0EbDOAtkJeksLfzv2xrWVLfwl6/A5nO76mmxY2TePgGZaHtXRvskZuVl8kVSyAH/FZ+lMp7mxBm97p5vrCXey4soq41wsTwpR28SGvc4x+x5+dK5+Z8A9rh7ZY54ox5XPUO3wsuGDcl0IHhsOqwC/7JEi8XcMx+UpzxxEDJXZ2FGwDdMPhzTDgMhPlQaLs/J6I5Q/2bua6RbsSZzOiLiezFS4H7JLOWSkJNJSV8xfbAQVMcCWq7AXebakOhAr+7EOhuHHZwlAQO82f2AE465z1AoTS4B+GGomEU7rKkQPdhN33FanUerLRAnYRKzZTevZk7j36Hpf5TSpLWZibasMh/GgHdOBYCHKUgWl58ZNHaZTylVAiPAEb+AwPSNRQeotupc3YUxwjVTmhfBjU4tjKIyma/J5HNEDqiVoXdDNobx5tEqs0oObnZ51JA0WZ93n9kSMOM+gcdsL5P1nqw7Q9F2X1LoO9iMuMBZSrJoD9Do/i5NLVydEVdBiW1gWXRnHPhQVopIZiyt0DgpgkNC0sidSRrNQmgufB3nkBG+8loL7R8GHWmAmpkj2GSCoCNsOqwBdV6ZljBwylSKfl8PNIgFUoiHbV+Ox1xxzxOIYUqgZi89oi9HeOpnfVHzwCt2TldzqDgMXstLW8hLSpXU6tKgVoE4FJU6724W5N0sgARzGTz3+4E5HzgT0y4mTqmTAmyANwn7pFN9LzU7NbgmwvmAgSkKqSpAMvWf2DOVAOD7TI64yAwCpB20mE+FTevW90gFQXnKB+iYJ/Z5W5xLTH9vqVnZChD9Lhhj5jSkv1tdhk25UlZPVfcBuB13aARTjxA4QM2yzu8AtwLg2RuIhC1DLXOnL6FsU0AqLC/Qq5QbmWsqwVO7XrJmAopXg2feoFsVHpdi+cT3YnCCbKczs3jfu1BjkFgNs1zEPAAE5PiMptC6vrzD5x1ZIFGDCTo6AfyMLsmnN5LzjyCQ89W8rU53ie+GXmB1xJq2s8ScVv3e+xL7VbKdXnseF3/Di893nYUwqdBRsk7Wo4Vnf7B3jauvU3Mr4HfQHIMxiM2HBSzTPq6q5AWvE5KULqcl39ve0xc1rPagqYrIZMNLVNRmKkMOKMuSaF8G0sZQ5hsgCjx9r/qq4i+o3MSgBgzGKJjFOFQI9a8cEcmAXQfGoSIJlfSLxDsNmgK99GjTK8hseiTPDr3V0pZHlBUaeHOXxehyiQ45vgeCLCPy1gEpppLvb3z33W+epmcCYfQOwzX0EDKwPqU5AJttdAqNmvVRD5lBKM/qYKm0vg7V92+CDOKT/piRwNmPH4Y4M4IuHxpTWEK7YBDVcWGZbRcBG1j898W8InL88nFKM1/fDWOcPJmFuPgfP6qZ5YgUBvMack49wZyzYhgKn2jOoivfgiuSO5h5NkGwlY919z42tTaDIi6qU2q3ihuuLClko34c+rFI3NAq6pbGI2S5kGsOL/xWw7Tp0F9Jca4lYeqkiIPjNSknKwLc70ZCo6zr39ljBMb6O8Cpy5kvh7HQZxh8ZNS36q9JHPVgFgdmfjUJFOl4oaPZyhbxaQ4nQWW+le7UxfnTWB7MnNRR6g8/bMbaEIaWVOm/QTFZJ5i3WFCpvhzlF80QuTF8ihM8E1ns5IS5dOt067xNICtXkojMGiwnX5kU9tNNTM1yerW5DFtvw1VI4skSHqpDjbM9W9e373ZXhvkxknmyYWlmN9AJWagCdJ51VHZA2OAv59iPgBddHmQbyY2LB2ZUPql2GpauZD9mToTSe2q1WkhRXCJCORJgyB1dDRsk5nJAmSLeooPpoHWVHLq851lQw2vNnAAQW3vPIc4dQuDbY1PZjWqCMj6Gg4M50UuO/wxj67qlT6B/h5BEFGWoFHzWuBMWdkLbKjpOHN8kzGc+BE9MQXbg1wcdqxP1SVNuyT5XIFRtVHwtqHC5A/rbHc3z5S5So4h1ChskTP/iQc68SNn4RWrSNbdk2kcxBIpU9drnfE4AB5oGrDtnaLu6J+gFTN6cgXc75ic9hKAXpQDOZscjymYfvI3hOo53MxdW1fpNuJpOscTCAJIxH2VLmeMGnZ31W25EnzMTQ9E76Ji3FBDVKUeHAvrxMhVRsMXSgzb6zUcOtBXd3HBL0g5GcBxvc/S/F8/K5HPRQ8sU5xFv9sgDuQQd32CVJjzUrfqGNcKb/gICgfRVN6SiawMqH0ko3itPX+YaQkftpQ9kYZfrfTkU1ukBdpqhts0NxODO56ipdnkntEBsDF0yBnxiMp3okWYMGFyklpj+L8MtxHbIFv0j15b7ViCiklfr1pIuXS8LCO2Nuz1pGuEXbTJ60LIsAacV73ypVv7GjOVxCPGuw996R9J5b5uL+ragEXXWspUKaC2xRBlXXEMKxPS2J+DjM58jJOdu9PZQaB89i42PkVT+9cmeW7NoubZpzR+ZEocQd3TM8gsBf410kR5/CI5NHIiCzgE6sE9KeoaUb1W3yZRaMncpVZZ/kMeeNsxw1U55mzlIT6HwWxBg4taAV3F9gtBn85wSXa1A5jC4VIXIdnmEGcCvS8t9IRx8za77A3zSwD7OXl/s3iKDVUHziDCrhvC2kM9iQbcXg4GxG8NDlIVrJ8PHFehcLlzBm846Uq5DBp7qBMszRhJJ8OhKhLb1V68isKBRf1QExFtuw1F3qJctKH3QaLemUIZVLtcnPBr+KiOvSDyhFZT5z18dnLMe139IvzDOLdgvtL1cftrAWgIblfYXH4BxFfXS5tr+0Gx3JqFsVipQ8MUsP8TJMjHCb5lG/TAYk8cV0h8U1AcX0crL530yvO1z45C6PhDjUMX9k7sOplDCditm0gt972Z+/MT8fTfWfpF/lozGi1R7/81inmY0k4JA/mQByIgRU/EP24h06S7jhXTkNQHYq0Dxpns4FuHRR8dW3aga2/tcooVZ8aChWofz29J2sNVcYBziFVrn9t/WJEp6LoPLnB3XkwQvn4Ufs6IK8VmMQSPQ47Y8RLCjvRLnDvyvWH1qWoo/mpQ060ZB9RuFn4kTDjjpD/wUx7/fMP3rH0zEWIm4sL1zIMSB4SQywiUryPGauJxSOM43EkdcaPvNCre1NE+tZ1zMgq1KxR6+n/dBW4R87ab6PLsN1+lF+i9F1z8ozrUZ/SjAOUJYRwfkKBKcCEl+FZwusdqJeheUvfqEmnIspG+Nnla9+FWtAiNccZoWDkxOuTcpcaPqjg6wSaQDcPbVI1pIPdU2vgKY0cwsDJujMm9I+CAVvr7VeqCluyYTpblS4ch1+EJpeJHhLlvE65P0J1ZkGhOeSdME1vx1SOV2Dx4HBtMgD/ygV6a6lEq/xoZJA/gWmdFIB0TXHQI/hK8x6nCaY+zPPcKdfpowRlc+cEvrBNKyc+z0LzHtg54EqQMZcYBBIHGuXokjibFFgYEctZvgju7prnOmg0R3Y3+J0RWQBg7W+VvlWdLH7LQDOviRNJYMcbDvQUrzovDxSB+6h8poxXJr/aCuwy828pDgrhQAzmR8oAjU2IH9deWjgyoKLH4sh1+Ybqu++nOMmLsHklLsXy/g1ogp6u0yUBxWkoQ9ow2MC/6/QjxRIl0L1q0W4GFHbDAXazvIqBSNMWBfcFGln8uNScwckNmBHQdvsCJh7qfbtUrTo+xpWxnsJQK2mjOYSNd3U4BScp/beUiTXdMliS+xnx1OAV5cDxM0iJxV9eeiKWm15chUtOBLC2OE6PIkYI1+amK6GvJ/h2jjyyEvjw2J6bUhuurIkJmHWiu1dnadpAPnwN+bkNa5d8zm1cfxVgDbqU0qaCM4BnIuBeSMCzCwEpSyypDJh9gwnt1ABbIYMmZ6Ptlmr+oC8cI4FjU7VoJN2BjbsEUZUGn/GznVcFbHH3+4+DcrR1tgb0ZLeoclk0f1l9xxhhrxnJ+p3qG+a3iIb1Oj5Wl1brdZsJNw+SiMY+S3kF45JX1xVbif8qHEOi0bPtuqAUewVBDbl/pV27vC64n3OKZdskaVkS8zKOT9YM5/HfKgrhmzPAqw7Dl2JAaQcfj8m2RTkgZtmPm6xeKFoDq3MtdHdOmAUTbHpuK0qCR8hM/57m+pZLRx06AJ5lu/w8J3boHCRALPycKZEJpI5mp2cbDId8onz6UluzIUUTvIahf96ssY7jMKVwr2aUjoNjYqTanmBtEiNvD0pD5sJ7ou5YQQg9O4EHPp1ZKN8pX+WWDRGtk4h6pny7r/gyciD116Wo5+zpdsLyF1qUv65dHrsL0wYH3/Ho2Matkk0txh2kv+9Nq02oiHq/gLA8AJjz7F0Ctzfi8vscrMMawncjShdnNAf17y5wtVPgUHImvrugLrIzIQepjnuuzCUUXcWmX4jLr1mcoLx1b6Bs8Z71oPImt1DK1HHVqQ0QYLOYMY06hJi8HkBY7urRbxk9zA26meWZer2ViyOjYJjIzzg8AgFnyk/eEHX01yQy0p9pm3FDNYZ0OYrZlmOLmCwp182IdyveM0IcTTB3P5pKB7Wbw9JpaFZZiGHCd/acG8CKLk5Lw1Dt/3lyD3Ip3jTO2ge/FRpE7dRc/PN122WiXgHKe8rKKV1WO49V4oVV8w7PgBxLN3dTrKQfG2GHMqpd2omnIHeR/2DDBEfbihIyy/HW8QplO3qckl3xLkB6sp9g9z54pfGAPMUDKfY8OF+hE/ue1VJd1Z3xsXkwf8nN7ibNL1Wv/NTRo8wCgeUUmOVc+WUtV6ICgpJg2sQQpu4vcKhWo/8mt+sFrFEYG8LCGBW82X4xUcql6dDOX0fgVX0aKh7PiDEjiZfDqmo3VS+gOhCEMOx4HUHSUxqp/QPb0VRNcocNJ7imT0sotsKbOCzb4R0on000/4IUUQCRlcK3w5Ql4X7LoaCgt8iBrB/F6afZ3rZCAqWMMuGKBCvdmjktxcCzTkOJDe71QCaBHqyNOjR+k3gBzhJEwbXt2RmnmDJYlYWMwKW0SRFzp7zrTh4k2v5JaqinSc7/VW3x8cemmxwtJUNP+O1lMFyeG4emkBQ6dxSSbaU2aI13eUVYb+zt7oPpn0FibvrkPVih2GAAmL+/oZpeLOw7WowNf8mhgSE2vZjhKYSMfW8DnB+sMR+z8m1gDSSRs14XoFB2qJnj/AQNVf26lajs6pLjkbSGKT5En01a8AEoZXXD0CF2dOZujqliq9XaM4tpAypTCrr9xVajp88uamt1xfz0YMySk5wFb4jJWb0e19PycN6qJ6koYFy33AdNqMEkixg1LfJZS/gYk7r11zOkZGvMzqpgLLDKB9QdekD0sYbVRke7hYD5px77Kx+iiffj8lfrhDj02QrJNVOOBb3jEqpaehCjMDo99LpgpM7A/rw/O/bNS7HzAoPvOSdyWr0bkv80g1AvR5SlnLqw0tuMY7BcyqhPLMbWzAcX81og86NlfqcwMXrTVHTZvfMEt4cG7x/KvQj/pqNswU/GdE46HPNW7OgqVP08YhHR02rplc8c0DUBXK68x/ExCriZQoRK/DWv3rc0RXluplYoQVaNC2bVTOCSZiYgWfTvDP0LyzTCdpn2ehLyajTe1gWQrzctmWaRT0mBX73V4nHkHgbpoI0EldCEIvX83eaFhFXadTNCccYhlP25sV7ObA6fjerAejIxR3ubx4F0gNsASJHGT3lMqLwrC+L0tzKkYmfE1gKFoMW0uOxCGHLWSwZRG+c4QwCgFc7OKwU6eOaAoxABK4FTf8JUZVbOis/J+3+1OBstSbd2O/i+qTRCk6C/tchvVAEObNzRk+/G+egZSOM+7TazAhCpDC8QpNNw2Qk3RgDAEtwrGKostn82HEY9j7Gowy+E/5IaqpuSPR52HuJJB2zEH+nehD5kxMq2ggAtIEoGO1O4mUZIAqVcdOaWHEYZ75LqrUb9R0LinsHefGqcooezHXVqTTzELtdx+2vh3PVqJDoC/ZngWhiu7Y92NLoxK1pcJYZwz8sH1ffdQdIL+x1AQqg1+TE86qY5PlLFd63uf+/yY84cfMl1/LQV7azE+sH+7IiQ/VNf2qVOZ36dCeiRPk7mqIxJlvTPY5Misq0cZ9qlDY/k3BvVdB5Vy9H0pZgvgyzdAqNnpCYYWHPakLSr+6wEpfsi0/6yE1/b5f2Btb1+dvWoY2dZtCHdMIfZGLmHnB9qdUHjZ+ms6kPKmb+5wx0y4T3381rbanm7MHitgJAM2Svsw+6SyL2iBeWIX/SUlFaSBejMDNz0N8CVLQtODir9gvd697ZsNLYzJsHE0I/Epw419zBLJCMGlMK2BXOPiIaV8+/06DuxBkwj5250tSeDZTGuA9xMvQQOmPaD90rEgVyqGo5rj8xrq+Fp9/VRSHspBPr7gUH9EnZli9ys+VdBab8Wqpf8UJB8DWoooq8+BU00VYJcR+GKJYBq8MOC2lZkxvdecxM1ou9QiSZ72z11ABpK00H+PdAW5h4fI8Jh2dscYvmPIfudcYlcK6kaLY2RhB1z/6jtsHONI8PuzHfzKsUHicdDx77s8V225cih0Xjb5FXLF6O5oFDe/YEEp06s5Awt6DXvdU+yE4xLFC/2XilhHuKYJ1uEfmXgmek+3I2dbPOjOm9D/E1FDdHVny7JvgvOqL+kWt1XTbrcSt06KrF/+p1MVIaH8alJAThCx+ezQpm6TrmK3wyo1GqAbFnHayzpThLLMrQRBnGiqeOqzuL+AaUnk57AHrxN1xrFO9uQKah7ea9TOWf2uVl+7gW7mgoNKSlNyB7NZ7OJJzcqNQJtBNg4XteZX9E0nGHvR63hcC5I3+2BfU9xMS3sxySIo43nyqptz/2iKLlEJotmjmszpkI7QvEAl90Bwd0jxSaTwQVaJBM9/iBZ5JRdn3CkmF6SlCmyArk1zkmGSOE091+uTlQuvrh7d1HrxmaC3im9gI7Il6A/bzA9tLpMNE5jGAo2NLauNzQ2NfUF3Mv0F/zgwmrHVnEzZA/bJvnq9f/MrwHwlLFtkFHpnhO2bg589sqAR4EC4h2D9fu0GopPnGE+wd0O/ns+MfrVcHvtuCfnSf0Jha3v333okUmvWHpHg0C9EHzdIxoa74iS8Hw29Zs6B/V6gPn+HOsjKjQmK+Iu0zB7iFPf6YxYnoC+bptK18+cb3xO8122O5Vi1yMdVOFxQis6LLIm+AS+P6k2UzrfeT+DG64M2kFpilRyqG6aRcEEpLnAqWdF6WvRm4p7dXh0uws+8IcyIkf2/T+oSoSZNU6vutooQQKKa+78cgYFryDpYLDYAJutRwwZaUwwQuFst35xVDmr4LeMQzZ8nHg9coQKdGx4NzjnAvRLcUx8g6KcCfFi9f7lUsi0+XDf9ffm4K2GcLGeTtU8rJhWdC0ShjTOl7Fu+A0Of/i31Yl9jNUlFDJU724xFEBdVZ5MOVd5ccRaSUQc6bWaZdvgaPD/X6q17wBjICzmm4trkjYN3yR0zoXTbrbaBU9QgBL2p2YFawJ30oVJCw0ve3re9R23HiP3rgrH0hn4ve19lFls1ytvocSCKCYmo97yvBkiC/Luwk75+hR+X9TjLbSxxo9R4VSv4c04vlSPQ3rHnJWYriw/W9jxw68RvBmqw40v8ggE26UjIFlE7sFiO1tRa4L8vDbujzcHCsESZLU6C9VpUW8WuTvsHYQ4DANDgmcUhQQm5IEa/tdwSJtCpQBS17cV5FtrXwN9iEHX4TiIu3vb2tbfy3bto5/9VGkawF4olJSn5l8GcdnOPQdniq+M90kE2UeLpH3eGoxqrTBlUuFe1CMQhzjeE6/1oGeczKGRfk4vPQWG+Iagp7Tc5IXi70mQcAsQ6kFGKWw2G60Ba5Lllbrkpe2ryyXO6S4X0cAjhUKjOcGvXjzSI1HlBp+4uW6XQ+cqneyNHovx9CFogaHQOzHnGPq5kP2WfHtL7u8nrjWDlacaio/nj11GR32xT8VgT/QTuJqit/Q6BH8pRU0Vs51lDU7ds5G9DSEzWBRWK4HapdcQYSAplwOyDkLu67UWHyY12QTKVtmnBplE2qyz2xxDRy2tl/ewqhXQskPVPJkoaQh3A1ePxPPKhsW96waTIxAY9M8jMvEMSdgticlJ2e8D7M9eszli/oc7tidp6R9+QFaAu/WzroXmmS8gwitDX/REppwCJMJBKKNK0SJ2oZqL7Ky2cQBGV/IKYyedKnV4pWndDPQBc/3TML2ZLFyrSdKQOHZpi889fPqbHI7lF+pEGXS/0JuknudYR9amtZCirm95p1zhvnkBiexxaZpO2yBq7wQnvr6npGl7iTe4WkzSxkz7HBCZp4hA+PeVrSMPwezbdvBcMpmYM4c0iBhBSkpEjE2a9FfkRDR1w3/ifuO820XijiDQFTU1BzlzPo1Phttm0xxr6zXW18oY+3edv8RIyzlCRwhCTngd/Q+/gzj92+d9/TpCSwEf8VanTZrf2NrAWxoAk/G8JlcN6vcQcu5egKInl/kar/EWL/hedhtkMxhizHxSywpOm0aYIsJ45jPt8cCbACdMl+ZFH6Feg2tyIGbzJrdIyTxziSHHvLM9aNgU8ppPyOQRRvjJqXowbZ8WcfEGIMjlLHwMowmGv3d27rnCJshQwnjhHWL+Up/oeQ3jMHqGOL2oTzGMVaddLAutkF7hNi1G+2E4ddD3YCP8bam1nJh70s+qRJ7Y4qylfdIFMjkX6OIqEhm/OqybOJ/ugPtm5jYZsdJqjXEU4yPz0c/Bwnrv/Lva9eOdy3rKt93Bw4BAi9QZvwUUgiXgsvxiEj6NmHHKqSQBmZcNWnbdSdZRdY7fhNmQxLx6tSCIt34b0I1PIMXZO7a80Bn1QWJhu8JQYq1AC1+sPXK7mkx//WLNTxGi/vkzMA1nr7P6+/NiyMSdJ9+tEK6t2e42YbJdnU0IhoOToxIWqetbNsseINLEatKn9Q6qdv7w3LWRyzMpSABM+QC4rbh5ra8n5XQTKGhtH36Hw2Trr3YIF1sR9WVxxcZ4yblRgtCISQd+LRhoTLGS3KDQOp7HkhfRfaZ1h0adaEvuHcDZbnyrgScU0qvpykcgXLAhsqhjIa0jYfecAV+3sayl8CyZJZIM3/HZA99mK8/IojBBMZAlOzDBb14l9BfjuNErljZwa8DDun8stAHfF7ekhrOVmHSVspsLJjIAY0HDyEZNZpT0C7GAX55R2k0wTLjZF3pCz0zyiBLfoHh6/vHXjnW51YFQGiMadnmc2z1G/GdobSr6QL2iAWeBOisiOgNSO1eTrdXpV/UgxUB/grY0YOL2tuBGODx9jnc2Vk3WlfI9sgJQB08/v0aG+sS0SRyHiLTf79dCa3u6akoNGcMnAxJ9xCr9rq+wuZtfQ21d4anBHQb8ygK0wN7LbgpJ0rpMUZQx3w03u8CslcYErDfLRgjw1fgMCN67/Tv0ckOhoxDBow0/oeC62ykGGvdIxQAH4RoZ/VE7hOtGPZ3mn3CQ5dpLTmgyUacGWkfejOziJCBw/OmzzBl/fN+UvD9XOEgV1XPTys6Jjku+MPoTUpSjKOAqbTsOekJdKlqjrXoS/zk11UTFU8UKfijbKsk0W0iQhqJWmcHyS8Co6zEZD412tVBGI5QxDPf23phyu1+OcthgWG/jzXUQ15gPbaKB49MvdECIUA21ZFwV14t+6m4TMOlGOWNxtTV9RCnElaG/2ZOIBC0YxJH9E9CXHHj1wkn2e3GSRoCAKIysSiOl1P/drMrhe7gvVmrlBlpQK46u/3Bx1iGZYfIShROm31gzS+nnnD4TnFun6+COkI+VTzwbBWrwgy86m7cMJNrwZymaj7Ijl8k+LLgYz67unV9oyHBklQ0eS4ZlMfQ5yBYh+QwALk0RtmZRuAntDhKCz1AGyPPhnXUrl2wn+r10+ngeVox9luZtj4HYd70khanoodsLwC6I0WVrT+KGFDBcr8UZuaoUG5e/PjG/Yekh80/6pSIAzgVxOfCe4DA8ZN9TT9Y80sLIHamXMsZ9kzryXejX660PIUuyu4pIA6MfkRJzZL569Ii0v8guyUg2zVI1P/6pbOIvRjcR+/PBJWjYUNxpc3EV3T/EE2XkLb/OJnJGI1dXM4YdD7pSUJXowJqiil/PsMUTMDnvHHos/6DRwUi6RfdbUtCXIydRzfjIiBGdVgYwzoq6T5/zMI/bcSK9L7mQACzLzw7RCvC9hiZGr+bqkYOCBy3lpcbIAZPKD6cOq/fkcfwyGCxE2+oscFVAI60FiO7iZlxboe0CIZX1u42Vw1PnozwRspJq0iOLNXqmLy28jxfNU2duNpivKsXtRvWfPqAFaHLON/fhmr0L4q206CZwUFWeSiJygduJnp9+XRGsDTF5/2rbtxDH6ZJlfGGZ4wSPzHrQ6EkwbFrSBSro8xEZ5F1iVPe6KVrUfUH/WiHGqhuQpVXU+2e/B/rYj6tQYTI/AGiY4W6+UX4Rlqcvjmd9CSh6pKqigmcPmhsioN7Y7xbrn53vLVYyIjUPaEDGoQoW9BEwWnptJAAx62Q3d8RpYViyemBXekj0EZ2OOID8CnElT2Bg6sesOUnmiEhI8mKMczQ0GPDlKweyranXwe7C/GqhJX1wiY1dnmoFfo/Yj3XAHQw7Yfb3mfOM6CkWV215MrlZqRHErnNFnnZbtPTOUHsPPk+sEhGwK6ry56YIkuapMDLxhFLvinf+iHOuhwXot7eum7xD/Xa4csH51LsmyXCmwu6JIF16JrdZFQqYGjtMg/DzXRU4MBeUjUAUsuhAKDzTAmeTKac5lJCII1UYCsmKJW9EGeDJhrSd9tAd3m4AkmkpVzQTjDLZEvRaClqP/OOVGEL3CDUu8a2Zjkr6ZR6b9MuPwijYvdKWsvDFUjIMIlc7ZwKbCWZsTObLV5c951gYu2iYlqBg1mnQ/3INxBbbNMPZtPOLAzhKjydw/2rRqbpp3ULY0ic5d5+ywzlw/fuhqZkWAhiIJvA/WEbDLppXncpeszM0Q1ynj6lk8Tu3Hs0sv1tIRiME1FivQIm0on2P+AsGkbVWJxENxe+vvnmQaKQN14Hr5503ZARjXpX3Lg9kpgoSUHyRIuYsk0c3VYvKEC6ITdy8Vijff5dItXZPATTzXnIfF1e9CzCeMTQVzTzF86vc3T7OuFZ4arS1ZH2N835Sz6uxH/G1DaHfw1qq1wLf5VTkOsgwbtSGqNQt2vEJqO2KLjW3PIu4LmU1/vc4dCOGenZUGsjwQKLw3JSnD/eQ9l5yJVpwo5jrLkjkrXZ64u+hZmNHOCH9qH8714jDALD0vF5erjVvoFQ45068/VxcaRckyuFLeWSrO9H/3rGx/1OZD1EdUpUyzqu7Nncs93iETUmhaNVL5qwFqCSlMgiYSrfQGhiwe+DDoGbyvxOL3R/8/RXiQdCNcZat7rnYL1Ri1vGglsMQGkRXYkK/vxvjTRai3OnVkkdmteyea5ljN+8/i6JkZNmno5ItTv3dguHVDiCw5QTk6nYHaS9FEykBFIJAK0AD+Ho7jwLkhPFR5CmcbkfVGqWtH6goptZA/6ApS7NptgL8655YK4Q3XWtCcS2SCUtODAu6AKZE78bBVh78zLYXjRnLA5sB8WiIRa4vXZ3Qm0ToqcPwzKF9GmtZGeP0lefQiLPK5fg/Yfkema6zyWlAmP5ffPUd+eLB3ehcYBxQE5butCiAjHjFLPbZOu3tZ3OXVKtDTPNejIcgvJfw57dacqhce1GDJ9i1zdWZ8UWx6aBsgoq8Odqba0tF8cwCNS328cmUb07cBfYkd+ZRiHJjIDA0z+DheRGE+FFekiAtj6PtjuGLmzsY+lu9c02Cok874cVkLI2EmTSQtVLUOmMf+op/Cy97MwNrVo4TWRiRnvzUq49YYlw8pPMDHnZAYA77A9sVBSo/R7wv4d4PnFNkxHM2ThwcHA745m70R6bMdEuxUsH3izpN3uz2DL9e8bV1bwgc6hiTLZCCngPkbcF+Ur0joiJmpbRfWCYheosN7uVkfl6N2p78bfRxJe5lbH81fa0IBPemcE6WtpwN52zCSI89hL4yXM/DYIz9alNIsVhWCndUnUu5IWqOB2AyMqlXfP4/CGwvj641yFCX9blT99kUP/PLLJE15Q1JrF5K9xuD15/5rmwbRzVbK2DU/6ma4tanuNzjV2t37dp/WJ0mRCMF97soNYUbwD6qDh7co9rnqCGJwE4uevJ/53mH5oF82oe4J5WU4UIJlXv10sFT9p29WIt8PzBzSXCoMs+z+uLFAwxE3ceQ4YBenfT48MOZERRltA9IlOTLdkrFxe/NSTYK4Elqqp/7/ZAmSOfnC2TGQtcE5naC86VlVI946VQvq2krd5uTYPDFzo1QDawozO4VnoQ25bq2w7N6qWxLGHRP6wJSZ1RoC3R7zNXLtlF+GzsbV8ztuRvrEmznZG+7cJ5+857dckNS76R+24vyOUs7c4McfJMnEm5MwrAF92kmsYb+oN+DnYl11RsPv7lCcVvWhjYiA6VVLIYsGyGwriqD9CnZSsrgtRT+/eFzUwf7JhGNbXKZkyso+wpTzrlW6bL8Vz7HGI/Pe9YYyzVCHBu8VHvtEBOvVK/yhLvVKg8Th0Fzxdzyan9E2GsNCgBu7GCpDeSNotyyUouqy0TfJd0w0cM90Jri++5IJhQnygchD3enoOJ0piRZKb8wd7ZbcN7mop2X3Y6JPFZ+bNVhum0O8wfTYD6QOVyzyCZ9qGi2c+uxOyr0Qz9+jHsi6E1/iO2Zp5D0d26CONLCPDuNr+mIL+JhLxp2EeB3Ttww806Oi4ErDTFKlaING8H6rt3cbENiKBs/M+PnEjufZ4dbJrwUxb2libB4ESmCR4dCr/7tIT29KvTuRygaRGtuEJKEZugbRvRWxlR6Yw+XAOQpXQN3hcwfcFtsZWhJO71TFtjOWDf8wCP2OcgGxruYbf8FGXLQixMIAUnxnkOcFP8JX0ETRFvQdhCOCIkvu4rA+YwC5ZijfXKEApKUULvHTnVxbydtM3joRqhI/a+oTBPxWf3TgsMSK0DCOcZ8utoQ+/s+ZgZf4dtb/2rxF5ClOgg9SLxuYI8VS90yZhhlMuHCxHHB8vNWW60HPx4JnEewxyZz/SH8QtXAArXoeid0gNZcrH0ZktIcM9lXaYBNyEox4T3G0prVOqX1SNUGznEm/bRaQDQGBrGbWxNbbgYkCXNHrdGlLqF2XYiuvxmq+z1hNFM8ootcAvmoYROlv6SwY+D4gJOXoj2pDq2/Qm7wUzFelMmYxngOOp9dcI/KoVybZWwdbfb+n/K9hDCzIxv30sPhm7+0lNRm0WCoSTOSSIiOc3ImYjS4OVH2dw5DSJwob1KPrbGjzg/n4PBXEJFtdEkWGBCi4CJ3z0FC512T0fB2sSG6ort3A5Wcl3HCAAFt61qXg6bcvPRonVDNwWqR2FilRRpTLakud/JGy2Ij3uLzy1fzBcpSUW9i4JtuR9aHAQLaDRGNK9pELj9SPhrSMPsCTXJfVvEPT6kO56/UpD+MHgzK7NACIrNl84PJXMj3wkh7YUH02peLCrogHVRbW6xeMmR4g5xn+XeTgmen1IbDW9r0qF/PS8+jy/utPAf6h45aJBCl/WMPQn66GfEjfHAFYBtA38bYPg3bTXet6Bgj6J0L6/ldI8bN5PlRWrGKTUtt18o09vHOxfaomp+HcBflDf9Fi1gOMPLVJjSXuB4pWZLYq19u96BuI/numEd7lJjtFQ6aPym95eqT9XSuVNMY0EfamLaq0TARjImNKBRSHG6KzL3/T+M+oWUvnPZws58zV0Rto2LJr6EsguNbUgy+9Gqs+yOqSVT1wNkeu/8zjBjWaGxdkGKwAROd5tNu3IUeYgZOJoP1rqVIVkngaQuGXxWl/hUmJ2J9k5KPOISklq9jHr9kFS0Pyn0abo76xCUO5/fJAMRiHY7KOS+esH4dX03xmwT1S2iK6/BTZBkp5yvRXGT4PwfewP8GCQlLY61Tsa25pelYuO6liTDPaLFAW21pgoxPdr110xA5424pECT0/9QZfrd9yUgpA21aUglxXDSMvQYIIsephLMFwcwJepBpfz6f791sQlh0gvTec+uZuWdsofOukMxEeay3qsPqyQdU1ZSWx7MxsHok3nuts1U7XvoUWNYSUjbMo3dU+arsJsQtgomO6BH2e8Of78XvDpNG17hX7flm3aZMHE79gbMl1eZewxikOqOYykYJisK3pL+jdrZpqBhoT/+6OWCfs0UO5RezHDPk63cDrflhjkINfevju2qjppodsHrW9z+7dTIwpzV4G/LBfclPJMDZYxncMFujIvyS7fD83eV4qKMMSFK8tBV4gFiTHfp601tgldcqGMT7ZsVwSjL/wot4mJWRWHEjZLHKteg89/63J5s3B29NO3Z0C/9kNFlkljoKT99Kt2sabEbJ71vClvwSiyEc6gh5K5VCOErgxK/JBOPUJAs5STEXUjk4UxfUWRp26p/TKT9P8NS7GxSu2XVh7GUQiZ51WYXw6YzxhUQh429UBoUKpkVdyQ9SjOL2rKF4AfvqjLEqhanbgsikDd58mN4a6WoG96o1Xx1JIy5CIbylvAisOzUOjU6MHIkCn3AeAMp1FN+MQ9I4rpWBU+LthsguYs0Afu93lR8yul6wj9/b4eIarJe5wXFnWoIGbyGM+nguD0tY2eSm6KpPzpKIfCyAhRpjYSqWAwELgEvn/uysggNr/at7/97y4Bj08u3HnWHXEs2ZMGOcYmSCMlSHrT08qooQMv+/Uqd2tK1P5nC4M6+50mRteCvDXrUDbkwJ6k1Fz3nTbOhFcDWkEqOafym8ApkK0buEWHS5p7vcf7DM+2Rh8XzXtZ1IodZj3fuv1KidByPGp+Wz5NLBED7EQCWk8W3dDCXHWrsrL/piP9wtPcMD8ya3gw7ivs87aCZgWpPS9hXV3kV/ZeXqF+54n1GZSd7S5xpntV3ERRaIL2fEmjfHNNxCGYNMgwv9djWhFXX2DkALxO3OyqkYXJreGW0dTRIliYY+iYYkhox5uh7wz5OzsOs2nlQrP0LgSCrdZCuGuXDak2sKTuDe0YGf3d5BQr0a2OwHwFmFRV+CC7iEoQrD6pBhrtqiD7FDj7Qhfn0CR/8sKXUwXk7jWWPyQ9WTliuM9Suhp422JK8PKVCwXbNpNPcmRNF8IXqCAHwx6qzp8QLV58TeRaBVLibPwxzmflpzl0PzySEVQJhbRquDynp8Indd/fUmOmL7HKJCb8aTlQJC2vFejv2GJX40wHXw49C16CbNs9KNu+wJMxWgOCPDordGqGvT2mPtMJq5SAcJuqznHWaTylOp2u33g604NnF4TYPEh+2W8Q+SSb4SWvQFSsWjfrjhCSxrySYU2uOQbYLXef4ykyEIGI88g+18tBFbWyQFpiRaFgCg/2zEKFlEIfrDMfnseO1BWqRyi/FIbN3rqTPHmEco9rLMKcdINsgnsg2TPCcoutoFvAAB9M/GNUHBmBPXG7eKFV7Tou8jFnC3zBix3L+3lHvkQX8uOUgOOpC3h3MJY3+TsDTYiuu3zufQJG8QoQ3OYaZBMKbYz1d+zFQY4FUqA/3zGkfa/kF8rMNb0FUXdHevunXl8kN2KZCMhiiWnxbpubCE8mbc7bnJLOWHurSTc3R/8DcO2ZO3QhKIJjhi5ma6JucRp15uGUY/7SaeChLOy+9+rHRakG5PUITv6Z9qlfnvwxkJxniX6Up5UQ87EXuVzZGRYYvry+YMszVhXQXDz6O/EFXe0ib6N4VUtluUvcpuUGxdRhe2P6ftH5kEeSV2FABii4NeJqcKzZ+CWM9YvXL1x08EGpd+9P9aFnoTfoX0gkmtySD6m0T/OFGlQP3YiAT1bo/ccfsIK5w8blswao139SP09D97RSx2j0gmMnrWhpYy7wPtdvV7Ieha886WMN+1+qRH3CgHD35QctJaiWoJAeUcz2U3UnRQZnAYKx4doADyMEEdRLVUYK6UtnNUw9ipRjW+MlJ7KVZ21nnuHAmYJtdvz5+tZMgvF0kOL+7MDdhaXOrjTDrpsxBgL0+Many78jxojp7Mlroae6tujA/v0TBpRf9CH8uR9OzIfZP9G7O92sshoa+TToxf+LWBKLqM8DNp92pDmHviWjK+B7KAzdW/pMJQ8JVcxypSul2cguBvQwfYq7uC7xJCvx3wdtF/miu+Cjits9YbaXfzU44gSo5LyE8IQjn3SguvQXoyAHQGRxKBbYqhkKXJ1oFDHjnGIZH0AvyjxuMS8eBccK/kDaGrtE/+zMDAdOL0cG4DvGfiAUtfvNCHciF3DRHD/wQpR/uw/mTAE3JQ4sHrruRHEZuSa65zQVID1mS3wTQTkrg8okfBeC1R6I6j2UZeAM5TK1/zoPA5IIoCayOL/HcVkUCx0xdofC7zMbwQjRdZrVssbPYl6Xra45K47ueN/0TQecSdss4eFMcUZgIczgzncOGfR3a4f0VoVmrJdLkep0LUnNhN3zRRm/H5UqrFU6OVKiQlXcU/wKZKq7aAx1i5CsS5J/Y1BCKjsOrYW357s5HjyS2UzFFrkT0SqqhB3F9vzho/rvwuv9URB96SRZMsSjb+S3OyXgzCk8zgUlJ6EiS0OiPH8a/4hwTw2sgJ2pYUHPLp5BOtet9MwsiYEAiQj4mNs4URyfkjc8kwxkSJEqe0/Ku5MW/mijZ/iH5se00OuIqjcojpqUsybK4l7jk3BKgQZhCcKlcU05MgdBpGQXXvufjHXHTJ9mzf6uscR1xGnbGRF3vsl2qdtQaX5l1rtTNGq+fqN5cFk6kLckEUOU0ucKRuVx0RbelIYctagEIjGSKn7xarOxKoWa+r6ux3ea4lAuzuWD8vMMYqgF4zUglIpSyWbBa3OJ3xyqTZBoaSzNCUyxQ320IxECMY9bgacnQAxxxbLQaIzjXqgCQdxICssstfk4uspE4BqQpgfJwzFZQd5SWXWAGBnOeus9mVTcffppRXHm291YA9bim0Kg7E8tkEocxTJK4WLUuAirUOSTbNJ128Sl+tRaFbyeqZCXi3ynyu8o+9WDKCtE9lwGYppDuiaeKGnAZJEmmkHhPkpTyZoOfHYTLUG7VjeOleAjXcJM/RK6GbcMs7ywA8aIxNiKfSXjxpxvFy1wPH2kaVq4Mg8JWoqFDn3vYHDADpXS+Tcd+JyHLMmci1r9aB+1DuxqVHim5ewoWM/rOJT2ebm21dhCjlgwNviTFBHqDiOUc/l7Kv5qBLdgfd+7K0dUEr3csvhiGLO44IH+dA7AmAEMUQFQFjljTPFMcm3XnwZTi25p02RWUN1AU9LizwwodQEzh3uaRCwB6v1+YUn4Q44erPVwO+R7D8ryNrJ9wQ4u60EiUVfgFEc7RNvkFddX1viewbsXJ9nVFgLpUEiZvvUgy0SUX8Eh7JZE/r77I0WnXxVWTB20nFdclaXpJiIWfRp6q7UOMXCoikFUhdkOri+n4UTQhK9UEr0RabTOF19ZDFuEAHXZYK97uKLSdivBkdpA0w5W1T8i2+Y5gxPLcT1eM8zskIeqFMApvXdKIhId2wC+rCl/F1CtYcQPfJc5Hlg1JL6XrUhLpJNOJo+03kqkpD2XkVPEAztmZjqRO1Gre0BF0lH/rYIoVlpJhNIBNAU4uBILW8qQ1rUdhbsk/iUAYXaEd7EwlYZc2+5mKqAP9laYpAg1up/tXDWGyR4iUdMykhhFrHElxG/303vyTqT7Y2aXJnugaoZNiWzu0F3rLy2jy2ySJKZSlbDz1vz6eMTk0MCBY7sA9sv+iVuGMdAqmhFDBbyCJ42ZjNexp1t5mSwwV81DgOvkZS34no9UcPphYlemYmVUxr9dClidRo3ZV85xOYSTyuMgeuTQzxO9Wa+KcwwBNJ0igJcLHvwLk8i2zGuMeglUctj0ix2+A49JWFmk6wdBIGil0VwTDa/B+ftRdk9jFJG8PuLUZkDacJ50v38ogZ0zlaAcLp+NuySOYrHVzHtvcny6tMDxTAkC/3RCq+8Qd/qqIlmiKroImGZwPDkIjjC3ctyCWp33vT5HNhSM704AZCujb7JmYjtgA9wF5OTj2LYxeZkKBzXpbr1TGsp6KLPQAQiBi30uHksoWwaREuXEb/q0qGLYIrAhe00n1ZLfRWOgYhf90VPTRfA98CV14P6MMql/qldpzihhn2kmJZ0PM+1U/9cn8+tnuiobdMzK3LriDS6BwGxkS6qk3i2Hc5BCUe7gc3o4twCV9HQm7AoMmRePqNTGsGdkWO6h/ECx8R3gqOYQvcVK7TNSP8Fll04DeDtkwNzxPlY0XLGwt/F35dCoMXhFhIn4ui1l6/P2cLTTWo+vzGSGWaiKK3GAz1klhgBv8UQ752Rs0gh/uT3kr8lY2dwB+g0yvbRRQPRv2zg95B7crOkwQutowkiEphuRjCKtmaAqgVCUov1L+p022Rd8yWZvkJmdOQ/xLMpchGUwTqaNOxgekrJCGK5Guvh4ezogAbmBTesIrwS5IHuOy8G2RpQfc0xSmn6eJMt2w+lHFSx+QMFrBx7ebzRpiqbwfRFuXnGET2FcPkgRvoUay2locWcOxMhVcbT5XUU7e4fhD4kwuMGHn+WSVQLcu67r0YMJqelHccxYShV7aCJWPAx1ZVD5kG7uoMjc7jTia97EkZmIn7EzMZ/AgHoOFtLE/9xVVa57GccCON4a2I3BN7jHxUvDJ9LBWvVNnsbCYrcrCF8OWW4j7hClkJc7PI0gkNhE2UVtDFczywyJl8rncoeDiVLqhCvWZ1+3jUOTf3MjIZ1euxCDi95mXz2LDoZCEwxq500epmZ/UKL3MtIKJwLI7ujJjC24634HcNp1uiAx6v4xUgLlSXho4G9q7UYaZ/mXaiCidnVkbIfY8x8xoYPENeUtHJkLgsab7pxlVQmKwct577haI/zksmjqjwK6i8+UPQWC9K48Rx6ZCY+1Eyz3kIirX+kfadxcyMZ03K9ef3ihSUYX/4SbBOSW5sO3c4VQB0F2bBx8Wv0JaIDfv39YhOmLIsXZoFvyNIBKo5lYt67hVfuWIWVTZaHT2imEL9QxvPj3gkMbBi3/fMlfB1ve8ngFecdg2NNQVoq1mAIt/ICYnRbiSd0KkyDDmTyfJOiT+nYedEUq6SAn5PjFiFGnn8PbD7ZeuUrUjxMTQ1hAFiyuvGL8tZL2eqhRPlUEs5G6lrEZh5UvLhjWAjzrWWS9+5Axbz47YSteCFBGBjjEc+Sock44TX/E9yjla+THZqpOoqZAmaug2uewbINzNasVfifHWmtkdaF4vdTMg5U4S6QaUIDsVUNugAKB3XJ+rCGd1SunJUS0mfMuQ/JsPO/gI/+Lz0eqPdGkp8+GdLfU1c9I7psGF1Klvmve0jhDH+Nw5LGigmfS7NpYVGz1U0dlzDY4Ap4cYGrLQZXrwF4dzluQVcPMP1mxiCblQ5WYfRPDdHzf+HiDMvVChYqGOJEPC3ACJBvG50ucl7N4fnSwkqV+Wgae7ARlcQp8HVF9HzJ/0wtcnt/VbXt5pjEZVT19d7hphRTkq7cLlx0bP4TFOhlhh6r2T7R0ap6WPVflxDeXSEmh4AnuNNmoTOvYRXVl5U3Hg192nb7BL0P9acDsIvOW49c5Qtmv7+4+2BQjcN69LaOnqv/oevEmPb0Om5PLcQwEBf+kEDOFF+IID9LSWCYT4NbvCFkRLDolKAlolSFEY1O1i9LKhMimLsQXe2JG6QTs3/HNWl+jfJLbRAyhUUt8Lr10k5kQENXDzsbInkhgHwSoWlklLZcey+5a5f+/nGSsg7xRxuduxmlE7q59X0qAuYGle5W9vARkmZlaZOxZiLHqwrFL3akresUcrMbzHkY8DyhO39N3fu00iBt/2MRVhbA2wi1pXyhNVB9OW4n7Ti+vlG8TYKuaqM7ryKByXh+9J3T8+uJEoDmmvxLxner0dUCC90107J5kBNTgfIFuiLZykkAP/QmkrtEztGvy8hut6ER8Xs92c1JmU/p1P9J8oVMt3d6PsYr1M5N2Sj0OAGkqalZ/4QKIuWgCUW8IjxXY8if70ClkvcTvL8ijhYdPD9hUCes68rKkkSrsB1dHU2uJhBukztKhky4X4QOqSlOcuqc7qOXpOd8NwSR8VQGIUxoySAuIJv87O6TSlq3Qs4DaZudUI80mYD36a1QVyK+wJ1YElkezclM1BhdksvueIDA5AOsDWkUf2S4DmUzm53MCqhUmJ+Bz+bVinm4kuyru8UoVlalOkBsCCZzVlxQVXgX3HiJF2yCTsyWS6l7XOQom3ReQNevMkKX0I0/ZMRa73f9r7K+gqEfT7n4INfIz/WvnWa5A3JfqizrZkBZ1DFtJxJDR2brjAS4kEEIa3QWmZ5wsZfIi0EEnaWxgdOCjcC6JnpnUCQ3cvtMV772MTLMz56XRpgx80tVioQRJkZkC6fA6q4t/++uVbxLE8l7K/kHhtKjwdIanWwOuSsEBBuL6yG5diECM/2B8YAhsXLO2JrlDyg9KJLDI/BzyUe4ixvF23ZE9BwVh55rtbKghnXkiobVbKT2Zx2pq1xwKzqMTZXuuXlLmFb7xVvqj5zlltrb0fgLjbFua1+FUD62id7kCH1wehScebv6VbyWAcxOQeZX5wdKG6ZT5QBDiDpXNdDqDa9P+TrgraqwjURgeD/tU3jCddTqiB0zGHL3FUWFMqtDRYg3okJnpGzmN7oKwIZcS92DEsIaJGOpXAg6wX8/0ER1RC9m/Kz50jEmRZeP2RG7pINSoVrBVCku1ngacAPG+7uKxAQSaGw6yEsvqOzRB6+YFihAe2qjEa7cbOO1j0WCXVTw6EpBEDeQ6M4/EoemanHGivh/lp/O9o07HN0W+gUCaF6ev/Gkibu5PNFB6DwQHK+BBp8LlDgccPGbzZS4vx+6Ddjemm9mbAdkwOFXWwY9wjm9tjNi0/nI0+lN58pkenagkVjmpwBAkqhy3dbV3Q+C0nvs4noV7sbC5muHwWKDVCIfM+jn+pm0dGngot6sa49Gjarhrr8lJYI3EPCnMfuV/gdRNK0HJ8a9v4wgg25OnEOparkfUdl4XeURA4QITM1YxVWkfLxFe0hHAA4gcS7OBMyQCL/ZwwPa2JDPyFDvF3iAk5tWXzftHfyZq6ebbThPZSO92u/GtLj2/TSRvY+m8xW57wgODtj6kG6uqYklcx0G2uc0w0izT402Ijt0d+8s2Mht4CroktLt1tk1fOxqWiYngYuq2g9nvyifUoVWNATT1hbZAhabFt2UV2AY1dKW5pOsItxWjZyBhw2M2WqhBqkf2jGZ7mHqKEGMujF6VHiKguJQkfDbgqBN5lg0tNy9bS7XJ4AJ83hsHNkKhXjbk322f6ejxc8EPTrxyn7lVt5RUPbbDmtoxucmvIc5GeZ5rA6bWFGiQaYt6Jihcs6JQjaTW8Slt1vC8xB90DsfKvxrQ4GNlJtiLPzT6o771K3pX3a+7mQizFH/VYz3MhvBmPENZNZmtvP65V/xktxmMRSYFaLd4YVG1qgvRa0udgA1xrUN6NGB5qkZYnQwtcQ7B8dSaal/JYpZyOFSZ+9ALXbykGSWx8bW8MRn18i3j+wM0LWUkGXJbPP7+l9zIejP5/Wd1uUhvKXv3HFIb1Y/9m2A5YWpsLwy5KPHq0weTMUL1eI4IhQIUPUj36B9z8o3fVG1qaL6/36iz3n8dlkvCqlkSf0qF8rinLZ51kdE9m1P9mzCyfM+3WCyIlreMRaPY9JqzwvVpSmuJFwtWCj4NjuUY2Ho0PcJxngU12IaD5idp/dewDAk/3NHis2ZEaFFugcHPkH9vXr4GmIJdIsnOhuvXnnuq6RdyQjOvcMueIYNaqZ3Zt3yOPl9ahmXOyX3EEVaKSvS41Ck4VK1xxhD9DKILogASIlpotsVjUCxg2BLpp7xkoFiA3X2JCzeqSa3CZsASs+LvmvzkRUcxWw8ahI8Eg9RR0VJyMDjf/sqVuUuSGlLKfWu5s9qHBDkFL/dKSM5qMNdT0/o0NYmPEgVgSFH9tnkT4qcgbNGGyi+ajB3xc4F/ODdu3jNYmqtg+f63AXOZcGg+Ls0+A/MgZZLKNnLMjij4TR3YuZRzpKSEEPm9xydShinfg67vN2yDjp2UB1G7r984Fz6aAzBF8GmQY6+EkEdy/7m/BSpvafz1Q7+BO84yuo1XOP4zbHdQ06XIrfig6GofDWidRGMuF+uvt7geCezO26D454Um3EkFnVZ10L/YvRCzxx/Ffe7yb8XHCr0LgilIY2Pg/53/6fR39RdhwHw5Yp7fKpcF/2esaSvYI3WXvNyoJrGJK01GUfRQ9YKdTbFpJSX0cOmlkuoKMtfTPS6+ZTxMqO9CIXaJQa/FmE081PHwj9Yr6xpafsGX+AtkZJv0/wmelrDvQGRiY98viH7/s9lExIgaY9oZSlIR6/c+rbEcSjBTVHHeKbThXfcgAWwH1YeJ65GK+svyLci3bE40QF6t71eTOkR/U5ZNfi9dxju+0xQ6BXSMjDTuHHTwSxnozJqfgEcojQFMplnXMusPBtrvelJXrOuvwdPlBP+XP3wYqpEsMu6VCbeczDDYmiRNHCZljlWSYY011FLFkDtN5Z00aadRBHNYceBgMjthEgNiLQ2cbtqhebraVrJGdReNDjottK0icvvKJm1t5Z4I5u3SU/MORo7aWLlAP7BIAzySxpri0QAMDkMjEf4eG1kqgTq6WxaKiwrtkr7I+wjAuyMepZG+bFxN9/Vz/rVnSxJbXtrXnEn6hydXQ2mkOGzqyiB4C8/sY+36t7DtEobJTviWca4BltZC20FvZ10d5f51IdwQQtWWstvAFarR80+MIBFJYPhxiYuaedPkclx+pGz08qrws5io0z2x8FTK/hkl45z3wljmu71g12rHH+O5q90/AKecblKcoZ954MTJHa+0tCirc74O3rGiJXicvdElXV7xj1WOuIPU3GKDGNcWdrREOCjxp85zHP42V1DVCDaJuWf03tbCaCIlAaik0Fi7x9JSA2GSNOgEM+WUQ3KDBZPti1GRHONXnf45uTqT3U7vyA1tkUkeuvCLrv+61XU5V3FuGEowv+3grAc022wtJLw6w7nhzDWMjIce023Ymy5+rwSMeyTj/zSQYcnoxGMQJrYYy1SfnspznRW2rMmLG6Fat+qP+/UmuqnqIcYYCTlSnEBjkahEkTzVrtMqKc7/wpDMjTmL1lpWjBxXi9mPaHmf80EhohVI5FJr/Z6W9EjevTXGjglFAd9WuqDCwL+xPzuq/0BcE4xXUTPm1TVjiy8q1MxohjUJZfUXZ47nRxkJ4zhTePRaVCO0lr92IH6sMube8cu//NqIHzIE3tSdwG92LmxABq+qmyjHr4hDPR5T68Un26m1F8JJFHZD42jp8H994Ea7VJEEjk0+iQ3Qy5cVOv+wuu/Hw2Q9tpw75CxKpH3nRd0nPHwXki+KKDOCMYVdivU8Vk2k5dlIB26nTjBJeMBZNoQkuganNrNm4FuilTiFajQYLwMBvC6GyHSNOMCtmxzs+edL8I/hmJGDtAXVA2FWHMMggGnAQ72dcNcADPK2OMucysgyhlNsDWypR9ce8ze7rtmkRE0ZtFJobVL+npoUC/HuuLSKQYMsePOPIVV+jfJfbXL94ZjIfCsWQg44tvAMAF2+UMptSxcu/JeQDtACA2uhsl6xZDLBstOQPq6PuZC6ii5/44/Nsc+NbNIggTqzhwRVYb/ctnudZVIrbRrDMKx2ExV22HEoaWfTTKiNm5cqAmgfUX+tF1a9FDngI5LvvDvcpx9pZxbr9b0JlXWft3lNbZQo3oV2lLpA5qJwL3PYwKarCiqY5qahnWFLP5ZUdr3N8cAbmlGGkkWY9EcIUYgT2khuFE9qfdyPqcSEDwzmSI6ae6Tli3oKb5VlAZyQvnX0aNxlWC+nAKZ8yweuj9otO0hQaDKbUPJcAWYIiWM5no3b3ZcDbIX2Jj4aNfOUisCX9UuE6Os1okvspBSoISy432rERDJh+o8DBefPs3s4H2TNrWpMIfNb2ZOG8hB0Pl2ikFSMuUCGoPrIn8IKONdQAhAjNCdx9eSOrW6giM0NIKNuCwKQZjAXHjbP5alEMQnph9CPK6pKW7jqirIlEjW5sid1piI3Nyt3DoYXvJBnqr9Tc7nKfN6VcqiwYocefE3il94ndmOgor8RHmYVgHOVxpDZXCwWnR6dH0H2xHGn5QBXYWPCYPDcwgBlhU3c4ibV58hZrU27pBpZfy3wu+OWZaWDJtmqea3bWYNV6AdoCR1UJL5g9pSInm8XpEJZG9ZjgAYWJ2JHzVXXVUbnAgGXvqf94syjAcdhuOeQlV7J3UDV3fErqDhwwomRjB6anaOpJtXe29pjmxJcIZ9bxKP+Dvt6EeUM+n+hrNlREmlFe/zGppIkw7/7Rm8tUJMk62DvheCgQxG4ru/ZQFtWWe54CDsBNdIa7r4eMI0UAsA89OdDn2CBKx4X++Wbr4zYt1uz0YpyvW/KnAZ0R9OS1pCfvJpi8vcDsJfehiStBjV7XTpN6ZvQ4zv9Tpi0/4rBUL96oqpJExJUICrDfWWgRwe3xzAd8IC4jexZjdWWBwW3M+M42Nu2bd9MI5vL5CHm6nfF81SP6dWG+MwlOqM7NlZfvvIotGKsQYJJXdXOjT84UPa4u1yi9zfCbDDfzzGA0U1W5j8WZJ2T5xbmXGiiDpLg5DgYl5gFxLTd/a0ZEcWbEdE6WlvSpO+53W8ObQ4ZvIGhlJY7lKW7+4kyNZyjj1j8Y4M9ihe5YWIEnsZk81ubIX/LnXT3VgFkjgjsnM4o5kTr7Blf3vQBwnAYLsnQQf8Ix6+X7/HbV6/jdrlrx4G2N/qEgmafTl3phi7mxd6a7TITjTYvkdP/RBp8+VNp/ushX4+u8hUrBmWR9soAd4JJudc3K0iCSLV5Bod9oa/0ZOgyMdjC8xiepXP34gIDWa/ahIcsJxaMXtnLi8WBU89k4EXeFoJ+NaQTHfc5lxTxF3V9ZX7m7uD+mL5314E7GcBKKob6HssfcSDBg3kxn+mYi0+hDuQ/3vHB3tYyKeh8CffZDWZsAvx4UTmMYcbt5Mdk6YlL14LzcVDrAuAG4r9y6seGWpJxkcSbcxLv9jf6wcuDyHjpw8LLX3tJNaOvyKoGGEa9PAs4qrMp0a8jBE2VrrKHLqhr2dg7x2t2WwbJxtFHCwy/zN7XK41Y7owEkEcrmXbs3cIY1ax5nYYpHqvBfLNe8SCtlg+Wikal5Gtt/l2pAjpjSnUuCJ7+BxDFgUF8h8gMIoTbypFvBm+0ZpurSzM1IxKi5NeYLFY3ZzbYGXW1JZ7cYPNPFhacuojd188RClwTnc6G+f89wMScRxxEKrNW6Y73/loU1z/dDl48pizR+CYS7q/bai9PxGgG9OKRuLu9qhM1hDMwfODMRAzSOea09DaIlD0YiclNtBxEenlVtiKoBar0j5GXE83v63SpGHuZk0QK/shmTZgwTw+tW1CQkUgFf6FQLDUyT9DRVmcE42O8EuZKFa+wOkH3XD1RUkpT13qyfORJoD+ehoOz649UYKc9uN0b7pp05KW5nPrXVVHc5jFxDAGZXnndVqeIdb4jr7do1T4He2jfcvq59TK6VWtFOPjD36FfC23hOQ8/pNGhv/V9YI9D3afMJ93uBn2b/0OoAYro5wkG2eUOFVHhuSBx66RNllwDnecl6AXlJIfC/d3tzDM3U3eeg4/gh5oD5fGqVBMjvvn+ExhzcPO1Q4vwNUOcbh7R3LFuqF2e5cV9Q3Z/FpN8xBkIm8mer7a+FIQ0gnY180vBHanp6JmVK5UpOTHyiNoMJ12EwIUexaS7JZBRiPX84q62Dwmiamr936FXKK12MzLOeSwHMTCxS2E2blW0wFuBvXvv1HfQHdhXVte0NTl1yxW87KwY1TC7iiTiwE9kZsxVGGJZYvvzN2M4SDFY4s0FgGDa2OsBWxPFLmrj92JlDBwGQY0KHoNfWb4YSqsgqV37bzGamLqpuRnVRotZvZzg70k2S1Zg841r9f9BmrwpAGOGE/L0/VUQQkHg6IbH2potUR2/LAMLSCq8ovEdub+eH56dPJGiHS/uzfBkrEkU0g2kdBMcz8ZOczrJBGncGV3qKXzkf4u8luV2QaV9ETobNlSXykgi32jal3pxheC/U3MfFN0FbAbOjXgp7yqFK7AnD/SJHZORkZaa7gWL3cmPm/O4kxmBB6kjHsgpY9MIdvF2PuBeF6eW0dqxTXl771W9OB4y8EQuymGM00dbxmGncQM0iWg1HVEWERG0dyq41Ah56j2xHw0pjJTWem57kj010ggaO+TELtyph3y8sRkBt7M1WWR88Xl1QIwJ1Vrx6zcONZwJpM6w0Q81U2CLNEooV4B5PbA5sIJurzV+HGKGbUlYKXUyVTRh2AFSLVpk27AzCRweN+ilfXUtAXLkZ4ab28ULlUZq2WUUOjw+V6ZiUXYGGyr+Lii2E/D7ZtFNNMIjBZNg8mNRE3VHRm1fGDOl1+OLVYtlGvXWiwOgihIvCnIRmjecxuYo5kEeQ8R5uJWXJYTsrcp47jY4KlK3BM8poVgbsgbRG02ar+xH47S2SQvCHyNXLfSN2rzucVeBYnig27qMcv4LrCn+sYrFKagjw1CdlgGoU/WHxQZY+J+kGs1PV2qHhX3Zi1T8zHpaHHNY447wU/1mb8RPo586BbwFoKWyqJSdPIsk2EOiw3FdTdH6szEi8AkN/kh/ze65Z1I3UDxU99nNswa+Ac2COcZQ1NlO6PRnCtzDVGiRfxLnPWMzs01F3ubayYs3ysY/cKFn4Ett7+Uv715whFVcQQXlART4qb5QihjpCsyBjrcTUwJxOONu147WGSO01N99rcXboa85PWf/KfifcQBk/q7t6ysnlfWYG6dX+FNgC8DOSpObzl6TKhYRlaWe8ZgibcBUb9b4oNEtAxxWxaPdvNtRHYpwHfU7X+QbcNFanl6npK0AFZPN2+KwQNArQFxNDnsJP71DjEj923TblafKB9YaxcqEb33c8gfiDChc8rK312Tb2Da47hdKuAug9IVppsZ1e4s9+QmAXIopIKbCe8zqZoi06NiaGg7tv87jnfVzwhevQH6EP7KRpnhvV22BIsb/p9OzPH9RVSO0Xi76WyS0P1tp1Rp6h6YBY8vD6QpT2fb6W0StSPqIR38+x9ok/0hxyMl8cmVhqbwHA2xZeLVnVYPPIZPDrYTKsV6MEtHfYiRi9lGpS0fYI3BlIiG5ANArUlHrYDa+z4K5FlTDx93XWkS4iIOui43UCNFVyPoFQKbDzRFi8DAkZMQMos0lUKLYyhX/BwYw6RSPq0k2MflMfGvSJ5Y5eGclUIZJ+qh9hHD7cAFfmgcEr6sd35yeNZvv0cqc4ccKzS4mVc9Ju7WoJNuz045beSL+5H9MjXOgnX3co/yLUplOqMUHBJskJ05Ol7B41BtJhyiHB2AOSk0SJzSvN+CBOJtkHaQKZbCTycYted0FlP+Ole85XMuJaLWoOiJR+oFM6vQ0h20MxgYasXGHb5sH9BX9A1eAbis/gkexguJ5GgKwkIwl6O1PNr9/sC2ho4w9y68py2K25lQrpDOdhtlygdjX7a00ZgbuXanbTI9c2OCIFl7S2Vrg0iaAR6NTXfbNtShVNs1Qb4NiAnwpZHpvd9zrpomRUvT06TZKYNeq5WX6lp8QDBZmONs1lBVzeLN8wf+59zibIvoYiKFDy2nBDZSUgUWNc9igRFpdibVFMV3JU1tui/hdTURJpHLJxCzQGduPe9SrOukRlDlXBhslhmzaHqEzlxfnyanOSV2dVpp6my7IJnvvGBClvxYTMGOQAaTdH5KW1qqscejDwvF91SvzpJ1q8dJy4UG0eFvF8zdG6gah93wkv3yGbqb9ENaB+SCdjMwVF1Vbi963blF6WYLRz+ulGQiQZTMXBW/p1DNx5ASclEBOI0dIQqYAAGCPSHMWFb/4C4fOX/q7PJ5coMXoyYzXgZoj9xqx6tBH7H5dawu4k5yQNbJ+IfmMgdF6GpAkM1d93zuEWESxx2UVv8e9rDot3OpGbPDjR69RIQrkVA3MKoiRQcC4dMmWeas3eXocDas6vt05dFS+q4wf+gGlXuIrU1X9uJClb1bQqM4DyHSrYvoe+a6mzYoVIgLVAAyVpim+qWCgMviRqxYo4fwq327cstC0eck//eHzsT5J5c7NFL2jz06hE8S2ic0QH8LEcJC352hm6xTi//vPEcAJXkYtQClIYpl5AE1/AB1QA64akszPFer+54EWCwOSdPqAEb7OnUgq3VShVGJEPT784PP/MEeDaHLNi94dWe6J+KcHND90KQVzq89SN2MPA0g/6FJUF0MsMvgkZShexqm6aUFyTx5odozRrc3ebNwLI4JFDjQPbjN3xhVECrU/U44oni6HTUiOke1SD8dTAdqCStbfQiAgysPzU2WlzbbVRTI5+INi2mmeX0Dutm8wOt+mzpsfBZUkBQXA7vgm5Bw0TkbifeVKx0QYJLAubUauNgZBNC+I6XENf+BF0lK4xTWWkHs438FryZ8k/B3S1v48605wIhMEXxiMKOYMDdKmMk1Mx5OjmcCDweuJ6vs2OF/dnRaa/ZzlhzUokSR1R8CKEzPw4Mw6/CZvWdEIrXC3dRzpEwGlzMRs0uSmWAc0WtE2QmhLFBYj5dFvqg/I0QH8HXbTGnaf83QxMK6KWHao+Pg7RAxw/jwU3N9Mq57dBS4yDtPS65PBx0WsYiwNmM54rL9qCeYV4E062mXkFW81426ulWewRKVsN18k1b/EG+7L3Ko3KTeC19b6f2npcK3MKFAOK6b6MOOga/FJq490DOywG66skXxRqb93xuc89XlLPg7uK4rghSUIdLoHa73dMBqY0zBY6sq1SiGHrlWm2ahpyukhLwI82sr1ErWLea2I1h+5bzNbYteeJqT4kYsEimD7MciCwnhuz3hW3mRd+nF2HHaI6FT8GokhHm7qKRyMEVuKyit1FN51m4R4PX9t3tjsel1DtqO2WO2qIlG3SPyelchZrb2s73tWuYAnRHp0X6QdWXIDy+VSEDLrl2U3OXFD0hNmzDvvj9cDn9LqAAjH+6/rC/YpNoqUIyFBNxy2zUEBpYiKRX0AkZawEAQginjkmKgCuSp+xIFBjjFuXepZ7EX2UYsAcRtXbl1mUonV8gCYwDwBfHraInUJxTOOaMDh365PqS+Ww7AXaIq4RirutzNxc8N2GTUCVisKnLyjbtngH1GuSB3TUnvE6QyM6dwTpTkOjOj0Z2+R47rTgCelGs2A1tFeZAW+v1GuGfgFsB/qnnxSYsmklAE5khqiIPIVLLuvqH/tAmIXaKu8SlIrPyPwwJYNAUykMesBN2h3UF91w9ItPrgOrUNeI5rg4PQR+1PpWBVo6bUFRNLDOlfpLVIJLefwsmM2FoD65w9l+ncGiIt+UzqeRJB3D4nogSLzuqv1l+qzHjGXTOHIlpHc+MIOBeVETjHNY0GLNb863UF7wpfjzw+nzrpTaXJmGjEe+Es8d8KJDeg/UKOJMSjfa8lPKgsQierAF3CJnORFWWcZ8dbvZD42CRE8yFTddxllCPijICsiYcMlPrNdF0eAdm8RSPPeSIbeYf6HvrhAqpvqyZZ+AIbHuT05OvdYEoXguK9sQQaizfC55YF/AusPenpiWJXuMsIrnbmyrddfCOGjnUr3ry1NWoe62vSFMDb3YkeiQ3gxZUTz9E7TKm3kZXTKr+vQbEz7ELeF65fpcIYi+jrdcgPaUQsIN57zugjnGqomCKlBRd8/UjGU3FC3Ezbv0lS3pKjkIULTWj5u8awmymfN7SJWoM+wa4jkXkSGqf8zpCFrJmFv6yL9gDOaJRajtm4bMYM3Q/nlv3exaJphp0k4Ft197waBv7fpe9urQ8uIFC2OS2g9/RAxavi2Uts02p0ds4o7eS5uRv33YZBjMqv9TayVKG8jU7UtGuuczf1Oyv0oSU83E+IGZA+8ZCIRN3zepymQNSHSVRlMf3SLZpsSHBvN9h/jW6rSzlwrTlscCK3bSuow5l81gz88TknUq3d7PzUaSo6M8Hr9WeyBTEnSSaDsdjjL3Oc0mufXLaYHrXP1zmBFS3nsUUsPaZot/Wl6Deagl+2waVLxZE+ANEjmD7t4CWYMvbAFGbypoBpm5PLsJPXbmul4cJv1TIp7j6DNdQp1pHHBG/ygzPy+fPOHGijnxlKsQMuLuGqn1Bd2msH1Ra1HuW46s1qH+ZlkNFjMDzQrBra1D3ZPE3tSwFCit45jNrVzdeig0o18Aayk5gsgx+SNYn5+Tij3cYLzVCtDZ9aEaJ0gm2rglNpogvVXHSzlhP0nmJTGT6Ywa2nPjKQeRI+rOcLg6Ovip2sJ/u1SAzD0Aq0a6cG7symJw56oPl+aItBoeb+DB1xWtO9qpi1SX/Cx5aQJMTUyh0WI3AzUoaavklcHyf5HBzHKTzdLH3Df8FU8JDrGqewCRtc/A26CZphOHRLclsq5FBFDzO03aO8JpEECG7BTOqdKpoMPxVoTpFKmS4ILWfqYiBc657X3WfO5uB127oEnLY5kN63j21/96UmZnGmeF8++Um0jvUqYcDnmq1HTIITxSxendhLa/paHsk8ahrCcII1ZGyrKYjI3CNJprjNILzwBTPdptNvMNqqW1Wf+2EmHqto7YE2LveD877VMFv3bMNiAys1I7W6f1WG7xxfpH7BSPl0s7c8UsIvmRofXCpZoUp800cD195tI34GgqC/bbn1Sty8ZUvUcbQ0lK8z2YybusmGljkA5a2Amg3Bw8IMRHQfrrIZ0XPvulfnOpXaxMP9A5YHQW9wk5o2d8DKuj62F/AFFla/s9OKb2itDsn968WyNVOEIpAn+wFgwc4LpDIWGBx32T3UkrGGwJBirnEBzrjI5rAskNPSs7cIyScrE2b67WJEj2yRHHEnFWs3UWOk50tkBVHgPY6vL5CJvUhFSaG0AmdeXmzEw/vx58EuseeRMrHNQfDeaRXBA0cxhHzOrOw00jakII3oz7MgSRXSlJMJexnwK6zHjZP4DyTwK1HR11mF5768EIzeTBwiUj/FWFWefnLvPUfD4Ef45n1khgDNq2XKPTUMwqVE0LK42BbAaGZbFDo1wP8TrUvef6MYc/PbTxCXf2depo9FqaZDCYO91oLDhYCO8lCp1hJxfXfDIlp/0M4AXy6mHRsh0rh+p5O20LbTgrHdzlGxp5Ow52ZBfBGIrr1r5vZpCDf+UEYEsyBnJqCwedbm0tW+1MseaB1IEH+gqTNRP5WCigXy/kOf1cn7h5wkEL786Yng54mwQVRWXJZoo29pWbYQkB+x1IClqzFUI/hFKht0QPFwbLt7Lbhiq4VuoGNPpJbZN1qQ6PqWxJNP+f17wWCZIMN2rdpuzYJmo4ib78ENYIMTMU0nKP2GmrNjnxsW5hMzy2x1GeSwwIHAJc0WNKdGvt4UtK8jWbqO9Sr3IaQv+SbvR2ZShWTWMY/bxSQ9ECL9uxVmQ5IIxHG559RrPbi1e7G1Fk26RCnQpznumDrjbIrE85PDLrcKVpVvnkzDQlgW49MwwpE3qN/Gf3LNYYPXfAeJBIJrG2/pBfPw5vVZdibuwcP3AX/TJ65TyO8TOaRjKQ6p6Wx7NvkyOHAptGpv5DADNq6c8TWKBXXHqsouKiKF4yHWECL2lcq7uQiRIn1CTdUrspasgm7VhW/5Ca1B+GhjbnzK4hq1IgkGVqgh/X3cKdzP/sPnUgEKNqPzh4EJW1FEkEJL0eGu+R/6vTjkdFVAb7LoXmNk3kiFbfcnJfD+jfybS1bAh2MizlK4y2WCwtPaGohyxiaZKBvSz4BjMvhcVewutVFs4gMiTNgRV77mP5XaEXTYOphVEdUU4MX5cAVv2wgEoAPs3jJvplXOej/uDWSv+R9WcMr+QRyYrlL6+0vI8LvJX+8bDuBhdTTifOgjUoFnGrCOdY0Logxv+5FMXOYzT/ULsHj48yTDyFYjA/TNb8MByFlnrkFWGYX7p3vXhXihzDeYYgDscRCKBbfvNjjEyL57pDmYNqVyOA2MVD93+Tzb9oPcszp/Ggb3AjCLQnl6gVhX/s2lSEIitGWlu4sUPDQjL3OngEC6ia1w4pGMn2zBnokSW5AiLosz/C3bku0bOAedq4Q6tx+nxVuq3icOJv+Jy+eF05itYpczLN27v34PW0dGC9O1oo6FTKwpF/1MWlUv3Sej+A78uNw5aVvg18kqXSmqQdpk7mz9mbF3bvORZ1XKSEbYQvX4zhkqdMOAPK4PfnCHctwCS4tqjxwxzTD4teRQ0xU2SuCEF9sE2BxjQS3//plsSwMQ2r9tZuKIHo6PXEpl2tBCz7WC3l3vXVZP99RTqubYmUveKyx8EflGOxpf1XqNh6SsrQRAgzH9MPgb40W6CN94QA3MZchzeBekAXRxGHJ6xKt92EXpw8lIOU2wm8/N0uHflcgTn1wN2jS1H5wFxBYyFMQGk5wS01MwWfB5oTDqIZWhgpoOVSle8VNVB2M2tqsJmYrPj6FKMwPNoeluWCXSY7OqD3YYV9nhpw9jOt/npvxofuuw0phxJlVSEkwx+K1IGpNy2Q4+gOvjp1+ktyb109ZEOBxLPWsLU9eP2SaqN2eBTtcl2d6hXTPJtYUwhCcaafELM2l31xsJx2zsl7MYpD4X8ue0tlwmGm6EBSFrCyl+xEsRnVtkrIpyelKtZPvQtjj7IhE//ACW73eeShv3b0fgcKu0soj2gPa3+4VYiVQGYB/a5m1IvG9HJ18zDso5++AqCNVodi0bURQzD97QqybjOv9FGX/n+E+pbYbtFEamWsUqBHDNZ5vR5G7KKRpGsgex9gUyGxmX8ubMpFbNSy4QOzfroGR8/yow/9PdTuxiIOD9CUMsV9M6o8mwxWjZFmxDJJC4O957KULPP4wA/ovoMNT+iBlcNZEEBwbrhvEvaZbM60tJ3pkK5kaEiNG7i1Ayt2zHEsP4ir439T4SVrqKirlBUAqzDaY0gDTDYG+CgBkJKUBayFSdgvDZ88ONpCReLtvsaBLc2JHSaFgXqVCPQ4KJyfoXU9CjgTL5jngMkbCj+dfKV8KS8HZEiXhgWGUzwA/JGoeimF/x5Zmx+XQHT2Xd9V2qex/XNGTqnD6A3g5bIYPQg8C9LdsaSyU9T2iw0EnJKCsJFjAhdVWTbtqtlSEmYShj8Eqtrpi9mz4r6Mr5yzJoub5cirJPcJuuYzM+Ax6odkf/tr+KvCSP2WomteIOX6PHI0w4dIKkbUDul1htzeRGhRcGvih2bpKY3Bi8Cj5xq/5nx3lDNrBTvsLH+WtgPnSGJ8FBhEInPpvEFTQ+zF/YIkAsxGRoQfYAZkfBoh3WOISWTGP7EA8JURlt2DpasrvkoEM42aYyrI89/Qh6IRo1Y79nR4rU0rl/fGHG/MvrDavK3uWwQFCitw6/vqbEYD2nxz+84ePvE8O6DZ78BYws/QG/ZKLjM1M6SqL3tpD0eXgRX2ceHR/oBNKYF3ueAvVbmw/u8rkMgim/p3wA3rka0tr/KzQsfkCP36DlNf1/wlwKDximDYsWiFffpMnIFfmxKDPhw07dtqiVW0BjXQfp+95Cd/hyU9t0ngVYtT9KOWeSqkVFVXZX2GmIEmKMPhfQKDfiDPt1zgBoEZ91smk+2vyZ/5HY/8Zx30Nvxht3NG+CzGrAJk8QwuNEBCZ+GUo9lYe534mRaEv4fg7q0iejCbl/ldckpX8tzOu1EDd3ra83szY3VSKPveQpke4jqq+uj1euYcqkrcZrrGrCEERK1LtPqpGIAoSuXSww4Lc5n4leSRCqu/TJ2FvDkvZ3lSCc5hs1qU1GgXs5a3DCLkCNhOo24hDA+1sOKbMG/zCskm7wMYJ+aWW6jIuM/K666gBo72o9LsFbOfS0N+WTu0ZxPBth20rNSMOEp0lYX1ym8wzLPL6zP0AUjHSyj3d4NNwWklwozCsjPLaf9fw/ClNahNj8zKQj6obadIObsIjpw/VMskWV8+f/0oRcanaMdqMaX1Lg9A2pIedsIL6Cu/UhbGNQ1gjrGqf/g1dY2MJLwKx93SWJ3Ane54nPBs4+fGXiPsFTeiESx7FIjoLXzqf6bu6da35mcAzNMArAaO50aElex6fF2L3sPtBx30RWpj+iQbPBCc3Rd9VmRyH+8dfZgIp4GLpsck0mNBLJwMnlAFoksQwOXYma7jsGGKi/tFZZ+CaTtX9UNVBiU0nJT1mwB0z5RuhQX8y/wsjIpRU0Y0fIwV2VJYH4xUemY3+lfe8huqfq7yMh9sujfoXxjnZ+Ja+ibT7AhnV+Uhv2b79eVSVv845T1KTSUPWYbrQUzCSnMN53Z2UysWpgaymiJgiv/Tim0aVQR6je2uLot0p/ZAkkz6d0xbfUp2I/De3Ji457lHvZsx+MVw0Z+BtlwJVqQyvLfxJKWZswZB3hU4AfDBDmuQdkzNEN639v9RlBC75KAI7/pcW7RORfm65jnc2YgfZFYnMHc9+OCoM601IErkK8x8rlLOJWSaKtMO71AoHlXrQk5OMTibxAnrroKEIVrILBB1BTdzR4rKgPi/Kqrvrt4VUdDM728/6yxOyA4fl5PazvneoMGyrsV7fjGvrPMJ5qiJ2v/e9aqabj8fgh0XaKNU7ZDVLEbsP2Np1Cw0H7J2jnlmHQRwgaE08yqJv4y2vS5H1Oz9p3iuuhE6obntc8g1pqfF/3bl5sFFvA6htTvLcb3zhjgUGpozsPDbhjG3OZXLAVcuVvPuLPdmcWP+FHWDhqjJS+svqeUhGO71KIG4+jvmZzDoP3Flmg4/jMvcfBHeOUbvX81GaMa8Dnfh3aMA3mhGfl7Q5uVk8QNl53ZA15sshliA1oe9jQpe3Jea4sFgjB1hBrLetR+jsXztB65ZfZJ/1l7dx/ZVcTqAfRb1aGoErcsjiLAmsBt0O4M7pjem4D8aA8ZiMik43iK/3e+OQ+GJTuNOP6lbJUSMdXaxGC+P2VRdFaBvOoSKKVibfLRSsJKcfo+AWSI3zzS60IWpnQ3QkVsKDjqSNti/EAAHhUE/tFA3/149KOMxTTno1CY7tLnprWrd1DdRx5s2PzrVyN+MTvSk7p5Rrfsm22k0sJ28cVlaa/BvZj20awzhMWVHkbc2fazRErx3FEme1z2LNcdEfHnebas0vrXg19h/XDzz+NFskax2E0MGFO1sjdNz+iPG+ZsChV4F9hgQalv5lx4i0E3g7t35DvDcwD9ESh6yLCXKS9gdXz6jOYk92ill6RdINGvO8W+boba2vgzszm+PNTn/Fa8eTuH4x35p5kZBvFurXRMGzs6/JcFV2VwYfNjaMSnsJQQ40r35D9kgqC6cGi7mxqtSuIDyJqF1+YcVpHeQR1Z31vauoKBmBaUcWTq02TFmP7AylAoZ/2sYYeFUeXucSTDzmQN3HBCmjrakoLewCF3DB8jUA7JR/FPFuG6tY/ySOAGcVNdR0Z4ug8RNvdA4AAcEIvvQgwhxvcWVbGkws4PnENR1CmvMKyyHUkW/7/lSHV4Y0h94AvUa1qncQ0gwj5a6AMiGRyu9mExplvq62b4g0bgmZ+sxZA3RJoDBkshC3vqzdzXjDZluduShekNPmBNLaqhEiA7bm6Fmy6Evie5BhRM/8TEgf2squly98KJAiV7fuMPRaDNDEEHbEMJn+C5KSfzvd+ocjprg9keK0IX8HbDhfpRm02kw20zFZd3s3QFC98v7vl6VSwXe/v1E/2Ja8XJtjOX+o4kEqOoyeXmUSYKydYUJ2hAamZp7vFxLfArH6cbjwc0q9lYBM++hstkeES82j+gNN9jRg88ltAnALEmh7qvSH2flcGjeF4yCBG8eN2IS69alSYmhQEF5nghmB1HKx8iNalOVRQhIhhGIzIfXsiG1DdJM1xcLEwIjjJtojx0QBb0BP3KgEZZAH/L/uMpTR6ZZVuHVlEQCfXBMKoKs/abJQ1a+dqY4X0MHOCNtawPMF99nv8M0kHY/1hdALAfu2/YZpvFoxEGWVv2UvubHNpPAXQxQW1hhALIfbtiT2P5eztHmAD7yeF7W0ZWlbat8RagvpWNJ+p4Yzgz80sLd7BQo0NpLdkngiSmUHetj3sTi8pJC3+MMDGGFIcTS6nc3NcI87tw7bq+82J6jD0Cbn1VCAffWokYm3fUqzxBanOAQ60utn+i+JxDtzsIqpqji7s5a2OWiKb1b9NZ0xsYdhAtDuCgYWHDJ2MRvm5Deu9tI5+ilp/z4HeaM/aizB3S6+/UR4qEUjd2COXzpg0eWxlRLrcPR7iIMgjdENcuvn/nrjgP7IBhW2oQJDYdVXHXVw103P6CaaV8EPg3gEATd91CtJ+NcrsIGmuZLBB0tperX9Pj1N/3niJt9y81gKyw3+QmtTjSfzx7ndxkv5wjIAxiSrdQcsH8L/1V9e5sI4SyyXGagYGyBgS/Ma/WET8dcHNjI9ngOqtrThQKmjXo6Ri1lt9KQGprjIQiv2gajtYQ5zRINmZpiE33m9PQT8UzawCc0bWRlFqQSyeDQ2fp2BDcHtwepZWxY2Msk8Aat4RgEsNg6CFtwc9bZnmMFfULeCMNOGpHcEGav8alrHUV62+BTcbI+RO5/brHGV19Z8VnzlVA8qdzNgOK9NHw/XHApqvrO2uPMIx8kg9nU2Uzfj8UPdmrn88S1VmOwT/sOALiDhpAKrfc5YETSTjxMeZCotH7Oso9YDw5lSX87f5H4IbSoMKsATSgMZcOh9JZk+0so8A8qYP3+8M4TEYAxRYekE744gIlHjJoDKgyiXxxvqyydZZVngMx02r/np25aKQL4SfLJaX2i2XBqRjl+0YB5SeFZ8yw02T5zVH+yXAVMVFXWHGcXOu70nHcyfz33MxOPCww08+oj1kmSA4M+yOzYSdN7OJParSLNsbz7R0BU8iAWE7jiYDD+gzkHiXY5TBJW6Fo3wpMavlSPI7dmCa8sl+T0acaOzLQl4yOg02YSGeZiS1pv734C56ZsdW7zrMou4LcnGbg9J8CIFeoC1cgm4yYW7cb9WM1s1wm+HtRdLyxbp1nQbvRItT6ZpTzQrShBVpZQMnSRuGegGRFAmgW72u9WkzQvKSqWLTJvMyngjAfxTjoneXWMdm51RjgEk2kfhu9QqoqQ49I9fjScA46Xh18Uy3/So+EBf0aH6MPZsVLjLrMJoGSvw5Mf5HDP49gm7YxIEsJCkfLN4ckPEftz91+YFVA6GGDDYEe3NVuizsm/2d71xxvFLooNSp/Je1cvrlv/OhRY2FIFDBZVpfPo3eFzgjXuxePcWrxJnhFI5j8+ZV7RFPPxTM9HR7HKecw3hg5cFsCUnHOuJOZFfSUug21TCrdQ9e7CaUVtGUez4L8c0Rq0e9fKTbGjZowHxCAcZLYt4/klhhQL+rQtfonJ3rIfA91ABH+98hkcIbX2Ki3d0ZKqo0m/gjYSDgTojnkfR9vYokTqpZfwNeTtwM9t3DBF0JbLKEenJnnS+ZmQKe4KyODNVFde6KjXLUkucptBQTe/GNxKv+8YHT3dCsNJvi7F0KkD5h/T5HpfsrSrFwSpMjdlR//zFMMdkachnhoXc1Br7wwYUtB6EumqwjGZdw1FrJr5LfJryB5qrBsM5iV3plKgkPfgr8sBtwEI5dO/PWcB+L5az5547QKL56h3I25fhR6zTJuhRi7/WDsuD/pEVMJTqoRjzi74hZgOguiWShk6lCRF2WgOF66DVnD1oX+fCDeBMqvRx8Bxom7s+CGuANYb+seObdehyIZffRfUXUcn2c+MIZukt8SZCI1WeWcc7uM+mok/OrtWTYS4rPE2A3rV6CnJK4jIFE4qwN4WbboLn1lHD6+wu0R3CiKut8q2RcPfj7IJhwD04t0gvcWz+8mX/FtYm/sCkpWTckayOYxRKMxZ9I3xPj0N+dmPz24uFl9Qtxq5413M/SQpdpvVKtfiGsXmVgieypxBYehY8D8m2tYMHuJVUdSec3LcpgZUxnqxktHT0Au7GlORMToOJ8wiSoRt6RbZ6xOajOe7zVnaCozZGYo/ZCCN1Nmq3kYXRpx5ct9yDFhoPwKfBJzQrsMwpORjEbbahsywAlq0epYLqrmmRCbeTCRJS859K/Jk5REqODKdmj4HABQawNE/H1VnNoSZdJZdhevI38ZQZpvjND90cJ1Bcx48ltK39zey9EtAbTS4hyLy/kFPi0kk9XdWGJSdSL1Vq73GAKF4HmPr6/r6TqbPLjVJAhiIbvXebSh+S93Opz0Qcle171tg8N0et8wc2ICXLqW9LBxlwjIItlueZ5rSyUnavFnX51HnLb79vRlJTnEj1VTq2qC3d5sxEFOeKeqp8+zKizPwKKueZDo1RG0lfPR3mCKZFfPVKNIET7BFNVpt0zv35KtzkqR9zWgptQwxuc4PwLKMLfW4j5HqlsAvKo9MOCeWpMrhtVN/cwTpROH998vpFqPSJr0wG39ztvIODaF0FSuQ+nqDvXfURqKMvieV9LJIyQAghhR14kexedXxJrRxW3N0lEVq9Kl2i/2qPYwjInkVWKrXTs2GBJ99rY8//tlSjE/ZD7cleR0Kppu1IafB2Wf5xPYdnqrRlnGtRnsVc4TR9Mgh+zaB+3UUYe00MI3IzJy/dyktcPzj+HLwAuTjVLtQNIOpDEFv6anK96OP8lUfoAg0FOhh4rnuhfBREZiMUQlmavI80QgjLh4qyzNQV8yaJe+DMZB1waWSORycYfPCIiGa7EtnFViQaF9FyH4U+5Oh41isa/Ao7PpjKSYWOxr9c5zHf/p8BMS6OwKXiNCzRIVD/Kgmxd/Tj0ndnfitlrpwqKxIDU0uMChYlZfoVhlk8liwtRbODeTans/uFouoWlAMma8qc9C5LK4z/+jUkSx403PDOQvErycai0QP7bMEGFZsju7gIZLwWwcIYQXkJqk5GZDGqPPt8YCweI6VJDWA0orzZVFX6OmPjc+JVCLq2Ol1vleA9KS+7mxa9Qd1ZWHS7+cu+HgiO7szYH57KZaek62s46sMoscHSfvvH5ei7UusSewgaBBE1Hss0bjLTvhuWclgQzKMtO6K3eosfRZRd8HlGFH3zKvl6BxFVlUQD9RT+1XzvMotkQrzehESzlg5efsf2iWbt90bWSjTIn0VQiVBPrVRZ9rkEixqBq+AslN6gKuyrKmj3sOZzYdOt2MIMjE3bfeanGkWVomFLxxwaG4QYnsldeg69T2199UOIG1t7HMpAxw4khnGrXEzZ8RZJzy/pAHwAdfanGJb8jscfn6UpmArkseZNayrHcVwDWxF1N9S9aDyppBQz7zlHpy4Yaq0RIFhhT/ZsRGAF/0+KJkoj3PbpiKoGOXYca/1moGcY7HSAiUfkaOh4Y7pEEARM60l3RiX1ndmZwaSJu7sPpjBxSypvDtRtyzyBONxif6w97xTZeE1qmCHEKq3QfXqRUNPEp6fcmBP1HtMGF/JzPGF8lw93OicZNOlCTdF/WXslg/8MT+tAzw1218/OcbNPm/sV9DfXdBxaM+Afs8YIRa+iLc2LQe6CU9/4kAhi6U4Kh+khLzJPyRX80MT1KGKU/9C2J5pELw/GInhvfVCyyuO1YoiCFW0PQK39x0nZZDoN9IIuxtFnR/BPoLxJnaSy89bDEZh2v2JcnkZY31YFb7XbyI7f2VWX1dJdRVPHSeaxVBNs5aAOJp2iMVnIZHkiOBmOwc2RwmoP721N1AAeuf0iBfh4qC6SHcaLJe1SPjven1ZVNnHEc3sfu2OoBsLwkRVEd1mPtWt7g9Pfj3TYnJrQ2NjQEQ3uapsQyFAxOhDcIA2Rtp5TjVLGn5y+jMXRAxhDDOWNdMYAkgTCR/XRgThWweDhL0h/zvfYLCsAFas+gpIY2StoDgAbPGR7gNGg3fs7rwoNJS6jEMo7886kGpja+1O24thdqmp9pl0I7Vo58jYnSHda4bNfN4NKqtV5IbDAHoOVi1NHEB7xG3Q0+snm99bza/5kdRWr2P4i8padXl+GodCSEZxlrfgPSiNJY3W0LFZ3HgExD0pPmJykHwmHfhtC/OM1zDKVF0asw3jgGFrcr8Uqmu/m9DZ56/U9EDsHGiapTV5Q5DTcgHkWwhynBQkDaPSPTEVLcDCtLWLak7jG3ArMNSShxrUqQsTTIj0j87bWSTS+NXlfbp1NdAEURfLeWyOdhCS8NCjYOAzv0b5S9OjJ76sMFE7nFpHD8R+RGqXFSIOAQH8sKfdt4jvlsDKoD9ZDhfSwUYn6q3b5cVKeNg73tJvXnkmVWQXL2nEX6mu2fpjHJ8UZ4k12vY9hdUhTI9qoJN5TBhNG9MRjt7Yp+1mVLLtdsa7ho2dZm4cjRY/tRGZ0Odo4km8jzUthevSRPOhEQAbbi8ttT89vUeJZGLs1EM+Ui/AjAEUXvSX91gZugGdLT6tMnBZDCOHnKK7j1cPazOIowmC5cyXv4dIbZb2TSmKSaa5wRhzF4orEv45J5Q/xoqZIoGzpNfko7ErObfLFzBZF0HfOIezuYu36hjv1PQdrEFLx+H1padNbDmPtSnSXcmf5m6Wl+CexvHsptL/m3hzozESkRQkzPHgHDvcYJNzJRxM9C/MaqGC4JDOWiHtC9US7xh0HGLFwY0KppQVUsv89Ggc2tJzLAG4VMawzyU31SjviyW0nzMH50iDZ6zbz10Y03x1WN6pDtiPMnm02hvMu08iKoGzWU4WaFVAz0jrGlxrf8qFZfMdDzQIYEANj0US/Uy6V7PLlSAPnyCLWlv22v2AhWsQUrAP9FSohEw9o/MlloTDHraRQdPfJPX304YyOjmzr2N7p7b4C+9zxOvKu409Q5BpziMGxMb9LHrVHNNMrSXENcyms6deSbR3G3ahMtazp++aeZ7WhH74fbkBDhv0tj4eEYm4IqxCxE9jIcU5Ya99UT5s5hSb44Hwaxtp641zMRWITu/DgriHDCTCUQv65jgrtAw4P79R53qSZjL3q7MTIgB0ZIEsmbvS0IweQrfdQZpcI/pPlbTx1Cc//ianCitmPEnjeSvtherApFrfhJt3P9Ak7ijip7xgeDSP8KZQEf55d1sSE/n7Pgqp1c8btldbsxLpc/HYowlKBxIVhO5tUr/wtxWgwHeMsKy8ndjk9Rh5i2bE21y/HOyUTccoRdGwoXnZO12HPY3lgy0X+CpX+vHMdiMiyyEUthcE10mhNdzpnebwidHrhYCdLWkWuMRSUsLz8YyxkIFAEQfmPrecVEuC7/SAKDZyxHETDv5zygvTC8ep3H09IDvtFQWDE3PaUE0eTMAQ3ccrHXZQAkPGDJbFc9DD6ixo8T92peA7AQYIqImaf+GrKjTTdWRJy2xrXOq5zRSbccAoxqHTXHtTpmNoDskEvhz10OlSTzEb8iK24zjH9wutL1EmETref1LYgLyyIzQUXZTXic2TcvCTgeiRK/OViWAu7LyMjYnH7umH7hRrA+wOlU11SjmcUwXT+5cg8KeM2u+dOtwPUrGyu3wahfongIYV3h52XSzP9tsLCxo+N1I1mozgj/JjUy47zj5xtfz268p6Ft7KLDcTQFAP4z/Jsp24ftgzgwG6UtD410T2FL2XEX3apeyKE2UADRp/q+rQORY19fjVAtk0BftqNqxTIP+/zGxgT85aonMsoxjyDBfrwfqUVd2xeQs/HduBf1Pgw8QzTnjn/gzOPeav1xj9UeRTCmPKhl3r22FfBpNg9AEPEL5CIo2Ubv0j2Nr6jUhO56ynxtpZx+i48Ex90PrvYE+AWjxRKnIX1xbNGKD8ipHKNebPJgI0sUCCAcuOOiQl7r5BiWMDFQwm9X7+iQQFEAbMSDWc+zyL5EzsEcJm4D7S8F8evm/PB+9qMuY6X/j0kOdIS0rfoDrjJDlF8wtcKJAufIiXtZr/W2P7V0290F0rUeRU/8RKEq4QohBM6QlsYhoV+yzpeP0sTTV9nUXtMbgmCEJO358UwZ5iiT2xsxTD5nCBeixSgC9M7cKdBLtg42aIzuwQGQ5JJuTKpc40PFF4Qcgqspjt+n29ocvLTMyVelGGcBpnglVmRJcjW/RHE2BHSwwkiANa0g2e9zBh+pvoGtLA222S8E7HygfVek67cq8B3tnTS6FHUkDNR1wHCkPN/k5PWPcsL6z1wjaEUOV1G2U5g2e4iLeLUlvj3QsOLXZUwgWqcX3l26DlaI1dGLt9rXtNv2wYwdRobnjbI6oWGezIzr+UvdexGiiOvPRMxVu1QRSYNTgbHO7YBTFxLnlmkI6jYpwTDnl2VxxAbnXu9DbGYnecxq9QM0WETzPLTNIzssAp9smA10JR0Q9BOW5aFvnpjxn+QrCaCu2FdSb8btMxFZ2jbsNqr9V+ajL4A0VKLW4QTXp+uDhdxiTft4b3nkUA/VQm99ADGNvA2uEJEx/HLk8XwaVu7mEsLw0WJrVasvSc3upOzgMIrd1JjhXq9hUAkI9iJYfeCXVNN4itFRVSuVbFFVSklg7mQsFmeEyoHs1h6gpG2ppgStzbgUPaFQ7rBEWdQrAjj5tUfz6jnhMTNvdIsKKMZAvczBxf21elllM7GxdGQJJos/iaPQg/V3TyJ14k+QguBL4psS3vvzY7zZNYaiohOmjmkSEJI8qfdMQ5lqLNnzulPOWeNswMIyw0eihUI0G8l5dlszR3RY6rNGTlgaDUG1oZCPuGAhbZpsK8JoQ+zxhUJkdw3QHK/7Uv47YfFQN98gs0cyglN4RdngHyalk4AtaR4NP79jcUzBmQDwh2DPrEjGFk2b3x/6IEs/68aznNQnjHiOXasSDndgJo6GQ/pP8NAz8+MlnWiaG9dsDWAH+APIIsdYK0Y/N34Qj36ZStcugs+XEdok482LJXK9fo53Q4oWw4ecbNVZSFujuzvMsZjRJ/Oqibmh9MeDQXRlPdMwOp0rjK6Up868NiLmbtIINd5Qamv3KXxsrC4PM1iD+G9vcmopcSkLW3Ho+7QfcyWXkIq9GYizEiNTK/ygR8jjI5RTP5EpJDMBaKKAxj1/5oMYnhzFzzm+hg/ANGXmE3RjZm4dVcPsOQ6+wAlMDmWzy+/Mtx+yR+XPZI0oW+T8e8bWkrjVUEf8mCQ2sOjRqbR/T9XGXwDJdnFSwhuo6QMt2S0M2jzmKLjUEyi/d0zSA/ddhhMU1DTmDBIArorJ3WRK67tDkjU0oqnqRWaGVBc4mVHFA/8iGp3Vvx9AZslBHCHYlfMqS5xgd1b1nGsVSigigkqM9veODzUiYy7cCwq6QcMuyoVWni8YL+0Hs3dMsCPM8Pg4LRleRtxyXJDYa3GOJPIvEyTIbUsk+81M6x4jAJMfvW9q4CLt3kQj9Ax1uM/tEvWi6ehj5ucS0MaRMYDSFd6tGgpuNzJjTsfYlSutQkkdYahWMLWXqXCycWK7D2wN0anyxRtswJzwh/orV4nmmJH5cm75n03Z/PQ3yXx8HlHoCUE5evBFacqGU2PLtMjUMCotv3YsH3fMAPqQVVtj2VHW5jw/S7esDQNIRt5WLU07Q0LtjHWo3+oLzctzm6TKgU1kzzQJrxct128V8GcRoKbncKJub4WqzOIWFNLVjuinaOJATr6FOQejqFE8QhOhcgbLBEhdJNcZPs5a96ia3SKiS5nO1dyiIGEwT6twDg99w6WVJHMnNv+y0wwcnkcbMPPLKeb1nkJUA7IZgoRa4ccMoXrGjh3jcLVCZl8cacfPo1rnQUgdicvyp5zevoYkmLdj7j81l9jSFHChma2XT6GeKr5hCSXpQBhZ4ANMXBFDT7JCq39d1SMP6yUNyFL1agfjBjFnjwWm7ddCara8+UiE/38emO9ISU0ySVk/9jpITwLImPHZZ5Ur3OBEPYehDPIh1NwzQIvlqN6HVMu6cXip96mpKG6enj00wuFJQAJIHz/uV/B1OnamMt+m3SVFYEy5Fud0XfVVok4b+hl0o9L9CiPBmPDPhyLATJodvJI8wKrWv34+XRlgbWk9Egpz7RrdavQ6OT7Em4mUSiMF9J3lqCky3fX2HwiqpDv4xAr0EV6BHQd5O+Gbq8CfvIpengpKUfpoOdeFydfv8ysfEjkCFdqEbcGX5FgIzhwC0XKK3EyieUVp4YffY8tNu2quWkcbnfgPaeJPxLhOzKCEb9vJSPEZusscqFZfOW9Y50elHnEWMObnjBvWQQ3wV3GbA5HRhPWmNcqc0J3EsA+LX72LKuodmugDlLoStZ15R+wK6ARH0wdB9TlSC8KuJCBzzQw/yd/nNnRZQfi5ke/pPuanMtPIExPnbklrEmSC9TK4d+AXnH7dZQVwq/dD4XMXiTlUNq0W9v30HCqQgDnJWtN6Vbd/uU5E/UZPvV1zcrnHWYadoJ3ExpkhCikyx3VXtLwUzJCgQUFfvJVUpfiyFAR7NKK2F33bmC+bW3qdfnomZ0IkthinHFnno60pgGtVcfS/jA0quenrXuOVEuE+0l74L2WNTEa72tX7SDvi1Ovx3U3vzFtOIx8SU/Lk6tVz7a8mWyQBkAmru9xqvIxLoYBFlUzuuDgWPPVIcn4tY2mq3ORvsML1arFabQgyM0k3RZ2yXnzo1WJXhRXhd5jiaD5J3w15b/OiQiyJCZNLjkcZdkJuLSAYwqjexKIHJeXiDjCKHn996tuhOe8eSmACvHlQeIuMvxxjp+G9FC2BWnQJfSzjmycWb84bsh/sJ4J64Cvhgn12z9LKKX8spMYQAgDWV77O8qFLV74nUafVMVcXMKcuvaTjhEc9SM4xul7FuSIZOZr9R5lXaofy/C2X/AIT2gLG9xgbbrwj2627f+wH2mbBOjVl64ZiR/cvyAsr03ejNA8CLlVB+0pGWo0qyYqWDo4Rq8+10Jerpz3hf82Gq2uw6kyijTcn1QepyPMRCXWm6h2BZ0wcmX6qPk6S1eXGHsXJvCvomfp5lqJ3di+K0yIQOYZzlx92Oujl+x64Bj2WgKMLrHbJXNv/UARojOoKpkwrQ/imK7qZF0D+oHFy9U92pCHjZYwC3Yx0+knmxhFuuuDm/ndWp63wH6QIqatuBBwoCubIuf+dW9Qh1iBUtLCR37YH/KQcQ9/whqAW1DwwwHR4CZvUND8iaVwcGiGaU5xx7Ph7iHxajVJgnCCH7B/yQ2DLZuhThIn70GbUBrFmnjJ+fPJCHx+DVtOrFoOQg3W2rNu3kBNXInwvIyDF9djQB7XEOmXjCJyh8Umq4dW6wgoUAuw4+v7FMuCaVMgykSmor+MGB6N0U8cJ2Q+EOv+OES79jGGaREzpv455lCboJJuscCug9xUoOm1VlgwMFHCTJoMuISwfF0Z7XIv4KpN2Esx0B4M8pQuZX+CI1qvvVv2lrtq5MU0m8CWrOG9w0a9q0P034byFeBAg3x11GgdPcuLpBtkAzedcpkOgFoAPqpstN0v3l93R2yPpBkBS+FULyHRcwFZrVUgCQFgpQROFYF9McKFxqIWROnv0jIwXr7o99OtxdDyR/0rU43vbP1T7R3mkYKBBt0RrA6lu9aqMP0S6MTUc67A7PG5IA8+tgBfmaE3mteDDcb5ndUlrCCHcQqJTj4MajIQHBv4KsTWy+Qy5jMh0wnOohdJIImoTLdEJ6OHRUMW+HMM1SusSlX4sb+fCi9rVvRA44x+K2W4tF1y6Vy3uSmlEuRXS6QZ7nq5rKfzIveYo7jl2Dx/kp2eBWN9y9jZJt/KdKTqZVnQFB7Pebx/F/95TeYhh16KCYLnXSyxxNV1+oNDAtCd/gih2v/CtXLXl82mEoquSzbAcUHuJDZkUgIpaHJxkA85AU2fqtcU25kJTeXx6kzhuamMKr3RJSNUrfiMVMFL7J3Vc0R/bGUXMhLrRCq7Eefhz9Z+GRHAM9oHnMaXCh8oarUA4A0ePwhtcex3IK/sYGWxX3RYfHO4WPcDkLIiVGq2wUY/8cbnu7dbioi4qsCnqbAd3mk+58vyjfpQteBicqsnjysmCyZJ2rChRONJX3h7ROE+05QYzqef9uBMq6v/jfUn2J47aelIRajSekrskRm96tMq5mjnboQkGJpzKYEbr669IUpUqMjkKWVW6yT0qZG6ETeHgvozxoGi+8pxK5XRVvwMRwlF1G8Qlvdp1GhotvyO4syFhsLg1PfWRSu7f7rDM2PLTaiJlomYWUXmlTbaga8HLaeE+5+fq2HsiwX3j50qvn/UkyX1x9aWll7+/+4dI3yL+AbZlEy0f6isN8Sd4XayxDDk0UGAI8E2t/QDWlmcVaRRV7nKNXjS9j5xl05DTqU/WuwGXVzzuFFfHPuhpWRGYE9+P//QD8M68lpJUGF4HpM1yMjBnAS1Div5WRKNV13LBOVeaPsWuqnMDGuovtClFp7tuhn/MxE1/vDrSYQBebGWTm5SadeHX+roFOnfPlUAE/SdRc7Ucmw0MkSJ7VQ6xhjjqWH4TS1JAaX8ADEOrqpWOVIYStyM2Pf2X5GD+oMtDlyDQ5tskzz/LzDYldf7Rnl1S0wzeg9/ovJzyFrYg9dv4Q4+M+xqujRqTKCZs8PLTr8duRNBB3xPSsN7l56zKrN7GzZxIKcOifCcsuKOI5x8F15mQl3T4QZzlfm5SoPGQKe3J6dqE/RfBgj+MnR8oePW7dKcNT6pBrCtuVsmOukgBDSoCgsb2bn3c2pMyuLPKqSqkUToyf49eZSvn6az72EfDxCgW/6o3VguxLkixepn229T/w41RMS9isU7FvPhp+ImAmuT3LtVK4bqEFstXSmKwZEH+zK0FrnZBE9XGJrZbsHo3c0bGdF4w3USXcLfrlkFVrJsXfimgX28Sj9wlNBjfwCv75jXHmKmKv42D82Kf6V00ZC0crLoDMiIqPrOJJ+CGuwrAegZi/qbq+6C6ORfugQ4K9EQouNc3jLvTzzigjeMNeJmuLW+Z9+MEPNaA3DgdV5L4f2vyv98drSTccN+/faZYhaYE9g1jlHgkztK96JiQLNcc07mxGY6tZ3pwOzXjLsA7TOs4FZU/8unCIdfyNQOArKOaUMa4asNNCU/WOeiAYvLXzwNAFXlUCLTzWOynOSoc+rYrpZno9qWkHNNSw2uV399LdqqadWcRCgH9iXoqPDqdIUvUM20/CdcNITzdPJI7FYu+DdEie4sA5owHHnGvzq7cmm/gna55MGz8EvRYoS4/5keE4FC/H+LJaTPZdj/zId4Yo3BGMsfuiIgp3O+vtHI1NyHZf/na5iaXxLbZkpwLUOOsZ+ZTafUSqEFq7d6t6PjJTA8/Of1qY13OlaiEYl+v/epgCJ8+85HyALD/1NM1mkE4Ozik6/uEawCfO8I7tlWKDrekL6FIAqZy5CmrIlNaWdkJGKvGGAUqFdHoZcBO+jKJR87WqHO6/G506kdy+PsN1NafUbQV9yxtOrJYUAr1SkwGk2r5XU5LRWTLnKP7Iacge3ZhP/dmNyLsU0rEHpC4zSWZtk0CXrq5rRUixXsLVOMquEeyxDiLc6g5M+v4nxJqFv15f2Q3k5Epqu9o0nrUwmFUt+zavEy8zzQHlW+ByJm5eok2KBIG8izIRRicpbe+iEYXta8irUPUOhSxwwxSd2QRP5MTlTWqJdlLv/HQfAT6eWsWTwSx5vSc1tgTWa/jBit9vsWzZCl8oV5AAIKo0Vf7wSwOhVhByCpyTON2nKA2e7dsuR6yykZEkjbLYa8oWzpr/ewlGjIW6MDZ4+yLJLQpI61k4nO3O/MnwRpPWyAQt1z6YiapSimIuGCTYp4YyMV0sAvDUo3d5W1XzeVrDu73QYeCpuUk7MEC0lJv4AYrPnQNkstl3c7D5Y3Kb+CaGr/69+i4KMpy9nrpCXBP7+xrjgdGlBYWBLn7c9pZx1wqgvDWV7UUDsQ01eLeLQHYFvc2EFYqEYUnCOiMic3ATk2N6m+gGjjcqg7OxFtfHqkqNNzFqrJAOPpj/N7KhYYPQkDa3VHeCyi7mNeDlyTsaEc1MtuFIfI3ziBJeNFNnQlJBiqNvAoiTbuWt8SaScch0OIYqKVvxjIaG4MJxxBIYGta3W5w7tvYIfRaWe9vB1/HXIlhc3yD30vqzzjwu8usATYbcd65eX9thugdE8Zyey5tzJE1qnznfPSooo+wj4Axt1PJW50aoXBPTLadqY8NgZnSZD1LJZE2Zjz1r3RA8npmCPxVKxtKvfoh9OR/VEZNQmdyzBaqUDOsfd7Bz5Kne/8ev8spzTaK3Z2VkpDKneuACMmzxAyKr/43yfzuUReuvHzHtw2KFgw+t5u6Vludm8j1/ZIKwSg/gywp3lEYh661/NhM2raHqbZFvRfVhhNSOfxRmY44BiZtm8FUzTFvHBTP1+w4Rywkiwr0okEz/TLTQ8ZjO2NGq1F1E++WwiZoJFVROjjOti9hqxzVJdo1r1wP/ZD+clopU9GfGABxmZYdlkw+s5s/zq3rOZz4vOJEZJ6cfH+xPrGIGmo5E2vA7cLuibxElWGjufjEpaM3woHWC57a1yEFElJrn/bwmbw29vvtEFhUbrxyZ5EMBUaa+fmfT7ZQWCp2VcSpt5zKQ1PC1TRIWj8EqlCIvgoV5Q8vEP2p2hBRl7a3ZoIyz7nryI3tLVX5LWIJmaIqXqr1t3xYYhVLpqjwg4SAureQnV57cLsJOykYK7taWnnh8sIyMo4qgzlME8c7+HfT2JCuCCCD1ktMgcCu7OAFT9EPbrxl6o1bL9EL/PqrM9i8LIHFYEY979/wo1PtNhBzpfDgEMisloqbuOCWLfTr3Ti528sSic31BZHNdAYAq09yXt0Jfyis90tWo8mbIztdzRXO2NCR8EnSMTtUqVouXE0fuZ11C5ODUkNh0He6I79dswVZM4u142AX5ijavKN2Ov/lpiaEbPrV1HJyxYiDhnOelKi2hfwafs+et3WKDxLu2qVFZHkf2Vun/VKovVVBSA2Kda0xTw9ys9nuWIUEC1Qp6dwNl+51CsXAsyP2Tn1ZDWE3wbbCwEDwXcr2a9jVwL3aABx3VyY646/7sAJzvennil51BpcL8JadXtGCkCV3wu0CUJu3c+75OiYpxceZ0QUCPiCJAtfvFLi5uYTHDmAvl/QFSOasCMUnAdNlG++Wbs1QPf8eK4UAYZenWLnlvENvdg2/aijoxoFPxK/W1dQ1X7isTsguRMQhNQKIUjqJTk8mF7szH+6CMFs7AxFdPUeUoaUwEJMYr15oC2K6nTpZfithyxd4YUqKU0I01FAY//0za88mKKlyxKjMtJbEJsF5NVTw2l3CpFPHLp7clVJ8GW3nbiHKsUxwwh0Y6gzKHwdseuGPNSVh29Lk+QHeWjWR9zRPpvXlEwPI6dctmp3UBwkrN8HW3RGUk1AMkQg5euayR3kDuErlylpKPw3SRIMXfUYIf1wD0cVPqbtsSZC2RV1cR1GXb/k4kWQ6jeOJz5AsUBwBGdoscsO6IakkmI+anyJEXXdyr722iH4f2LIPvpTOzGPOx7N9pZyywvMbleRTRFa45UNhQNJvIWRFC5+agMc697rA4FicmCSrte1uAvQQazDWGNbjOyGmftVibJisvy3QG6i7WDEmGVUbm30SngXO8OZ4fXDJIN42BGGwbJeGFnAKQAEwd63PZa2JqVFVvpEbuk2E1WVeZZSV682GdVqXL+LePODLmlY8VQZCUBiE5/cEnXLqUu4iIYB9AtV0alppD1HzEhBS+rcaMFMww3662RWU6suVeHUFK+oXPmSM7CBZlfQQvvfysTWWxa0YQCVC+Oae2GU4VxqrML9f/mPvEU4RjFeq0Ti/W8AWzFXtdA9qrlZ/iTt43lJkQnQKaQc79a4pKjJl8QqimgD3CEMGc4UFyauvBOsGrcyiRdkB0Aab1+K7Okd/mQvWDlhZMvDNnb9RUA0FGOj/5lTRr76GKPi5HG3iVwWqboM2vlWIsY70LkVKRiwgTPub8gJyt9foOS+e/4Z8/yYi3KfWehCcU1P56oq8yghdOrufWCtf9nxLwmAalABedF4YQ73gTTvD2q0kPnmxZfmgkmtXgVIHTX+iqVPry55Z+d0lfH2+Aasz5OKvfvLAQCbwpvZaKux/VgRj5KwWWg6fSH0hlzWuJa2Kyfz0VudwnRa1WjGQeqrAM/FLY7vMDs/yTT6hmjuvORk9MSA0mfzdeGiUm5PaDn6gPwi9Eud7TQ3aC4LkMJgi0J0RklpwCqfVCiTTUXGhCHUZtPmvm3p4jyB3yvMorfCeeP7+MjopuERralZi8TYzBKB53GXtVlVZr3iX5EMnQWpb+0a6gnczRPqtej2EzjxugOdsTqTXOSFwmEfb209zre20//gfCnol6ZYxwdvNzIf8LdA5oDKTSV6LBfYIDSUnGQzeEot23TcXFYkK6ZAvQInKocAbdcqtyqFncR2FNQi7fl/ULA80vNUyBxq0AA/VHgSn2UL0pul54dfDJgbbZ7yFcUmtfW+p+SATJdK1Bpdyscy1OoQoW7WZsk5BEeE9+cr+871egbN3JclRAKLKs1NJ1OvZRDDV77hM8eaIoFlBZdgr2Rfw3DVmjGEFp+pJhSYgr+kCaVCtImZCYWFsU5vEhsug2mrsbuPbSOnUAnjPIDrMejQrcD4nwGv749/MEbyyhsX23Rau6PxwzMZGsK7kERk+YvKAmLrTYVD3I5/8gqEX4jgkyEBBXPG3JtetZsHBxQIx7wmBJ1DSHOgtoeMMBszrR5XF6koxlJVIAGwqQx/D8MX58lHUs0OJQh3FE64Jz4nJLtCIO/B5u1AMk9vUeYJXioMBTBX2IQGve5DxW1SfeNUF1w71ASKNocMXGjJ6L68pcC6a/S4G3+Ve8sBbPItIbYPe28a+lalBboXnNYgoc5VJL3Kzgisc/AhRV+uLEdTEb5eJtbNvxit3DeHhixwjJO7c8qc34mbPyviWTlUU2hgxJhE2xnJ/n1NnWVnV/LvFcVI6wgg0bZ8j1+b5kvhhB1EPIsdPBhr+ythdLdCN5xwSbZ7pwoawjDidNF8viLk8EhFMkHTt7FES7+C32OCrAf5RZh1OyLCoE4wRrTFyHM9IaONZ5+xN9YhmuQ4PTOnDTiOySr6+DrKY9n+abHktWGMdmPXZ8+FIDLInb7oyju7q2yhC5/EzBwY3YgZ+DtkrchxdTNS3lQ8mlGzcDMh/toHG0kDfgR7Vc4oH6oTriteZyBpjVGHU2i1G0sc/BxfkSHCWwVxxbv5QPMOhMx0jWCafEPIO9BekGnWJFwEO0uys+mZbYIietIeVuWtf6xgc3gjvAQSjuKYp7OQdiZObZMbOR/msECSz9lpDq6e+RPBqAO9QPA+C8ah1fgDlVl+UOC0x3NZQDQ+mAArjz+O3zMQRA4/5AIjWT+Lx+V2DSdQNFQjsxOO6HaMdY9zC2JTlAdHkbceARbqhPINhEHHppvpHYrsmgs6oouRhK7JO/ZnM1bSADJucahGnBqyS8/XMGqEH4PxlYSMFieENq7hQCCoWMLa8zbWq74ruZaqdzTh2YUEL8DtVZjwyQylmtI/hy+07MLdhqBl2MiOGcV+yPT5ZckO+SVAh4FjDgynubdSk9egPjyedP0sEPVDyy79aW4FO5lF37sHS78kdKcFrNmROXRJ4vafygOAHdv3TVjSizn5cI6yDlgsNrdbgH+OOn4d0TfyUp3mZFPrNk5PquVk/OxK74j05kykl12ZKIl/O6gfmWSF6aCauvYdPxVGC+tSEboq2v17omzfbpV3ExxWhEgCCuAkFKa4ChOUeT20pIAI1hJ/fyHxEqr5Hv9zI5bB9UPJFbRPJnsTYaM4Tr99H5xHmotQiDBGyhMox+ALJmm2bNQHgNbG1nd0UeKULgy6KWhrYpiTv76f2W9N3LcA+h8ImzuyFKb7C1Qx3lj8ccJ2Gq5ISzpuGNcGEmAlLzNma9V+bvyT8bWrKLkLLZpzXplS+HanBDWI+2mYMlwztFlldpoAgEP/D+2rNM4JkB05R784xtdIWZJ7agLPIVoh5MVmZj4mrrAYVHHHfy7C8s+S+k5Bx4vhpOfVIrGElYIxj/6I8ag7lFhjrrj2NN4ewL33hJEvHC5hbfOHbAylba5Rj6bABf1/hJ3Cj5DO2f28fusqyzgCNUAH+nOyQsCX+IXRgtTmbeUl9sUFAyo0XNUlfdnSDCf/By7wfgvTT1U4J/UAwh9F5di7oU40KGkW7T81he+UA+cWF41vZZke43bmlayM+MdqA4Hf/fb6hTe/aekl+8MaPAkhsBUNcYNbBWV7jRry6whoSATxGwKNGWx2DIhI2salNjJpUV5TI7aqh1NUXYHYfvQE8hNAEOB1xrKsaJZAbP146B5z41VQd69CgzXV1KIXmLCJMtzUa+T1/g7VAlui4/ZWTtILQYvF36OLlXRaS6wz0g4HHBW0wpxSCpcG4ZZG+T0Be7NcbeVBMoWF170KiariIBAHjocSbQbC/KD0nUEeD48UJh4AU7DIbh2Lqd1QuGCVO9mI4L1Xk0o3ReCmJFJw8+mdGrjVXbA72gDu2a75gJYq7hjzRTGfzkt144ts0E5Ng8j6zINetKKnhzm4CnZ7JwwQUhHPILz6IlmnXIhEM83mzce93FqtfRw2oWJop3QBrdgrfSnsWD/uFKCDzQcOk8jYUWXHMsqFLeWe0TUV5itCV2IBrd5/zZmIF7eH4o7IrUBXYxXIfi4pxReeQ4EBKU0R2uDVBTYqtvgo6CwARe14iHHX+1HRrAqgY1YCkZ4bKfHzpgrsha73vUbN6b6jU8PkwFGQDiZFW/oZ6SZB3znkP9by8mYvycOe1ZMw3IjsOMmWK0in6HxBmPpXTaUKYyEFZANDrC+xu6QNpdvlcALqeAfA6n23+zsOcASsH1Faton2053jbEtqJ32lW4JG6vWCyne0merZ7h2w+DZyYutUAXV7HPLQyfhN0X+I7q1xNCJFYNWsg+MdiXIHKi26MgP7CHtjSrsdCefH1eLZ7eoHn3u0QXdApO7AUnHWZUqztlikordRGn9LYnnmwJtUPvTNKMFyE03vlElR9NtXkzbjxnmmLTFDyVkpIzCCCP4yeU6CcqWmLXn5/tliL0m0icDR43L97t3bm7Jbl3AuJcOtLUQVVjw5Usiee2akDbMxI2XsXOYvB/C1oO2YqB2bs8AIbF7KUvztDooUU9wNoTuKwSDBb70MzLRN7ifHibBDQ5XRYS6WOkjTglIJx8eoxJcpuhzTTB0YIMIEnjWxoCZvgEKKYM+aTSENqUzKqL5OtXnfRA2MHK5ugfv7KxRWaA0vtMP9+MHeGouSfmtU/0Rt/1tDG3sroLPJJx1n62IDu22/u/mLxgt+yYDqykmdEhPHVA4aBzkMBWah6vDE5kIPcjggghvIUmKelE4e8SMpn2oIYqStKBhLEx7LLlIhsg42kKjRb+F/wckRE7qqQwk0AvK2v0iUj/YciqVTxu6r/VO5kLE4La9E4qcklwxPm5aSW9hRbNuBHOkPbvuNUgZ1oP0DL53yHn679vVQj/GgfrIHmXAL3z/X5hZWWudlSOeRBWEJfdBrT9s+IbeBj7Fafo2UhPQtfm6ue8UPt2Nv4gvTSeilFSPKePXWhyTgjQoZ3RjlnbwNebBRaZzSwPQbEzGmhmKmwIAlm6w28xjZMO+CCwviLeb1gnwiNQ5AVO9e4uPd+3mfL2SMKQunlawOUeQ09C2hBZS9RjbaNtxzCKGeEAUZsuMHWtl0J0LG7vqbpHs5GxXHSwEHce4nFpLpcDyR037lKf2hVXzqAXT7mx4QAKq/eZiS3bnOTRkQLFOnFl0bgSusZMrXk9SJhO4xSfMnbYraRxT5ZAxuvHSwLgd8tXwnAgpDckfQd6xlQ7jNgD++DJWihilPs/A1NAUaushU/jaozgeMnkUHcWNU91KG8tYQNgZFEsubkpY4CD5BcUhSu4YdOqcxOMg/E/zZibqpX7O3fcIY6/BGkjKrz8lMflSoxT1IVS6YzUi9vgeu9rcIi/JIGplbmVksR4yRF9yUL4LAzmBXeusMCKzLr+Szu0tFAbGiRTwrR9NVgSOt9wc/aWM9dCUDuHVu4xfFOOlrT5+vIidrPMc3FHAP8rYhWIlJSAgDkbJ6w8bgZa5PNdBZs3cmXrcaiXBcGwcQJitjsIJ8VcbPa2ScshyYP8lPXAUVoOqDCqFeDFP6k2Uy67w+1HNyUJzXvFDe+FVBtErCyCn0WFAA1Nx0IeK8mXU4yCrEjKu1vy/tSuvf8isH8En+PzdZQlS9csKUmAkpUNawiPfuU8j5abb/6iX0z+QFq9R/fLO8MAYrPZboZsl1FN0YtHHUZ+V8jms55ioYnmydXa1Fyqxm6vEtgDq9qxm3/6+cp7xuFP0RL6HWNXce5zXFtjYRrecxck9qSLFrw2tpPIAPem14JCcN6k3M7SwoijdJpgb1PNMvopcjXFBYGb+WNC8NxwLg8Gxn+iT6OoXp3YKA8f3BEWV2+awA+BDG6Bl3pUvRuR+elacvI3Hh0Qw7KRccsLRC88t50b9QzEBNWbKui2B896pDrqtjN4xbcES7To/hpTq00egMolN3iJtQ1Ml2YVwWPf3BxqKaKdYQv7izZbPUxasphtN+pDbvbAijVclEgz7NZuyGSjdLPgQLtAbHSHnVhZtErzzDAAz4ZxEDB0ZoUzwcAds9S1bYU0xbFKdTZoiAI5/C+9TtJW/5WaS70TY0BPFHq3sIHFOzELK/u+pM+5+6jOeLjyH7V4zZzoHuPeEwaCfRTPf9vgYg/Q5HPO4g0CiHnkM+APxGB5dXt6md/ScUImjwGzkoZzMtfd5nNl97KZ3JnKljlCB378sKKXx6kdwN27rV1i0eFnaqNtiZvGqTdrXgm9XrqWqOz/BDsa5ux9svJ7wlqPYWXuCRQPMbQoNjQsqLhcqRkO4abx/gGmcR1E6fo3TwXj6HdRRQVC2O/ZHEin2A48+5FS8pUBvAUR88ZoCeVpczvlbDL3+YflH3a6XdKhMFUL0CGwxEN4kkv0Up9hG/wVxP2alTCx9FHV5i+Z+0+EHjXaApOg87k0A9tP+CgOqvyuOC2yQubotSzCbBWXonlnncZPzb6aAJYdeFKwVjwzEPTvTW11YZ2MrcBLJbJCXKdMuRF4IyG4pBYcLndkvaugq4Ktv9K5aMne1tZqssSq4kYSbADyUThvYgHU8/9I2Os6vRzlv7960FIJzO5eINGmTsyOOpwk5RnM3QZYcPDL3rO0lewhs87dOfbXzpccvmp6Av0UYswuYgqYAtCELkh8A+JNK3dbFR5mcSd0uVmLChFZrHA3zFvx+F5lMMKxuEkWQ5RQ3sqmD56fHS0KT+0ip0DsikurxPhxv9t4EJjBiJnE5sJ7IBIUrwBgnmq14shaT/2l7njQpYHWv2qY2KKOr/pBo7Nq2Srejb4wo8uIIC/nj8bgAWpEx/lzzi/01VARyDVxB4JcqPIk8aerxuG7j802x/fw5C2iG8Gk68CnOi3byjLMCzIdg5Mlns6k52P6vIbP6eLmnZNuKKrZDE7MsO8jhvhtxwLCqAUsEbd5ugVaHnoGp2m8xCxCTYP1pOPh0earb7DHBSOihmZ8C2vQZ2qMFzTFbNJbuNWcvqG7X5TnZwUCfRb1JcXsGfaazXhHFoqaGLZFWy/EOa0VvPc/31fZ9zfySLmskds9P1M0DJJK9X0r1tPhFviQyzeuPR+7w0V4va8pKqP8fRwEZ+qmTa59hyEY+Q2M+f12AJTzdA6Lm1hvov3y+w8RoEHlFIu7ss2yhHf8tn4iDo+8C0uqw7lV51sT+n2GMecgLNT7ePZxo+PLbVREVKajyaeHAWXb/5WpDZQgk1+emS5AWokj1gw+FoHZwA+rf4/wZrYUJisM5TlhP5+GNpdUj76FwDwIrzA+HK2TlCzYgoW3w/ua0BKBFkKVgh3HdSmKCeHmjyD1bM69mlRidKUNCMFsgbNsVKg9IBQ2P7foU9jNxGqZ8XzgTm5ivLKv1Ic8/dOr8hmG0AF6hCGIGzaArPNfYqiVhDE8Tcq4ekCkJRbOVVnBcFD21KMltz0PvjbBNz2G5/UeD2QWR4KeBSmSFAqXy5SFrhuYxx3/yFD7133FmnjtGOTBFRdH/9DrQZIp3OMKrllhOHADMcLmbNjopgm2toOXiE+7isj7V1Bs7Z/TFlBvcHAOFdfxvtHSK9hmJb0QTTN/KeUD3ZBg2wqOlF/Ym9niybsVaHSe9/UC2kD7mKxUyEndRDtiAb5pSs9F+/DAFoGO++EfOefEHkEyXcjdCwgAH6mxTYijhYUdLtDPqbenmAuwOTgIykz/lmw7ZxxOj221dquhOqwBvnF9K0TINVND61GJjO5Ll9th9NknVyb1twF3oWM9G1MFKaDCa9JoUYcCM0MokYKm8kI0skzlGkdcXlO0pzFBaYaqUolby53MaKSgI2x3wDcjAwckGwPpYsKmkltXADtLRliEs93GBxloj/cZWCDueE0ZNncTGre7hY2GXiMeAm588MVjUDl7s7ciOM8ZN4+phQEwF6PD5+wlUcuUk39Z9I8+V7jdFPs8aTH7d9/qfgnh9c1kwJSrfgLXoU5SS6y9spqIeozRxm4kQQrrtegw02eyS0U8urlOt6AJ6qOufSribVpOH3obRmAVntN7DJDDbRak8hdyAFOq+7p/2AvEjdI+GF5U+H2n5J9TNY48DpDXAYpVrJLsa7Qlyi94rTPRGBcRgaQG0cUuaEiOHSLg2thetKmokJcVl3g1HV0gCYOuoiV3tUHvXqsAiIaM4ET7IUDYWzLx/cUIG+YfvoWSwXxFEdw6OSCbaYECNVIP7YBfWug1twMXdhrVxo4M6UOh1h/onWvV0N65I5zlgUFHF2NbktnpKj87mbX1MAvLk0rxLobgTVeGV6919jC1FpazGPf9fphmD2ZqnDsP6+inXJVbnPwqOZoG63IM9KkdTaZQ6vEQHGjJ6anVJyYX0vipePUNc7qEw3DLjoh7m9cTAd7ktDjZdOcnxg21oA0+FHV2TpxO2o1ZTYsjAgbw9NJf2MgYEPaHZcd4Wv05VDB6Nsl27p1y2/Nf4jUTuqhoUrqK+WfbsN+7ogU4iefyjcJia2lt9+Ra/qMHHlBRRrUNnHJeO0RXRxiG84j2h4VnPu4u3bKrfHuSa3+F6dIwep8q2hNfveLRRZ3CrWqeH3ERbONGqmy/RcZFwyK1bnKrmuXMx1aE9vlcqAcvI3J6B0ZWxH+1I1jOey7tthARRFOchq8BcjNKlEhiM2sSXurGzgnc/F5djTbNwUgLKqbMNjHIoKCnBAZIQfa79JOg8AqUF1Tf1ggoQZkQjk5abLAdZXXN6pUcRNUdQQchi2o4RW4YMJmybgnZgpj3WqB0p+mExhqbZpGPxEznJ4vYC6j/05INcN/Xvs7FEFeAcw46hsrtRXv6BnFd7BxSNDVnuM0wPzh5MgmsFXvgm8r+XZjZJZKUe7cqT8WJKx8nXU4k7qt6cpfnL2q6pu3PH91u/L1VNsCjX16LesWecA4cObdRw32333+oX0MfCA1x0eJ6feTNA5J4OHz7OiL4ny5fMDSHl0OXoRINy6iEfD03kf3KsH5euFgWwhx0RwzruAdcZ0/ezK1SKEu78GYj6BPLtHM1hmiQNB7TzvKQMlswIEgLqrsg8csDKOYlufly+8FBjvrk+T1EhzNq+4pIZBr6xQziEor5BBRh/WXAQTnG+0cJBolrtYgjzKfDIueL8mg/YW/hDWF5KsJh9Xad+7Q4PYpIKQW1H9IfFFYNZ1MO4ivqhaPgzcUQxRg2MRuMAIQPtWmLW+ipmsqlR66WmSBDi8XHPs/pYSyF0lZNT/xTkP0D41WXcZkDse23y7dh4Y5hBnkZ6Fh8Ma0ExmShC0WKAwoqgXcUuWGD1VLZjdyUAnh3dnkpn4EkmijZyKWL/gupfMWM+r+YPZBCSIebLw0HzFE5vZZCUVltdLTFNSjrwl9EnFddfYW45xQYhwIdmK071kdWFJntP3xPrSkY8PPV8KQXgBgsN9XMap9BnheZyt0sRGyd5SBadgDoE9uLp6lJbkQF1zCCPhAfuNstFcMN4W2n2P0tSnY59JUr16IHJfCidpZmrcpCGFeg6EkINbgQw95m3mWFUzNGjqLW33ARyNlf53uYAWMXzrYtIz8b2fwUtzJ95JehL3RBWLJ8Upt4Bt1WOSTz2805ATjsmbUPpYoq9/MAygaLkq1U9y88EHBqA9bFrPs+jROFey4aGzm/9UyJbk6OdTaGgV4YGUQ4G1VxhBPTwynOnjrckIps5Yy+K34BzU94ktk4QR2WOd69bn6pHYLuz3dsiKzySGx6YbEbJ3OGwRoeKqJ1zPd28fdj4oYP8DRWdPBQAdCdiU54806EWabezvODYiLY2qeyOmAGOqYFdfgdtx7Lqn81Y8MLdyFdfjJkTioOBoeTzJ+9GVEMYf+/NjhiM5OfMLMc7zFBHtcGUy9smTF/kIWknspeD1LwOnZStDKQqrIEaEYHskGI2JQmneKx+O2U/rrl1RHMJBZWxTb00m/zfz1xYSUKv3qKT3oMo3Oz2eMROS3R/Fhsxvw4/Ir7ZBWQlEeNwoU0dtnu5u9efq5pWisM7Woon19o83uQjzgLVt/4P02bwLmPGW6/pwRqOcuX7PIqgvF4VVRhPWd4K60iRzJeEZc9mfigLX5NNQpxXWvuMSU6FSlpgPw+odW7Q98VeZIloxMlynju/TbgI68cTBdNtGHM5LEJ/sTxm40KEuwEI6qUE+5jceBamtBPJaDhRyzS91eIhjiGj+mwVfT7k9pVG2Bb7qrXqu951U1J26vyCerBnojDqaeshd+n9BHk12XdtOy1WVJuyIaThw1wSfogACU3bMDxjYWtSvO03c9H9Gb2iYzxnCV6+ru2VzWPtiI88b3U8xV2ywiVVkQs7wBuDh092IS/FZPG1+CsoIth99WNKRji38zV5skpZjNYqOGuoPSvtMWwqDWbOg58iY3YZKihl/u8KE/cVXH3k49m1Ro2g5si7G/6bZFKO7VtBeNyBpj1iTI+119s72VmPUbGaTgBqOPG02MD0CmRiSI6+vpxbwu/dURFx8Z5qHKN+6bsi2rla63KtK2OcT5oaiwBH+njiSTSgOxDVxlmNVGWomQ+t2KAst4iCVVGNOW4WziBvac243F/VCeeZcW2DfuZYiZZcrB7WDg0kLsYV2+2KqgwqAKStg+FDF5LKkERzLhu43x1JPRNI7/9lM6ZB6t28O8U85FtQvNbuPsa+JuRcUnDmybZMBnrO1UYQPCenZEbtVr/eE3grz66ASVCUL2CUgpw2MmvUAmtoumGTgzPXMqVenYzCxgov/PWiQV6PAbgkl9xq03d7zrDoHxCFKw8t+JrT9kCeuEjGqeF2MJgZWm16LmO5EKgdsqazfrOCG+IKe690I/xTU+R4ozVLGIc65QrNyh3MooEt4xPakJzKWkgSrGyVZXZP7YgVbnvnNwMEXLbdxv6mPPlFRFx3zpb7EPQUB/D38q8V8JxxIK2BnmKTJaccTq26nZXUues6YKskEoEQhd5vW9PfKtyOZUdKcoh2EgY3sZAWy1OBj+hr/1aNNWsT4fGZPJXvm84zQ/YgAniodzsURbzLfiWlCbHAFLcynK1oBwMVOQbKQqjWhF8LSlVVMOqKzOL/hjjIgJWpguRDgV9DOYOI7VAwtgiN1+yaBFrSUmRWUL/eP8BLxHe/ok2CTBbheVPgz3U/n5lRZCfHtRn33qLU+MOZlYoIt0O6tWSVRgDm3r2KjGnyHxbE/gOynIMNi5xZodhZEZ2dgDwmwNRRhXgCDIkY7pWh7lZjvhQEO7HdG0T62F8PzmOywhU4pMWTv5GUfwA9lLYk5+2wRfypVkA0nWGmsLrQl4blX/dqtziQZVKNXTXASw6XM6RWdvsj+97O1F9HRqX+q3adRtk3dKHteToSaMpfr9pUY717OEgalCyS2/Fn840CCJaxbBSEZDd0IMBmDQbmdHhGlyvRhDpm/IhrSogNtgG9xL7FFRtGTkCIKHUeT080KdDF6d0gtGkxTgi5EWmmDp1btbwIyZqq4QLhei21pgOMHvArw5TGjkI83LH8O/+IYrPYBeC/RtCUuVAe/ujN6e/zNn2Vexom6MA7gMgNGAjGFOfX2qw+KNoMK5KMDv4oB7vatV8cfl/FCgvDS2ouHDEe0FCjYLk+4Ab59PwPJdjKWofbsyi7tzDsfgXP6I1rZJsJMm7I+OVr04RkCimh2zxLgn03gA58elWw90FBaObMk721AnPV8Ow4IEycQBtgGiVn8wEhC3KXloRpbUF79cYcJD74jOh56a8pytGljkOUoiVmc2EZ4YLK2u2mGFX2t9rOYWuYKL8GSWcF2ea1HXKYxL5q8Q0nCyqHrig5XAnNTN7sg2Zx5UTm/ynS2YlaEvU0LXpJ9lj484ztQ/pLz67BNdjqgM7QO10XZ4+TYS3DBw4QwzcMjXYVWunQhngnbMDTkJrfw8vkg0BVp5FCzg4l6E10JKRoj3oGWqJHRdxdZ+FltMghw7k+dlp3UA9G2Uiy/Zzvyv13631NPDXhlzBAfkA3JeHbru0N/6HLh4LnN0/5rh+FfuhlsNlPEpi3p73YYPepN4KGQqqhyZFK9fVULToKLc6eHYVZRsl5RlPgw7h7J4qYPBg1OsGRysUXPu8Gvamx+JbtePSNlParlaBGmuTMEES7IWhdRoLZuPmGx7b+NnJNnvt3dl2ZSCl4ESXCNlPNU4SYwCoxAmsw8AEPJ5VZprR+MnTRpHNWv+KfpeXNBc/Wc/g5LBfAZxAZ9R2dTO6sOMkZtrW45DX2Rq6E8tOw0LWCdtu4tTkgUEfAhUQdgSY/OXAUjpD726ryIb0frQiopnvlk5oMKdHGyrfXgSI93jILWEt8JlJOw7iajZYiQ25hXu++2LtoAip+ZEC00TLROJKs1egdrUa7vOB8mN2Beo505Ud5hvVvaX90VoWRG6VgVlzgz+5LXaDmfa8Kw9spcX1FqADAfggT/ybwGv/svjkQXV9RUorvpuHsMtWltS+GVJ1vPlzGPVyvPh3T4Dkp8URljj/lA7foHM6xHOMIAkAJz8e0rjmAC9HjXbOdFIjUHm+mfaW2tNivLAQdOUqpJwP84xYDFo4h/zZeGTdkikkXKVgTfVYdQP+sDsRBNyHcV4iToeHbkZrKZoKkE9w79rn7atGtDB7Say9X9T1iuAscqXlDFYi2mspTkMqGUN/51TyXcQ6HNBcwUFh/qehAhmLpJAQoBMfPJGHwysA67vYSrDAr1b1X/5CmmVqikiP8YU035mscjoNGOjs2loM6IBvYN/6sYrtq8/2eqgfycTd0Kjblv10rdF5pxZHcsza6bsNLGgFAF12ntA5hO9CRknZolU3fcopqfXPOcDrLlJiURpnzeiBQATQl+TfyD9vSyLyuv6CQKgitY/c6uQbYb/Jf+FDLs7yiPLqr98ExtPD5UEuKLEG1Fb06qKEBK070OK6dWE23Rlqfyzl/tQnb7ypGi1nh4bEGQf2MauQ7wKklWste4j8any61Y29RmGLOe0lDtvSLKyBcCUXETUhn6n8tgE34am0vwlKH2y6Uk2DkHodH9eA+tNGZNgceMn6wZRuhvnKdCBuIhY66j8UgSVB/oJm8oOM3pJ1mRsjUBS+B6x6R7uq8QxH7xsIuxpruDRC9kmaW5RvYLR+p/DuyyoX9k9XSKPYWsouH3m5DTPxMw0ykxYBGzo4XgpWIQisElMjF2inioCNF3Vie8DNU1ApujHIE143GP8uNTNUr7QkEh468liNcBKZ9bGExFzqLB14VZ/LpIZ7omU+Gfyl7CEEDzFPKa+ppJrvq0ATrwSgg5rl6bP5NRSBu/7PSoqSwhtHVoBtdbgL4F2W2ELvYHQ1+atxY4pSblFWTfIENOmIwDV7VTHbCw4X9XDE43BI0YWBK/vd4h/fFg4QcbAETOgrZJvT/rwbhULEHh7GvmjdfasmfF4IDQWiqxUA7MhsuaaTYvPJEpyqtdinjNGyQsVM8MBbTqQu+Z9ey8yBCZO2Cj/8WRkWIFFslVuvq4BO7c/wuasfoYyM8ByIjQfaMZ78iYzHNiYLUyuQqYGyGXJXiIQS1ExRKFrAZNoOhubucQW1cslMVM1QJAUSEv3yImLUvT49h23s0NsIsij3X6OtSfAsSO6DukXnL0sS31IC0wcSXuw12B0M0vMoQEvWQCBqlQu0uzFTcOAjXXsUEP2f+3Ki5sjqZjgQvRvq20u/LWQmqNv3DGFrskcBCLZFknHL+6zTVMrzbVb5J25tKAAM8xqXz7pW1ob6PQlD6mQz1BxJ5iYb2+3rQ26kHwpbK/A/fIu4m/z7u+H7rut/umI6HJK8sB+G8LiFWMxW+vZlIjd+O0Q+p3wzO/DuzPecWkDzakP07MvbljqdeVLl7sivg+PNzD8O/EbETSwGbw2qT179jPP74FRFuPw++q8QVKeqRFmLuD4o+xeB9/T8/o3nFSW6bwmsSxjX0X3SC4Il4Pc/YsRb6a/cwQir7v0lT39aco0m1YfJvYZfp8K5rFjSCjnu+rSp5+KizQrxVff1cIZtwpSCH14g2Ql+mgqJl1cSMVnyrz2nR8+cJpH+snFD8CwUn8w7g+LCAPT1qp9kpJjBUoOJu03UwagokXqJyGZJia//4H0rbKxAG0aAEDnAYWY30y0JF0178LT8cPh8VZ6xM3iBvL0C+oOnMFiCCLfgbVVybIJC1+ryko0AOgSDejJ776wTLQWVM9RQXCrLCsFj60HiTKgxx0s/c+pysvCOiH89qA4FnTBUPjbBouXOnq4uMA58q+IQu5Z6h0+EHaZleM12WkOsfs28DV8Y7IdjTQHDD8lcnryFz0kYFZ45C8Pb17PehRFyNuOSxQGjKKS8stigdf/tqdKQb7I+ttdKhxdg6gowTWoRH7DPM5M275Ld2S5RWkm8HLHNUMfwOqmP4xaupK7K/KcaaQ0KvWLByejoiKEOB1LcvQYi2hgR/dzWNVU3Aikk0zKpqQvhWiY0uTH22UXpH0YDcdEpqZ9pbpbNr3ZzEqoAiKP9pOdc2Hd8iWVoxB2G8ggdWcqAsyw6BZJ8tmlWscnxICQfXE5iCaLqJ7pqx+aHs5HKsUtAAwok4vhP+WPohDjzsU27zb/Y6q7KjwBH9rKEaPbLQ1hLWKHWWTJb7E1tsMtKvhmi4jGs6KUypjOSCgY1bvQycHqXrgB/x64gpzu3NtUlKIkrApISZvuEul0qbZN/Vtb1IYi5gC2yDPsqNwEmudBVLRoQRV0b3X89wxyYYoDAm3zrlHZ5+037o7BTHemmNO8PhrwOv5cbf2GCNHLFdyl67bTOd8f3GjC+6++wH8hADOMuF9Ul3hTZJPgaznAMiLIb+tY7KkGeSaKKicafL28O6Q936us3YSqRkqGDyoEJ8+W7AlX5rkDwlqFXoOcltsNBorgy1PjX3KBu6JQNz9IAbAc9VUJj6ho+I8TDM91Xb4Myd8qytFugqmzB9xFDS5oAvhrfWcUXWCFD80CK9FEz099uVK4TWDFjsOYAi2UXtBUNOH/GCLTt954+fB0Mp5tqQjh+A+iapEk2XtVQDbNEUmkfgBRjfdSoZxO19MFQDaMMGLZ1XnhXdWwtlQWDPFluKCRGfEHEpPV3J5NsLCV6op6BcJhPylWVdeTpkiQdXinTK0Otv9BziQk621RCV8WnyhZ4t4U/MdMp3WbbrAwPyJxpcTSZPtQfu6hmUA+wqYseMYiU+3mxQV8H782BN/eMNXPGdF76NlqL65Rs2vMWCcl7TT/m+vm1wxkyveeBRJ+Z//6NAaXvyjr7lKc4GyOBgsL9EYPgDzog4LNl3r66kVmXgs0aWEulVv/BMlQ7b8LTfDRF5TYUmpxZjg71XMLetVA8dof+SktP4PuhhIFOIEfo/9GThQeYEhsPyRYdJLIdzru1HzqpFIbSHjzpbxk9kN9cw4iJQtUbtJu+IOfveBV2nS3VHKN3nDyXsOoxtNrFFlzTQf8pMaY+1k0PiBlKz+B8oPeCJNwRQ470uEnySPkhZ0bTDaPsZ8IunnFZJdiA0Fji3OpcD+S0vlVvmLp/+k4XMLM1mMtk5zP7GyhrLk3YyIyqI1Y7sNgmwmEjuvZc5JcRNFE15rMWK/J+f3gkyIrzSNpBZzUOgeWCR1tHYtO3Zi+2LeeUj+ina5n5oZvfZBh2dt7Lv0GKEROgBTOF4Wn34dqIK7M3iBqHd78pw8Pr7OuEZRf5ea39nbdpUyRtxJunU6dc6TqAZo/rTxiLzXZTbgLIvUD8VrliyBETVVma7E9k/1EI75iRisnegriJpGp4Oa/m5YYLYurAzZNnL7Dl/SzWE52ULMszHettzbmcFVryYcu5pUvlEcNUKBJb7f1LKiQenQ9ytHzR4o3Nz+58cHO9PsskaoeXZlVjsNMKGaZ9EvstVZ9kaojh8tDV79NaWJMFyu+zZkNZ8M9M88VdmsaMKHGxw/m+5fBFbbkExsoKzbhp9k7VZLJHECBkR7zak4Pd4/YA+TLPAeGUJDukiWqmyppFHY2a30QwVPjYgbKg1ThIEyqeWn8ejI6Z3ArslrtKxz1GM81FiVkhpO9TUyxzJas2kJNcaG2gyX3wU6iFL+YoTHToJGR7xOOA+Y07Yu5O1V18Wxsa9yQU8tYekTaCfk718bceN/xpD310ndeIgpLIZYjEoIXfiiE1+q7PPZSLpoEsq+YmUgUKCrCFraSkYJvWkAlItum+TiY60IzPYOnU/V66V5n/S213INSurvU0bgvgDLTWdj/tHbg4ykY/NgI0ZmkDX4tPjkFVMpHRri/zN6tAdNFfttnLzCetmZA6U1MsdSMW34fUBewau0Pedh6wAbY6RXZpUNQCXGO2egGkwMCJdgfVglzeiiyRt5kpIrTfOksCiRa04HYYiGDE53bmwpG5mJdlh5zTxgXDYSH/rQmVZ8LBca7uDSs3uS5L3qogtjzv9XjBYLkBkuV6b2YB6RGWHMGucOWvlwqEvvpYm3xvIMLUQWPfqfXdKnrfRZrCVy0RXcqrTXzhvyRfd8H22/9gpHvTwB2i10UFwND8cnOq54Mb9aP6QPEuNUSgICXZAHiQP6leX4j6F/85imud80+FUTKK+UJ87Fys4BiuupOO2JXy+GAqGMQSCPQ/4rzGVwn7isafTheClyxtkO23/kYy+TRHCrEepxcncSLKPdX8HVPqgBjje7GKNL/nNXMb0psVjmZU5QJmOuSkmX5mgk0bh62RkYmLva9zJRUE7rYJDGr3/vw0CAWdV8PLDGhlpt1jhH6DfvgiukUC87hD71gM2ukmFM1nm/UK/qZvVtwKFc8lpfT0hAyJLVcz65Yay/ek/yub6HlZvKU17V8bBMzGfY6X6IVqWad78RhTCcSnUh2ZOigCdQ8vcag13BWnu1qO3Hk1AyJ9DMBygb0Iqf+v2XSYT/94U2QqGAKzgvsrtRHCE8MeRk3BP53QJNaTy2YmRiIxou+8afqxbsTZFZ3x1P0Fw8gS8xwDZGRSsmBjHQ2DXQ0REBO7gwSO0ZoyN1D9npwfyTXYvxq1+et8UjHik8sj9O7k7RgPGo4iOySFnp6QSgHT5Rc353FDTiWjwZFoyLdSilo4HKP2cOYl7py9nJds0W/Y4IJOjaUxdCACP0b5dNqNDntSXb8sBRKwcfq6XM61nr/yCV+RB0bNvf7JBtCN1LPG5ozwbIDbyKk3/9AytSeDhLbtLRhmbaPm585gHGur86oOw0NsXq4urbLZ0i7ErPGWAD3wc7AXgeqE7M3hVqxgk4ZxMF31IbQnhPzSLZ0G+Fm6u1zcgFGLMIPv5SQbXbUKd7nt/5EKMIMZe18JYlyN9m4X+5ZYmMPfUNcGHB2wDEM9b3eyqYawFjHtWBpBycmPD2JwOtm6avwU4NuRMVPCxF451TvEQhcDErcRL02iUHz0QHwWRmidmKDbHNxNe2ElpgQBnotnPR2L/NoLZG+nJcyd1TfYSMBgt+MRgsAlWCHUS4i+OlP4Z6KNyrIuKO6fKsVcJ+yN77RdwMQc9qE9dKQ357MwpLEik/J0qfUJuLW3cPd8NfQBoAm3cGYUN/gsk8d3iQ5UJWprGOq+ecSMwMWEzohcD+5ZcBX0ZYPaDAdaG1eTHFCfjl2UxAOqq3uojRpUJKO9yi7T1QR39q+U6qtp1g8s04Ry+t7zlYnT+037AiSSjb3Y9vGsr1sQy0A2WagDrUQrxI4GFahe3sWLeHhoEX1ggGYhwMpr7KaXwtPEasUeTv4AG81RDRNZErwIhzAP2vvG4eUIXMxdvv6tgzg+O8feSYC6dLkmldoBH6WnY3DPtJv8x9dag3B/ZfswnmtWY5msX5F2ooB5nEORvaow+3LdkMMNCgk6eVTbIw4qx3PgqrkCajQrFv0Myl6j24qZMjXSilcmdiaAohIXK8958rG94qpr6aOLicSVD4ZUGmc2BBG7mz3spabF1WzSEgVc9/+4kgQmkwOnKiOJvjrlt6Sp2UI0nqYk3Ccmi5uJbEAVSJ0qFnhPJwiDFSM4z5JS/e1wDumXFMbHCyEaAglMLWKsWxYJdoqHMMkHigiwJrmeqrz0pDUsz2on29TRIr9govtNxgtNMDQKVBSNo4MtQkRS8l9KDR5u+7zO02PBbU1GD6YSNngfQnL/hqfVvtrZiA3X/8/tHGaRWPboiz+1j5iAoDcu1j2ILgWL2P2/L4aEexsVGiX+6t+uUr37U6jABQ0skeQq/qUKHmy5NvY4my68VocuJc8axIMtq5tN6T0iWjeyaZtVVCVdWKtNeMhZiVlzDfdFNKKjx1mx/YLtP9yKen45fqgsMLGneElIk3+1adjcqyZxoRMPkcwzbOY8rlWNyjrgCdNOjGT5cK5LsuWYSck2hsPI9CEbDCKy0182JlY8sCnQq9zX9ar5V5O2yxnOYko+grgEeVo+DgXEtQOPfAcfIRKkAQhYLPCC6SnV2PH74zwQxbuEpivXqAjEdxVIUlR8JJLMDhYFZp4k7kq1/1zjoeYCqk9bx/QpudzfPIlsgJj6FGlBVN2UHDv4pHRG4axNcJkFqy/tCjoJChb6+OSZdxNs5dqjiTptFh0bqPpiMwEqisuw28prBq6h48t1x3ij1Dg0IiBW8X6n+cmlI5+UMcZGTuQNsGJj81sBOue68XMzPZ34Hb58o5KKFp4vMKoK8b2kBlSR8vHp7Xx2dsqn/nOYnVAX7SmWNXbkjkXokcKNKg12y+gzajlEEet13HFJZy4Uh8TCXFaI9Lc5D6zt6xU1UcMi8nvn7jBZKYdeNEtSgpOouUSey0AfFA/YxY2XJQz/6x5nRZR3j5cSKRZzDI2MdtxF7ldSZ8aq97DP+yWcnxOUWoTNPIg4nrpivvCaxrVgoa6rrStD3XzaWY9WZKRL5k583c5yxyRoDQtxGeISuViEQZ6aSM0dgqt7Rc74febDin/EiJTxVL8gz/Q7vhTTC/y2c1l2htxaReSgR2GdFfbIPyVe4o7aPloyTASU+h3AioPuvkiHRpBjcm2DIxt/yner9wsSz70HZoHjeMOSz3U0Ucy/lhR6xBBNmjPrt1EHpc44Pn/yyEPl2Fw2B7+WXAy+MKdFDRkB2SBCXOUvUHWtG6YryOOWDi4pQZXgC8YSr57uicBxXo8u5vF6ztXaPWCPWYlAnCLh3qU9jnOG3mR7vgo7oDhSIwvKAno0C3Vh7JKJVIvs+OGvmFEbg006KHuoNcKJ+MqeBgSv6kfK1YZpYBqexA28YZoGUr4LfB/KZ8DOjdX2vd0XY/umAz4Vo+x7f4eD4nBG5quR3/RBaBiArOhpX8HAsSe+ZhxiU5yxpxdv8s16sjTMsftCWK6l+jIGw3opta+j/rLt3C2z46N4pRGGrGhF2rxwdAbFgPDNtkdKDoUcJ2RSKxMUEt52pt8/obmsiLhWFQA76L5eoTAFYHKC4IJ5XfYOIv1Tt6iQOWDZPI5J3pFf95J06xkDKYQmjv4+1O3YjW/AMgdNn0D7wuWFCKFf6kyDM9TGhKrwPWQ/oFvUurx7hPpuFrZcDzHvq+ZrEqwAWFyV0bsvv4cU3oQWt86dfLrPZWZZScIpi1lGOjuoTfnC1u0M8fNCF+jkmpyRzV0lPMY3xCAsYJIJc7R8uBQKPBgS127TwUqbVnlXm21nGw0HHXaQKSag/ntvvZuBpcWItOrJyMBAR4kQLMK7yOqzlTMWfDgOrqHXVoqF2B+QLSACZwW2iJJ60ANpw9GWUm/ToamL6Y7Q/KBPR7h7AGpUMOGOl/Yo9AZmLvFW0OgszCnP/u7QowXcgmuFKK0BQUuRRIqp3mcNBLAHaHaBCCPuUEfkZLMzb6O49mKalBTrsAEZ5YxheptCLhQRRLgRHg9vdBR5U5IiFevx+kqdH2lb4PEeA/y11OYFg3sjUH/0nwbEVj0nLLlP5OuXWaZHkAbGjDaFPiAiv3IJyEsbF4JrZoU5E2LxCpqQEazqiV/qFf5uVOSM5NydR49c/XtVckm3mFJloiPUakX/F0ePukocKuGsdbXsxFtyIJQEKTHannQvobe/b8+j+BQ+OWfDOxZSc3WCcY1s5jEImB8jF6cjgcHZwVdrIo9aSDxJEMnDLdiL0WHEELBDtRE5VK0DXAaemXdikYlS390U4hcIRU8aaS3vPgS3SN2Gbyq7+0nCEVFW+DypjmxZx4G1F5zFMEvBfe93O9S4LQGeV+UsG7jZzUPlb3eSjhYMz98NPzIGimmJ+R0XKVRBeMGJisg7OoqeWPpUxIPULT5e9VrcafBckhgxJWVLnir85TBUncthQm7tRZ69RI41V2YKAkPtooA9mLYslVZ8JhBFTKf2DvuZVr05fRd+Henj3KS2jXeBzMKuqBACtddbueACtSCrXR5v5/+gZqCGRM1KCNF2Bt+QdUNDnLzNXrolppPXOTiRlr1cPWZ2ACkBR2hcoOeeNe93Drxz5jnkE90IwhBofr1Cp+fPi3EjyhELGXdICt3dO8Yq61amofx9bpJPjVwedw5ItnEw/H6tldtktIwZREGwnct/+bsnnerjgZu/bY/CoyuHXrA1AR9pcHHhGW9QDTs92PgljogJXvLYSmn5wwJl9wnDzQJ2s7lqIAb5v/aRMkHhRWXNguEsknhBLpCmzI1QENuplkAiVBTJQVL5WzTvtbT+R/bBXtD+F5Rs+S99sxfIjodFnim5pOhRqikF0hbc7RQp3BKmuHFu11bdJNLv0Lf9Tj8fAJnkpvRC3zptRipmqIMscIexBny8yYqin9OiVL4gOrKRcdD8pvNCKYYfClLn0LsM95BW5Ed33IuLwVAcq9l3Xt+9R0JS5ovzKq68fCv2z4aeQLilu+c+mBBKrOWo8OYBfeJ2fWpu26MF/BxK7byfgrjiLgoTEV7GsArOZ59VyOt1lQKnQK2GPBfeQvBB4vNtvRaqg2jrNG2YFOy1swu8teef7OQAeY57f/A0xEJ93TfqWOOpHxRykpLhL0sCMCdaGmCbEO+l8iEdj1yja8YZH01HdnfuF0zlWvOIOAJb/5v+9q60njbEpzoqT4UucShd/7zFvI19LImbmv2M82QrAEUy30qAx5gpqEigeTQrixjLdUgocplweEAxxBcgD4CUMlzrWP55L71Lqy4X6f08FAaT9e97+8lltpj9Vwgqv7f5BDS3fOcN0pRixw/B77h2ehBF+/1utVln7K5R5yws2vqNCQjP+pgf062xxieoLT5ujIjzqsj/dvW0fdf0WeDclhWtMVemELx/LHLJU473Qkko/ckMzJJcnzOKFSen8Ipf/InPZb/1XOfcoJ9tS3ONpqUGTHfwgyqlJkDxdiYtKAHFgvcPDWXiT0TC9AqkdZn99Ew2A1t+4g4zI4moTrKLUFAE9r2f2FvTnxVtE2L90OQfSnUCoXO1l9llC4Yqzqz4txNN5X9H6DvUkFP4ogPLNXRHVgjr2UiSRV9qBIlXzdvwF3aVV9NqqBz6/yVfzP9mqQKLIUx+O3loc3/t5idyrBo1jPwSMItqkuKIA4UC7rkMJQ1+WDBCMdxTOM67TQdh+eB4idXhSbO/qgXli14vNJg/HzGn/0o2HbBiFxBpwntLNT9KONs17Mh5aMZvEGSl7cKAwTC+4V9IkzqztdJH6PL0QiYw6niHfKA5RwaMrlXXdkfPpRzR6J4DuNyhu3jP3Qib8I50GgeB4LjVUn9+7D/jwJv3oZly8plh/skgONxL2RoCkSz5ZKoq8o+o1TgtjX1/FDYrAmaAnezZy90lnjPt1WiD24kGLUrFf8FYkscfcBUyP9OT39VFQ3RE/c572izjHagLcaWC7FKjgewSZlFAMBSwuaI4MRaqr36n26DQOpIXNyr1OizsSwovbSi/cKFtMcE55pGG8qadphjQD/laPqnEW+uPFxn4Y8iYDaUYePonTceaM9r9GuS2WOustAGY+lCSmY1xhSFtRxMOtECcXWl2QbAoZXfg0M+cvbeKNMaQumQZk8lwMhVbMY6SpYKAJss7PZ9nIIbzBRsRA6pDyzXtKCfL1TN/3Wgx39igqdn/QROi0WT6yZiFzejf0ALiFKDWRo+UVw4t9NySduMME5c3Ar4hp//ymp7qpUwaBvhFTIbBJCIJKqVIpbJpGcjq4j0ZXk1+VTsUaIoI/g5ciNr4F3AV2o5iUijzIuVajsHlDu5dF4F2nbebsdx8ZAWuv6zMLSzyhBWGUZa/wbRG7A3k9q1GicbJVusORR/RWzxNSiwkBSiK+gWLwKuzYMQlCxspZNVyXweMLHj2/iWZHlj7cuksvb/yD7Bi82AafrGZeU5v2fvvUHCtFbOueHnNCAnU5dJlTQYqdWzAHqUa9AjOXGkNABdB901iYla4Kd+GX7u9KCyrntkeOhEpvKOzhZsPhN06gllkKqiLTbZ9ANIsbN6Cu43lj6EcPD9VlDTfmkJ6B42kUMLhxNsFZ6IhZtm8ZxiS/L9Zy2CBBwWXCKDc00HArOO/zCkbaj4PMh3u3ENiS1c8CaGYUxmq82m8FoU0ND5KyAZCM/djP1AesYwOXPAdzkWwP0B6znhzInrPLzDA28pJByesvERo6tla73kGbO/2MsrNKx9sg88In9FUWFDEXGEbkDg0lmrgpzQ9UIQw39xapgJJtm+qg59OreH585FhuyHGYT9TDdqct7riDa/1ASEzb2U/UxlG8fo/+Ixz6THr/3X6b1i0mfHolpUkNKUmAc/mUsgYzchyvWqhGZdOOVTPiVUVoyQ9yCMslL24xP6OqoIWe/cdlax7Uz0ncR9xsd11iscG5siMI3F7yHyVx8sfPduBWgZ8f8T22G784QdWMttwGyriJFPZTFNV2cH8jvcgskL6TqhFXnhvrG4BGIl0OoEYxxEuiFCP38G0wBy6mrLkBF0QLoyZrAU3XWLFfX+KDm9WANSJgKs36/bt9EEEcmM4bRSrNmL/NMyHPlRWqiZmMuRd7i5GKTczire5zZDeejwu4NFkbIMk720Xu7fG05ij4mL56zWGsNGXtoWt47KfDVHQVXTzOivk/ZMNNdb5qy2uwcIU0f8Zm5XwBPEaUELZ4wNSoemUcQLQqYno4YVqHskjSHknw5rZkIYabSNVdXvY5jnPp5n76fjjtHUah0OayDjowFgNqVn4OPtVk9nByqUWcJZfp7eecEsDdO0Wpt6ElBSlIeOVZ4s0FkyyqgyVTYUUnwyaBB9nzh5wby2pug4XmFZ77rQMG/eMTvKjwLjJTCZeh1d6zkY8lISdGR63mLlTRzjKU8a/bdAS3gRflyguA7SDcfcQuDUNICfKhmVBRGt9AfywpoaJCd59C5HGh0a/CEevfJB1sM7pkZkeiO0Vg9TXASDexpVYLjDVFxvA6lBr28xPIkLbOiQdhRzZ5KOnf9E0P91FRA1ReumGQTF1sUWpK0J6ajN4zXUiqgMmDWGA5AnMQGSFzJuAyGWHNn8oAFXJfe5sKMkzEMLmL/SZy/PxGineiznW/VOBMJ4yFgJ9Lh0FgcI9sSA4DxHAcijjROHLYj+lAAiA2NiVjJFZ0c7PnHvNA/kbXq8sBqp++4eXXgnu+kiyS/dsSV+CWzkYWT+SMAH7pl2OID+XVXGvpx3p5o0hII8XbXmxESas8Gf+kIrIiT01+Y7Pc0LfhPGJPjcFpG5koB2i/LTjLx/k646fsiRnYuaaDN4NSyNVO5YmCQQxZv4A6PuL7quJtKaKC8Xr+d50ysoZlglHNF+49X02WxkS3LorajzWaziXk4UxLzCasFADg3/gPvMfxRDSq2zGkMzeBYsiyTvP5XXWPsd3Rrh1h4c0/P0gW9AKaRkjiHRlDNca9Z2WstxnExN1vOMp0BSVg1XhWz9N4Aig6hp7IrK6Aw3LnguIrxKYNYMsvXWTYvCrdEN3qjblJQLkxOXSwL/7O752/IRAgX3aK4JQS/k0GpV9TMPNWG0whll6wURggCGICD9L3d16ne44iG8cUgfttmgCkHSCMoK71Zbt849Gzvxchwc3cUHHSD1k069d5BLLX6Mdv0KtBCyE7V6F5dy3ROSZ3G0HDQuMloovuD/5KmyZynRZe1nd0OLHHYnwhCnEDrJGx5cOO2Uql92JXXkeNWw3UIcseP4Qy8+ZWVSXo/MG6+ndbWRx3FDUxVfUJg+6ZfdFqeb5lC8/gNTqdIS8+hTuRt0RNpGVVulQkm+TIg3Ez8beD+5IHLteqs4PNmWOTAaYEEa46uY8XQlfE+8FP1hq0nDrEOVvMUlmxJHmmKRwy7v37ntP0is55suP8IG+9HVcktjY4oGkLgGdy08XNE59z22UtZs92iYk0hAVlavbiclkZsUn8qzlCmSMWyAwYVi4mPv3It6+8y9VrNXscmkqnDt3RAeyanmEFF/sGCqtgfWJ28JE4X4UtzcYhvLzNuDaT+/nghBatDIh8rmWz9OKJwEHaarLyROgHAtuylcJhIAl5WiYqTcG3/R+0KBQFaInFiS0jACvZz4ARPL8h5LRY9fP9+JBpeRzgWZXQJzdQiccwMpWdWTUOpZB1VEYaUJIpBozhzp1Jw7q14/qC84gLr3pWkTTl/U5VEtiNS/1FrMr7dRg5hQLi7icg97YZyjEmBhbGIhM4sQUbD8lzdgY9uWU0ZpsdZmkXaOTAFzWrmg32/HBYlHzYJ5onsbmD9wgR9D7I7r3bpey3MkF0+k5WUPKSo/fYkY9MrEMIeuVdXE+dZLCIQF+YOWAfEdGrBWDyMJA8IxMksaXrqwg7EGoC/evxcjZasGdog12tEgQ7aga8xPONJEKpYYvx9Ivh+rXjtXErAlpAXjl+EwMjSVb5SCbC8bsu4bzatDF1GBpADZK3dxLJR5fRCvv1YoXa5zhT94CZ6OB1FXckx4TATlHVNfZ9rkRf0toJMY9azSihPbWy8iS0rhRtYNaqA4OpR7w2bfJPCM0D4lIW6ZUFPpkVYKYUAhBw9zzCRapFEQRBI+csO2wADSDxmeydYXwmMB+b86EAYVX4DgK55ogIWorto2d7y4WDb5xPYMa63ghXMn10EMWklgEbyeJo7uj5CT2h48HKJSeY/Wui6Jerw3KIZIxElNxWYKLr5FtT1V5cXIVUIooBhIKyfia7fAsdUrfBCyLfKhwdFx4DeO21Aaw3VgUtN5Mjq2Ia/6cVcY6oyRuo9ckTZBhhkA6KxEEprKJFhtdtvgf7HRI2F316OhHr4H9/CW/SGCdATLiBLw5G4l7x0UjB5bAv2H708xJA9u2NUGD7lUwkL8PsmdgVmRHROI3KihCYPQdcpp57OJh7k6vARSnI2HJJKVlnIvbrJ1I9ZhD7mnMrR/BQ/ijCs/qPigGDpPcwPdaFfwpgz82aKiPVH5IIXe01LakT81JsM1B1Tw7Oqag7mXchRo/RcHh9a4n6k5qI9aAx5Qgis/kmq+PD5BN8dxRZMqMq5gKA2AhuWVTiGIQodNKSwCcSaNx5HTq8DQfk2z5V2C0xDih0fZidxRDv/MmGnvcB/shVYdaiq0MoKy/3INQbyDLVvH/S/5nvs3XAOZluArRMb2vrtO7aMroP4AAylmvpFUi/6/jbpLV0hmfuVIz1clKQZTf6BC55LEIzopT7a5tyEDMw9vh5kHX63Pxx9lLgHaB8Qikl3GnHw2TAMjuSOZpFNOKTb8MwaGLciwzvk31dszEc8cNPDPpFfwOKjhgioNnEz/78o5/qnyELQ2eGqtRLENMSwTb+yV9E4G8keXC4YU2s2dfTgVDxSqoxG9w9vavQecnce0y8GhRGFDIcEOIZkd9O/Y7dOaawdiktYNnpmD4jeWjR1b5ytwMWSfey2tI6IK9WWlBkf0CHssMkWFzuGF7Xf1BXVzJhG077+BEdiN5pFJdcHXQyflvUTaQr0GkitVJs5Vcpvga59yvemdZvcgZxnjZsUoJj/Wmf+XthB6xAAMLuPYKYq0thHVUn8/BxhsKlCsPwL+GcS0UooglS3GwTfk9+jXyYSVkpzgr8Bqei+EKTjufmJA+mIs+R2Bwa+w4ieRzB6wJNpDoAQF3kgfsEIgH0bvQRXEhcD0ygy9XGIlNJXBb/pxzw/YDT4LnITHu2DOw1vtNy3HsQT2ME0JRNBeHhsDa0o9IxMxl98i5cf6eacmc0aTWIRBOh5FOfgHVpNn/X7YF1sREEwnWoZR35M63VzK81AqvHVkoCXUboyKfGofwIScnF7PsTiTE4Hh6NhrRdV7G0fMKgM4SUaRijCiYiQUaGfbcRVDyFYwKx3FF5cJ5UI45qwbolR4ug2NeB90DWNhv3iIFFESszIuaxrhD4Kw/W+Fyy+oV4jlFYWCMWnqtTyIZKnkqyglZXfgnmEcZrxYPe8snjdqx/Hv/mP3iIibRURuzg9XoYyfVG3hJGkkJd5NQZbIYVXEPirQfZhVKoKE6Xf/rW+zNrMhkhAMgFFB800SvfcIIxSc5qlmU1p9g9eQ/ilIBhW04APq33vCkXEGRGzxiX57bOKO2dvUu95/XxCHe/ddD9CX5fDm1XB6kHBrcrubrM6ljGKb3ha+NsvWkavMfYJp13Uv1c/19+p0iTjlysm8l5MP1FCOcuj/OgxLHKk0wCckJgOT28vKu5lHWHUpgh4581IP6NisDP1zBZ2XMAwhmhqjLQaapM5PO9x9qaQ+xe8iFVLccOK+5DQjUdovMcKdBVFGUJ0Y+8QUvmEg+kz6aWLgSxddFrTYlDVY1lBFE1IpjUE37tzOZQ5iOWiHlsrwofMih9LdEW5aHnzGeqg/OFqDXlZKqUfTmejYI9Qu4JJLIBO6W+g7Uml2zK3V3bMGQFw9eTn6uexq8H+WH1Bdl2haBfLiUAONtdUG0t24FstU7LyaZrvpEfVSXYViuKiy1hQCHDBlmN52mhGAkJ5RkitV+Qv/gJTUHJbJdyA0xMgM6dKc0GPPNEmhaGhrXLUn1fX/rqo9kGFmlSDgXdaoNNxeSvVvQ5mUNrdJIgnJBKI3EKoSkEl6GX+7ka1kOu6dQXaxT4VJXl4Zv1pU+b7z5cOdaiOhepA/J10lOAYkUIh9RW3KE1/xmIB8Y75QPq1f+EtYkWR7afq0emR/h1ZFYS0VdXeMDYKhiSMsh9LfcsWFUW2+WkxnmNIeYqkIc/oxkACXvcyIlKTNnyK8JQUjIbNtFFmCsgOGVZVf5wTgPWs/Jh1tNngDlUwE5P93Jkfl9iFPTW6IPTUlSsebvc9WnWSfX01J38hiUMsjzjBPF5ht4WojXTJ9bbjMF+KlWJBjk86QXH6OFqaI7n76Zx3Rvf2lxw8BqxpSppyrlWr1ZiNlm11RNRwMS9sZiQ4rKZXaWRZNU+Dz3NcfneoA1dF+J7uyMlwOLLIzevdRJeg+oJTsBLQWuxdubf96m534TZjv8+9QdLebyiWos/1DmY8MnS4897Fdr3JMcJ0ZD6YvThbW1jwzgSkY5kuMAY97WrMxiUPM/cXKCceftDb3JsxSMBOdwf5WdyA19KlmOzKoY0DSZd0YiOTNHRNl+DUaBlX64wUh7I1yKkdaLKEXNl0nz1b+g9u6SDQTTAbaVrP/njUB6x9wMPLThHbHyzpRpaRXuvnaoIwCv2YBsZP8FaWnQ7Ljyvw0+Xa/SoFbjY9J2aGaxjYs2RcyBVMwoyvL4+nCSOaHY9hCI4jxfeqF61y0/X2ZT0wJ+Fpin7TspMTxw23PsNGf97FiqBydfrNz832Z9NCtjj1+2dluDnmVQ3pS6iLrgn0YCxW6eBTUf54aMbWQYH+qC+KIFhPdGl1djKBQNUQdpyPJl3u3U0nF55gB7XWwSRfh6PPSMhgOmdcywbRuWZWfvd8MbwY5cofUVwjbWnBvnurnuDUdYq90zpbek1s0fNpk4IkN1WvUH3waI0Y31401XwSILxAy9J5EqhKUfGFxW6+KBkDFPBx5hK6IQ75fv/ydjvqA48y2hqoySBwNhpRUp4rkch8CF7D2lwI4xfEniU0krZRW43zDKsV/YyrPFjaBU0vQd7sIVoUiIxXZfi03O0bnF1Yc/27hZme26HWWRXo1+XoAvgBDpxc+VG7zhV3DTrSMmneOcKZE8Aqr+1UhKKrn0qMm18YOJsZu/eq1w2i3aAVvNtNMNCc3mJthGeKZ/BI6CGdSJjCaqvKHeLkhty3biYgNRbd/Gtr5mMp2OvOVQK7EKzyldUMx4fv3OVHBlIoeIPfkj9S5T20ugtiv7VX4OuvluBf8mfMHSw/R6rO+X1FnOkx3FDiS0EBShvajcSY+ZvtH12vCrGTc2jIdKwRS2Uuf7/iOjt75Qoh37jJGSI9J0fnYU1IgSsB38IEA4rTyrYV1wttT9Dj23uqvsBGLFZX/pYhRmDYp7JobD2UgcYL4FSWiLB9u22Wl0iZnjtYhRSwpWhNQU8Uut6+y35CQGoiZOFkET82hx7cQ70GZkFAbFNyooTfuEIQRAPnsSdB8kVO+FGKLlr5NYjksZi7lDB47d60cEL0De50+2NuKA3XegP/U8+lSTykGmAbf686R/kmS4CKpr7ILxjSbFV5ZXLLoyAmtrkTbKfqhZfdoA6Y8nzKdNiM22FtECic/gMlEZ/nLhnu3G/V7r9w3prI+Qy2OWW9JdbP0uEp5MEc8RED68N/Rk4+CgSkRRAvKqBkuNV2zgKvl4KeoAfx2AGnyVBcHyJ6a8VK/O5890Ti5dRgbI6/UAsQeAn6H1qh43fvaUIsOQLqHbkrVasoFakX1MOMYcEEilXVT8fCl2NlGcmqbFQHLG1JVxSUUSZ0pqgk5S2qApm/eOKRzxxQVGPBwS2FlqpcrscRPr/CVL+fo3aSc2Qt1WfA3rnhsV4TcC8Iobrr1/0u0VWe4hZO0XGPqAR3tAF+wkIZWjhlp7pXakVdpJaAaS5xfkmDhQHVN/qO3YdJWf9LeQS5QmD8jpFsLFeGfPCoy/pKvtyNU2Onj21CjOjWSs8qMbIHdajDdqlhwBlWsx/dmvHWJCvaiE0VcYh8ohowjSaMIIQ4P3mUzOIpKvfEffajUuR6ANZjNMQgPmutfftS6Jr3n0cQdca3L0Wq1/GG/itICfVV1yeb1ACIuNv+Goa41FShtmpXlLVOZFjw/E+lLH2QVON5Muizen3kcHA4gx5ZKgJNKI8pQL3CqnKxwHHLbzqdvuP5dfgzl/NECWmdUUEDpu4jcUt6ZFmxx5Iqjrm1FtmC6VE3BabZ9SJWJo2159m0HRixANsfUAmrwtqlsJp0nISOoyzRDkVYLyFprZLoURzKYq+o9WH6juwbZm9R5i3RB4C6XFG1oPdmdp8aoZQp8wHgLXIVoDoZnvHMm1p9FNAR9pqG8p/QridRyu9F50cvKc0rVlWYXOZzr4PvJCBYA5Y2o4NGr6HF4aMBO3OhY/iDOWqDX/8ja5PW8FJSsIS/P4U89SZW1qpCX1Udl9/2Z/SpgrJQR0jVr2a8kueUVCJdFm6Lur3iuhFEcWzAvc3ZSR1iTGIfZHPYC28+b7rv3QFtruCIB8Oc5iZBMdOF66YXSJWOCw2XLOFD2SNl5dWqfnZ1iqPglP3lmgZzSMIe+QR4onc11VRa2NtdzmsMU5ZhgHUjvzFMF6sdix7Ar/qE3XbtMAI2dbuKwghuP7vAKeNHbwQA4limkPZQORfgSfyaviewtClsi+mVAbjrnRM11GUGPjQkcr/5/YTsvrBKTF+9nA4EoE+jUmh5q9ENfue0tv6F3cfz/CZLAkImeel31CGWLnOeqEg96ltdvywgSXLYhHC67Ncmctds46cmo203henqih2GsRmj1eYXnXjVArk0VG+UtG9y62qlGliY5yfNaMYttE9Rw/qyswCJ5HVbB8oGhxaO4krspLsk+XpINw4zMr2OFvkcrYNFHIKZLJD5G+6gujBx58HqvtQlC3JVSYNp6VCPzYkkC8fl5iwoQv+VmRqozAgc01gfUppreiPK9P0Hp/qF03bEb1oqOES7aRv6L6ohT43PtbFpF3ZtNrZcm9ZoWld7waCJ+4P7Bu/OwlyXNMAeqbdSrwhD0tUGQeHIymifKSGgNIBuBODdvgdxEnhYKdl76Ji2EKU9mgD6tbXaPEiym51XKn3UPaB7oGQi7WxgESKSp6iJNnXqXddPB5EsxL4q5GP1paEbQ5oiIF7b3DTxkS5msH7j1hoiCeokr6ckHjo5xvTidUgoJVXxOUO3R+wwdMR6BGH2NaOBVF+J/Fm0J/JyBqAHhW0E7NBqI+g6BL5dp+zjQI5yL9IY0H73jg1rG1d9jkeE41Nv2v9ZOTQDpEH6PgM4oeG4Fr4Ye6hevtlC4JjMgfe7crvM7YAoKugNXgjrAVIhglLnHsGkY1YvS4OV1SvlnaoHj+i+6ZT6hHB3NhMGFJY1/KRtyUY+wrp4Usx4loJ2eJ8m7t78NxcGLvk1eAf4t6GBvCJSmAtuP9VTQUCoCz/BbE1WoeH0tbc+9eIbV/aHdVa4PCo9JD4WzprIqpuTPhfujpK3GwgJwb/4aV3M2G5NxnpSf6c+njA4Zc/DtT5n2wvoysYse/RbgrGLGaRwj0Gn0KXczrFDpW/biAxvCZNu8nrSFZpqvdRhPFz+2oTkt5GpWxmnRDGr0gGUvLGUEmUzcdYrT3mzwJsEkWfjRJe5ydY+MMdTiPZL/NQKHDGMUVMWXApf5mcDYFEEKDBpH+iQgF/ZK9elhni0hMrzPiNMlP40RrBkvabblV9a4Vto999Jj/utk8maaPSYi1IrYogV/HcmYJfJBkeHgzKW66N6il2ODO/G+JVSGBDfJe9dPV403S48ZQJlm7LTPeaYxRjIcLvTz345gUtNetKQuS8GIT/F7Gwg+pB2VstYU9Ydyu7bxXYvnMwkXgPvANkOmYHGmbH75JuMeWWO5MNSoH3cfaFKFwp46edB86nCGnoD0QUa4/CMRZOcmS0UwzMNidwGO6yWaHc3679LTHBwCyjKpD2Lcedwne9MQtQc+fCHfNfOmanpU444cMHJGNE2ITry4BocfqA9ghhDb5vdh0WvxUUrV+FPm8NrYlzJqi9ksTMM6OB9IfzojhOuwf/BkcdGActhcLhX9Q04LXeIGp2GDiDoSzEelTPXK9vOtNhzAAszQjxbLqqhzji3zYCKniHyA2DBYA9eriaXUzjcfsTOIwWqXt/M1vtxbg/nxMpF2UOaec/xEQjM1hILA5txtiQYHHtgIbun7SAaKgDgomqOMBPT2NghAgM8XLkTFfNYWLteGKHpgZ7q9mQrNLoVXNYrZczG71k6jrAmWW/nzsK/tLimmN4m7Gk5cZMeEvNqiJ7cqivJNBpxWfk/WkGys7awLATYWHpxM18MsmPS43mdxO4nvScDacNGi+2S9wsnbFX7xjdYFlecV8MzONKz0fEYli4Zbu0luscEzL3Bc8l7R9EFG4Rs+zkJSQK6ecUxh77xHxKmDpaBhT8MFxSiwPPDndBODmz0xgvtvmwhvcXkdzcgDZ1NXxFILsKj7XqUqAk4mOA371IJ7j5Qamu3jF0yrvXFYIyZa27ukgCLJ74RiziwN7RgHVVebBLgFkVvkb3RY9W7pErMqWAX96voXJ8SLBakPPRU5xefn4fZEhMXwkxzorOtLBh9EQ8DENAIQZaGb+4+W/tZ/1t47CQ9isSuMVjBqQqrK4wcGMA2pmJSOUYdGchnZZE6ojUz29gFMHdnxbJocZi6DaHpdbdub25WczUO6DawZvfqkcJFgiNn9mAoBmyvFSZvaT6/EYL75HeUoysjGRR6nBEN32Vg5K501emQ1MXLYvtobV0hBWiGdwKQDPmt8kiDztuA9BkHmfMarEXrBOjs1lzziro0HY7JuW2l/TlLYbwQvXWOVD6Q2Ae6ZvSswIcXGNwMheVadXZdi+7VWhxQlWR9glXKYgvfzqbai+YMKOs42z1fq2dj48QpxocvkQRZ3IAjxy8FIMM80qj7DqUGB2BCf0PZXKM0d3OoMQEKYbbPCBAoPiqmGYF22TjslhcSOUS2a6qm+YcqaPgQwzbQ1UUXXDx+6eVA8JlEdpzkqafzEax/98s4vhhcFBDETb2BIUWAbIzYWWoYoDIWq/1XYB6ME6gvsbzupPqz4+lZa7XswcgYCbZb9arbYNwPWIhZYabvZXpmrPuJYOVAHI79OLbN1b5BdUjPUwsHGSC0ASFGgXJvsg2qxp/V2B7FbCh6sRZsE5AUK34X+vw0mR37f/fOWs7Kb64e7HRdA88sR+iG3O1eslMgYFo5LsfvwXxgPUVpn/YzCcR14yTUge7Kr6EsYFUoskdzdiu+sZ6gUXaYWMWq4wctWyliw2+vAmiuFqtOvQYc7oruuQiac0UFXQDWnUgTxSTVvcD9MmOBFSeqg7AMUmQ8HE+vZSB5k5u9Jtq9FoTo3HnrMPc45FPj/xsHPKiSIsGmlWEupU6LiO3T9/E/mIo3UXDyNOYGeydx7jZ95bCvbisBOFio2xwfUUfDmA7GlWAWrYHr39AsF5kc1x9pVqpEJ/iIAqlr8ucu9a3KtLUAhgF8A9VpYJR1HzNTbNtCbrem6JSDGp9DdAIRswVfq0VGOxRzTIYMGuXWeST7i71w/gpo8oKv3Mww/eMzbpus4+hjNWfUzJSkH5sX1LJileYiUGtebjgIVgDW66LunpeMvkXSmAtKOuZnWI3q/o+0OvGXh+lfqnaS2zrFG30spa0CJ7AQbTcEfJTHYodeIMU0Lzlx07Ph2OfCtgptdj0du4B5oKtJ5I5AznpvSK1AHa6f737eGg3chdNajJb/4wm9lJTaB3AjjPaw/vhPSu2ZpJCgYI36AN4xCcVllJEGcLHuAZ8D8xNga3+LiRBfmYJn80U/7C095t8bHFEHqxh8plKFfW87kXS2KJABBT7/PtfpzFnBDMlQZ3R7qxIHbBBrX2dfLaz2zS359cUVEP5oxIgzsetDIPrZj7NwTPx43FvVC96Z17dt7TxoajhddbSjBOGdvUNxmj2y3RyZrDUO8QkqVmnmeWXSDDSrLu9mQMhri1NqIPTcJIJbRj6ILDS4vkQ6cI+NRk2e3kYnOSpRrv5g0RrmTEzSkNBVbKhNq4ZEV4ooYuOLUd7Qmnw3WjLnXZ1VYcg6HKIF2HmhDEJjLSKIHnsj+XCNpmGY4hgNrQ3iLuJIE7I35BD+ZcQXqbj+qJWIeGF4FFTj17+zS0UnjSFdmJCsXb9pyX3CBtiULpp7KcYjhgQJHpHxI9uFQnOlkRxgT1bA3aaxF6AWpR38IbHltnjriFCbTpLiRdCq4/V+vB8iJ3NYflXccHRmJWxaMNfDM2cCfjaWNvftJBPdIRS7i9a4W+yavKkiIvcHYLX49UxLpSJIq/t0LsAsIiCMSW2XruK10GvTe1Q80/Nqg0mIyNC4XPgLnI3iUFNtl5GDaBeCavUfeO7gA13ioGuAfwXU9uU+eBG9AtIStawlcyzFVBvFiPZa6ZL0F4n+6FWdZ6/adBNc9FCBKUixSOOJrCJWzFLLvWGln5h62ogxUQLQ2+i5uWXf5p/uv0X1bv5Du35iCPUPXF2YE846ngnal8sYsazaBq0ScTyMKBCSgvtjLfLOZonE4N6FxpMsCpZn0MB5LEp70pGIs1gC9zoOC4fcJLxIE816W694F7VPzwS3NRL5G3Ya4WXQgc7Ur0yAroS5qclRzDLvOcJh7VW5svz/LZhHO36p4UBxrLP5IrNeoN5RuHsTis5NFMryKStqF1dhjpUQ+VPwgvLN5lag/XjzPJYjdWtaVIzjhcW4vvMvvkhmF1O6WWLolJFc+voYe6UhIqcrxjtZKy+rRVbw2MG8e3W+fY5NCZLexdo9OQDiwkQU+zop52r7Tlqw+cv/i7sX+B1Q2942KAcFFeJtSmIBGQkJkHqPiHdG2UaWF4CyGpu2IrVF1eh8AD/5Yvopjevgpn6uSDoijyUg68TyFZviD7IPRaXprqrdwnKdPo76/8SEVAPl6b+/ZDnRhIfp02/CvPET0I7+SO+nkU9+JtERchtAR+Y6X0BY4UbqMkBcujgjcvJS3QPOLRZPnEd/8YMX1C5lTCdQLpKskrhoZ3IsmYGUIBFgJxKBp0S9jfZzp7WrQWc03cT3g7aFXBtPon8bd6G27ITgH6BUoIsCV4RSs6HzYMh+ObnU0KnHN8pyZROoy1BeoGRsKXGthhIaYoErQYKQLjwGR53zape73bYQd/zmNXU7xOoZekccVJNJ3k23A+ldDjW46vRlLhWxUm3S+btjl2wB5cXdrxAPpBDJbMIASLKruZfkr5njuibhU3+V7y4o3Oj87ctSrJLKnF8jlEaw6f3lzRlV4haxRBu4OIhdG5tVP2mfNWOK4suGazn98NEpyFE/dBpsh7bST17GUorS2+8MUl43DBDN0CA8ityjnw1GCKdHsv0rsDwd8VhkX6RTG6oPDr24I2zA+UrhHCTuw6SAXoMiNFS5Prb323yEqSJYhBr/dmulOYxOu9/2uaMI/+PQtCFIOUEg5ru2eg22VtD3LgZYWNoVf2wCyDEcvDszcdJ0vkGGyahch7LG492i0EwUu29t7E/HGTXUuBZgv1hLTw3NLLIlVqd0WbEpSES4glwZWqwCcmmv+UiUppdUmxOKI0eHMsAYFtfT1V7dVOwbg/tnH0Q/9FICnFahB0UHxiGdSzjyK3cYWfvTptNrpg6sLOd8g4PtJp4rWLSRmpCjWGEuWt/z/jWalma71PZSDNInRkb8zHnHFkQMWVfBYUMTtsUnZLSEk3lFpOWnBpZsiiJqS8TActaiQwzVKOs6yQIgTYlXE6oy1sjFyjX4jqplX3jKKp2oBEjEHEbAnq5GDDtWsRcEBokG4ikKP8hj0bwmOE5i8aNiWk4U6sVW93IFH9VFDrAsIPFsTzhqBPvNELsDpzLlTDs1swWMvmFqMNYkaLZZ3MMnXrKmnpxJShyx9SxzojYjrir7LgRbR01l9+SzPkUSYRfPXevfedhZWlGYEC6/P+JfVmbP0smrx8fCmObQZtLL6TcaxlmcX0e+disyXffPQlJ032LppEt5uGKCuZwl0JBqIMVst5bopMxRk4sz/pLXYtYwraW1eDRQofn9CFTSWxSnS/eZjkywOeg5oWUH+dQA/WY17KxN4M+XS5K0bZfXyElRB/VSJhCxDo5QS8QM7DlOX/6pakYnUHuzPU2OLEg2bMRd8c5suzcZz0XoaNh+8L+dPKJrbi+6HxDVzruodWqsvjKVpOMBSGioUvOAIbG62aJGOiNWWlmCsZshFtHkrdJzIJs9aZf3JM5JP7HSxtTpE1UrkNR8k+r8BNxyopPFleR7Mz+d8QwyvtzPS5HVPksNjEAN/Ho5HFpqV+vOfjl+cwrq0qH3vhGQJ/IMWpQQhK1DkI+CdCgX3b7rHA5eI+1WkWOwgNmJRIRBWeDKslY2wZWuxc7a7CYzNt6aKgcIZg+dj3b11K1uLVqih71L6dosH2r1viu9iOhkEnJoDIi2aGL7Qm0g1RRWSRft6OfryDSIqAC1Bu9rSs0P+XIMjuQDr07RQZjdcxc9yMrredZcad0WKircnPTnLkhqiruP9t9A1Y9CnRr5iHszQIQaXQAB1XAWgdvdPl6D6vD8/9/psjjNYWrlW/FYvOsRyOBt/BVla/s5pptS3fhR+fTQuCAaJzD80cJzay/Pf74LK5iXSVqfPoXt9JjBdNSceY3GuMt9FrqI6dsKCVtYa7zObXHKB3m84qrfTyUsirNfRztG/bHZao27SSQrX8MYkdZ2bWDxYlyx+33RjCRMrkwktNyS3PswEPIM1DNwCHbzABwtc43UrkURhoEvvbWTRshJoORC65Wf8tqHS+4TtQWtiohsWpzwzIIhLQmTNM9u5UjtG8OrZnA+eDJ/qP1C/iUlSeZBCFebWpvwvQjwLQlQzJA94KrnCNvwaF+ePEvC/+fq+Sk+hrH2TY8rldaI+gfRpCjQc7MjydmYupTrw2LVv35xUA0VsjTd0SkEcjDmXzbpeijiSIDegqNCI4PhISqweVzDXaciy1wk5MgFZEI4wwLBCaHmgUGSJHah2Hk9BtFHdCfVqU4FJFnS3ygmm365OwvrUYM+4e30DIoBzh+vdg+SuthB+TGlX07Tm8Dh0/h5brwwyVCNg2t63yp8eqIA2DZS7zNoXqw7hVVIcnVCmgGxdPIsZQsbJ4q8apPVpkpcJn6idvonXkde3FEuHujdQBIZ5nJiTV0Kq687suVIQdYFAMm6nmKcqOrGPGmwl302xgG2IS6C5RwuyqZVzcNszA0XdT1vlLesOtzut6ocwNl8az4uc6eL86TAdZfit6tVfpz/ZsOrFyGRxeXBEfuK1r8SwGnt+Tv2S8NIH6kVkbMnufCIMFkr9rQYYZNxCvHsnGz1MB3QoJaZ1H8Hem9UyUi1hMVqwP7OrA0Fb62c+odfgPUd5+e1vLmrOEs4fZaj8H0T81Lbr5VQaVfNPGft5caor2YW6KUpiFbD89EQItcYfKgOl3Qi2+mUfoVQKVwRAH+uaRiqUyYzCD2Ofu1S5UUUYOaM5wMigsH9NMmlCOZzD5SB4BQqvSsN3MYaBDQIw6OgjdQNEdYsumXH+EJTbH9H5dAhru2JuENkldgv4Cw4t+wJ89zLw4fcPp0RLez8KytvQ3oDs2oRXMg2bizs8ZihqyvuF8JtVYSVdkl6hc2DfVF0yH/1Q6+oImRdBZbxUJWTklAxsrDT32c/vicI8T83sqUz7PNCuUj2Rz6ka8+cXWdyJo3PyDCzonz3b2KZrHK5Ea7sdp9FR9Fz8y2jWP+AP+aU63UVwn+gEp1jW/mVFa4sK69X8oJ3CV9Q3WH926ZRa3NpTxwXHEIe6lxczrClz0p9iOLwkXVg+pPF9I172kopdLefQrcR6K5HPYAl86nxxg+JnPI7w8kG6YklRV7ZDcLz6RZAYfwer+LPO3DrzYnhqBw+HbK5PgXNd2P2kikY2NqAtZsAQLT2U2wLFhoJRtqd8tVD7dqjUIHPEqwcXNscX2DYTpsQzKfUpI7ytDQXIjl9FMBEa6ynbImPZXWiBOHJ+yEXgXcM6lrgA/QgxCYdB0Nenf0to5blyrK/SR2OMeklx8QinKpu3XkOc//GaxdYfCdig9W2+LrVpeKJ684fPckXtESjkhQ67zg0GCrXRoUHJWyYPXpn9UUhFn+y6HurB6Ud/YU6u/ReC79gpEEu0Zfzz5OIUeJXvD8IOoH/xtTCsWi6NMvK8x2cRZ0HCG9Q5xsidZtsapie5oaY3Zmw6P67MlG23uGPMzemQSISszJ3AhOVP2EH/tEJIJVShRlpN06fmPXyc5KMh9GbcACwZhHZ6jnhlgGHklnWO82nHgedLEDsQUw0NVfxsR8t9x5QNVb7Wv2jxn+vIHRPhRhXUAL17bWRjOq+4vM3v1iuSbx4CeBP0E9VDnSBpk8cAJ1js+ebh22cnDKTysditkMTRQ62oLgQNfKedm4hqKDJNM5Zp80dEnqrG5vLpxIFnaU3DIaCXMFcdSThu2AWD5lONKpm4Zc5LZk2z29CLTwCGKjRBUQZc00h043IDRYUxDPvXflAWGnXjKzVw5tXlnWY56g6nqbVycHl+TIqPYqonFaI/H+LuFIGaaQbrQVFPoMcXpLeNUyoOcHJlbEeGclc1pxEQZMBGnMBfosdJRulGaezo2vUgdfdY8H2lWad6YBdCv1YMlvPVOrtkL1BanpaEnxcVtVSOsqCwLl6Ao2BQMAQ2FnzvcAGvE5WX8ZybGIlQvIlRtrz9olPARkdHdtDLGsXfjcu2LpdsgC+7ah+9b5947BJXO21x8wGXkk5LLuFO0Ri8d+yhst/I7/B493mE6527B6dIJPNRJrGsYX+1QdQypRF/Us6zxZ41kB1aZ3mzbr2+d7NNc66yGEH4lX8bUTrQcPgrObx9Nin+d3BghGaSP+BfJySNsD7CvN0eIeAqhIPTgN19T1B9Vec9Mo02+aj/XGf8T0u/tFltrrGJuY2kIAyHs1xQIjNuLJ/BpqpFag84YySkDKMDlI1tiP/OVwIKh5b+A1UufR4SMh5r2pKyeoUuzxxVXwpr6J3H3RwOV8ZnUXhq8q/jJboByavCMqexI+ojqXw74zL9lmXFNIut0WNx8DdlY0y2gM0tvY6P1cgcHC5AfWc21EinIdJuokYrpnZb1+8Y33pn2AtcyKkuwBvXLjDGy/vcU+t4DHcvmwO8eXSfrE9pGQqtGlnwcx11MfsEJ22vIGuRprvJmar+twMGFokYJgPZWWJfbRp5EPz1eei+R24eAQO8YTh2VrB9pgHu7HuMlWD7PRW055q27OjxkzfByreqGGIXq2hAPErqvedqdmdW/NgYkTPfaDF64Mfv9CKmuTXfxKReguXVpYf6yUNL6Qn1olThUxroC5eFGAyakwtjx4zj4Xr7kZfD6yM9UFd7iVwAJKRlDZ2/kkaYev3yC4m3c8GWTFfCkY0bpDpYd+WaD0zxrPGHGXE9jxKKiCVSLHd7rLI1olrRJ8xaskw48Zbncjwk8Dul7glt2giYR+gf39Ojgw5xKulsXLN4IiH3MGDUZRB1JulmfVIXHvrPW60MMZRRA+Hck+ABXCMxApwyAucGhBLyTj6tNTzQDXAgMtShxJPORPExmZnDnPrMip0U96cktlWNGXsPtD8J2dUiST/Q5ilfCY9hq8rqaBUjuNT1S2WR0DG0mP4sG+zwF1EGo8sNrEeiMnK7qpnoysQooUUQUP5fo+epMuWKIgWlB9ATUvoCzlkGG0kTsuTX/EaJ4LOOUCmP7D1NZDjpPBJ7lrgFy1S6gA60GL82P+PzsNNM0bvyM0Mta16Do5Mew5DClE25FUiEDziHrHCbTxbYDzNYMFh81P3cTV0u0jSijpeaS64rouNRKziEDfteXrPXV+oUgNYT++vshoxMttgNyyj2xkUDqOdCLc2lqQ9OZgRGTJvAQBxWUV7iNfxshHHjXatS3n23JHo9WrsJMRr6OayEr3OK+XoJxaa47yY2Hr4NGQEO+y12xwNw49oD+TlYLjkV3+vdtubBtxqFr8n6uKjbxL/JVwW4Kfb1K5cAW47MCZoqLpLXmq1NRvEeEBlx1/7s6HNeD51FtERlyWfzfzpk1gYLfXGUjBW5ObdRVJxKB9jY0gJbkB3H7abYJU0UOXbVVBkhTPR4FOT8c0X3Y1CAIZfpIdbbqJuDhhUog9rsfyai/skxPeSZWclAH0YRX9eREA4pBpOu3MdKFUKRJrPtbfpcmWicIgvKCboVzqn4BANc+VoJOnT/FicIZMqKnN0+EkoMsnd81D7+cmgQSNVDSftz4l/QWGomc0Wd8VRZXGlJTTLvTFlAo0qPxoldDCrZoRJYekYamNEyQ/kPUffWRMYnU0+uW63EXLAg45QX1quDwNaa6c3c/GAQ79CDsx1kHCfERyaeelsWGI6G1Er6Glag+hU1TCIjusDZT2p/DdgKtJggryPYjKCXO9pMoUn/tpybueWgyTwbU5EzUISBjjingMfLga37OnaFNgj5pAW8wFF65ZKS8qRT37wIUvd0oQRPKhdiIMs3tTzf3Xuu81dsSpUHlqmaEBKuLNJgHQrgDymFCVlXhhOQosWGYPOVjC0X1pFY66bw8WkZGQG+55FWHwUzVmJQXCox+NYRUlTLOMBr4akN+hsRS4qWIEV2Y1xm58a0iupUV1l461i+t/HfXnDi9RDPzqBXi5zCnyhKbKUIApMxXDF3HWy6HRRW48a607jjlKv568xQ6r6Wjfaq2oUiTc/X8PVxbqBBQiekmUTB1TVtMhcqdRuFDlqYFJvbNObkaSmmnC1IImBkIeIeuUrlIbB7qWCwZkst8bSGF+q+WMtUGwBNQG5IkLeqDwbTZqyGv64ZFSDLqZGOUeFW5dLTpCztvw6IvxkvNC6Zo33Mthkd95SMTZSHPrhK8p4dC3JX5xt9s6dnwUicn1Lxr3iF+kzDKqX6kVfCkF7Z46G6xuuxjeW+4bUcwy7jcOAkk1GxidtXTfpjXCLZV002AN6n3mEPyyaemn9p/xfXVUxyCqE+Z9LaWCVYK4+cYX+80dx/SN6QpaMRV7hkV3R3Gz8Qt7Gk0Nl71nDh2BEFbtFnYbIJMG797MGwZDk88Gzlz7jnT7hXGoBnRGWmYp5O1n0BNm0I4dJZic52b3JYq3Pn5lFvmF5jdpNCixWavUTMwJ0c/LTzsPwit/auk6aiVulrVxLuM/FF1oQd45/b123ldFR8Uc9eMYHeabIYCUufhQcHQkZuHqxQ453KlEGQK9+IUn6hDzJCJ84jjuhRJxehQ6nHUYiK6mv09Cwh4c+J7KmlfTDRAXh4mnzL+LpKeSnMs7MV97ibh8aVGEslmoWhmnHrFIa72W0//3XlwhSK8uLFwOPhWYfHEKZK6VnPueNJo2IBLuqivUCbbseQDQ6F5EmUgoY11mW1FkHO4G+uTnqIV1fOb8TomjYWAUYrU98cWj38FFl+EBDQfI5sTDOwCkPpgXciMPe80MUhOHom7lVlflgHr5Rrz42qmoOjpXtpJlbR3IoBFWkKiFs5UDz/1Re0g77sdDadxzsBUQ+ci7XDc+hOZih7eumJsJOyj5VkRNv/zKuW9Q9g2FYu1KylmCDZcwCfLlId4AsdyD5ss/VGLVqYIsN2HY4AvN5gym8lNp8oL9nh0Nx/C+VY4N6LQA81O80e2caKInKy8dszY+5e5+rUYLaaA1g8bcjFxB8Q7XyRIKdmgwzTFHt32T3Wp1A0VlKGNsJ1F4tH96QR4/1stKBf6HXJO0XkQC47dZshgYf0F56tFNKK6IjRy1zjqXcBeQ6EWOu1Agb5QWKlY0A2hyEAPE+DHPO+njw9eRqn9JvC1O0m3g0T49vSAYcNpUEyy4kv6exIEaHPzoZ8ZFnKm0RDfNPfnS69LnlQrJ3o2RfnSnMHQmpcZmgTVIUSLtsBVhckKSMddG6xDaan/DjcSrQAPiFuFu3rO9wcxBu8RE01e5pUZ4NOi3bk2bBwwSTTxz/eWmxlhPp/t15QrT2EvQ9K1tEafE2xgdjNFO8FNX429hKCFGmF5Ss3KqvzDixiq5Xln0CwJ0DrtGh/i2BWgbaNrdblvl7KdlWzAFF7s9gfD0buysadfiw2sf83r5iPuRBkjl6UZX2FmAyGEzUQuUfBD8bpd5RkLwJtD6gq6AThDrunbJSP3DTGXAvStI/jfMaBoPChE2O/0F6cA6Ohlc2Vm+ZbSyMKyQn7/Bxavh4T4uYtzzfR1hSYXaraN5Du94tbyDinNSGuuGSygOIRxoMjGy4LU8fEFmu/j2CmLZh3ux8hazKgIEBw4yCOEAujx+T/XWb4FXeI0Lm0Z93nMhuBQ34h7kfA2DYZsblSeoh1r9fFuG3O13UhI3go1Ewz3Vs6Al9vD4kqWte4G4B3bVq9V25Rx/5u1gnHkA733m/JnEWomU95Z4R2kjqaGhkRb6QcIdNKEvdk1jKjdmi2rlvLv6mknsrZSE7k9tqBbVdLYex10R0xfvmFJCyPHsmjiN33QCVJQuV4IDkmsy85yIgzbCe3UH2mX6ZqDN+9D/skQvsxUZyl/OndY/nv94gsWGP0vkax6Sm0bm99fhR6pRCwljaES+wYWMnhEDARXkrfk+LdGqzPQDCkP0EyvWWG6nAkksfo0WLZwucqXplin8WVquMmG5ip5DktTTJ4pubQFoxL1RSme53Sf96u4/4tzJDg9EbecLAWHYN6tiS8LzfHLkHUwm3+/VQ+5bdUuSIE2ILHVxApaXS0tCi3U9wHSeHPadUjSP9ZPBRKam+wfirjnUAkx7Rnygs5o1t7s7ElmcMmUFxVoGD6dzYWsCSvB7zvBpsYl8Qfr1Nfbi7Rwi7VD7mwNl+0j6mmfIzBOl/tC6rjlav3PR6cOKuI99mn2MWQdtxoVRnvt6HpCHZ36+rIEDK9DWq+2tWGKYFb252hnUFzr9ZfsUlClxSwZTOUyzM6Im2RQU2z0Hefsw48E17r86UI+VGcyVLWklfyRXbQ3/DmFVHW/swzajsat6LgxkKaJpMTj+aCZSf2LGRQtiWmBE+YbOq+/R89B90yPhE3XxpfYzsDxfn6J+3ytaDHueE7jhM3eUwYXd1g8/avpUg9NUN8DxDu7sGTJAHDLWhg5XKVqZsw+cP9nNxXhen+cAz/GgnqJbsdD1cJjxPzKJIWjGUiypcmm0PNjVJaS30xDNVeeTG0c1K3kT1H1hY/euN7szYhlrUV4gd3Mh66OCg+WRUE1uqTCRz9ZZFvUr+QYNBZZza7o8bqznR3GM347KDUdTfS9xX+9oI5MLHuCGAXs/ZSMT7P70QT/0tTDX9k9MkjnnyDIdwnZ3fhzRppeUo2bQh+/HuTyD+iXOn/zIKNyRVUdJiQM9qblUfaNJUZFP3Xc+GaqIoFOjJvvQZRwJB9J44emUaQH992ZdYmQ/wQpqNQW3aDN2sk7otVL7UTI6dXDtrTsHVNaAZtvJVUt9Ve0xkKAMElb5LbyPohjSU7kZa7a7JQo4KArbkbUE+s3JbH1N8RmWwFxNAnAwbSTPIg8je0y6N5q3ib1F9CJBFfOtSyFKLOLgPo8aztV28DYL7aO+swg211C4apwJgdSiBsCEofP/7lhde4YfCv9GbUTXl8CqMYjcLbW46DmwaaErO/huCSJaLKIk/nTeEtAwq7Wn/pPqULyouOs4Qb/dc57BgKQ9SChsfCF4bJKLtQsXRSm5akbybd0KaX5eZUTmQyfz/jxgszQSnqtfvhcG7QFtk+VRBN207Iko2zUBsuPyiy7+RoGk5OrND/skLD3qsq4JAk/fXTIlebJQzXhvyjvYnmZTd3mHwOXxOjFY++bxZNT0Cz8G0fVqCAWcqRlzarymlQbmRAJ3TZpP8x6LpPKYNa26dXk4z1zxCAQ0vTnViuDPxOSqwU7NaJQ28vV+g+SG7U38SJa5JA3gO+vBOt+IrynKTqtQ65JWXjNPhq0pU+EvDunQvTOnx9HmOGKDteaLqvJ0owkOrUuPyLhC558Xc7PbnYERIqxQHgmMfYNBwkYcHthaq17Mjf+3Jy4DmUuF8UaMETgbCR2BSUvuVigvrMLUqsm0VBA2kaMADnbmVOL1yJ/fCfrAwfSYtuUwS3v/DRHfgVjxvb4cVdlGGVzbh8XgmnmOl/RKskTTqaPzKN4NoCUeo+XMKH63ZX2ZvMgcHJzljzFXpvMwT387NWJTZTiDUnxxdCESC6KTN/ZgC/Z0zq4RvPZc1wWkraRS//FPyY79H9uS7aMrIqXF44s6nndR/ZE0ZuRDPNLLw7C2S4CXFpAC1Fxg8bX6ui0rBhvboH61LITqfzFD4aXypYAyEd1FG8cO1/l5GP1XlzRcVHuxTKCYM3P7wkZ1BXOjw0+RdtT9+Gjw5kLPpqapsj4K/nUcmilV44ZhyD37LoCVVpjN3NFf5gI0rLh8D7DMnlCBVwsQRlSfnVVgfQj5U0+9qITnEkiJpVHhWOm9DSPPmEcloMTdrYdyLXyk6I2ZM8/3nIpzICXy5lcMHxYviuxKWqOb+CIJOj6sGsvfIBzP6oY1Kt6nth+fHWKzuLraHAnpg5RZjDBUwKMrSEKkBHpnUhYU7pC6uihL4r+UCaYaEXcBk+rqsqmjGc+of+EiUA7/8E9vvFHQMHrdlxgWuwE6l2XxEZpCTBQA7fCnPLRSZQBAArYLQuy67r2Fo+9QQU4kn7o6B7B4bA+HympwBmRQ67jC6xLxmOaGYI8zxYj4qDswCMUJ0qtLopuHHuX70/60mAaj39wmoqa2Id/Z0ITGnfdxX9airOa3rsjDA66QzVWk3gu5z5cmdlPO2uY57kmJvPnIbsariPsEuBp/VkfiafzyX5G4qADnUQnhK/TYA9+r/QAmFmaz5b1/eTQZyDOsI7ZdMsroMQ/eI3d2dMbgdRN2/X70sln9UhwWK1/CZvVkC+uWk5apVRfNOuDNJrb9p22s7BF7LeZPajXFfxXcgm6DXdGmUIgYMhlwxnbpG/tqgKuOwPIDBnUMIkZqG0Or8Dgws29wS0VDbFD8MTi6KMJ9zO+FU8+EZtfQnnl9MhhdLC8bmosTFIXxpijZK2Qi9Zsin87u9n9nUZ900XG2vWlPe/Y392Mzp1I/f41nfTys0gN0I5nrtXpsHYUcvJmCEBS8yVB52CIkRSZgzi6KaLZdqZEETuH2YDrjmayNgOP1XxKcM8xODcogwTPCFZU03kalPw6z4agK6TBKb1J0nBKPhgZ5sa1N1ooXWBhX+rMVdxM20WscYnsPOPTNgpAKwA8iNH+JKxeic/nOsRn06y5mYoikZMP3VGYuVacGdSt7e7xXL4zOIsOm4LJ1qeypS+Gm8Ajo9hNpRAZb7gA7AgBDDJoNFygSs4CHop0Vn1X82OPSeg78fA//Z8wsvPGR71oNXk8yMzcgmtL8/B33Gr3GP6sh6q2k6McG+6SjNQ85LD+YYLrRMEngHl8aG6QrV5NzU178gMujNh7ns4dbzvAubte89V9lbtCMjYZs2iyzigbLP4rz1atcsbCS6eaphka8D5gtpmgRuNFQK3Gv0mZ+kleN6XpvMLPCC50kN+cPDFnIIJovEAR7STW/4Lelw7z1uwBJ/HLaRCt0StLDx8wCMErqNNibhrwmI8JSILLpqZCyeBlBKkpQ0qo6lYCIXjPoDmNqhIas7adtUSf2Rh5649J6nDZKUjHIqWpPMPzUoG2mlRn8x1N0VkCwCc5GDxGcnSqU3w24F/ZSlaFPytBpbB0oSM9BiqYjYlkRsPqGsYwBPsaQTBZPMpVp10DRyQQ5vuHWo9MSnlKEYXUIvuhSGc+WP0nMatoRT5dSb7lOh4nau8ZpACqncxg05jbjYxpAHsPyuRysr7CW5yo8CCuQzwiuZ1Nsoxo/EK+dbdm1VApXPp673Yy9yDMyG1NgYvUFdvro3mlruwS03b2gXU346RbGAzgZh0nT7HABaBpfUJATvmZqTw9fUZTUMa6XsJizh0fe90ozZdduzIt2t2Lm1HTEnZfJXbOOf141gKDSm4+VznmPYhiAyEaVIRMHqVK9eLTF9qm+cyvS4Z9NsWhFfjTaCDWsoRAaojL+dnYDnqhvYyqX9bvlBQC0GA4JNX2GNAf/UhkCUQDx4zcP5UA6XJ0FreeiITawtOW4s04/OEepezwMRjFGtjoOOS1gnyR03vRBIrjmrp0smJ2RM57Pti3GJ4UZV8Pq8i5md1DsAZJOEZQaCA6haeTDvxJJpABYp5DAnEawxbjIm+AXzYN75SQ0EgpwfYyPUuYFsvXt6voBH4EFHapUS0M75F6wruUu3A6Q8qm46NQSUSfJKXgHp4lTOBFueer3OiAf6PtKIw4T80lLTDPtsUX2IjHVyySOh2pD62d3c/gOgKKLn/L9mGXyN2A8pp3GNqOQfPyY4cQpowse2VyVJ27KqywIJKIGqRtdh9mnwb8mA8qrnMTWOV1kjGmtIp4v6e2azJWU2gnW6nXD6dIOvxZTaP/ftDYunAKgbz/G+8c0njQqS9mEyIju8WRMNhMzd0Bex4BedEyL4WvguLk4OwX0EXQAorzUeJKfRW601TMZODKzqSBSosczTQueW8VXt1SwPcbkmTUCI1Jd8LJxC8sbWGm+k27RpiFDGLuFjxx0GRF4+5mdn+St5mb69iKn057keRNzSgLPKStLiZwJGTU3DMy0kbAWu8Slh7jPVrfsq5IOMJUh2HZ3XCVRfng6ZxXtSvlk6Cm/bQH2bldQPj4ONp7F4cC0Pno7m6Ugg9/OazaynkqmOFXgOpCwUdQ85rpJ9ORbfB1+i+EG43O2z9G0AvmbFfKqy5Jmq+BVXwOhvDlOFKQj84EZ2Ae9gz1UlYemBXSkTPZVjYGhEchVnzYGhSqMDgODgFeKivOwrtX9lAdpK/ySvZFAmXpW8Q6IW5bPAiyMAdnBS07ap0MYpuanQh+8om/O8M4AJBMH0T95oZ9IlY3owtrHjxbaCCkuzSgXUqpy65rzCSJu3XdCWFTChNCAO41oXDXaYdi6iyayX+Emq6331Hhh3d9aODre5Zo1C6XtW4rXpOayIJ9noEOjCHVWG+eewfrHXC/5TvSnMoOFmk1yKnbUfuZqoc8v04X3pDbQeTA48vauIPAQpas7nc8425lQNUQEyNAMFZ1M/PZ5md0DwH0MRLsrCBcrS3jolZ5YNJiv+a9y6fHmxpVPo5RNk0rjLuRdN5JV99u6ZG2yxu2liNLOyYiGC7WcX1R/3COYw4AO8RijGPfpTOhG7l08yBiaetditY0FYXuhIe58pelwvRgO/KAb4gb8z38mvmgVb6DOMhUa29FiKJI2PusWDleOTV0L17Y11eg65CL8G019xE4yLTZ6d47FJK43+cMADM3hNTqNczniSGW/9E3owPHtMAZheHWempXieJ0LNZcYFLjmZ9jwNXf+6gocEVlde9qR6niopVRidLxxCHNnEjibv8hjybj7B0+o7ilHbd97lygEvKqf/GxIcPwxhCHNs55ydssT2O64kwjYsslHY53edhYtEZGOFup0vRIKQkhQrAWGjn7r6b9apxXs7qTXF9yO0/kEdfIb5Rwa7C0KW60s9CyMKezl8rreKocNABAgJJNDjA3P4HS/42VnSrogK1C5YLfYFT7mfru8hLt9ipm5tWXhRW73Amia0LarCgJrv8HSrnX2QxEgolbyCqO5M4UACXfU/EVCaaGlETb9RGX/kmYZ8k2IXe5Wd9+ZoRdyLkmslZbupa7nPPpQkubdbZkt+4Mv+JLQOm91a85zFmKUokZcDxOUMUA52SqSQqinWNXpY9fDd1qCdiCyWgIzvyhQgM210aNJB5MYLZShEkRBDwx6PrGV7t0LP4BEJLmPkAmxo02f4qkf8gZ+qH6bn4IJkKS74MiVIRJKt2dMLtyp4UuflNWYKyVb5xR+pJxV8Nu1XfzNYLQ7wXS0ZqpR9mlqwRJ8+jZo6RvBn0HY9jiPcmeQEeocojFPIM1MKVc1Vd4qTF2dTUHaA6On4i6mUy+b3quTDKbblR4mda60bHBhsFGfOA38cp8t31+knKKtW7WBjGEsdAuOr6w1W9sA3YvmJQiH29Oye46Bq2MpP2mjBdV4G+CdUaQGKrOBwP4YgR4ndxfATZ2SLsQ6+MZ1MNNxFkm4pkt4jSeP8jrsYClXHtdRtmWqrxDh+X/jZA+7fRwlKAGQEMfpOyZN5gBRcjhH1RsQ3TcwcSFwSyVwW9SMs01uYhHXOa5gJ+cmy8zD2zwjHpO5zLRs+Xwubra6Si+dqjgjZjWkCYbZzS6+/WZ/YYNccadeWpDE83E0415kDKawkL06Li1JND603Z8qGo+Kj0hbftCCcB1dYOEfaNTHHVRrGlntMLb0hVXnRdzt4sMOrrwr8L6DAPDCkxz5OPI6MiKWTnFKHJMg5yOx9ecnc9u7Ux9OzAEKKmIDlLIFkQ7UCRKGVZoos1axZkr6TvJtg9JhRLR8yQaTQZGsutJ8MWiHx8T1XfTpiZVYJP0/ltB/aPQZcmC8jMDP2NPKOjjahNhyZl+F0sMHBRH9fHzBqd0zbTDsRyR5T0SsfzZ4MbTsWT1ZYR80GUzGpf9GkzwfSDySdFBQrypwO6srsQpIzUEgMRIuUEVxQQVwdTA/oXQZznc4OyuGf/j+cQwXENeKUn08Uq7NV8WPjmpHYFEm2Oh4Aufxy14ziWmi0315htqttEE9Z5eJvt9cd3wjhqWUpGz3Op2rjCFccKZqjW+SaKbtj0AJDTOuY/CCG9NiQkU6DRTc1saivDTwNK7OizkmK3YTDqbz8NUuUDJsO9+NY+NpmgHvLGOL8c9zEcApzwswwvsj8idfMnF/dVuxO4zZKw4fOesMajn/OQAK9z03TfLQWel09V8lKfpCM1PgdLBzVipnAhwQ9sHKvl2ANFX2LVnV0MQudBstSonnJJxxzkTN9qiQfPMcfO8JFAPCa3rv3f16UL8Ut6vDnnrYKpY+srt9ytUAZoQP1gYq3sPyrM+h3WMtn0cif1qjwWteKoIc/HrX3X5agZlv/oSCt1tXQDx5MRWdNc/40xb9D0NcM4Z2rUJprMcITkrWDLg4lyssyUjPDqIxJk6II8i0WfPnqy9yUKQe5KvEYdlcAhHxb3IJ+EosGSIyPvwZmtRtNVvv9ummhgzbQosJWxY9ZBWVpCti0s3CrSn0bRi7SMCijGyUsbn5YF7vpmjU7XFXj1AP21L1+Dq16lWZ8Iv8QMHT8n1z6b5MQAXwfVEx4W3e5Rc23aoRk1vKJ5VQg2EQme0REc0KNUSMJSIezZbkKNN4KsW9DSUEYLcfeBQbYAzLWHGe3ZY8szCMlJXeNKqkK6I6eJP2k2fFvBAhotiBeHcuDMPfOsrhtPupCF9DCn7mhJTiNut7Ny6G1NbxzkUHdoniTX+kFCTnE0XW6kTDvaJbGaef+uFGvgEOs2xaLd8snbYKIruRYIJeuROeq7EE6pWeKSyyarnhZyfUAWXihRrs6OA6iz+aCEWVyN8hNhCmQWwv0jsYFl8mVF2ESdsWhIskC6Rkaj15YcQpeLcFwrtQJHU2oDTVpVvuHtcCE5ptjCERbs1Mb0nm3iO06quyb+UdNinJ+TTdFGbWvD05DlfOlNlgbaNqpV8ZvO0J60neov2D5pr1Ju1SAOmqbdyHRDkDbr2tOKPezYmUe2m/N4tyXgXZ67qyKpKkYhf8GGFc44SjTBPXkNvxRyqikbNNlspq+R8aVTPMakHhxHim3zSv8yRN0LUmQ0ST7GFd5Mxtf1T5DIi+EV7JeK6bh1SQMmgX1AmCEED2zirNrx6RCp3CjquqWiAL5+30tQ0W/+NWWSmzy9IbicKHr79q1SQGWz83mWdZPHRGjNDjNOlpfr1cS8rYobXKSk26dUdSciAGoioZGVlspAJ+0FKUhiQ9+OLc1o7+JYxcOiwRKzu/y2c4Z8lV4k6nsxb6ye2KZ9JdW+5tFpxZkJDya4k4V3BwYHyyu1wZBQ7lRbatMUaiuxZ3/6NJFsj3lv8yMeNbGG0TjB7CQjjEHg5MImasUGHkYQg9Mvh4S9w1TkElfi8DvX6FD0Dyi4QPAAh4MBm3UO0ymE9xhG96Ea9HRyas2z5kZ0mgMh2nEp1a6oYp69y7+bDlp6qN4+YysgN09cuGzRkHB9gvLBI1CchP2Wy1ScDaS/dSkGqvMgp1zIOmY/FntYtEZh+0nNCp/RWv6qJsDq8UtA/FMyRBoypsqbIfjDNxJ8DOE99zXI7NeZlESJY80Qws5zemjIfY9p/C7ze8+Hkx2oEyd4TKfu+IHMCfhm6naHPskqjNXC0Ti9Q33qs9H/GbiWbQ3JXoRxThFwpLSBxNbQX+XLGCZgWcYmGWygcRm+RaVMGLDSoW49XJ1pR3B13Khq6jAQ8QomL2ogQNcqTqsBPhIP6MJgfRfV4q4SWXdkAWXcvIjY8RcO94BLWbINlaFevP30Q/lLvI4KBy3L1MBePGUux5WtSLnB2c29NiMusIRmhltgIHeIaHnhdOwIaJc0P48wg2hqndviRcNLUjIkNb+0e+rvqGDK3EjBbblRtC6ycYlaXwQUs2Ss69bDxEWXbe3Wql4G/T9FvYfFsb27jzOP4LQwPJBgAHKnnoALE9w02qkn0mdAUti7EAPyjQ+H9l2CtxRfD2R313ZU0ech2FX7gcj0Sofv+5TXj8flJtNDNCAM7js0AVpyawEhQNfIaK1SlnPHyxqTUiONoilQQ0gZV+1L9MftZaXdnnSaH2ELr93+aP0cdXLO+EevY72uCm2FppQ3IJDI1zTvNxkX7UrqiXHcitXZWhJpeTuao6KJn9pLUto/dFNmSdpW7VzSOry1BCk49JWOJszFoeKHIPIpL4ilX6Dpk9lssSL4PDe+gmXhvcWF9L6EXBGIE+gAG8rLEU+bBtM4IPYMD44fWINExXvriAcxy/s99RSWv4DN1syjZnzL3Uk4RvD1xfVPteusOdajDvMBKwQzF3O06KVGyDySuL2ZYERpU+Joh1uTOyzS3IlzS/itH+lIuvt5RKgd2HDAJtUVOHeHgwVY0s2fQtIc5+04jh8hCUubmCaGUAez8B0S3x1D8EDpqHNv1BZQSPdKDdQC1PziWE1ZRDs48WIeK9aVzfOmMtronkSLnsteGVslZmEDods25swjygwvCzox8FNw0lklpVII7PPX/vzACkxzvk2BSemUhmUCcin67eY+U+pMCLvTJJw6a92z81OYAt8fzq5LRSJddZ3VlzeZVYoUvUxjvUL7hnAcAAEHCXHBFZg1HIwEO8CVbW+4HY5EgVhUOMm5zPf9YdsLMDs5oJ632UQWUsF/YfGz61HOVHlTe79Z5fLjcLCx1dla6c6pwd38jb+yihHTgGebQPDabL9IjMY8qf6PSWPYUMsqsmV2+fUlG21nnsstUMDIHXPm6fZYfV9va2pykgr1ZXPVpVbC3y0r5owE89Q2Nja+7fzF4atjGf8vJOo+cYklOX5yJRjEu2aCIVWSWiUjM4LBwEIKTW6H3MdL9K0TVC4NaANJZTIYJ5dQOR95+TKbZu8q07LeMg9EWvL+Aj5jxCEo1alwNNsacInKQfWmnvw+KpsbD3BURSnVUCGcIr0I5Wj2g6X2+7B2Jnnx/fB7ooNCiRtYyd66vfOybNUkcfcaAhsjprc4j8UMmgp0Hw2HiPjKOXrycrxcMxAbok0w52QiqZ26hJYBJfX+gVEhMTX3UT2/Q4Z4nktIAwJdimn9pmjr//h4oBtcYB8q31TUcux/kMlB6PTT8cc0pQgKWBAPl4dlTAvPjF8mkINS2jT9pKbSG3VzutBhWZvEdwVb/hS7QZBv3M3xjv2DRGK+i1AGISZTsyp4dHzLUvJj8DHXaFtRz5EeqUZMUA1TP3kDhMixPSPV/qNLyDiRjBDfdnxwCv0c4ZE0SfgBq+ecde0KH3P/6g5Jqg1K/I76bx9eI3IikiM87enjJJcnWAAA5dQfKppF//xtSBhFpZ2mfYHc0UcGQBqTDHmMV7sjbXLK+t48hg88N40tfdPWw8ACvjTMBAwiqrVmT0f9iyyk+GvUutyJADnxT785VrJOliAtWTKnOo+FVwenL1WbuA1XYP56XNdI/rlNJIAUV47r3O8xMiCcw6hvlrpHgcK+KpD4OnX6QScODvqUzM8/cm1BAG0EVVdJIj2Dq2iPLxak/cEFOv2eOvPpGzQpXjGCO2SUrktbJqcTVUd9ljjo8Qiu/sHTUcHkm76DWpaKF0q91+P6FWzaWpeUGpyIyD0LC9Ma3WOW/tDfudgpFB1+3ZIPzYNUaIMfHlCnFYUgj1xrOARX9Jkp+cBXQXAKTsy/A1/Ejvi6MT0Bo8na0W0iKlNlcmaWZ7GXifROo4Q20Mvwt8+oI61jHfwhhm/vUin9Jozq7LjPnlONpmo4aAB2XCZ+WqghK6GiTcDeiIrwpW4WSWhe7ryuKf3mgm6ZiifoGRe3pEorfi398KO1M7sxRZVOzyhGGXJJvIX45zqXD/vN6OuGxknfr8h4goA7eto5fN7ZkOxJ7vAoI4BzULwvq1h+w3HQGqvSKvAtwPMuoCFP1KkM2WTwAqfRQR8VCxx/EE2AVmC+heYu6mi1AgSXgSrNA3RgfUMuyel2w0mv8JQ7El484JsRImjHdVLLeebQmbRfPehlORqFnj6qJscl4tNaUBum0uFOrbzjA5k8chhrBjW5EA71kFysrBS4ZIgkHKAEcMRIQTzMDDemyq2zm74L1MYRqH66kOCnAUFqNNRC9gteEhbJtjLhwfVkDKnGBBj1rRxv0Y2eetWmyXUeLNiOG1uB2VT6jiiiF8DVk6FKM/eY2Rx91245FVDbiC4C/nvV5EXePZrkIscikx7574/IitjQW6fQWboEnBI0Dt0ZEYRwT0RxTODm6UhV81Rr/MKx/81Sq+DVnif2ioodjyhaqQ6Z6RSvrejBaQsFXKBeRwy8nV+XuRzIbYdwUeJyrwTJmooWcBglmxxn0tWq7vs5+8DXGJ0u2/eGdvrScgYjuub7c8Owr6YxAAyRX4hujnHHfWI3NGdW9G5O39htJ3PJXmR6xPIunK2P/KHa/ydkv5zBPlR2SE2HqndAj/RW6yXaHfqNA1YsRYtcojeIOSwrjsqjuOE3bhqSTj4sfjTGBWLMBxHw8xLf0FT/pAtASYUYPPzVlQaBLgbalW7p8XmClzYMgnd7YmJYmU6SrW1uMxzDT7qNRbqzMGi9Z+sHRjXud6StoAxWQxWOTD42/JmiRGfvOsXpuq2oet02K/bBSI5o7T2ompd2AgQc1XTB7Kh+LzM+aMrLXAU3KgK5SKtnc9Q7onJJVXY4M8t3385mbdLDbGYfTVdUdPLkv/HekIcJW+mFux7ReVvmcEMM6hwSzRh0YnCgVzESYKHOzIr1C4QBZPktHNVqEnk9AZTT6Zs15lMGjROmmbxoC2cH94HQqehQ3fSFZm79DxQmZxvOYJigS08gTxiKyt12MC4sbgWmBbleEi+BaYxIBKULlctJ/V5gGWW3GRcC592Z9k4UBUkiHA8plaEzZtTzOFs2IXASyKCx+D4inLRYCawzs/gXBJWM1vC5BTqFfFbwLXcfcA2R6ys04y3KfXk8x4qbctNtAagyM9iukWRlTkEen7tIlpKrpquT/TCTX8HBc4w7ACRv+okW0LnJQrDNymsqVgxr1MqUv1ymGBnIIfLb1WD4+Ra/c2hbH44f1Sla6K5/7w7J+vjpKxnz2m5TI9tYgqgOx6iyVCfUlCfxqNScVoAbFS8V5VxvWE6Im14QRusqDeSAubModszEs88rN/5TVuh5LQVlQzIpHXLg4AnxisoPqfqA/6l6APnlBLa2rydOGH4CnG7lR9Xv9IbTxd/io4f4ScqkJ+nNFbP8w3/gJLRswZTTkVw91Tx/TddA5ZYeYA2m3Rb9To1OqQFljKm0ianizBIxWUz8P6Od/AIsRUKIDCAGXpd7rnmb5s2YOW1F3O3l4xgmgSvq1WR9JG8zYmGpTNRjq678m78IqMQPJsl9NLfc2aRP8s+fOi4SGC6MTozTKX1w0623t5Yu9DdMhFQmOKSGOwtvDE8iv9zpMVcpTEPlwRJeprOa64/+lrdrBq0S8Nx5SQAM3X7MgyTfD+HudS2OEnPZpEkdTYLpyvGnTQeHGmweIAyGrm3cgXDoZrmYKS5cSCPgc3ZlVPOD26qwjBQZULBXVakJGOiCDCAqDebNJNVh8iMtBB7q+gJuDFC6yCAKtN41TOU15amt7aUCbWGiwgUUZ7LMP7ED9rEGksNis6MSpI9HJMyI9G7qlDdFdkOf5+Sa9XPFgT4VHXPnkq9Zr3DvNkbwrhXguP//fJmxmVcRAyLViuNQclYGp2EdohjoSqvYXhu/P/CFfmd3WKXyfpKjeKFnbdjbzyqPp8Iso+62vx1xZrV8vn/u0jcV1YkEnEGhIptkydN2jFnPW37/oHixI+RRfpLny+S7ZxJAvpHq2N/8I0C/RjS37aIDi9AY5RfC/apU2sxVs8rd2X+HwtOcSPkPvuccnrliXMOAvGO9OjkDbMRSJ6OxlEVxgba/Nzz8fo2klpp5YHpFRaOkwzEfVaFkHg8x+Vsxu0UacN3JcHCHVVFqVa3tQLxSnPqwgDc8GPeQODP7BhFNnV32VqNGzfv4LKs+Z7ETNjkAaaSg3GEKAnTJSAkrBkbOOI0dC0lUQsIQDLYAmz/dlxBOoGj7fTN/0v6SpsF3cts9HAq1HRxxqJn4pYqaLadwcG3Ua/h8FsyWA+CewzYFEV3zp2lPh7oUtfLYXf1cZNFUWPnz/1twaj5n8Bdu+lb3QcUkFqOeUmTmXclLzwhfrrWPoIbebRjPZ9DQe2/t4pSKHpu1aScyLu4VvlJxTUNZAI6rJ4M6YWpF8vaGwy4r5Nd11JniV2f1NhyHolLgBUaQyHUB6wi2na899NpF8NsMcBUldhApj6XJN2V92ju8FOV5R7040nxh3Dm5K6GHqzcRjqbMcJLq26x0PPiMdvaStTlpfL0osxV7tBZAlmOM6dr9dDlY2d/j67bR9XCoriuBHgeRiGP9mETDTnT/P06l+eGGJ8UDmY5rN8+kXwPEWRBuoP0+VUWB2ErfVu6iNgLTz7Vl4lWzvcSBaPKrLEir3YajRWPm2WUBUUeigYcdRbgzoqSqemMs7SrxcLO6qWpffZC4cihpKICyFMd8HaA3E+8IK1CFk2FQteV29Hvv2n2T6IDUJ2PC8i4gf5yZLAY28AHfnUAC8nl9eHWff1UPyZIhhg4Ldgnct1IBLzj3Qcs/z48qio0YW1dMia5ASFERgdTgoPDDKxvXwrwy0+evpIeHIRSD4f20atUfPU7QR8W/nz/xKGCYOSYxAc/PwfaWC0MKFeHDTKwFa/BW8mHpiQpPMssOJXB6hm6pGKXgv4xYxbMSFOqxHSQBTu5qftEZWiNn/Y3wiXrZjLZvviNwJsbGcjVmoeXbNNLNLw0B88KEDPuS7S2IWV8U/xq/mzzpTLYIeJkBcom3IPUYcBx5BSGwo1uyRL35VHI2ANVRgrQPnFKp1QvCGwcDLEVDEgc3ITfSy3x6Em1VIG+dvMrYX8jAbkdQBErz81A1rtK11nTMaU5yXyBfsNwcfv5bAdoqEs+FQVzCc792fcXJ9ufcB8BbVD31IOqrSAr1IpuVsJFvL2glA9LxLMoF4aRZL6r7pV08/FjWvhCyThQjL/cqKSvuuTAU1H8eQ4pufUDVinMpS97JwzTLarYjSylJJZNlsDhKGtVSjAVIaotTCqQS+8/REeIgh0j0aAmHBaEQoIIRSYUWiJy1U/czDhK52GIAnQr9wju/arGUWTs46YGBJdED5pOKDK+oDYUs7wOQoWlyYZJsI6uybPUobD2Al70/Aqx4kTboJIqlpk48SigF0VnbR8HeWAlCjokL9Y8lAAVVnsX65XfzZzOXL4J2eXiBNGKze1gkHZkyo55Pz+UPWZUscwlSOn8n5Ycnujwk0Dc0kSOeO9E5ckeO6zaCroewRLaDYhmsvNRoqjhTxIFqfsd8sAHgQd4/ThAjLaGSLTdVDlwp/m00+4QVnzZCEsfQ0KI9uokIe9XslPtzVZw5eGhO+hYDeGvHprFNjzF4EDnGTJQCo/p4vfWjVG4f1AuqzJAoVDFWD4w0qzjWMpJKAtRkvgLfW9ELODw8H2lL/Ymvl2wzl7orUpLWGAxy37HBCk66euGlLLypC1GztBNLo4Lb7mqGeiPSXoCB6giYNzwfsaK4535m5UDOiALOvW8QqGUWF5g5ZUP9Qi50lF2kO1WKymOKnDO+u8+YRt83N5duzamO+PObqcEuJW+XN/WX83SlM1k8SSiwSxQ5SRSETFCos34L2+a7RtMdu1TdMkFVhiW3J4K6m+r3MuCn2QLPBmqKbRuS2Xq8qa1z7fXJKFNwGcRTAcCbi8QajoVy/u/A5Sg5URIEeNpPN6YCkSuPhO5Kb3P90dBvcOOOCVpdsQs6ME9t17C35QXOpWphR9qs9+253zc/g1ajFZIv0iowglXIpslNB5Rv4OM0wthusaLkFJ0EUfaLzUwespwSLEpVZCs5JKRtA9e4ZCOFgzZ0UMsdQV9t7r7+NXm7GpFXKONzFyeN9VIrvgwcEYojLU9DJsQ/Z4Y8mTM1zIZPTjwAtLW20cfWbzF92Y7VciKfDX3buPWkXysfIVcAD3E/WKqOc8DZ+UrAMgLv3bIrJYic7se6zuXArGt88tCSqrtYlOr9detpk5r+BVAMknEs2d7S9qzkfd6iKf03cXMm3gcQoDf/XGP1lcB0RstZy5ikUTAg7wjPT3omGInBWf57WbqG2naETIZG0njCS00RA0oxMIEGxFOSJmUDSbLzCPPNEI3Ikg94/4Wu/t9zdU4mFvznSZLhhWYi+1MxKRPaRyASLT3WwhZXsLG6mWVlnp3B0QuX01Y62vB50iiFiRWrBoQ7J7m8cYaMD3/2Fx3N3YJutFswJZdRv3x+PsV9GWTAMOrlXnSbRZ6oLMR7Xqbptg+zgrojrP9rJxwnbq5ga/TPb+6UbrmqThLw7jSUCctfd1Mb/M8TY2JAXXuC0vl0EaD1aNz7Q9Ty6uj0KkqqGUEIiD9TL477pg9CmI2l8hl1j+gaJEQ6O+h+GTXVTBZr6bEpAL+kP+sxoiNA1iYAEeg2h6dYmjeTM4aSNEUaAqjFikwEQQ309IsPM7i0CMyseBPVBxxADwLAFIKO72zs71WDTH8k4b5F7sJJd/e3r8QFjKgIBeh6sLXfJAMPZ3UPN3AYYm5Qv1aJMPFWWF86i2OMoLVRHkRueIZCLlQBWT2EG2A+3hqEWcqvbvyK8nROidL4naxf6hsg5j97f8Do9f8OnsSjixke0a556/YEiQE5zDDWnftVZm/pBbpjkhdvwwV5qBZAwxaQy6WvTe7+bao0WLS3bBxkHPOsOA4v0mvPQB+95MF8ugz7WNZU8DNGGLuvD+8V+5cBZm5gg3PqJl0xtBFdprH+1EpmcMX7WTo3jTjjlcYrLM44hZEdDHgegEd1oJp3PYSdHAv/dVATpboKLyk0uoXFaxb4uJzIKmDCcKBvq/Mv+YPE9vkx1NoxFIF1DGNM4rRHjTTvpu0THUKo1QfuvXhbicD+R1k+ndVzouBFYKYRCBZiYZcPsDAKuUka2wMZ2PSwTXjPxFMR6/d4/XtFeocOaBgh1iAVjgrde3BpFXCWMdqo0Vsx+i5+kHXHDs7fGNS3faD4np2R1kT062g4TAbDfkXprRafSZiJk9lIWuNOEQPE3BVRY9X1/wYx8L3Lch+qT21cG7oIEGNex11unG3dVD5BfmVLm1R4kTWGdGAcY49wynEMVwsZPwj81lEwMPml7iSoiluKfhyAQWebXJ2ZEtRK/E3pdwKMd8fikovkBS1heXHLn5Ud+Mon4zEx7ZyPGLZImeSqIhZr7PeDlOIo1BvC9wZcUAD+Nc0nHvtV5aUnbs6oHwi0Wt8PUmbyzGiFpyYm08d/nZ7WbSelWM43+/0Q/py0s3SFPcgc8lXZhM6huWx7LCWFmD+bVCoKq9IYq8YoqV84yC9QykPepMb9ISBWVM/Ta4dSmG3aXUfNEqlf2lfAtRAKQXwAkl5L5cBjVnqJNIajEkcNzCN7uf3oDWRgUGe8xYwhYjwNQcAcVPDc0U9LNFmvFEYog1YQZ6d5PDwqblSrp3yXpmp1pnfptZwjaRsfymBAwa35AgMn7ngY+nufo94R61r7eX6ijMM+snisKbD/RFhii0TBU9mbA0oWQUdr9J+FhuaA2XnkK2hZYjZvXJJKBAptkdGYD9KJcwpZdfZvGJNVeGXJgSPU0PTc84tRehCmW8VEJ3hGBwx4DNoemHWc9BPUfjPh8CqVaI+vxyMKIICZ8+X+PpPNotmlON7HaxlcycQIiZPvUvku7FmOiU3FrAQlyjuWlznOzh1szgwdYKmlKJGaIXrJhFltNu0HyBbZreucr5H5aymOoyDiUVU3N58tZuDCoho21YDZQNNnWHMXjqeMZLQBaD14KYrdrrnLU7ZXx+RVyRmYV8MOZZjsBrcWT1kSEJvMDq8bCkgje6z5irPDbCBM9NVVG5ybQyXiYIf/W7MQhJFQSKjwASPoDVZqax/99Dr/f4dVeJEihHunkMWidxLRTIxIwEjtxwb8ixyyNKc5y1HGolNdbUhRUSO0TNFzwgl0H45aI4x+f1hccgnGGSraX/sbpL/NqIRll+DxNQ7LKxsPK5Q9f+8mAnCwLjU7Irq/xJto91TzHCAbap4oK3naqRqKVO7H+nhAkeZhj40dLoi+haKV12OWPCqDLWFOhqZLxCrHGTNJBqDe4Flg0twfQX8Y4xfYd6JibtYxylx5sVnAZk4G8tZRLN73tk7sLTd/0tv0LYjqSakG7kU9GlEQ56YQ2nHUENqZCMh0rZ8jeLyNaxeoOcdXftzz2GcBc/E6gm0RH9M6XUDsGzSD52MMKeXPW0i0kLo5LUE63Q4hxOghmOuZd2svVeKKf359uNNGbbevWopELlaKBlaVtONxMq7SycD9aN+7xp6fDwrYNP6PdylHL7WtuoY1CH/OxZA6R09esJNQS+mUqCdDMzUnS2Rhjk5z6b8D4mNm0aFK7Gcx2GypDoIvRhs/WNmSae7tUYgfpVOi30uhVrVY0xD/Ejbyn6P7ekr59Ge2WibsnghiuaUkL8/dRAOjhucT4p6r9hsWEWUH/LK/OA0I+xuQqXkSVG2SbXZRuBmVZ9sLVI7/JZP4F1M51utfRn+eVcTwLNuaMuYUm7dPGedSvMeTPpTUN/ikixacb7TLNdheRkjRTVKlMyNz9EZw7rCperBt34dZBqarqitqFP6YKyvhH3LawKDcSmn/WUknxPBMeXltH4nby56/9l6gxQudczJtAq99HZkkhTjj+peRhYRjTHHl0tlc14sLwaSgCFSEbHVw4QeHufYABm6poBHTvS6FPXMjDbBp6vVe6hT/evulhgO8m6B+NjU4bxzXUSFHAAicYBV+6erHi5k+iPx6QOXqhatKnsRa/2FQPcUbv4JVHZAlHUbgTbY/dvAuDed1SBMzI1KWHPTpXYsRyxuTPzBWkPMUeqTwgNCLMIj5oQZrESgaX+EEPMMk4982Tur3xX2OpSi5MPb3ptwNvMRm92r0a20USNHSfTmvI+2ilfJ7rChTIN48tPoZJeFE4tCupt3oXlLAHr/6l6wvPtyYKSosbiIGPSpImWLe+H8gas1B9bjASUrvDSNnVraJD7mJGG2NkHexOqhUWKkUu/qP3EI5pIShAzT59dOJ2QkBx43VYfBcWu7P5LZ77vAwKZkKZExvRPs4PiwaUzkOAYiXZy7JJbvdVXLpP2VDStNVYlN08WO/i8B58N5CbyrN5mdBKk61Ave7yYxPt+Ywpma3417obRKHYREWZvVXIQeb/idQMywIV5UYinBFhbKKR6rjBQAdkKJyQ7zdLZXa8FknPA9QwZaYbGWHgS4kgF5KOni3LEpW6wI2X6K88KoGQVpv8z6HtbXY/LSyP+LryiP+IqJKHDq4D4fQu00OVvbBgRwyjDz4lbezgQ1AJFMMQGT330/LSZzIiexlAFuq+ImPL7IvnhkwCv4kf2wwJwpPpmpnBQ4X3yTU9NZUIo5Mvq2j7TY4ddFYV9ATOJscv78S93P44LxlX7LhRRtSHfJJiOW7AChiWj+V6dJAs9g0QiLChrNTjVUazz7gtNSAKrSQTcsBsCSwBl9UZeNXEO8znk/ZH4jO0PT/9bt4Sgg4EYwXfTp6PdgFgKnaCkIyn7MQcFao8RRWtZk9TbTFuOGM1D9GrSYwWk06NOCmmTi+xv/6R2JNvipmHiP6IS0OiEfRpkyLLPqxL1NwOQWeTxfR2idvdMXvNVU5ej9NAL0BqvnviYDHyXhL9n5FHkrJxc6AccMr2VTIq+dEvaOh04b/iGvUoDKgsvvZVANTZ0eDlPt7EZZnHjfldMF7yeZr/sJihTHWRT8TYknwTeLxy0t8KCRTLD5WtLD5++J1gJG6e/KtIk6lKoka6I9L1n2cREdr0Z0y1/ejAXXQkLS2xG7By3wM2TmOv65KcYvi636myOUDf3J8zYo1GiGfFIcrgK2yj1It1RPtdln7b/ZXPhywF7dJn88gqMhXTZV/1zmeEpACGrh/jp795VXw1QN219AAMcIihpsAwNVwIP6B2mSLON5yrqwLTMFU2KqX9rRIGJblX1E2qrVpuYqSr+1UoXGoMfF68NWrQMVVa60evWWhp+VtL7mZcFu9tP1o05nsLXw+k1ER1fc6nl9s6urCoYLD4J1zdscFJMX/5ioAqfPEIQbmCjzNMlBqWua0x+wZN3uwd/PvkZIM3nqhoWdpeLO+D3f3Q23V7nvrtGnDKxiJhz83BbrUN0fyxPlK/BUvfpk0/Vh4fLbQR+PEPqyDOXixvBDcCfGLjP62QU/XWbgvedo+nBpLe+GgEHxGzSZUNKVV7f6JonTatfBCJLONfyjY/TFCrBtHNwQfB0KscUNQWNSTzU38l8p+LLoKw9sGCidwgp+0L5/sUDu0DVG0QnxqwudO9IMrWosos0vpT0AUuepkZz2I0kNccn6QXEcciPx1S8XzA0qcawBKPNce5OzMkqFsxmXE8CCVeDbXO583dRdSLcq1cC6RyiY05ItRRT5kdE1Uwj2mLt5t+bwhEYZU9mSoSjfqCM9DuJovPSi+SpG5ogONjlBe6D5NKNUxOJoDgMKquUbG/VSC2h2qTVHSDiAf9sdOlfrgyrmqHqCpC6n70IdfpPH9EcdmF/Ux+OjEuZFn3S5CxeTbVWBqPPWTTkDzd+MnBDOdXg9BvG6krLFwbPacpAI9qNSqk0MP2pvjgk7SeLhdIzPxAa6OEfQrEfZ1JZOI+7B8fEQdzuh8Dhj+3UWUXRSsfgkd0eQNQD6aJ49KC08aQKF9rsU428LwxieZ9z8oEdm9Nr23gOCPRyX3nxizl4dgPhQILvJxpRdHemPDJKiCDzucUWhKg4AlEHmZH/7LAkn9SvLZq9Z1QJGE2ias6df1YXC9XdIFkMdgT8fg1HeCK39kFrNDTVbTaK8nsJ9oWCC9E0tuBcwr8I935uTuZT0eejmHgAYFV0cKTHs4OMxR31qz95y0pmea0m/7ahV09uZ7bPbNF+20gANRtxkqweBVCAySpo+xCDvPXspDcBWLntf/NhjWg3AnfKOwrU0CYnMn6PpjvrGok+eVDAA72fQvL8fPxFvO9RcdRn2X6mRwvyCqkedQj2eC1a2o8Ieobbw44543SNYh9hnYWgSOP2j43RGFn7OMYId+7tlBeCcBhsde3LfOireN0GSS2K1bYdhix2wVa24PfaRwoqsNCnszndoM/YOpbtYk/ENx9UyMPG2OBVh2z2XzYbsScaxkHhitodWhkSHIDgciHlLOltwrw7bxoEV/PUWkMgjk+eJ0IIYTCDqwv1G+WGPmvVi55C4lO/oCzyl5JuadK4wrUumLdpvl8zYTSunBEO+EFQvO1MTzpMP5akkRrebYJyT6Foo3MxV0pfylIxVc8jjSSBVBXauVDPtQlYmkzs5+lKqiHmsWA/f5UJo4iivGwJpuhGyK76vkwQ5zRFEjKdYylXKHFV24qDsVJ25igMlDDak4F//P4d8GR6fJZBs+PzSi4ltk6MC0QOyk8OO6uyVg67pG9XYjei2qzEmvOhFlGvy0kNRTeJ7ZAxhS7Ec6BbUvJ6wJZVc0TS8T0mxnHRVjgltZtpHh8UXESYNQ1fWVlBt6F+3nSscw1cXMgIAtLlCPAFhMs9zDmd0e5uKMocKBMz7r8qYsEQp7DMWV2UVGwXPFzX7exP7wvINyy1xKddaMcbNuEwu8I2jLLt52jCNO7JShghN2ehIQEfpoPLm7VHP+Y0oQU2Ut8mqjU6sH/AljZN0DiZblWqDp9+X1Ww0v+tmYjt1R4eFs8OxzvmYFOVaS+ZMDDrXgHkJUEFjNc0p93Tkl1HJxe9dey2xOa0OJ9GTNQK9m3yfmttGpUOAuKDjpoMkk305fACl3ip2GdOj7Gu+mD5K5fsgFJarh6UQ7m8/eSAcffAE/lC14vKsDWxm6GQ3YY1fQtPaYQj9tBECYFAQrbvzXcYxTeeh4wgQgE+2qcd3igP7dVggFi1QdoQyLJepTZU30jC3FQSHvTFPTIuAlwRLGJ44Tbhur45qobzfI3LesBAiDplwtZMj8wBJBudOhMqMdcQs46CutlRcD6qHASyE8uYZRinIMpy9laPr55R9LhYLKPiKcLQweRXKcBNlzQpfeyr7kCIHp9rPdITNDu/O9JpLqZKQ4cWT/+2fN3DrC+H57yVCGoKCL+/naIMsANKppqSjM2nJkDQLZRCWxRKTWpuhB+9l699XFyZTCph+fLnSdoaP5Td489N/Lw0FdaLdY6KPRupodaUBTzc8o4WVFcyr1H9jdm1eLZzTuoThkO28wUZsVdCOdpq/048SfWtavcRNJxOrsE3pte2GgSPFcJdQ5DuA6u7F09bbidcJq+apU/h9gsMSBBTym3tvGlljRnVyh+38RKcRDDVYXeAukU/IfWQkbWS+kUJywRd8OSuy0CUQOHE31D15yUjrZTV+q+M1w2xAYOeBhPrhokUV4xvZ7gIFaE9tKpnxSQUhbZ931dIeQvJzLsZD22UL7g/xLEyZvSBRj8TSIWYs43z1ee6Op239UHhSk3JlyM0X2GKu7DbdSBl4V29lm6nVPZ2IC2sT7Bt+ynp1RyIcNiO1hXF9t69jUzxvs3US8Kwa9z7iRczOUT08a8k8SVtiESXD/9+37LOzXX0th812kM+cMdWPSPYxRM3ppprjSs4M7KbPjVN1QmbxS1XFkG8zv6wEyH7EMGJLlwGiLfazNjq7y3GD26bIr1dyj0SVreAo1rLH4B/O2SDFC3pyUuaDK2k4km2dd0GL2bZ9SmAwsNM5Fm5C8WgI4/O/Amgq09wGiY2V0aVttsLKR+uKmqCfh/xblM0Y0Z8r3lQWsb7V4k/8s+NiF9LmToVP43PR6+ZXItEcpFBYtMy1mYKQ01gK8pFfa9Fn+b8/nwFkWh1wJZK99aPYGPdSlB5FjWrYyn5bMCHnyLFLZ/aU7fJOS7bZvyNRspzgVhxdUeWN1BldnHb2m9ylJpzsxD3d001Tpo0CUFW0TU0PokyY4ig2cttEF+r7nwsgYQ8TcuslSgKLTWPXmYJmrcxmN2nfLpG58bDBS3WH1sfVbQKDEkMH2o265Nrb9lN0lbcFySgDGPWCTbvSgEqcQ/KYqdvlg0Ku8VdO1iAjJbiLDEFk7Ip14kjCQSMXduxR0S36xZpJ6iJCz9hRNSDSfLbC6M9N2uW0gtfiJVctrmoIR0NVKKum+/S/mk1soiK+l/ccVIj71GRhcKIXMjqIoWixUcBsER1hO/kBcWTVcXOsBhEqnOY0YtlH/uHwd0+sHIojmC1K7Eqa908ec3RXzvsMBQIBDIuQ5ZGUBTWGbootFmq8Wm9xbPmhlJXsIqIPTg/IAKlfT+6H2fViKrwz0cW4SqxVs3b70XCQ7m6DwLKGQIN6kUjxjyTTdnhM9v7pt6EDN+LhiCj1Pw2zWTRAdZGs5ZBcZjIvVd+FNPELoLZg6geHVK9ZA295unzn1urEff71HXV7v/jf21VjnYNBBbul24RX+HGOt5DPQ9aq7mlhxeNGkV5un114iP7krQYz3Uhk60xyy/8NSDW1S6atUYEoqhv+50FxSOH0fwNEwpVGFEJytsvQtPyE184m95FwHHln0Svx4akJyy2jzwXf2+6QJzeWq/YPrYOYJz5OsjeBMeSA74465Uuna6joy9iT+vpUhorwG1gDNl+SCu6b68Ciegig8UtAJlbjVLbgMBhS3aVfBRvrO7p+10UD8xge5tZyy6a0uBs/fq9nsxh8eo6k9tF9Lhz5pA+0JKu/DQSpHdBu2ldZQdNhj1Os7PnCOXuPs77UVtQKqeqogTii9QTQ2hn5pFzhW64wvhcLuD3hZ5cyaOmLNWwGBWbTrc3INYGN9T1+UAp/pBOhZQ5rjXZ97AKmUW7VNL2dQ3isVv0e0IVwDdyVsvMaQQaUX2cytykGlBpsQ3+Rk62a+hsD7i8Vb5GFpS+Fa1IX5dJGyd19cw5Moz1vGgpMWlHyC0Fggd3aDjmbR4jEcrYdNFxqyEHowdzvb+1LReq07WTT7mbuPQ6j8wST/3hxzWbxwtAlz+9u/y90WUBUFcwdh5ORewPZQOfKHGs6Yv9lwzXsd8BPrIPPNuT7IG1ay3pv+KDnnXWEeiJShZv2lCMbcJx0CBEn4tGYuz8LYWvtzSV/IOgyiZAGuonBeMHfOc0sp0EN2xLutwotZyP32AoH2DGhDbIGsNPSw4ZvUTdcq3Phq6lMf+KaLZi0w4ZjSsBxhk6hGg8n0v3dir2FuTa8B0bmuPYlON9N2t9UcDMeZLWR+RvlvG3zc/2ol+25frWkoq9pd5OjLGQhMhB81qYJJSH3foZ5abUrjc8/Gq/wG343WxjqNhMGxM7E06fErdGWj7j4dQTrl2YHOmodBU9goYS/wiGpGd0NKOYOhYrjG+rp8a3oLJ0OV4SEJ7CkV8GHTQV8OV6EM9aynzYv3szB0AOnAY+fTqDnzbPX7shOLSsK16DP9panSlsH8EeiB8u/KtwipgLSGzeE9a2vE42iioqLL4hF9fP95xsXXSO34OpA6vw4xknsAX6hEsiqnF0y06z4yWKoL9kDJVxsjKhVE7G54ZLNeQOQhJunn7d+hB3HC5pBXPTyhlnQhaSomuDGhBryQhki7iNIE+r5+JHB+RajwHgCEK7pZpc0ng+qdAr0CW1fsr3cYy86N/uS2AopB9vACR7Btg/N9vACGM1WoGkjpcd4QPo6J7M1j8c3D7YcYkinn3RYv0T5ThaPzagDi43qGsoweXitqweGZk2064fIyvTv2hGXKyX6llPsAYxz3eJJd/wBgGURjzja/RY3nMuLptfE0ksabuFhmDb7TgkWak+QP4BA9mxFDiVU11vGauKGmVoYlvPcg8WLyulnvFoItul8UQCCXBOc3uYgMHlNSikcKjSnNie4tWs/xzInQneDa8xzwkXmihtNl1dndObjjdc30Pq+/E40rjK9KAlTCQKkPd3KGSkJVq2gOfudAbubuycYTGSj3pYC2J39lQif71Wj/zwUO/jfVCOBgkslJ8FVmO9zobwyFVdn67VUegajhlm5vclunTqiWCt+kYJLUgTZh52lE1ppqAUL5e8Wy+Hv+Yi3Wfc8Zux4aJwVDnV+vEX2zqzPPI4Ij1boBpNeLnkJY05J8ROfbdE1I02IwTU8o2o1ttHBRwayNxAQZjoLPnNhZ+5Hn3nzGwOLKbuyKZkKPOqWJQ+G/Rx0fYxFqc3uonnSZzgs/bRXtwpZ5kXbTJRzGQoDhpE4DOT8i5MN5hIg1Ot2foyHmseLH+kPOO+FZDn4wQohHMlQ1ONhdA78Cq6lGR93dveP4dNqnC0fdzUkIt0aY4CMnS1wh1i8zE6yL5jHN/61Rq/bd0crTyeLEIIwosLu1+xQFChShlDBDOKPq4nBYqKtATlr8anUZfF94YQKSJtvmEYIrC4hFiK8dW3Q9KAKuxqUqe6DWwA6aJhZyb6XGbLqoPtKdRgSxjmR4NGEBa4j3t5DaeTJqTYIcSV8ikLuD/mcooKjqSZraMMZ3Pz1lnm//PM6XZcJfiBiG5q7CU7HGMLTTcHd3rkGpAbV5lsgKl5ZwcqXoGxNeSVNyciuOu42MpnYW+sLdmDclAedPviNdI3F3aYYLYH2mbHNQLHVZhTM6dVBjf8Gbj1/D5Dw5kiuY35YMnuXTeLeDaDHuhY2lmd1MjUalUY+8zWnfLoE1i7I1nIkNaYIzFm9nQNgN2HHQxbFeuyEaDWzQ6uCibl1x3JGAYIxa4qWDj6yUv2RkFjkFBKp8ENJauZERvHdq42FpPdQh1EFkedYjCA/zgfKUKHO2mSuXfZfeWPl49wZtTMzOHnU+ssXQxoX8HN8qEn0qjfpKrZWKbYVW78TEbXZRucfOcpx8wNhPN34xGNA4Gp8JxoSF0qmcGzellmPziLMJ7qh7KzwLvhwEa5zWzDqUuH63ZGZxk0Z3xWafh0wIDY3CSJTIFY3zEZ4Z2KZyMnM0t5Cjl8uL19luSHab2PvhsCItrC3ezAqcI3Yfzp40sCqFzA1FHy/nZ6G9j+DxUTr1ggEaYTJ8xLO5O0rtL1VVJzZYLRvAguj+3Zs7iLm59xkGa6ZF4QTRCN3gJJlNB1xAges0mzinzbZluzSIJuodhsotSHhPEkiKfuI2CkI/pW5DD+XbibMtc3hYkIqWyol2O4fN2R3B4T86Fa7XInouQBOzdc9faYZcLseb8atPdoGc2EU51Mx8IKx8vIR8iqiX3Nq1wCSg9G5xMhEGWgsw4X/RiYznzBbfFKekg9ep/TC/2MpIcNpFikt85fjvwLwP6xVpVZysVu8H+PzQpbRMbWBzzZ/P2MJYlUXDjiXTeV35vBFKQ5l8dskIQMNtIX8y6KsNmqf1OAd4UDV4Q+sMeCO9czK1qCWqpM8QAr5PvVB8zfjQXMCQ3pyUgdqb58ul3MfmsXDHGdctXe31E0C5tIv+FtTCChk5Gqvk/IYIrLHIYphb7GrMycukRr5DWafe6IyUiOoTkuu4u9xFSCsDX2Wzbat96pTPjjt911ZaFBufoHo20imYKCMr9i6dQmLy4myfmQUtkuUmyh2SHS/sSH+xmNETv+ziE3USoxYib8Sg58k4Ry3M74P/NoERBrR27fJnatEl7/g5FNQz2M6R0XesTUXRyg+zhV5cLr1rLpjCCE8w9gXbghxmkGMpakKR5zn49FWV1y7awJbp1UpnYBgXdAA4YSbtQCnck+7pXrIgr9cdVFJx4bUETBsqhtJf/LyXXOOIUoaA9Bg79M0imGqUE/VxAMw2LowcjotP5B1B3X5KHfATPlmKhgP0X+4ptUgpFCqFxXr7GVHQzLkeiAYz1u4e2c4UxStBc1+g3Iqnfzb/UFLP5o4jXrhaFvgWNqZTQ7PB/GYexb5AS4+K2auYPUGcis1U3DXjCFEIpcoAArz9DGiOQNwcUZnOtfFcNPXtyHPosMI3HiGxtJVTVhNPou1l/Y5BsRmfWEF5loRMd7zuBnKBJDilL1rq5SiKbuPb41hPRW+wVelaNMJ8d9eq1V4pMNzWUxGA7VxHkaGdSyrDMDTbY4r1hOTF61xrUoChZ5m8IZNWJDItT+6htO3ejycxfkxGbhOTOnhJprOpQtga2bJmVv37l1KRIpAKk5ZNzBdbeQiUgtIeg1o4b78rXjr/lwj1Gq5vfekd1DtknM8NGB3zxyYDCGNQEBBshLQcoBw4e7BKZ9B6+qt3WP7TxdBA/j63ZFsXhik3GHeD+HudP5SfvfLoJAbenhgpKj4na+Fum66ufodZs7oGujnNHHN6Y1267B/beO2hpwA8SbxG4WxIQAYSfo/iMiQgALBFTR+IWXDdkY0rhrsMOzsq/QRqjzyzrsQ9qoNwhCBowY/BqKRWZ0kcWhVWK7CUyfHtZMUMBhZgn/hBPDxe7vYLau9IwlHAoU2+jQFROUHE3izAus/80uVSLy91gxl/Qi29vcuTjuhkxJxa8OFp2b2Avemk1CHcgxZmIHESZ45PjGVhYCZ16u0qcxzX42y6hUMvMTavCfm4m4d8tJkqjYgi8XptNv3N9m2G+YM9FcMKiwSkS5bJzyAFhwODkTMgXFbPT/6OtZxf5GRoly2FuJvXKBgGg3SSdHyC2QrHCzMaq4pdaFjbmp45ywCwyIBzzI/BmZcz3615iW4d6reeuZRiIGbXmxEN2kB7ZAV3T3Tin8PI5vvzJgCLr+cqDbT+votzWJQAL1e+nGWU1JWJ5oaEk5bbtEoD3rlFjp7vPewYm4oB7VLZHsE3+2XGx46ZoicO2XMbVZvsjdBSDgzu3kqn/4Odk2+a3h0aEj0sYKK4+M8mnhNr7CAk65EwjEDidtDlWMPavQlQGr3oPza2KwuRc+hErcf/xB2DrE+DltborkO+LMQQnPE5ke4iKirmwKVo2KyaTLePEyebG57zU4pIbNXClUyR2A8kYIypXgGpCZMAcqW0sLviqA6BZJzuAZD/Uzv3OvOlldv0WtHGS4wddXcj0sROYsv6cY7gnmmTODI+U+wh+TgQmi1tz+XpvlTokLKn3ml7UGIiBdUMHt/OiP+xXMfh9j8QJ28IuJOeV7XZLtrsMGGjK15Ld1qUHvjicHUbjr6/u1rc6Xy5mXnfdHS2xamVO407egTBY9DQae1PmBa5UnVzvuIJxvomujIkACFoxdWy6y8kongqljtKdOQDxdjdfjJgfYf/lN0roJ+67gqzmCRSNX+Lpy1mFDshc7hJfbUBX3JQd1OltG+2DIaiKQnzBTQ6AjOM3YvHIeRwV6koHkRrEtcU4FaAy3CXueSdgYGnVRkKfQZZNqnDCCajmrGjwyiC7QYlZ2+SXgsc7gvt4VpnYIxfGwx49b2Zb10Jb6NGwj29Yf30B3ZtDHZFDhKr656RMry931iyOkNYrY8aTTeUgPFgMZ7KyDLrm7OOEVmQ5uReppjg9qdHxtDaBkjGWXu3nAi1UCgBMy3PwtN+S6EE7b6ffiYE3FGIVxJCIQ6qAmSzl+Wf0UstWk/3x3tYUM01IA8PBR1vkW5Kvw+dere2e3obwBliQmHZ5W0pJoM2PQ/d6z6PHe8aetB61EjNug9veuQuIxTh0OgIVpEPNn9l9A/uuaklaGMRMD00rbwbNzYqBNzJomdLayrqJ5N5zpE+Oub6TrqpaoSu3juCM0Zjz/DYjTTrNy66YICMgdRG88DsOkhCb/8FLm5SmMbPAQW6+LAwIk8XKGxVXG+3tZ6iXfBT3VTvOJZlsu6jZmuga8zrUtAC2YCx4dFQ91v717aYnMEDNMJ79owWkViUNZ2+D6I1Cz8s8SI5legS2MqSlC5VLNWFoU+BTk9NqqqePHioFKLQwRAhoV5buH8uL510B5c7BRdirnuhNxo4iNVkFiqdNMOsmSQqNtjy0vdyoKfTy3khCBJDcV46UfNGdGkgsIFy8gAb+jwZDbTIw62vBS1QBOJm0zN8VV/sgvOfUBF0gLt3PSi27UkDl6yucZgcToYPxV/JHV1KoFCg90EeIrT8aQn3dCHwAahuOxwQ125oRopylC08uhEFisbdffIpkpNl4rsQ8+5FPZ/lx9zzbLLTgYGEqNawWgJPIJuguwTWYLs6f8lDKjvp6bVlqdZNkfzXicdXhoFpQhf70VrUGR+F5+93hSn+c03iWn4zsZbLRyYYJns613shvan2T3RZSrTXM0xDZa/4KKUaPaecJ4f9WmE/5PxvWUsVPZ+9JUB/at0VnaRr8cr4h0vRNV/65qV5WqDaftqMPgzaJNhV3DTOAq2DUe4TVXrkEo826JJ6b0KUtGyyYu6GHgW9bhoPg0t7dl+M7bauNYmf8DArJULWbxvM3SB/iuXwyBTRY7K5/lHK0KLVzYGGsQ3rBJbh7SXPBJPxKlP1CA1PQZtqSbUzfsBE9S1zPvrXMJ27ErJmP1N9zHTkg1/mgYyZ1YbpMvsiwXxvuutGw9DBD39Hx4DEXmHOSrmniNLouOLBKAkmhxQRoWl3VzdMvrtC8bcycgQ8ATVQx6RtGYAvRJfmr7oEGPobBO6C19Q0cf/gxY8ty0Aegr+Cup8tfBiNdAUg4GMe3VDSvYwKaAWM9URELxCMA2JigckuOx+R9KuVl1gS0X0go4LCcGKvv6NqRLwzyeBjkMrXxnVtLsc30xHaGWyzMJxwHlgeZnKPWLU2xoMhGVbbZ5UTHTdJVakBoGF/dupAx6dgG8WyPq+Fp/k1sJTs6HTPJaYk6KmA3GmWs3iMP0dczmsNLBcecOUN4SD8nkgOw93KhbMUu1baIQSSJ3W2BKF7xdn4xVNtf300rGZ9e7SKbECXDXiX+muei6MVnxW2eQ8PML8mh3Wgb3t3Age0H5oxFud00QHNcbijIAez4AkZXvIKfE5x7NZ0bWc0yQECUZmc1mvMYUAXsJtRqtnQg47uzlbfBRMPV0ErfKKh3N/GECBUg16Qss5fhoSVVHmiER24oywbzoA3AHHjnwHnHzK1NrRoAlaQQ30BW7GAX9fVl6GgGMZgJYBjaTzddqLPJ1QCX591JHDtdxENj8dT/hVv225dg55EgHn1EcKaLCozUhpFr3gu8mabOookpHWHl1wVb8uGqyt+Wga8MNfgohLaWvJ29LVLOOIYBrl8RkVMDYx1SHzk5ujrDIJOGY2lLkIx/OuDOvkwDFKnSTc/bS7HPmtJMn1qWVDj12GXUGJwZfwosaf6iL7oV7GOKUUqL1V4C14jrgPO0BdhlLfVVG61Ph92leKs3psGIB+wje/6hl/QxlhceCLqXJR9d2HjXJ8ZUN01DgXLEdtooKObW1o25vObyVBfYkR4epZNW6AZkZK4hmOcDdMsKO4y1yXXNERRwabffyBj8UDu0sdjOPHB9BGgjYvXz3Ofe+63HaYz99rT0XLI1pzhvlrgwXPyqsiS/VrMBRswF40RHX2JdxdI8+Zr+qdUFnO5lrf8RCvYqiNCU0jnyd/78EbgTvXJJXww2QYDnQaVLv8UYNJ79MJwD8Ai0TfXdqnrsrXWPllFx8DQ1a+EBhzKTHCAzmci0wg07C3SEgWca9Uc6LFiYZ51PFqx+Ig4eXpIJKi4/k7N+U0aGNv4c6c7pZfExuc/iDbSrvcTyl+NbFY9g1XAH8kp9s65M58Chuvj9NqzQISM3cd/HW22atFcIFEBP30gGH3t1Q61JufSH1lWw0/et8d5G3XDwgzfF2vKbeQ1Pv9GMF0v7BmoItuEPwsBxHe2ilUY8xEJkdtyvyXxE1go8XhNiam3GE7FIlkMVDajL/PrC32o+YRLFSURs/3FGZ6J2Jf5GmxDQkimfS4XK1HL3v8cD/SAv+jGZCA1o0Wr2+I1dPx8ih5QYUO7JN7VRPrEt9XjO79XMwqGErBeN4izIt15Ox/vHtKzecH9Fz/0iaJZwNmqw05QvXwAnkOgo6YsX4npMFvS0YeIP0q2MV9yQaVwvAn/WzmSm9EMDnkeBItnefwFR0VU6U8o7lyaW5RfG14SvQO5lWYgLM0AbOfFvpINnCJVQvEH5pmnpThB/TqtCRQxjBbRIcAA7cYdGXyihWSKZN85174qCVyixcBafkbQwRFPhvnbVSdnWr1h8N7l69nhAIBTdA3fkcj6ZfWnoRnqaUFef0i7jtngHl2xp1TKmbCs4X/saG85IhanxLRaC4HPV6/rXZkQcWKzN77usoKy5L1LVUAWJCPXd1StRfQ0whlQBWupORWL7/E8+Rtw4pmZnOjY+fHxfDMMBi5V0DgM/BOyzEZvkrMTXKUkx3KkXeEuUG07gKPMpboIcvA4Y/DOM3+Yw+6rCC18myRrAxqN2UI/256i8pd0Fw4jpECJ0KfN08UECFsfNpj9weUWovjDg4y4hS+b1jBenYJ3OfArNFj5BuyVYrR79jW+7p0UyXjBZLWH1dA7mBOMkS00Yp1auWGrqfBHbIi9iiocslyvlxAR/ZTwK5y+8jPukR/GjgwMZvPvKKlha97mrjKyVrxxtAsoBpoeYJp3IAfM3XVXTVhIjttDOnQqpBPrCJ1Aq2Dd4tfio1hfuHEqiuz4YxdupbB3F47UFDd5OBi6XerFtei/J/KMv8xA6PPIQARtlQolfkfTMKoC27uoKeeca2+50IhqzGtWpnqZM/62J9PWF7RIfKVVES7YmZBO4q9n4zw4VhI4vhA2UYru61MHgnKJ70mXz7aCsqCCHsOpKwS3NXH6HrpzOHc8S8/aGLZ4QYz8ieSvmmmyDjPdq67m6pc/fjF2/otDC2QKKeCxEAKHFcraNJogDRs5TkWYJ4afTFp7rOSo2bfkuhrjXRo6np0LPR/IbfzCbHweuhfsl+ufjAcy/zyFJjOHvrSZ3PKZ3oKkBV9XJVahayY3QU+FNo5Xj5prs2ly/Y2V7eEULK1IgEYY54Ms3fTtwlvt48+KX773Y5xiDNDXu9w2zCIefaeLN8VacZvmGGQPuwbKJ6o2ynZ2mFWptN+FLL13k8LIwK00aOtUp6LKiO7XKHWCRIVLN7d7rGtiDflXcJXHYFTd2knvVbOH6howtUMVHzj6l/qy0M81kw0rFD/REXFZ+e1pcqnH8U/5CPhBxsCjUzCCYqnlhECAykAmkmWX7jCiJU7oK4FBqGLOT5TaKNWivqCNFYxa/GGd8MOtIvwNX4piyD1//ez6gTA/5j8BPxIpb04hL4FkTQ9KzNoumaNkEw4lzaeijsIt3jl+PQnbR2TDlCJB941BVTto1ZdIU6lEaW8Bgjmh1v5anbw55lWs++PBDZv0t1cFahidAmfrXoFCVlfrM/BCpfpsE4D5bsQlseh8iQrp56HOZdxR7ZJBnmiHyG08Kf6zPidiV1u8Lc4jtd+YW7JSPIIHHo/zbtm+jfYsHfhXeKANj4razo7zN0BbzIn2LrDo1HJpFTrDTKWWHchx3vgXo8oWWR8EPw2RR6JI0HnRFm/HzdfnNxz0YHeqNZm1Jju/7e/erj74b8dCdig1GEl0vo7usSZWwDJJiqmSDa6XpzQJ+h+8NQcHCkwP7136CB5zu39wAnx+709nlMsWgT0/oyviRFZSgToySap/1jKk+rfY0Ss4w2h4OyhB7QEYSo0gzpp4Yo1LXR3s5BDTZe6XmKwsxXsiDb8/196ROtHu+Ep5FXxXLbd07rAK3vds1OttMgk1Ya57eT9MddygoklrLkJsRcL9jkZVN3TEJ2sW9TK0aFxL70mN2SXi9p6rucVwFwaeg0kjtRRoFCH5yjbal4k/YjJVP0mfLo/Ow4hKC4r1X9vudPb17hG5GvEP9cyxCRAKYD5wbo70LRJHq7Zm+HF2d6z1iOvuDjO9/wPzCUiVR0FOJRwJsHoFkpj0uNZogCNRd0cu7jo2uGyChCC50xbZeqoCTF0rtrf+ou7cdgvKHkH6TPJ1cj3Cb9AdAdVHOkmLChNWIcycIAFjADYzSOQSSa15pK+3CH3nPVwC0eURsfc8xf6iqXqFhkyYiSzWL58hYYHuQPZ27eEqgzRRLGg7e0wiGyXgHECYT0gwZXpIdCbcYht58I9y4p5lgtwI1X0H/67DdHGDnku1SZf9t9eL8TgoN/NFOxoMyatcI+wgr4nxUIW1t8IfXZKHkyle0982cVeII/SJocGA3NAD1Kq2qCH74MyS2+hacvDuYLMpV4m83+5eqErC45FOAsb8Gt37hNZ0jqCtsl8LhVqCslkPUDG5uO0T0b7cdFP8VamcrhHC+k72j1bMQahCcOuTe4K6cRCtHVN4c6bDH8gHN3+uv8j73xhn/IDrRsMugJHHFxNHbZ8PiaMYmWi/HVqLI0cid3hdjSD3fT/I/qEivfdQ96pfbmY0yXepuZ/xQDo9+kjqol1NohHJUk+2rQE9Akga3O9pa60PPvkeweAnxo0skGGmPfBrt/Wx4BwIbJ1cO1jWCYWKiXrfxtxMsbLL4FeN2zZPD3Bzo1xAXtVkT2zbliUYMPKVtNHXoqHpMJ8IG4tCzBGuK7FXzqZjdJeYIERySB2G8Pcem2XA5R4KRtVbpH1dx9MGKyquBsHadY6sz+JY2J4+XpiBxcRM9LPNBFm/lzwXSYmswBl9wDtcVO7xXHkxe7zbU8R4n+l8tbpPHO6bMNX3dGs/xtk4cFCT33Sed0zvPspDiizT/n67YUkMi5MdcNGIEWKjzpasGOLOduoPI977s+Bda3DGS/JJPmRR067NfTSB2q4N7pD5tJLHsR/QQ2BH1NvWmm5jDXWUBfRMreix6lChgSwy3nFSF5mD9VkcibQOyYZf9SB7JR1HyMtQL08CAbnBmyuuyouocJ7LuUp5/RDHSIYbVrrzOCSiYvGO89HA5kpZT+dyHWF6SdexrsNJaGLkz6/yxVhRTbWtiTtUJ+o6AdzAGaeT2sdcG/8AQUBxUsOWR+cjhkSu8+RF7NK/RG3GsVYLircCiCji4d7qwl7QPzkV+cH37i1iOjpuTTP0OJqka5nxpL3BHjKGGFWKbrzRClsq9fDDiJ4PUOHzfjYSvZIB5Gr+3J3MTHSSCj2QeiCURoYIOLOm6qXx+iG7xGMPflz6TMU+IGyf2J9XqS3debKTrPFW12e8SKYyPtCF04jYKIw/7GugpRER+52KXh6lkH4zJuQupXywNMClobSrEpfI2GQPktfZkHuRpgd76kBv2XvQTTPrknJlh2vTYtlKEDFP6rDKVcZxpuZPmcUKsy7PHiPt8+8RAJTxifpuMnJ1DA17BH3MgYc6snmhPAA/XW96Y2wT7lrsc/UJWkvOZ+1DvbGb83pVEFFlT4Lw3OHIn3pnfucggy7Cl4wMGjb0MeY2PYPsgKQildJT9hjFdONOTyERJMKn9ortEcGuUUsdhMQKTKeN7pRoTsVZ4MBPzAotlLbkM/koztqGBit5LCK8DPl1q/Vn06vjPF2Zw8j0SJzJ1qN6kcHPVsobAi9S4q2LASG9iopz9u92ZmUMWiI17oivYGls68678kDLS3a3PvxqzxUlzmTtAExeseokyoB8RfUeDNr5M0OM+atqwo7bg9cYG7NmXaphUA+Zuprl9nIsw8E4UmrBSEoF6aSXID0EfQkjPGHXcS3b4iTsBJiif7cDbEtxbsHUPWj2hrXG/Atbd3vQBqiJy3JpbbK4fhkavATiusMGJ/vIakuX1DYa9TqB2jRrQbMwwG06Unommx2LxO8UIRPVLNFhXcwLyE8Nv6Fm9hIV0cNpTs6ERTPRgSWJVyYdf9LClwxWpeCc84ch5qB8znNsEt8F8c6zBH1lb9rxb/MX2owawPAz7AM3A2yhKxXO4axAYwAhxZyb/q/nQoH4OdRO3G7vTCwuI5iWH1zfilCcxwSGgYIlCNvmlnXd80UQIYwbIjt5D9saacA7fjh0raOjsqVCfkxqB8N4TyhcXKPuZZoBM+iWGplvwMm4oe4hLi1fh/v1cA/mIzLur8XhJsag0Ui4j62D6V7o1+6HfE49FXOX1vAsKgnrYMuYb/B+59FSJ2y8XkP2+PvqxCONg72LUqX0iuetbhXPYtLWDqDduVlKkVOTK+IwXtevjoXToIsxn2D2ggiF0PHVsT50O4eNzU0T1OiX2z43OY41v9u+kIU+c9YgqZMSYPty7BGtmnEHHAhEaoEnUApwU0LgwgstpgTwjnYEjenLkzVhW/jJw++LqD1pBhsZCPXYT0ODuV1wIxPlyDNsVOU8FsJn/kcQRhGDwP2ioErUEIyP9rww8mBq71k6EZS8v/RWbhWYrGd2TV5AOoUlYiLK8eVy5VW/GiBcTWQHTrfsqPw9JZlfiOCu7A2lL4uF5m/tqtcFCx263RlGOF45H6naQuSy/zm56nsViS4qMzYCK4yGQDL/+AF7ibqijsB6OIhEyl7Snyn8yOZ+e7/2/1gxgn/FgqFCf53w9U4xVEvb2PVr9s1FW6NJcxsi7McQiv49FRS31nojGpf2aMTYAHoGasGOaCIBGsTGyUAOz/yixi94qSiEpoJUSZYKGD3UW5x9D1C9tMHB09rX1QS038T+zkICgZPZeZymyjFxWYO2Akab5yUuuaa7HF+ASJuY081KHEF0AtwpeMwDwpeq61dtIeCkJYzfgbrdDqf4z/AMA9fJl9CpeYrxMFllefxGjOQx2x+a3TcB5IeaFGm+FjKvM4EV1zIX2me/PwlpRKtFZjbD6pHeizA07E7OCDTM7eAWLHmfxt9I0cN8olCg6/++Kznyk5GifreidRpqurwcXNtQYKNZmzTij/9XC+wkPdpVh0eOqjIy30CxPOfrX+k+lNi0+IqgRz9N5wThhBscbnmcVC0mMbIkl8Ir8q8Yj9SIXjSjy7Gml1zpcJNsuL0ET1MNmuOhyQRSo9px4bi7ezzi5T3e5Ilsv+BU06bQ1Cl67MW6Y8AHnuboZKz4BwOWpE5smUxkvPRsmqBu1ANOkedmtpEFvgwfxz6Ds5QKAstIEmlucVgGF3QuOlPNYi+7Rm90+Z8Jgd+EOq0D5RWQNttMOuclgbNz43yMQqgUjybkzLqEyw3mQFfqu+H8vBsQE5M88qkmik+nDTDUeTfAZHzRCnsTRQoBEW46IxqXXvVg8PyGencO5GQiShzrjtImSz99eCtBxk23CFz446ITG+FRj8jXrt+P8km4i9giIvNxZfSl6ARoL3xt2Q4ACQk5YXPBhiRu0oTo6Osje3Udt/jCfohcIiedzKQVHDRiszEguPISP+isfAnP2R0GFi8TFHcExiP2XZ8Ti6kYTLnk5cNAhkLm20P2YUAD2k3HmsdZRL2pyWEFe+HFn2Zxm7PsJI+1GpwpRhsgYJ0kghHNaF7fNoncQCkK6of5V0RRI2rY7fs+pKzO+lYPmPqwCwH/m6W+qStW3oqHAH0UohMfVZyxzMuiQpZnnxe18JW9PoHuefwQbH8Ewz4ojBug7ZKwikrn53OGfCpu9RyuhFHxe7Y0QmC9ppjt1jlGZgVjwUxRZOzamuyOphlsEiSCsuhAR5OcR93Q/IXWYlCijgD0F/hOPO5Hsh9Z+n3vzhXPbcU39ca2aVMd0LE3kqsdcowIZR44L4+VE6RtiPLk49hvd67KIbR3iryLpJ0b/uuwYMgfauSt8a3EyZojk5552nlCAWBEbYJf3UwMFC9RHYOqs00nniBfSxq92UBve+VdVo1SzyWR3etCD5iM2tM85XHlFIKCj9SA4XrNfCZ0eKMHYqUZowAiTFx1OO6MDRTfqDMgNcvCI2ec/WmK7FPhv3kKW8b9qn5x7x64ROWXNuEp/ldqm+AHvej1+us4FW+B87e2QS+nuhTqjlLo8b1lVnm5VBHuK77KlZboh/NzLMuAoDqqtmmcfLzC4vJOK9309SXYNGoeBUglAIVQfSTh0e2tKRblAy/c+RyqU/DX2RkQLIM6oiFJAPR8SzAWcm6XiHqRr4QpQeLX/uVVUkbgFE81MP76w6izXgwwFLSBorwZWSK/65dCLKrZcpQ/WVw2ZYePo1q05cAHwD9jJxc4PpmvNU7cSCIlrb1DJ6Qho6OEzo/XsPJ5xtJWUspjopsX+cAXp/jK3wO9y4wq7cRyFIEHY4l7ZBwwut01EpjTxSgOfimhxukpqrej1PHt4CUzXbg0Zv2ZLXkGkC6V3opHvzGh3byBV18xJ4q6XnH3bfluIYI5qvczDtCtM3+vfQj54dJUp1Xbh8JsI+hRiwwqsdD5KOvH43FzlobLLPADo1B2Dd8Gd5kqAJfVQdDFLCgn9YAHezYv5BWOjcF7OEgpTG3QVXq3FiXAOZNXbyGdoKA5rInEHnEQ05PrCgHkTXrMs9WgRelLLM68MNHb9Gr3AAnIP7z46zIF7nZlh7FsIWFaxYlVpJxdiKTu/+SY2O1UAt24eFa8GYXN88sGQwfPgOy615b3thA6+qnAvgueW6jfJKqFodVVhnPzS+rdYPQDSUzvZ7x0KuA8Bo8zHOXqWx0z41Ixd9K9I22zhOo/Mzkkbx+qWb9Baw/wy6YXJ4g+Jx7cQBzIvLldcMtk7AFBPW9UTii1KzeoeENLfhNNqmDxmRXgqwwZ5GUl7Kp9IEM/1yJc05WzrY1v5Lc42z5J5rLqceVYZQXJrPfQ74FYxoRYIIQzLlm+vIJzHd9pONMWZzaNAzqTA/AzkyJQ/0ErNYVqBUL1jxlQO3Co8xXKko50sUKzbtk4Y5G1fbvRmm+1Yh93nBV6mysHwVg5x2Ew6e/Q+xPcgyAxW4nF0qxK7PwS7VBkYGpzhvcYAvBuU7L0l5JXqNd/flcYTyG7jlndxNCHQqKcZd9L3Qjp66RN4AH5fuNMPD3Ri4FHNZhRywAavaGTCpSaOoKIv6IZIWRsfE6CAbr47RTZ7LMBnT5Ogz2ATiXE2+S9fqTQ82n0rUXFtIcoqrJ/p6YdsdOMZTvw+8KI5TRG6sO9xL7Sa/0IKI/O8y2dFaaTkRpVXTkm7JL4T/vLgmgfpqmRfzpCM37AFwK8dlTlkusAXcbdO27+Jdyn0uhqxD7TtRiwHcvaNaTMytHCjJWVpSCeoRycnRJ2i4TbZwk3EdXC1AWjHzybcnKwcxyy4LdjNdb7r7WRb5gSgGX4M6wBrQ8GKKelvmAkUEC8M2j+yH1wvIwg616lxju1w+kFmh/MuEFw8y7eeu/pVpIdHndF9YmPXkc3Y+6VtaA36ezTnQ6poIsSypb5Ql7o46nOLKPnYWj6BYNW0bnD6iRMUDyJY96bXP9JXn/Sd+IdkTTbYDe7VtyYKaSMUlYQ4zTb64sXkFnGcZPLFSksfDjeIjwxiR8JvaZRRtvYaCrkyaKZ0cvoyR5smvpXuYcsi+Pl4dq88iaeutiwg9nU73s3h6PLqJhePjZszzD/dhbnNndN60SH0hBrJUj7XUFk71ILUo3qbYEYNVqSRfLQGkqZKfPty0Naff4P7o0vncQJIrRdxXtquU4tTTXxUF2KBQvEKaP9TJr6rvemCCrCDiOZZCmNqYjL92CLUJcODKQIhdyQM0yVr6LOKku4RHIZk8GXL1jUlvyKJrqM0jwVglms/p7HvbqhizaPlaTVt6Wq64Pk467q6p9ZOWJ6HP2qOm2iZfasgkyNUsO8tIi/TmrZALatxfghUgzezdMjKjn8L1h++EA4XxMjXkkwxxDK+SYyZypG/vNivaYrjktRiBl4ZpPdQ7eKwAIfFtzYFMHKMxUvNMA0yA4yxxevM8xGL8FXmAXLJHiP9qDPuidRCccxqYFjcaoX1sUp8Qnd4bKPz9eaZJimUpRMB0FRMzawxIZF0x1H9Fhp70NnM5lT5aMKlJpVKAeipKElvqZXBU1Qr9gXQeD2z6SHcOT03KY1VJcd78Ua4AAXCABAezLOoyVE1TNAuHYRAEQvBg75w8CLZdDzLts3yVYNBLS7I8DcoFc8EhUfVbzB802GcVV1mOfEld5u8qsfq/1XHs43sP4tNBmT+3X++eIJjGhz6kF60RFN0lmff4rlOlgWGgykhJDMqv693JDe8AKHhpdFF7uN2oNbvy9hq8aQ+jLoeyTPdIC7Yn3EAKFtOVw4vN0lIf6T7Jy2USiGqoqkEMNLewcwX5valuN8bcus3HkKRq8EKE8XmWi6zWPXYyUk5XdkyatBcqKbivTKJ32pe5Ok17lZ7uerNX040ddPD/q/+Ia0tVukD9w2/YcfQSiS+0u24l35wTNGGXP88UHzQvesBNFj2i+6/l7u1rtc9XTdzoPaK2P7nk2bQu4nFWM/pQYnlZDIrn8T4nYGOxR1WqQp06sIeDba0dSkWAdp2ozYRP3VjWVEtThvSMpVER/pGgmuVelKL8+RuYxUXhPfR/k+4T89bVVAyMwpPKTIWi7OSa5F/XE47c1CjmWSXGWWgppSuuUh8s/B7CMfyQHjnumRpey+fs7A4pzD9mE588601YYv9f4k68kgaC/4vTSJJKObLBdMETQRVrbmoIWf4MSO52pWRyGuQj+Wehrgd3SfGjAVZk554UeiitWC64RpI99LTdLRRhNn/BxxGWq0qSb97Uo8JQt9FO9BA3nbioS+GQxnbisxV37Ln5dPePOnL/7rCoxWgcvTsUz8N3tNmvi8fz4fe8jUDY5GdxfjdaQ7kk+IWtj00cKuJ/O3y9YUDD1DyaT5jVdGMJY4973MczZHLGrE1/BMyTORnxn6YvsfwSk94y16UlL1Iwu8wvIlpEx66/7KATN0A7vgGxhPze7CQ57j+/FgTFsTYtf1ZlIYjtA8vIuhzJYMe9nLqCwkiLhQ4Ip2MHyZ0XNHVxPYzHGbI2tCO8MvYtsjbDTUeWRJqdlrSEHIU5n3WyL7TurGmO1ritRLbwB2qWpi0vaOvN7zS2Vu7zjKUmLpNRb0c/2rr/3mp4t+KwgCavVmUVTSh67uZlcoLvHBZYLAd7L85n7ltTwwrKfeqsqb7hS7h2YbDvsZ+rmVhp5G5zJZC1HU+gXfdtfXr2MeKs9xiavl/lHtNOMa0pfh8u4DaX0ZF9nCF/7UNAxCFlcZA2d6izzMFng0Wbfc28QJdDlK8FGIJ2Cv7sSC+M6Km/divG0XMVNOvO4vo7pPopms2H7er8jPQnOggGhvXLO87nbUgIMUWZxzCHqWGW0VfvXdz0fxXGLNpDkSRmTswxdj8uv/MO6MosYLvR4Omv0nGYdvauBDgflia2iTHZ7ZMyCg58pk8WsLu9tLOUWeYS5DnaO7sbQd801eDP0q4BvCImb4nnNGsgR3B/Zpc70pRAhlnjKUXf7c1wtgnEP7dVaOntNVhBNsYXiKEiNEGoncMBpOtQ0y0aNG3IVD8xBYWqpRLj5+5YQWW4y/RtE2BskeXpJOElJ9yKVNJOcod1nf6M3d3NIyDfW6TmqbOm00o3KZGKuKQKQaUc8g3fUKeHjp1ATYl/lAsgEphpm9DsxFmVZ/n+tSQcDEzMi5gZ2nX0shuDwotT+7UwMQt0U3p2D1ZHUKwttdlfXbPPe+SE+gI6AWziNC5BXLBaGX7R04Or07XJ/Wfb5MjlQXjPKnj/+AbLI8b2tbPJ97ZVTgjhRj+hTyXeO/yN0jkSsnSu0yN+BGi7IbRn8GgPdoHyMG2yLPZ765kGa/cndKc281S4KrkW8eELnbFtJlM+wkOaL/aVe/hwWPThe91EkbZMsgWpwLV7aWR6wk0zx4N+2IJKlGX7zpIjwpvRHTYMcfs7fgP1nIr5Kz5+WeAEgD9MZE+SXkXeyv5zkhvSkYq/uvo/WOc64zlMBIRE0Zvhi/WCn9CIbOTtJyLc6e/rbJPvqsaeLTwCuGDBFnPAlI3i/SDwljS5egHOlAx5S5ksdg11KGEd4Dib8kas5mpHnUVQIA8bEsb8R6g6meceZhQOFTW3r5FFgA2sfkosCubUYMcQwcK/smJGrEEJvBICO8KDHYHNEQa4gMzjjInm0V9q/VM6RAM40bB2buTX9+gk86IDAefpAGbjkFKETeig1k2scqa2PHdh1PA/zZX2nH0rZEU9UQe8/3X674CCK+Fn7Mt7ylRNb83ieLNqo6FVfvF7fcF5CQ+VUz+f9dxiwkc3fQQszAeEMhmK50qxbx72Xcv+eTPb4ypacExgHID5EhsJpd3Fn8bPwq5p/S5nc8hYVHwTM3wI634CQ1+Rp06bztu9DIgDWeXb+rQc72ujXAHa/pvi3JdcIbUGf6EMk8jxYuS6esTn5EXlo7lCgiv5j/y8BhTknEBxq+eN08uzhcZi+hovlF0gNqwiU+qIYbYzjQS0Z2lR1zkOsTnXPgd1H6599v3tfqGa5YSJs8gga/Rp9CBY/rUSh2UegyXvwzchUbt4i182PSkGIGIIjDW/9EUYnLyoWErHUig+D7ig2lq25YIu0uHNZYZUg/6uer5vbSAX/dAHgqGVSL8dPlBfsvD2dT9V8yWb/kuFXqpK7oqX6RZtJScE5h9Kx7O5tRO1W0MVERkVF+zgbO228d5ytvSG3eX81k27cX0LVOthZ3P5nGSxAAElsHXDmwKvrzJlEwIobOdqxPXjG5YBR8ZxaHI4prNuY4QvrwJwH3PIGgHMFzepda5mlG5aKG6cAp1sJQVZqi11DIEAKYGz0/V4Tex7j7+AAOvIiTJPE62joZCDow7fNFBUvHvcK3xXDuKYE6LRsPG48bH/4bI7tyzQevAY+8dCJ+dupIF4k7qDcHgxjktJsMWdAJdVAwOOsbHOM2CJVvbj+eHNcPb8gduNruN/fdH9bYoT+WG+UNhSO9AHLWAC3xfP0C4OcGfIgVmvLftMJDIX49ULTZ2OvX4ZWvN5jppxuiycW76ngolnm3mGGIpG8yri7hH4S7nlRn0K0zS6PBK99Wr7RQxJS48u37wdIgt9+H4rae6sM895fIZgbZwJ3EYTPET5z8QVOeHfSDsC/asxfgwYdlDfc0zjrqJqo0D2vy1hykBGkYbyy8jIgUOYw2EHWHQ91h3a9ajL+oMT9qhv6MettskZ0WyqfpEoM6TGGtGCUft6YkPN78mYyLu0qciA/GN/D+nHmC+Xrabu2HrwtuvvR3N5MEEuZFyseTAkXDPV+C0WgCOxArpuT9EJYsmHA24U4Vymf0QVKSnZePlcWFRrowfjggN91VV2BOucAM+c+uwTzHl5Oj6/nBIYqjfOJukgAx/056iGfiWQqiLle/UcXV9EG9Uv3X3coAgiLgU4iCEblWJ0FZn9Gpgu3zyafA4fKjmxAyivpZCJkANMaTCA/zEkh0uAcGuiMtApLEBUKCBlns9yPy/vBbNPcAo3yJwx/zxwNwAMkQtLbPnDxdIrmQjRSVP0higdOXMzJCaoQ05WHWNpOEG2nidvx85GF+dah8SuGXeq4t0HYZ792sfOrwKp2TnPbYKDLsON+FwczGZah2fBY973yeke7xZUOBWrBjCGY1TFKk8HU+Ry3weHFa4wRq+n6cefFE7ykEn5EwTbyEsXm1ArA4zKyY0Hm+Z/HInNHJ91n2fEi5InHsllrNA3Ng56xdLJuzHhF2DFdbhJHwCf7vRDszRuZuUZ93ZRsMNZHZtAjahvjHRbR9zYQsXpo/xHzriWEThXKE6yV5SxHDPwoD+GDep9Wj18jb7v0krRhPLwVmDNYfmGizWlRDH1kFECOLbKZRWO+IFkOiYXevZAhq6MDANhvl0fDi3VhnSN87FO+CWe7sDDuJBeBLR5M5oojvYNAdO+1S9RFaK31m8rK7+k0GF/Nvp87uBQiKIvaeWzn2Wa3Jr3MUwrtOf/y6TsG+1tHbO6h/p4FHiEldwrQjkMOu9G5/7kaQnv20gkl3D8VAwd2aKc0SWN46t9a5u9WZpItIQkugYryYVZIW7axxBhLk4NxFALftzM9AQpdoRNcKBlNl6S85xhe7Uw+LSVSgXHDx5dOX16BY38Ov1IngaQU3tXNmuaBCV97vNt3/L3K4FSDC2iJJ81/aIYTMCpmf7F9YbXEd7fvdOajRH2ZgjwbNoQHQ777lnTqhPxw3zm0LEIm3+MspEiaPpGyfBSVV/WEWH6f5WGGBpjnH8LjPu8yacVaWMQtfrI08FvRUqkw2GJyHqNFh3qWkz8ibUZPUMqdY/o3jj61QJF31FutrZ9hCdRde5c0L0HEj4n7ZfOU7Btjcp3Z6rX+KYUrV/0/gcwJQLRoNolurywBPOsDCyQRc6dCRK+f6BvV9aU8A0bk48fpiyDe49d5lF8qKfdHHt4MaMc6dZiSUCjdF2u0WAeVG/GlbsxClzucEuc4oKqDzIUfseXo+Eai9W0n+0LmC5akZmsGbbhbSCvdSPXYg4nlCdpXJ301SrQkiFv/W4fQcU1dWb+GbhFS6iwCVqedEaM4HU8Ce4AxOMiQywZYTkuVZexF00bOddAovdDcsZ4J/MdIz19/8kTWVoxULVy13DQNOz3OOgmgXQ7fit9awZNsfevRsmoCzDBPgskgISkl4hfMMxLhlKfjakIE1Jx7VCvTw8K3zMjok4EZrraWcdZ3z9geWQ7srZTmkp7mIGBqrrxErnwTRBnPZrC8ZbMpKVIrOqxmFio7/u6Zhpd6CqGel5AEFm3F+BVUP/rADhn/vnOLzHQZNxoCqWWeQsSX8kulf0CqbF6TIU3TBXAPf1h+1DNWUlrHz7tJizbnJrhAfNBIqAl8gINnAaoaYA98LdP/UoRrDi1Gg16sF6BBNSe73I/di5HPB41dS8zjeH8+8938c3dgQCN3b/CxlO7+85mlHAJY9cBS98Nfw0EB3HuiD6WUqel/obB7AhxWiDw5kGtmXAZRDyD5MC9fJZ42Y8zq7CNy+Y6yEQHFAOyLHrCW2CicoWIfx858SFuQ4GVxzUWJ10YdUvh8t6w9HnRqabswklwpMFo7mATJvS/MT3yJAMCqyw4IskwhCf4BUN1WCgb0i9FegPcVsIkiMMQkQBURwgddW6szrZRMeWeeyMOfjaBEBsvcRBR14YlOjoznijZ9A3ACu/d4svBhG6uLB9H6JwGoVu0XaipfUuqe0bGRjrxamfjhUKasFG5r2osQyJ7BPjMELe4OZuQ5Re4XBUGqNRreaSiyacK+y5kSNSAyTYtMBvH58Zg4p25QP3+qOpAeoUG3/XPBjXF+QteheUe43CkEGKcttIjcrEZaAD1bmIAcqdTG4YJRi+kKFd6iNaxMtZG+cFTpeI4CCVh7cgQcnRM5EacISy+U655w9DaVKLOUvK5R+4Jc7AWmMkQ0RE+usV/EUIol3xCwV2iezdW/38xMT3bPGcKeh/R9c8D2dprqiHgf4GHwk02tsLlDQxsUjoGZBqF7AY1ZZAVjGILmzvClEV877+3tu7svJyE/G1wVuBf4w7MDX0CAvrTo6AH+25orG81A0wXhlY0ZoPPbaqn81fy85cVCuMZ4OW0opf9v3A3JqdvjExumw5LZG1KgTES3XU0KCn5BZFIHcs0LMahLIaa81rJBUB87h9LyL82UbzbzIgfE/Q+3NxBPiRfhy6w7P1q2rDijsmxSNVr2sEHUunQOPZHQ8982WnKShIwVodpJvsBVd4FOVhGC11nM/jGmFsh+vfzxOA6GL3+4tB0lVR/hIGYz2mkSDWCBImEAtGpcn6kmHYH1UDQlBiB7Yru60nB7Xkx39/7s92kgk+zdsoG1fnN14gWxH9KFqESnXuD3hA93X++PENoV3AJmdrWrvOkCfU4yO4wCKRhvFpe6OFVr8j+smo84w2mR+jaHar31K4bIesfFn2/ayyCr+vCDhGr/WaIcIICdHlgaNcl2VFcITpXl5E++wznc73KRFRdJ6SwrxGenfJqpWOQXd7GDxlJbviBsT6LzLvLPGxaFRVdOKaSGR+AKl73yBfEeKRg9B2OOog8AB3n2ttsZbUNXssVC7IMd5YiaWpvaoGjS0IiLILqs+y49PS/VMbk111FijJU7HlaiGZUPSKlWKd1trDNS4wzy5sqMIpUZuWKet0iIvxtMOuWWs8zvIfUgWX3bFyko+r0yEHXYYKxp5RIUuBtZLvgTuduXdy6WQnc54zJqizRNzbmgFn91lxU6NT69IIHxQ0Yjo3StFz5ByKnYAJ+HZrcz7cwWGGpVDVsckwdydBU6wjkDIwKON20oEE+1Om+ZkpH4+PTVoh8bcMCFWJquaHmZzhQttFlVNecKGgGf5Tdpp+hYvDFeeNoUngJeqsSJWORi3oyQVr0h2Ch9RlWAgCdbD3pXJQJ8tFiZLnYHtagv4GrocfcnXSy0UukWpEFBZBYwFw+zxOFfbv/Z3XjPHHqD9b3K4+OSS6EgOcsA1v+FbmIv5tHxQDAuUaAND+FzlYdQf1MEiBEN2XxitBTypdHPCQSrsa5LfHbdQ0DTHP21v40nnpm9/0unc0RZGRNoB8li1cu/VsBMWX3SGR9FOa+YbWHT5RIXdRK0SEACWvCZ/JhDGx3ppmUnbpF5+gJXLS66B/ap3sSbtcwxIAG8HvaQy9E7TFA3GZNMbHk99PhTE6WEBYqIDzzzVWS+Uy+jAoFgj8m07izDVQfIsRuGHGh691hrBJ4DrY+YF3DbKFc8ChY7FLR1f8XNM4ulmezfVrHt1vVZk0gGj/96jSzXtJCfTW/h61cl7Wokx809tU8uecsys0T0vcO4L8aZquwMB89+U45lOY36uaxkWCCdPTzlgGQHfxc5eXQmDdOkCwkuEK3r45WD1/lx512sqIYfDyzyOfSlbz5gFsfCIBoVcwoqIoFDpQ3Cc71RNhCwgvY8uD9z9kvK7XQIPqpd05VeHeLtsJfrRaaTxNtw2DqA8L2FmlO575w8DdVdaWX4YvIHpDA0SeR/POmtUP+r+Uc0XhEvWpFvrtdkO/UegayMsmpj1jFvyYuDq09z6VlpThE6z0+rk3lUe0XKEp/ZD2KNcOSMCKInnoLwfkUP0/JE7zCZm+Unm8lVfT8LyfL+nfrNKURVfBbnelQ1f7BMvgGiYXl+dPvbex+2letW/Ph32WtHio3Sz1ds3DTWAhNy+IqZviBPmnaMzxwIPeEE9K8wjQ40iTrJ0PE+zTdzGyhAvMoEBggfQGqaZZb3VCYpnTkrvEhpNfVjgxgBbU0Mx4iVT401JRb1HbCZ+oWaQzgEbwV20PtZnD8MPKR5wLt1B2oADxjdo3/6KubLxeeD8gDmoiMdTIZfSMsst3UehPZlcZMYo/N2rM3GOaiv+M8fAMRo5CdTaRdXGYQhdd/LtX0qRHkarh2M3WEH87xqjda5niGaQTxuRPWhPI7TWXYZMVOdQBfD97FUpUl6/u6lojYgStTe8XO5T/PtnAV4CnqVMU8a0yoUYq2o70ryhNY843HzFdUfhRqXaGs4i6cCGDnpnuzKAsdz90mhlE7P4Fs9Eq39iueKJ675hJIRlKc5HmAd1263jBXTuUcdcwFOcp0dmr0v3zGb2Bkm2A1NhcGVcAmFEshqGtKkh0LIHNX+nVWqFt+AScDVAzx2laetuZPUH8pbtOrcz441Rx4GOkt7BuE3DnDT6fYkrA7th16EpAas5JxP1ogGUbZm9BxI9R+wTybfaTnGi+5Jlik/wUqd8NvJ4FyPNQcYS3UrDrj0wBSZ9VY9yx1+JNJGVCuwYjYn8SO8dJlc20KXJqXEPC0nevEZxCqtTTy40VOx9P4CsiOWqpgaejK6qN/w1H/Y1XWOt6jJ72mkAW13ZCzylKnKPYgjQNZqI2ZZCxRtlFXtYOyYlglbprqaxA22CgsLYDUXokdikmUo4x6JTIJ0XOR4NOMW1A+Re05gfxoUfluRWNcTv+xRni/OJDFyiwF1fTRRBb/RhNW7xDk7iWu9eDvSxMJkjuFA6zjMtA/0W7bbwlj9AVXsWqTXApMorf2A++EhqYPjIdOexe9hUtEj0XRa2SKOw4jYnFPDUCFCXZmwQFrr96mux66o0AQZAyENL9TcWB9AaeflPGkErqZJTSkmCSXjr1VwcVEUFrYmUs3nHmDeq5SZK52vdXDDUFh9uDy5loY+7pGRgizJ9IjoJX0/d3v4CMr6Vri/HXtViJhJA3i/XfdT0VIjnQO8Wvn389uPdLBUVq0djhjYbu1HL8bbgAq/psoNY/BZkLBrsHSLmgBN+8rhVfc0L1n0SNnCaN1Ix/TulRYUQzV+hwPyVqSe75lvJ63fe1JdaT+QuwIFMr2l6V7veVEOtzX1JtAy5gOb6+dcS1+gwibv6OGUEDyiVaTyM7m3HPiWZzDErAw6a1svx70YUIg81FHMbZffRhRGPouRNZLrUMgYg5VQKi0kXme1sunfvyAFA49PaTbyzFgXqKOeASdRgy+WV7A0MUeDvHfIhm8+v/ZiRxcOtw10o2Ee5gQVJCwYxACQtwK8b4NAPL0oMMLctdO2SrtKFSXV7g4Ohg5No6qcFbmINhid64ZWiMHBjark5925xZ2jw3JcJEmpQCqcjd57kyOVl6DJr3iEeS6T1x0cp68SUIeMF2MKNS4PyRn93nWrAbT9JVMtS1OBXfZ/pBnU501Bp9HRwopd37dhtNOMmns0mTStU0aOzuUytR8JuadOQP2xk8Bi7WNJkBUHKBCwVBjPKUN9EiK6sOS4P+2WCL56XnXApZCyp5hzGL+7BK+2en8H4fr9m5CqR60t0Z3CN/XQMZ7+o845Yxw3YaN0KgI0IfxP+9pch5HYzmKzD4XJ6e11OFQPGofPSUZ7QqFBH+78kKY/tuuUjzkUzXhRA1K8dPuf6/vNW5IULATPfEta/ZZLYzls6HtHI4cgsi7xbd5asfawq2fl0yhF9KHlvEjodesjgxWZ3cpKMzpGPsGfZgrMoY0eLJIdFROD6dCjUclwX/BDgpdvURXM62e3OvAduEIvlAPaYSglYPnJJjWzAv/jSWlRsh16p+fbGBuT9zazrzVT9Am2U475G+6/c6y/rT2aN3Fd378ceLs1xdatj7LjvrFBhfQwPbE8NCqlJneDuEOK48XuF4rny6yqN8eIPfaaslt8WocZbw9JpnwvodsxQH6OCnKb9LSMGIfoSR1s+zrg5U/v4518VxAm76agETEL8MSI1N7wx/oH+jQB8Dwf6rOTfdtEf317Omwhn5z717Q3vPTPkgWcrhRujGosgHDYCB1elaNaszal9TMiPiUZjEzkP1GEjM70rNrkVKQYxrOKvr1vdGXMV1ZjWcng8+CJpjycKaDp24OOH3Bd4+x3PQLzfSCgYZSoSB5SvnKdNbObN8M7j5GVuRGPnmJfimAJ4X0t1oZkIM++g6JieQHHw1tbf91G+HGU+EptcdR0bIpjO6picxvMJ5ZFnx6cHM8NHuTcQpfhdwScz+kGMU19oIg88u5A2VCdZI346QQHkh2jgepalfmq8wnBNvR2uodc8p74FNKbkPX2TulmbV6aNhJfEv/imfc2sUj6SSg4D78Rx1CuPIh/FHVSlXq6zrQxrPL5F9Rm90NgC43piABhNJ+lfKCfD2wVw8M1nVgNBuuDyh9wU/TTmU797UAj+Fz1tdHZujdLjMZovuVfRLl9cRyS3FODaDR50HpfqHK51DvG6ICS5luFk+KCut2uMXVgOtWCam72bsh1TrADCjB6uUdkIcdJBPYPXIFNgsSZNGaPylSyC+JEaKQAj8gBXN6fj8I54LQth74y7fqjvcYIhXJoVaIedSdRVfiJCEhTDbO3OY1t8tuMy1lDRPSvmCvRTclldZ47E1O8soUzJ2f4EdoVyz3lm1AwwHC8SmuOrHgtjGTqoKBuQ7KT/7lmqdMMdvgTa86ghfjPHm8aN/DZD1ViGYfvJL/xAZfdO1N1juC3bcqOpHOr61P421CyuDhy5lUQlROO0e7pY+yMK9pah6ROc+0mR2uaqFpvhZBIK/crM4c+rjp31hexOrh1macFSU3LzLDL1eSdHCrvojUdEyYSx9qIpYlxf6aW6mctpWPKcuUxsxYcc5qHldPA5QbLTJsDEWfcXqI3Po5zwKAzqSogqbTx5FepWTNss562n9rZD6I/KSnabfYfcw7mWpwN+IzJGc3bUp2PvPPBnybRI2MCGRyE1cEIETrQwlQ/p6IltMflyHwLWvt+2mk3AOShhukEwyXAq0Cmx2MJwvZtFYCx0vKSahW+rJ4xLAtTUED2Y8DFrjCk1dgGyp6lYOGUS/Lr7QiagLDt7N3/o/BUNgsMqwOYX3GB9SPvXK0wiq4Kz9kX8J80mFyCyCAbNjOfFXOCX9noPl2QUcLLBdGEHUzedoLmNqEstXi80dpcXQA+sMBWsQ7hP0zCWOqfOo9+jj03fxjSYGrSwIxXipJJoem4Y37Bfhd3HwFW5HX6WIFpgPpihafGCp/mBleh/EdRnqW/sS9vu1Pj6hF+Jj4krcIjRC77OloYO0OidH50ip94TYVs0U3s1qFT96v3PUtE6NyVB4A2vZxNQguzpeexqPznlj04oliNiLZdnsLwPne51wGcKtgClnxfSMsd4duwIlfIqquKAAxWgnCJyGG31rTn/U/CS+1m/qOC99pEHlUtkj/SIBRb4gQjnXvvg8dyxKReN/JvyIGZffSJndUinMBtbvHNWOULfisXxqTQuJG/mUvzxjEp5KhKtDbj99/oXr4jIQgCldP2vLJVgQ/0GikMPz79gOS5IKe6Gi6VHE22tyt1VKn3MtrlS+7uodUGCksWIPueSrDvBkRDdKdZIu9vPjusXsyVoJxqDbkcCspbAp8EM1QpKD+rWpxFPS7K08EHhXsAPGzj9wu0VTQsyuPOLdPrKDgjIw1X4y2ELakEokUhis6pHbk14A1BObzWPNcRzhHvKtxN+CFTdZznBfsjkDK4JCP+PLKTlWfkPC56QMYm9IJORb4HqRORfH6WH/KyjTnjki7uYOESZS1Tier+zpc658heXTbevFjM4pTw9CSBAYRI7N7i36NawUo5Wx5p5EyPTFjdZAloPQ7Zn8mr2nBh33wqYH7xO/LczJUeTGG/8DAf/UOKq/PdNnE0hIpJU1lwwx/qjk83upFD99Y57aKRVJlzUa912T/r5326ejMIe2kxi8FjvFi/Hz1vOd7m52WgDWobeAuONPsHhrAmAAbRh9ek63mDIJ5dnAdqwKYqNIuWoHbZ5ePhC+IEmEf0WCya4h8iL+JAwTapaMurPsC6WaokPioZUOwH46YOm7UZ/49ilWp7HfOiIjh4Q3tpBaoCik/qnA3aI1lwTvRVL327wxIuTBJKed9zsDNF+b4OXFhyyDg3OsX59RKcLHXRPvp4F1eVJKHJFoJlhxeZZDrlw+TFZ3mkoRpdFHc/UzziCAFVCDrvtNduyDluN+j7UFlTtDEWPpA1G52Vzz2WjTDmX7oMkYSYRvvg5RLSLPnu8KKs2BZZXCy894uMuR7hxrugTOocUlSL7cw8byJMQsdGRTZwQTWpbpl+XuuSCknoH243fVuKKEMNAcOmCJqtXaeTMo79Ow4fBbqkZMI9C/tQW1xhbNeP9fI6ePd1zXHEfROdXM3rI++3ib4RLpkSfbx+NdCkBlrLuLB7OETVP0/EpcXzXzDs04CBbodreJ9WzPFH2a98QzrajTthyKeLgdTJfDtIH4sRy0UKY3NMPWOIVASSnvUf0NzOjbC1qB8tae4OZZW3ANQCF+54qXisl4KdV+OD8IEmMTUl5lvWm87Eq4fyZRX8pRzD6/HyhR1hwRzR68hm2CurgzfUcqzi7DOU83YHfSXX+siqbi/7snULK07eUfEGVCkjTJe05FbugO8GwZrVsoskaXIImqmtCC8RY0ixLDBTcQKBYzH2kraZc4H7juJvLfHf1datA3fRgXZG2BObD7lgmwGSUqSU6zONGoDQzN01vn5FsRImojpmlNYSbTnyJ27JCLwpvy3hLB9U/nITi8gFRQ1Nk+rgsd/Bs/se5Ya9zJwhQr0OvyCEMgsmXL7rdx4N5dp7RsoY6CqhPJp+BekROaKu4309r5trQVePM+HxZsoCs++dvahATcMu3CtzkP4sq14aGGgeyZ+6qk8bC9C0otk1s1iQeeUgIObSARoDt8JZl9vhT417n3gJMElwleWd8Bktxy1iGg0Oj+RFn+kgXj8H6Leb3drLnn8tNM9CVNbygMEfqqYBgdjC2RnBO9aJDxVdlo058lC0NNYQBYfoPEHg5ug3VI/QtWaic1UJvP7uyhMQbzSNpqsE2MlzhLJ797gsURHHH8mARlaR81HffNQCRAej9jDUY+ypTL64fDfi4UZkUSN/hxcTmdKh10TXU+RmcHMiS7GRI2TJtUm2G9MdO85vf6TFzAMHsjFF96lNku8f+xSykbQ1VFvwIkauLItcKY95C3LkJTgXLlvkP7AYdYpJ6LbnmQLUeTE44cUFGHstxmIJledOOdgET87WR8gCrrSQzjmKiH+nK30juYFb15QeM3sqr4D7PLy4YKZbPDXmkJtUZqd+fXWKe74VFwJrXKTWGHzhb/jBt2nmLsxoLNi65huNzRdn4a/MntzAiFH/H58ZDFp/WNHVFL3JWaXqdY9QR/vXaWYYOwM5WvxtlaIr3T8SecZHgkz+tFab/pmG47pWcqO517m6qgeExjclIdnpOUkQTEh3hVXDgt41mnzgOz7juDzaCnZJFZyKzd0JTkBazRdD9gVlAoTjrds910bXTr0FO+fhKnA65EQURBjQdD/qxruJHku1IOTdW5zKqlgq7YOcXffnSPAQ1KpUb+EVxF9Z5aS3twzvsVhvHJ7zdOcxLviMURfJvE2rNa/GefGx+xd6fe5TAGl4u5y0Hlx3ML6Jnx0w353x+3PGwcc15isZtrNXWTgusHC85fzjcKO0vDpP/Tuo/XCU99WTMITnsJWPHQ2H9bvlzHGF8Fawfe4b8mUoT4IpHOIkYrBuqL+tluse6kjnhSNYE07qX1SaFH4w6O7YIjL0IUz1lBBNegchK+r5SLw+Eegj1OgkyaSTGoGRf3P93kZfT2Jfoi0aAI/MbHD0qCCngQuk94mrdOw8GQ6JUvvXCxyUUnOXi7z/A2JwhpOtt1/nf4nzvBVWmFCftcKRQaiOP9he2bxP9Eby8J0qoWZ6MARMloAO18jC/X6CKNSnndB0cu3xx/qnDxrtDP3uU8eMpebgIy9IcWRbjYVQWl4iohEdh1dRxdlajt74EDqJaXOwEfPo77jrSX4ov3UZwhvfwadbdQ+Zxn27aV2ui4FFtWyBJYp1peIfgnd0LekM07nx2bX9q7qU+Eo2FfzOgqlt57+7DK0yoxblUG/a5aHFDu/vhIAXG20QKL2JvGYruwH+ZAbSa3xwZZ3zSdwMHqGieBmDnLxzQIOq29zG3MYpA1lntr1W/tWCIcNrxemmkCmBKy/lYM98itZSpdApuGlLDkntQJ6/R9tKUPntvlS29O0QlEU9V94lvllR1QZMk6Mc+1B2TPQt+ns08hvcXkJxJWgNzqyRPs2sv/uxqSyh4fnmIwFoJuvD8pekZMLqwXU5g+HdRhpuUtIQanMjKh8XhZWYDbFXzP5MoE/jkvwv2hbmJrGRa2eylv8xC4Pr/MUG9xbA2BRTAvRxrEIkXSe6scOEh0wQR2w/Kr8nw8piQ7mpiQUZ5W8LmlOF0au1zf2oPW9KMX6lgd31ANXGutX5rBc6rAzykLZIBgd0Ab94D0QDoDm0cmJDmsjL/2cuv9Um2K/m19ykGKJfyhE65u7Fxuox3MgLIhCvyk21dz9HNxiyRpu3PGeE2Vg3V3adk5PX+tl0Wakf+IRHu3sed0/SpzEr4+HfzjPjfH8REWS1xrxLKbVzw+btKUdiVTxDIyJKUzx49FkyBc0VfeQXmDKRiHlXY1iWDO9RfZAvkvD6/adVxSSUYKebnpaue+m3GS25+N6q8IczupbXyepZSYM/E5MuYlKoR7yx1C/00x/QOiQHmKTF0GcEQTH2uOMAEI+MLUqLtpWutM+wXAYQENBW+UN15M5f2VHvqCmgKPuQis8elCPUtdclx3vlXw8W856UOlsj6qPoByQk5Rcn6NUEcBxoqfOHBY3l7nFEsT/xxF+duDFVWNso43KPyrtv/tdOaxJoVSJG1mbT+ec2IgOwYsB7mqLSAP0lvEwzCEssEZPC7cp6s/wwZQIHikMkRfIVut5LXrUfQ3PWzRYSoLJleV2P8LuAk5QdrHCGWnZnghXbGfeTAGOY7/DrFS7gVhtt2hU2iBtQvr1XoV4KHXK15Q98wWwt/FxnHQIDfUKdG+JDhsFlTcsccC0f/LzyeC/TnSMbC64P8ew2lIh0dDz7pKOOZL4fkiFB+gI+u5sP8RFk+F2SBSxm8UZ3T5ldsVB+J8UgE1uO+kCRrlk3rRd85Fojtd6ESeU74bjwSLuZyC8MRvsNRx8NHHBWGwlQrxzVejzMV83sjrLoW+8YvLJ4ip8I6gTX15PXQvviHGwyJ+sor0OmS7oKzIMwB/3Uy0USZotcbt3YcPtYI9qURFZHkP380kORuBMp2Lr/31GEyXz7pNY1qfDW41P2iJdCWjaBma76xlaKPo8LyZ5n4S8ft98xc+olbtGnBpm8S/Pg8DhcOXUsc/xM14pKe6KoyLoudbG6nbWhAWVlDBpyTsgKz3m041ZCHIzZtlE3hGLnSPGtYIw3fql2crMyenos2CxQR8wMt9ceP/Kx3aWNtGbBEMY4NtMF7s6EOqeJa82CMsuq7verd9Kpr0cLYDXnYeITg1Q+op10i51nlqs9GstwYvHhgm9FmYIH3T/A6mxwqrzC3hKbGhdx3wpP+//4pxSpHtZDDIYcGW9RR0ViuL7n99zfkDp1bmyQ8FO807QlB4JKHeDb7S4weIg6RFpqrgjTIcXSzpw0rm5NwkgxXDULQRkVZonAty+gUwAna0L+Emb1bFyB1xkiXP7l3ITb0RLcly2K1VcscOjJ7idNdfJDsCwvMR4qyJz/tXcAfUWkL1KoCI46svi62QETXDKEDRKK1uLeNOEB6d08+dDFU/nGMGNwAg+OqOzNdu806X1s/GNmBJgAW1ziNaEmyy+8YI4xhIGD9bCzjhoLjfHniWmL223S9cAkvSf+glVl72/nHzb/8NtTzEgX6uqZwxPOPzYtXyEoa2SNOq4VWlnxjBOTtOiBcOV+Ej1EBHEWXTBewV/uo8S5RwekVzalhkeb71HbQl5TSpqurJ3ODbk5WiCoL8wQUfcbf0ihfG7yCmp28KV44ixes8z6vaPuvDdxr5s2iB+dOZLu84+6eL+HQ5SavN/xHeFFhhdxEzasX0oyRv0uP1J87PrQaaIPwkfAHih+MDiBX7uWM909jSpnXuhgEU+ogwOGd8ZeVdTMpq0rEaX1blZZJyLGa4YNGVJdEwClyOrUruN2gQxetBmukSI9MC5HK2tatLo1Je9Rlgp5mbUFaX9HX7hcQ7RLENDQ/PtdeymSwmyaCTjyVR9nWUpibF+uGQwEWIk2HtYSfhAHjzAvf4wiVliLxyZVNfCJTSfaIgkxTYlEuE0ouofBXvUQwo7+68QVltMxF6bD6ucl7JiZekOHj7JQBZb2QhktSXSVq+EZRxwAgg5dFR+PkK0j+Xf18XDL2e1MYsmM2K9KCg1MuQtCOGopHJP93Ot9zfZgBckdCcq5v4+9a4Tw+/yP4ujZYxjInhIYiCJGNgF01u8NaG7buF3NqWRjjt2hZ6UvQ0A+5NUShcDECaSnjOnjtTcdB0IO34LG6MC54LVlRE7VqIkRxaQ3MCU6P28UXTUw+wbV6Eh6AlHVDJqh4yylRrvjZA6TXiqko0A9Kxe5WxPFSNwB6/uGTe8CeQJlGWQJ+ZKYk5GeR4uKq+Cgi+ohSchkbUUtQUcS2RQgt5LvZpQF68HT3bWuHykvQA0gy4FWEtoBsVw7ptD42i4xLngte3T1kfQoFHa6mAvFpjK4jQkXHP+fS8MJf/LPbAJX3h+Fle6HC3+RMTEybqCNe8dK9wjRyyXWYEn0QNVes5I1jLlsK95IjX8gJmDFLyi5llGf7N12OnnzwKh1IFTI1dRM+venlwocLUcsG1kUzUhpWGtBDx01kBwecAygRGaDMAL4UfOG2C6IEY0fCJ8ssWx3qfuZDo1eNzX/7WcaNPLzrxPl62fOvDXsHEw6bOHxU89jsy67otiCvKvALkx6T2WT3NAv6V7ZLpey3uX85u1XlT5s8itstsWY0Ch1eW08wVI4kDCsLwCIWO2B3Vhx66v0DeJB48eFFpFYgERYl4eawZOlph+FG8H98K/0IY0/zBx1vtIgAyQNgHB9qTlpztkYmbe1KcgNB1/5PwXwqHttEOPgD50vfa/jF1mcrdfQ4gxmkqepu3V5fq89PHI12s40ItIVik3j/6XEjki5J3781ep4cvcA91sQIgqtcp9nwgo/oFVGK19mHcntRtBJAZpTMQ768vjUV7hedzSi4gd8vV/lWtd+nyR524RkCQ9+g60c0oxjgnLel0dczyZyvADrgBlWF/V4zzwJWxyO/CPFqywSQMI450bSRyoGCT3Sz62Lmkuv4Eae2EKNGX7o36t+6GeD623P2phsX7rlPTBB0zBSCs6EwtNav0nHKSG50KfJI1Kn5RjKpdzra89LnWVAEjHkKlUjlqnC0xVoEDZDj71T7LcvQgR1dbUb8OptK2JRTb4nMaKK9EQRQtzgfFMXWenhIv6Pe7zSTs40RS4tSc4Z9agTUb46XcAszIXA4iAs1ZYacFZXEJXNlM4Zf7ZWn3nh4zLKa55TuSkK8aMcBZgezYNMHDVeK2s3dwttWl2O/jYxO9FN2eBR/Jd2humeVjQa6PE2puS2LsHgblvs7aRdlMiu+JRTs5j+a0ttMX7joC7xNzZcG1g4nMnAnxKIKeVp5FePt4pa1RJxt24y0yjYVeJGV/N6qz7IUWVvESA1drb+hUjgxcoDL/Qj1ASPAEqFwrt49ctfRQuEyBExXb9kDwQSgkTpNi1HPMfWerYv5qGPxihJTorJzMT8+jlA7fSTFTEliVtA4lLIqwZGq80cmU8C88E8U5wVYipmgIdUJBp9uHBhJPOSBw4e6ZTSQGa8Plf91JyxhdM84C2JAwKQLe3j6NoH2GPb8fvANiP4RuRrj1JuaZEQtDHtDSuQYXuUu3YOzl6AUDMUaVT4nuJb0VFXVKY7lKrm5aZQHpYb+AkXDHKoRgzAd5duPM8rkaEtOc9lHFX4NDBH1Gu5x6d0rhvIT1ajqbFzwYvITmrfDIb5sJmTcy/sw9o6Qv6ajwqjkQCZdP5u4T85Ahdz51gbhvjy87Gsusu6LJ+HDDFq2T5xY5bHHwh9kYXXLLG/DbByqVwJCfjUeRMs92ZGwdxeWeacvU2FGASv0XQwFFloT4GNt5QPjVzZnOFnkxXj7WSPTBJcjJUB0xWnYte6PHCjoGzb5GJr0ot/rAYxk4FW68XTzKtJiVpViNzfRjoejzOLZvxDsWZ47x0bXc25a5E5edNP3O9JpQR/MP50PxpojYAdL5r9WvlgdYMqHSKcPym68VEjSReukhuYAfYSQbtROdHkl9kjAaqxMZ0nObCoSWGEAsJ4MJMLU2IYkN4rYR+RH2vt0fdf9XGvAEceL2Vy129NUqvdAC7YbxjyFC5WkH0ZepPQG4id4BVOW2iGaOKFdxRGFIevazM+q/ecf3aQTiMi8M6imzl+v6Ei1RGxXGAkoBPHjp12TumPWRJMhN7oUzebuE42QTneMpzTE76bsRMonNtkEbE+rlbmnLJJ+QO/1ACiddkXT+pQFnoBi/K/VMefuIo8urYKrf1x/KSpMYyYXuTSasO5ilYnmB+tp3vc52bgJlXRBXVVtPXyY5TD47fv95drsMJbizEhFocqdLBuYSSucJwSKu+auUWI+gxQ9GdcCSV6vq2UyJwAICWfICocBkIlgMfvWJyZiMxyGuM6UKdH6rHv0f0ujMbeFVejcRpGRe/EJu+yPFRus0BL10fjSrPQfTC8ZtIX/Y1bMejDK8HFUIvNDAzdhCxBPEvFJFcV4T9YM25G5zOz30mMBPIJoFSxIOlVfNxKAXopST8JMYivdindEBB1Hb74jJ379bbPV/K1JGyuF4sU8PE6j1CYAq/4gQHHyDW+7iqQfgKioD0hBqpM9tUMIlLAuZm8DFv/ryMiXc5jBjlRGMNHKI1AY7LbCKiKIKJVSrdiJg11tc/v/rd/SJR6G65QkYlc8paUhWdU7li0EkxKINr6Ny0aMz7k9nX5mNalloINTnZ1XYl5Dqjyxqn+wR7v/Ek3IRlj1kUzVAFqwMQYWYM41RvkygC56J2CPIic+vlbzbAK2hnMlHFa4HO2U1A9U+VnUFt06C6G5LtkpGL+xQwbihnAdGNL5DlO653K16c/5PvMW7BBWkA6CEFM4NXEeqwSLFbTZClTG9a0EWy5dpvSIPteIxQqj4u0TackuHsDNjd8mMajTXW7gbLRc/FMuM3UfIzASvEhq0bJiE5MsJ9hd8TAvreE+ESem2WyJ7mA0Tcbb8CZwP30RCzRBWaWS5Gpwgc6BzcHsZdtFdZyEFtRtxoTEtp7519xWK/lLE8Z8kttNiDzHBjgmpRLQ/A2jLV4JEZlwZuj3hi2ZLXVCwPZRkeLahKol4FC+dP8E0Aq0PREfrX9cTX0qQ6t6LtL0LHj9uuwbaNbeEZyKIT9TThIJUiPvHEASXHB/acugRVOzlvRl1hKuMOx8jYvXg4Lm/uTGcxsTDXKOS/1IdM2dOm7AtiuzHBHjZgx3zE6bNCS2sxK9FWRInor7g5OAWCUvzTu9QIBI9lytWvRbGnkICsELDiywOxbMcWrlzBK0Lf5EDFJ/h1ef7svOShpap4e1Jx1Mi6vL4E/f36H/99C1UzmSggaPCvOEzPCLdR8u1pPypgPJYlDqvXUp2cHVvuPbofpK/4p3f3WGGYOI5Sn8/y+ao8Jsbz1FY4x0Olfn53JAM8jdU6gKNSuK1uINXbbs/+mWlmtGMs1mKy7ou4TJimtLCgz1nB/GVSEWNV49x2OVQCMMDsAj1bkqKFDYQs9bQIgYARCT4UWaekqGsYNMzFemHFza54M5gVCQiIIqhJXQZ8GmhOEkbF+NDds5uDrE+RfVuT6+ZLD/hn6JmYsp6We6fV9IaRVemrB4adOb9JsJDVyTbj6RozBqXp5E4N63mRfcQhF5Ib6byg/uEnUmrhSmtf/vaMiVH+ozziWeg0MD1HIXM3/Fr0iKu6s+aGcsnBrrNASPdMJbjREdAh1yVZW6IRW4bkZCqmcVobjU3xqnNIfDTDPMAalj2j9GZnzrqWXD867XpG3xDiRZClfXPEQosZ0hhNOqQpXSFg4xvRGZDJA4ez3gkBy8Tg0WkhA4G/shUJzlZVMHkBRWVnW/9FIAXD6Eb0CKumhvWCx8cnvE4DyA8P4G5Os5kmQ/qpjnEibe6QuxsLfpwoRxxX8qr7WNcUPVUqkHoAH+3EfXOvtKHJWZbB5rBjbLMSozGSoLl/VUUXCU58aOKsiB7p8bgmdJVlntUa6aM/+RXix5Fb94ul9e+2tDECmqAI7KgmsgFwn6/o5nzyiBka7J1vT8tpRIE9DwChhAhZ2/CHHs+BMx8L4Wdqcvqoi7m9EwA1lzfDBg+1DqLiiulSxdbRJRN5JwIKP7ekaNEpkReMLhytXH/9AjS2vlSk/1m9ShJ8zV2kUcpv1B72GrpK70jLWYnQxc40g7HRMAovw0DeQF35LMg25DvqOmscqOBnVJxFlLOtoMEaVcbrY+y6eiDeO4Qmawsqk/imBSb0WFiqXYFyVMIEz3caT3+3mh1E0qAdx1TYLBcG65GStW9AAGeyKLzzb3vHDMeSfgZOXzzhI/00MgkTGY3dMqc+DnegqpMFPxQsnoq7jIVV33X0R9kch14iBKNW9BLfLQpMooAU5Tc1PPE7Ih+f37WIV8yoGKg/JOPjpRfdJJJy1uC3U5FIzVipf+6ir/0b6J3KpC8Sq2inXU+muAL44nADHQyumyihdO0FKJFi5qGpRXGvCUQ/SVYy3opuS+/0+8QYVa+0MzFZudO0Ui9RupVEnx3sjQGy0sgrwV8S4MIodmJRBQMOjJEBNBp5Pj0kqCp1uBBfVqtsDd/buqDx7aZo1EQacAmEY927r+ZmDBzWiDE60gC0WIn71b+MdY3/CgH7Y+IvJ9mJAMzCqlsADDWrlf9snCKNm4Tg4h2XcpX50bx2yQDOfVe8wZIVKFQyS4sLK67cYzzVfqeYh0CrT9OUP7ACZu2NhrrzNpLtKabvIvixKKfv8rlWQT7Vt8bSHIzO5OXbEAg0U7zghu3+GToVaGb8ahHMbL14hkm80dMJ2NUY6Q9hq6609rFDjVFBibBlGRHEmE5BWcrh6gs36Tde17UJYVgJOdeQ9elAE6CzSTTfGRMauit9kllbP/jidzG/UrfFPIOHgLZ7yJ5gXKLlr+fwPMEm+dnRLXUHKxU2BBsqsC1pn3xrkwZ+ppuno83PbkyqF8u8Z8EwW3knuQ1TtK5piqfN2v420G6Ha4oSCQbNbPfkpyOBuaVApY62/JKi+SjOsyZZ7EW0tw02JRC46/M/hdQ1V6ltRFvEKSKE76DGs4k2h2+5qvTSQIl2cuL5PXMb+djpufeJdeO6Qb11ACpY+AuezmY+YdHj6vgos0uurzV0/qaqnA2QfL/yHkd9ScG31DXhDqYaTxy0yijQeMhT0Xq93TTaCPks+dzDRDQloRrlR2rbAwJYcjwrICWHWhdNGWAy3ZgdApSPoQiGyJ9la3czixc/OzpfvfjgfNIlYXKlHLqj5PiNxdO2tybKMqAlZjkw8SnHpGFhlCfkhk875H+1NQXdfJD8KPuOaOX/ilpZoAhuMRX/pFjYSr7PiZ0bOG7PsA0tmRyvsEAR8hPig2j6mOiscmZFriKUnJXOPICH1zBrle50ssud4Jq4Sebon5Sl/1n8A8W6bnaomvRAIhHkgXRGuTAkM3nT0f/JNE4DUECXwhD8wsvaM0L6UVDmQFO4gBShi/cbKY73TWw9KkGqyKiErkXmFGsMOLD1w5clkudEvhXb9HJebWAdwJwPyb7QjkKjH88+8XYv66sFG9F11ou22LfBT0AqJZvvezPdtxt9LDMV30aezSI+jM/yVaNIN5CUmQ+Epj04h5gHUJPdNYJfALsKgYhmxtNdq62/F43QT0dqwfuXpNBUw4Hbv3khsQtaD83sDmjJ+FCa0QWgT+7Fw/ubN5XXDPeo9VhBsXTEynPIC1/u3/ZMlA5K54bMaO1NN+2qkDGoyiiRpsVAk1ihHTZ7LNlQK8PnzZSlyzNw/S6DnxnM5oOk8tf7LEu9VHTaEplZh0EpuGAH6BC9CZVHj/7EPsdpRFHr//tqmCHxpB/gca+XxXG7MEkH7lcoBfvwmNoQYyHgM99FFUekRnbR9HReUzK7+L8xLSskN7Ou1E6cPgjZoItYb7SasTh5f6Iqazq+HmduY6KCasqs4dv9GGJPAdmdk+mJw7PTO1QKmxICjkFvgdTctQJMvTlRXgkSNmmTs5vqLydkRPsKVCLVPAix561Y29HNQo7V+ozG7G4xfTU37JZ3UpMn7fkjBGqajaUi/XWvig7RefjCJeyoQSbGmJobDgRuzsrZLpXPXmQoY16FynRdde9AoBkYFS8yEq6mEqT2F6yEN5Dp4VyWwH3Xfjk4h6gB4HCjcUWOwK8E2BfzEweC+C/252Ne+uPzaVCWOOnTE9G6vx0t4tL2iBZUvDYGM6Q/k2lc1mL6GahydVl4uswAXwyr9iTEu0B0pUDT4+QhpiPF4KqR/nohSO6UXN4xCDGTKaBYVy1Ngl/eq6iquI/UqmfEUXZ2Ov6V9BtifMVCzAVJ0SdmR+yx9Y5Ek/303tqR9wTmv/IfpOJODsy9HRm2U8Wb/+3SBrsdkE0507KoP6lOr6j4a57jHj44UQw5EtsZpV2cBjzp2cJ3yEcYjbhw8/4zgW29fU2aIe9NltQFqIKU9T6Vh16V67ZA6JsRFRWsSXIOgw53gTJUq3QBUPZ0stShs8ldTjEo8uC9aXiRP2xzQCd3TwEssOtn25vszhS3DhLg8qkaKiftM7osoZRrnu/0f9Va267tBuOJKN8lWP8T32y1ngPo7xczXoBNiVKVehARbYj0xyZxZyyvApIbKo2sNFD+L5g8kpRc6s0HnlZA9eMJl2tuocyNv4JE+CAI517bUi+shyQ6LL7S+q1PUZr1FW1P4Z9+MHOAmRvmyhLDYrsji6EhSVUunjhwTs+S5mLmMXnSbpsSznPGRSSK67eLLKf5bKJbuE2JGloaAxtCvWAlZ/hJYGMiknpjCnFgSto+hBpzZvfcleTaa8GRmQfJwx2Cz/IbcEkveydeGy6kRegt2JoAnCLp9buGjVxp4tvLuxL+OrvOB7X4S/OLNi2CYzXE+0DIy94yVCeeKHmVDbFmDy48TvbiZuLdFImEnL/PHFjmSgA+BilJEr9MNQ/hRiJ0gISIZutUkax7yjCOnU6eV7+F566Ge4dN3RSpEZbW7MBFHLn4mo7l4q4LCBno6zeVUc1diiMM/mrOgyYs41mcVe9pksJ06UzmwTGQ0nFRxSoSWg5QGsDXWMbwUtDwFXDo5oHqB5telxYdwAjVquTBJji7BPulcF6GADhhXG64LnA89Lle/Q8Lb+JOJTJU3uBnazHy2p9/c4w/6jhsqj6I+czwOtBKpX/4ia8G9imNd+j3uEyQDgi/dX/FLq89dQ22LgTmqA20WAQx4/qRPsBrDwUF9rJ5sHH4Fc2o7L3YdvomI2UlBQhEfYyY0sxULzfTbrk5e3dEV6FVB3Yq6a874gFCRG41Rg8cl08mFu2/YpRifZJ35GngM2DFuBzh0lZTdg7SKiNKWVFRngl1l4Nf6f8SV+YFZSO0I+IOItMZTnpT7fGX0Um/hTWwYI+rP0k0OfP5xIDLN/+Xd+3lp94nocnKpM8gG4JEc34134Dd47yLsN6UjRm5twQHshPqZKkwmMqow4aDuejX231+e14CA8vs2qpSgRGWSojWLEKMfZaiH8htBvo4zeNt2VQaM3kDarBwD7cKiWtSTbRemDoP/3ggP9k89m8k/5Lk+SWgR+C5BKo16wdksWRcg5Yv87jmWvyLCHiNVQ86fNul6D52uWJPzI5irUNOFH26ka/6EoFvegkviSW32RKdn/itJB0XbwveY7IbFrPXLEfkB98zbjUObsWYWbMrhwmZ9KuiAiMu7Lfu2YvNR3tpHBWMlLsc2wB7HREXdxq+s8EnNZPsnFdk+qLYxFC5qTAQ688Qz3noMM0XogM2kyeWmp7ZBsyP8Y+b3+Dws+pA6qQKDilyoB1eR+aEsv12UtPFBmYzY5MQ7Vz9oOUWwA76mKh0wPzIpF4/d+w97Vo7glCUTWQXHjj02koZCLWlEtAJljCNP1NKbyghYkdD18Mn5Lro599ynfnQEMfMJMojBsq0c85fRrpD18/FyhRy5K04i3xiX3NsAOkPgrwcGAvSH7k1T19a6N+hmHBTljytPOV4uSQXB4q9t8TmAh8LCQL7D4IFCjXjG31LE+lgSbP9LM1QtLqj9adPvfEdrLFQ9zOJhy3ELopj7HPcV/v7hEdkquHqF4Xv9O70UHDIgx9VeaJaqq6wqEfg3XeN82oQN5m4ITUMH5lOMCRL+O6Tlp7tLBOdyGLpyx5B6SWDZPMQluuwDMQURqwwqdDB9rF8+8s96NcWLXpWd/I+C/+2Aw3lQia6ZqGQgo2c2/lxIaVoI3OEy+m99JtoiYoNs9JgHT4fSnq6finrX53JWAhGrn41u5Tqv5Wh9+TMgBJDdjzHGlRCIPnxqYSxRxM5/8qdFN1zx4HKq+l6bs3KySN/1Bm3hOmKTvuLM01gjMm/nlZ/W58OJYNTGnC6AhKWRp82DEnAV4HSYWOfsp5Txa4+MbHHpvWd8d2grj96un9NaaFyntm96fUCB3wQ8D4M28XyJFWVA/06U2lj63fbDmWqE2ykYAUMfBz+XU2JI4k4KB+Z8k2g/TupzKqisAw5PvHmkBBRqGm8FMFebCgi8SMe/GkTlh1TmIf06NSsCMTriydpFdjwWt/ZCehEquFwU6rm7MpowIyAb7TGlQxkMDKV/gTSOfxYtEvnTXBFJC8MoT34VoYYN+LWp30kOzCRcdxfd7m48PCwwio0zH17W6ZTU12450R3k/XudDYkWXT8aj4kV8YE9GQoyiU13T34Dw06kUJt4OZPMtGsmcN9IcfRrTVr29oy5KYzd3qbOIZbCV0ET+BdhzpGEiysUj1+8F0iEvAbh9euaIuMk9TaBwQyjn7qVIkpWXZDd9ocoF3bWQJ20XfTtzcTI7/wHaw438BI+A7ayjZ7cp8c+28gYl6VThAmK/osbtfiaX8v+bvmqpK1a4KmJhMOE0gNXCrg0agNue/+olf2TW3zipHS7NkoYZjU2iSIfC4i2ipU6E9O/iyPxO6SsGKqG4FResZ5vh5v2e6CNE7Ddoa9lwpTWeaD6is5MkcbN/CIFero7h8HD+1l2a5jfBJ/KLtvLhE1Y4nsziIOwWFqGU2JtZNF0ojfeYo6BslcZ6lVVeMwCjQhEL2IlWn+GabKeg3AeaQlMp1h+XcaZWg7LP62VpgYAvPx60kX1J1c0MnnPJz7KAi6tbnvGrOmpbsGouBg/M3rVnJClV2D8lVRJbQNsNkNSYr3GeAlKMEqWA3qQzFCo6meBpcniV7BrJEK+3H6xKxmBs8r2bHbCUeZbFh2Y0PCN0eRizC612RmsQ5XR9XXdICArK1sRJ8Pxtwp/LUxivyDooPm9Y99rdqR+/oOLre/6uy9YBWsHbI0ym8MXLq/aWPlDJWuNwio3NdG7zZLEzVO20+I/e4zpi5t88/nvbsStFZWGy793xI7Cjj6hLcckvG+7cGvqQKrOAE2T9rycXyRCgfkPRXRZhFcUUusG0V9ljA8rUjaKPqfXJB9G59rD3asmclSBCuTmADAl6BTg32s7EsOA88IkrZ5t0DutZ4QvTLm1diTvOxPQOVYgytTybG4ljmJ6at80DGllhf18tC36WmUY4bnfnAgPQMPL0VdVGcdEK+CRgROqDMp4AAl+ULCX79BThMFzHkS514ACCMPPJSsDwn2vf9rF5blyYQYtilz4gtBESScy8FsjXC2J1PSIVX5lHHTgs5RaD0GXPJ9E08Gx7u3uZ5oA2ZfOMDWUP/hkqMvFYoH7e2A+q8Mcfu4UBo/j2teqePdxa6dIGDvJP/TZWze5A7d3rXqAYaNQIO2vX3ggztDSXyZonrZUiQRZ4Mn4CGNE82GOclJSbmwbfcbLeW/7grdDrwfJmj0TGjUA+ep6S8DcUvpVLENGEUItEAgQ1Pt7jDNutRrK5Y4MQfHHYajxWx4G7Vi0pORid7ou7XuPxzejXP+AzfS13C0thxKeIzYYN8au2caR8TgsoUefx5B9KW5rJwvTdp4g5/1MR3vkrrKCv6jvKbIpodcwwUV/isJg3k4PAS+vS1IxUsc3FJlIiBxOk/kgHRlUcU2Iw3Vuz7F4CSdUyyW4vJ6rQblMF+wV8q0ZnL/2vp7dc4IFRxQyov7oIUSUTwFnSoh1PbFX7cttpSMXKV0psDzHM2uRGdz/30bvNBda9csawtBTMreccdeXSa2qA3srZSeJjxwlx4p5EUQSPDTfALerdGPP/qImujHEvSuNnJvKo0MTJgag0AsCTf0RFfdW/U/wV5jE5FjNLKXLIIIhiBF/PxuZ3jOBp7u8WyYa6W1xFMyCMjAwvK0U76/8pQNYGyA5owqS5angeVWFT4ezv2xCvQagfTQApgCWVRq9GBvrqsvNidu+rkvG4gXg+0p/IgXD+FMwqHDjB9miHP+lBUSLy+FGxftYUZXlIJJaiGIfCpX7O6BBqbWJ58E8RwVAB9sajH0WXOHixUgoTE/E4Yn1kamS280enMkQrJ0n0jZgz0QNvCOJIFtGQnpPrvA/fyIGzpqzXz7ncn5VYpoh8dlKc2RUELrQM8OSM4fIpy8wiYVWUZprZwOi0KwNyesmUwleuTdGc/5TXnjyA3QZhb7Oh8pUONRmJVbhJSF82NokJ9jorAOe8R4x51JE60M+INOr9HTZPa41r/35LiiAJ/R/pSXfjfdHMcX4m0k3w6AAoGC2lkjaxrZ0wRZd1pmOlj7BYoNLl265k0dGBolAak+Bxr5082FuhHf/uVnuaE5eCxy24g88ziUXcpYeeD9P5qhxvW/MO+44aLNy2OIkYg1VCfpiFpbKZvzL6Ty/3n1p6iW4gTd0qMMfjvyvP4JaLQQr9LxrwGASCnEX7ej6AxsyMElkWO88laW9VAm4mAg2A8gnIcgpVnFaik/bxHYW0K0mU+Ece53r2LPm3wjOoR48Nh9RkCL7D+6PTeZGsH/WLohPFNe1B6JTo1j6O0qKAOY9AP8Q+0JOux+HhbS719NOhw4wBUfa/lFs0DiMTtViu4DYJ3tcQ1ofuKVn6YQtjds3Rsypa2afXqM9N4XlXKww/ahyga60a2HCahtWqMZ8yXo3nV/xSLtYw4zWuf6oIl3/JG+nTbNmisSO8m3ra1dU1iJORkgNa6eRzHiaPn5dPukTZDBTq8wwaodJmjvmdPP5m17Gbmz80x2dGVRiCW9QPFcYxyLhZw2X0PLYeqxd1MnkUX108nWm8uF7u79A+gZG5nzhcUkrd4pjC3XBzimHBuKpqTscXQqFJwcwTBueo7QIPSDOWJqmGaSSXBxR9RxAyZyZlATzVItmRR4RXxYG5XbODm9AbuttcPhlHRLX2SxLjbx2rwgWt5dbV+jKd6kDsxbGwSWCd9mfEfndeHFlMHdXsRpfzuTsxd1OuGNu3h/Aa8emOjvrvqPFHvrH6KVSxr/h9pmYm8DDm/iD1dZV16+nRQQVi/wpPa1aorZHgU7GDolb8rtrs76TwF7aWsV3iH5+29J82DyqlHkkM/WrwVedJ/vmNLwsHKorbHbF2+qd7/mhDJa5bNRrDAcnAYFbLKYsQKxUSKJ5locaqXPK6pjy9/dEtkCMPiM9HEXwDRsEF3iYHz1J6zCWlhiwnTYWE09fnXZRA4unpQOsVdOoxTUm2JtRKRenELYhgjJUEXnlOdXtXRAREhUotyfgKNZ5T9SrQk5IM5BgKbiJLJD2ZRICGymbGAKNbsVicl+dswDsV3pwwgTKy6kGZVuMag3o7fr6ETbtdSUCxWTjQ3j7G24PYZYRclDzKxbf7WbfmRKG4JrU+B8zXLTa5hkRwZ32L6UIVYzbulgWJfjM60NEXO2gf1X4StUVBPUCiE72PHogVIUQQvtdyr73fD5mZNWQfVLpEf1A1Q0LdNeTKSejhtD/0Q0uDktCTsKToeDpPhzLBtGaYRFX8t5/gOLIkZ0/8ImGzvyGUy4qGb0ujVgRtKwVwOZBdD2YofYpozCstOXgZ1dEU/88UdfcRyrQig+HyS3pwKeJUJWkKIR4wgG5KDPVpkkAMXvWi8K7S9+kYxPeJpHjWx4pdfvjgyWMubL0L0q7NlKttWDDaOXyoICAbJW4Nv4ElMJekrnykc0w4ETdfqrjaeUU3HXHu0xu4TJfiIaaaWxO770VsaIS6CXuTABtf3CLPiZiRyOZC8vNJ5tIdhSOVh5KHdurt1DqFK8pk4Du93rohvHmO6QCyyKeT1/uyiX1BJKB23/GCMBRvWYadgcCXtZmfFoV4zvw7SGqYNhPMAfjL5qxFIgYcJ152Xe9kjDz2jXB7oY6gCVn4YfSJKCnCKhW4e4CubwTqSbfSDSLannmAR0AyrRxKwf/3K9LcAx0VNnzK4SaK/2FpVQSjnBBlOjt1zgFaxsG+1Pfk6hqQK4YKTAxWGqWOByj+hAFiikyNJgNN4Cgt7XkO8jvyMpWMC2sCU4TXlQy/8wgxaAlifjRTK0GodR/ydLcW/jK6YuwrUy7nxJiD52Z7WPMMIsuvyLsa1BPgyhlJY+LosYhKxPVO4IM+wcxDcJmUKhSo61DsknUhMGgEK6kXmk5RkWRr2+GjeTyHwuK5B4p0K4kr2ZwBesVaZC53Jz2LWySKmSbq3lm/l6Pf2BOMILCIow51JWtL6zbwV8fGPTHtAI3TJSIU58GRt5Q+XyLSO5aR9AU8ifNJbfI8mu7sXsx9cDr1ipVG6R6dR/cVelo9qxe5PSvy7qKHkl+H5AGWWzTf3ZBpVrSmnDS2r1SC1mzjT9TD5odSWNQqup4pBPDfWZ5YBoqbU1YS45X4/s2olBx52njrQGXJHE8LWwD5P4uihzw12Cz8vGAst701rxkzd6SRLhI4QQWz4w3IdecPgVZ3R82ciALM1xw2zxVJzqWHfDU/fbz6ENrOb44IXakj+XOve2SO6epaw1+3THgbpRHc6Fc8OVfR3oB+s8nX9a+MbndZg55ZtpVsCtAx1J93VMgW/26EgkaT834ZZBbO7gPWx0SGZL6XYat2Lq345VQJBx2eSBBTqguNBOB05MGTe0pXNH1wgROIA20QKdXoV6xva94RuLWBla0s0G8Tbs5OjgTRY8PDXdPdbiapIrm/hds7jCTGkxcEo+EfgewJU6RfNlcpqJrZUHGIG2QPZj312LwFGMg+r+3EvtYqan2O700Cw8JAl6P2VwhlnqW70jTVC8l6N7Uf0CDpDLqkuIq2Xd/cxu/IplxOLSE0UAgK+A56JqDkxZIXTdcflsrRFXduN2y24V9n/SQjDXQTMurnk6RW9Cg1lWNbUXFeQt+JFO+lL12q6rRYgTJvXqeFKUWcajSWfZMna2wcJuOsVY7JC+NKZqQh9fHivTF3lhIEIT1550MTd1TA047UprG4U9fZlsTGSwvspL0XUwsU3iZ6QL5HteZ+oYfzM7U/xEcBHvjye2qWVAGpI+TxxBoqvpbaJSZh6CPlmG5WvfqUyTZP63PI49toERhyHXv5DJ2lR7kIv448D2zgoB0k06/NZEEskwTDF1XDFEHTJ9afVssMBIYr7BcdsvCMjQLdSAgtnoihcC0GYqa1Fc79zhadzDBGc7zQPan6FFPmLU4XwBuEiA6zgr2x8rCO3lq9Bmv+NiNwBuk+TokjmWVFs9EkHr3VtieUGEDJ6uoI3QJzpHtTHX3lTf/z3TMUm9knDWJOgBbHXMoGMXKCtz2pBs3xMZd8u9eeRUzx19x8W8xC72XYDm7u0Dq5ikRFll0C/Vmd4x2CEntWTBffErmRm3le1PFFOPzJuOs7QDS5qeoq7LrFUFmgaetMRSMWgaDUMYs9/nGSBhTb6Hz946oWcqXjhACTMHetEgtUEgc986g/WcuQzUlSVAr5ldravmxbp7Uf0M81S8eA26ZATJ7FPgVLu4+qMrqKHAWGXCs1QHfg7b22i72d2JyrluvclooKooQ/C4MdlV7bH8Bi9/yoDVYEm0OwzSqgDS+ixZ1KDRyjUCeMPH4KkMjRf99FO7nLrsY0vuqQZ5QEoPmjsXJ23P+9XOt/83CLm2d2ozJFA9cpa/lv2DQaGi2ZtExIWCpD439CSTwagg7ogwPsUv6SgzA1asFf1XK6aoJVqFZKKOmlk5yDIu9WRAJNJnB9uPc1oV0ncS9YMPylnzmiHlmsf2ArQutpeP0WVMyLJyK6WthlISyxTj/FcMgkaqd8va87j8NoROKUTwKNmHUX5hNtCKzE7HPdnXlClL0NR9JnUS9AqZIbWF6q2csLZehy6icEGbL5MxK+sLM5jpPHmpi67AKMVIT3OtGsqRVVQqG1jv7dDIM9HWYZ4l1WBXAXngKYb2/RtWBPIM0ucR2azcD//OlbGFZzC7zPSE1VvZRbat/sT7ANmGKpMxx84Hsqcx3F2PINZzvRX9hGetBoMVdicJbglizwKn9u3G1cpKrlTlwHEvoQfleMzYFph78b7x/oxA+YdsWJY502x7+kO9tBVJw31VkAnZEtLDiFc55d/BsSmUEjTDAujz5AS1ILnS3vWfdKuKZRubh8L+Coa5g+LQouw5KjanEDrN2dHnwznHEGqLwBi1JYQNzM4ZXg+je2jpC2bJtQc3mEsPMuuGmgmyEJBphrsukhzUInlT3gbqVHnGvYROdUToJ9T59E0LxWdZK91erzj/WeHvwgl4K70KWo3F91iO7Mkxwrep+YBLXg26Jv5PVduMY0Fv0wgpoEWII90vvGFABT1j0vvXIZ/QU9rVGO2Y8KJq/WGDYscU15MFXDVSSr8s9aqwGeJcOKueGaWr36ScTPXtROuax6AKyVaE7tpU/Fc71yJ4rLhoDLT6zKOD7rIqhHR6Oy9eAgIfCZAHItH1A53b/GxZOndef9Nw7rPaB7JnJNJpvH458LGJbFNHxGs1MzXiN2V4rCuGG1l3+yuOGwuIHkFjKEekGNwq0KEhH2nY7ASy38a0Nvp9uyxADQifIAC2QdMVO3tzIlgFG358dtZPMQrDzHrAajHtTGsDxnGkSDjv8z2YfvNEpCCgWAjGjb1IS0d52bLji0OeWq5EGsEQl7mNCg8MqQT6QdMcr7MyW2pBBeMVc3W4I7vmI/tP8atUoTdcmm1mYa/3gAdm9e5iYen9bUbFTD48hem/7IslDy/FxX0bRyPPxKoerxlcZTtctbZGi5zsAudWzWLzeFBsounhiLGZEiaA58Qwmn/40VnGvP0u91xaBe/Buz+lKaTyzb+BpyMNm5QBDxYSG7ptxiBPJOT9pEIIkXyMXwZrcgy4P55qEkKIUbj+8Sjw/n7Qs15mz+aHOGXtZgNW2mj+tW2sABDG7b91YIKb4x/IqzsB7LTKLz3vO0CxrqTFuaafS7NQwW+681LSVhBEEJNEQysZUla/H3FNanvC5KKFfzjHtf9AkICkFUSA0KJDTqaBQfLkFQ5df+JTuUEvF0Q5F+G8bqyIGQgAR5VrbQ0bfHD1Egm/Uw2b/Kd3/Pw/BNDoR6ox76lJMc7Zn3HaNQL5pox06MS7sYPLGXuGhpRUd+imxP02hKiaK9p5644HUALkf+kqUBxe66yhQ6wxlNx1fPvoq+ZBOtpBkSKTC8IElx+cgORZ5WC6t7q6P7Vkp83ksotkYU15BPK3bej12QFtOidBhPmcGLaIuyui4FB8hGe1no7almkVAYuQPqH4HTEbBMbhxLMLC9PVQiYbDOkPo/iXO5BPVrufgrONe4FFH6/cV7sGi1/268wTYUageMSc31MMLjuTx/eSd2bF+lz02Jk6zx19CBsZT8tDdXXbt6/78hkdzGvDqZtUXW5hz4z6g0VHhGrfWaKvi2e5U34tFFPMFsvsOwnC4AyRXGdqGC21HyCGWxW6zwObC9Q1IfWlHRamtUuJM9HycaFl4oWZ9EQYmJAmDXATZ4GJU+680juTuWr0NaJD37XFgdvjTmOUONW6YxmzL7AwJ5uVa0loz8BvqGSDmoPEZH3+2jh0zOzByFQO0akfvQw6Ts1rop1p8V47ukSk7dr1G4UpbCtsR2MZGuThZwx2o/F+11SErp9NE2JQyXR7iOl9TrQRpzjTDWs1agJ1QbKwYxAgurREDaGk7HaIiMUj5YBTuOtZauSHaRP7IonTDbjK/FJ+JuthHTErdiPpPayG1X1gtVcd4o4lkJIJY6x0bf2VFxcBWwTVDZ/9h6TYlB60PDczC45TLv9f+nVyyJRVf9nsAPFq6tRz0vuFWRja2/UyG9UrqBHaRYj3yUGg4h61vLd17oNDT6vp8UwvldcrTS+VBHEjqUYF1+Vk62WniBS/9YgQKlCoe1mT1axiESvKES3Ki7vL+HKGAiAGytWHUJG9io0wSKERB58/S9zuqz4aop5AoN5wc04UrJYSIBbCrBZYs6+wEodyMezbm8XUAaQ3IwhWaNHi2OMOqLG0G1vc3GnZrCs5ivg8/vSue+jvfJTfoeMumb+A0YA62arjjiTcTiDlBSp5RGG4lrXBLIwsy6QVNxzfnl7rj/7AzQYmaKncp3hISMKjVocwMuXe5Y6e0wK+/zzHb8g2phRDiqcmru4ax9odmw8obl6JTVjSdPMCg4yj63eHoFuZCPzE6xDDHN6vrUf8oNGhsAd80bIMxq2pEyaLJIYXE3cmiUGiBwUJRLLF49yMaGKrogxkJI1xA9A8aAJMGCg0oQyCJBU7ev0U11YDuISC+dI37LXjI/0OjVvajGz/pTM1/rGQPJ7eszUWBe0vXmHxWIfdHEkOH6FrLEUEZI3vxqOtKYCNSgwAjI2lmqDrtwnZeCpb24MqV/tMQucrJMGqmKz9voBGIDOzGymVuAufLu0VkgHj+yItJrmRC9MXmFeA1rGazHZPopWX6dd9Z4j954T3SsNsveG2frohVeP3K4lmrDpldvelHt7MLffe1RWSjzZf1uJvyUTIi0qeIQPvmqUPjstcoSMe+wdYceO/22+8A8IUObscRF0gLVRb1YR1RvILr1b7+dGdTgftMI1zqAM792QniOtwtwLem8DT7raZPkzUoUqBBQKFBm0G8Q1mtEFNsXxeL2tfz3kFSQXdiqe/PfuzEh1Dbnp6IDgd9PZwzsQ8m7Kiclaab5VgvgBgblC7tKahxoOitDrZR//ZsZKvRee4Xbtaz2mIGPGdHDF9z/5fqznszLPoavu8fAMvVatMPaZ2XbmPYFB/J9QZBkev1qhLLW9Hgj6A028nFNswTcd0swaeSWDJmJCakkjs2dRKUD/2ybPxX7qNl7TotJfscYxBGw1DLn9EABDjfJ9nojGs5siv0MH5qJnTEVDyNr7aFNcGW/dFVsE1sCtuHiXUWc/Lu+FzDFNsTpFlobRmHd4qg9HsE25lhBmncF1a3u7+zb9UALmMwpNmXumg4QMw0thAAC75SFWrdqMkvhv4z0TPwsBear21iPviWOELwgjwPf1GP7OFGiS9JthP+3Nl/240haj+q/or2voWfkXZgDiFJivJlvs15WM+Fm3y6J/Lhh2sH5TAwEN1rIUPgMhRiOmcZk9xuJO2rA9XbXOqAw37QOjS6PvNJogy/ovgMshb58F54PvlBXY4rzo9GNPf+q4guc1WH8+RHuI8tk0h692laP8LWx0KUicIDif4ZfcggILjaWdtigo4n/gzjfxlYPDWfC7Rh7/MorF6Az1qOabl0xQTqzfEIofMoyrzmN6EuirTolpsfmA/3k9zFAA8ryq2z4Q94HA9YPNSo86MeFB62LxTuh1Ax/E79d27v91bG/inrK8lg+rIrBwbDehqlM47PV++6GiYVL45eGz2Alf0lmBHF2cclLSKu+m2oLKVlWgpU+Hy0gFOhjoiDOsucpLRNigaoPmqTNHjBNtm+rarEighR45AloQQM+k1QYSaPh75wSM/k2ESDTcGF/mafgRlNAPx0Myyby/GacNzie+CehmMXNl4aAozf9iQ+60XAS38VE6z9lsR5+utYxw2Reh/Mo2o0k3MTKGjQvwnA/20+w4FWGTjUd2Rgt6esROJGA7cw5G4m20ma6PdJrQzkim4jmCR6dEdfyQzvYCPzqs2XzdI8AL7WFNeBc3SHx78lL32GxTpXf9iul9D81aw7y8XSeKH+C3x1WG0o0lxR4fDRRk5QcfrbpKAIN21MeAJOisa4YlLtDvw5U/yyP4Yp6ktljAQ2oiacZQ5rQY4ti2QjlmNEvHjMvuqkpeaOdjgIZxHP1tAjusttJGdHsLm8LsvPoacRQT6EtFe2S4E+Duok8iyrk/zywRgctXwrYjLOoJ6X1ICqhDetctxCEuRUZe0yhEjlsMJcT3Qe+RGXUMgNiMLSvmS52fhJ+v9JQFaBo/Pnl7UIcsVs+L+YW/XCjoY4xk3NPW0Z46xhVDK74J0syg2Q0Kjut/ACRxogLknjkYaDCyt42me6/2Y3ERk3PWd0Qp+beshfMrXK4gisx0knTkCmliZnrLk+ndEWYssh9Pmvbk/YZW/2N9BwcIGM3wswrqAREB7ec7WOUTJK4GBOamOyvSmBVndaEOn2lQs0yjK6mEeSCGBn6oR+9W54oqIR9djPfXrWDKV6EuBGaPqe+nnZ3wFKRgCqyhA7N5OiaCMoeNIWeq064geI4CDb2x1BZHtYFIKrgZ7dzjCxGnGG0C1AcbktKU4M7dMLCHf7knskN+foAptKFw/3EAhSWlzZKxJ9Z6qoc755sso8WS7KLvW5JbQZD+mmgdwki3G0Q5QzfGiYsAyCgfl2zPaJw1HLhB96+M/w+NnBhFU7IiR6fwYHCWdZUDj7x66tthJQOwjD883oklz1za5ZsCw7+/fMGj+yNIORLbyl9ITWzipAp77Tb/+JDimfhiSftrOjM5gKaLnpgQlIh8oEV3xahtKMPDEywqzJ+muAOpu5nHsrO+uw4mTJYaXqPmXjCO5ahkRTzjLP8Nyn7Yvz1DWwo+ALTCXlOP1N+cY0wptueQIpFip5lB+Zl0XkKeW6E7zvmJRHkoqcqm04pljcEiUtZetV0YhwQFK/t+eRn/YoeOB8/kZqcwJNuX7J3aByWk+1n5iZFYIZMuOCu62HCrGEZc9PSTCjTiMFwcREq77y6SOINlOgjHMXu6RS6Wjy8XaLI9z/lOIq17/g3a5RHsMutP091F1tbDbhaEUAM59kFBxfKKphF2NyKlpZ0EUCZkrAl9MxDqI4g5oY+CI3F/IpYKhrvwYv4+nLRsBmYLFru7Fyre9s3Y4Hxvf3x0KBC5xTZNDyuvzRbNK4pea8oMDSc140EFwlI107HzQAqxLhrK3jyVd5BZRo2L8XsNejiHKuHrWUy3vf3e+mwOcXeGfS6yFBa8kSduif187JZ2Z0ZKauvObJ3D3uTfC3SeHFtMjcJiuXc5ss8XMOYs8nmpedqNX7MlN8TRCYkhLdv0pWH84hrECCAxR5AnPHb22/hCUGorcfaMalgn27ioxOMzPo5vIPX9zNoxnvSNgq42vMhMj2Dpdgbc4z4pPq2cDM6asd9yWNs00gtha1TpOq9MbYRIhjKTL8kpneAQNblXRUPla/ZDhUV4oQFDcL1mSQaWmqOKOjOpGU3H7cZVrhrDibPKvTt8/4yhKdvnmMFKh/cMlRrd/joBR2mRWPYo/KRCKY1+WLULJounLlCB2xZ4h1z4/AIwR+Ikttq2F/LMUHYPq5jo493vJCVt6CWJh/c09DoXjckpfL9miOiBJGJriNFmRAqfOeOwXObV0ZzdMUf3IuajLaDvym96SsU1eKgwVAXNxrAF5HBAkgle1snt9mbCrt70iuaWAowmQP7ouOmVPbJXzkjIJ4RMhpw+BHcfwNY6BFYdgZ+P1OLjkDlUrj4ofFRDmIQf/Z9TwdwYszQ4iRmyEQvvehGRWN7HJEAf/ZQEirJ81j8eqLkIP07voamzzJu8igflu33hGNM6PRIxQ9pNqR4OPnN/vF4S/SVyi1a5+BwV1eLTwJvKP6EvfqkS7/e3UQyiYtrFPfT2cB/IWWNjBG8uRuzU5jdyabVQJrDhEbwyZ6uVhsjk7mzSQR+I1nlmrDd8WeLsen+f3HHhCnpBc5+WcOil3LvyJbHCifzFKlPRMh/TmsZjl9b5v6VnmpLsELT/+AwjAeMmwnPxCBAhMHe4z4a2CktL8Fi2vpZ97Psg1ftVh5uD88I/RLl3/wiza3w/0UFkQJA83+ecjJ77v67Byl+TV1hnxHqzx8oCtNQCTVfBXps0h64sFKbPQY0w1SXZSksgBOMmXad1BRY6bB0FkRiJMETALIXtkJO1Emb97ddRh/x+Cb4lEA7ZDWaLpkUiU4AemGveMkSGTtfJnEVNbciU6tpbfLCwaYMg7gSEi5gX+zpL3xqBO26zMt+KbxtsCQEywa3g8fpEb0cJkSDr/cC6mWZg4ybsLawqpbEk1lDtXO4fAVCgurbR3MPu9j6G3DToa9Im5onY1wE7t9sYVc1Az+DMLLn+kSHJPQbaj2yrqJD8S2j3QPRCw1lGfObXJfpuvk60nOAxQFSW6zbFnVY7lsLmKhkpaY2CYjjJov9TvxwegjkuQmbhj2KtWMz7eOLjhgr140SCAS69VG9U7WsAt5S5tPgngAY2pjnLfUj4186Wgsy+precfxrOqUsIRR0fJMod+no/tYgIfVu2xkzazNhH+nBIh+8YcO/OGOjUWIjj72yRXzIMssI6Qu2cV3aiaC+6Uo/hdMgs7y3Vz8lx2hLCNAUSIRF6eqDRLl5RiPk1A6tHYOz0CmmrAGwczMklB6pyB1XlyhvA4IJaD+kMK+0pLo84Ev4dEQ50ZUPzDlZlMoLarGitESH0xc33w/434qWkPNIaaOtLRwKEEgQiH/jJennkwoAODQez8r3UkKjlQiJaMDK8LTNl+CbwZ+iHDzHNbv5LofgLySlWdIJGjySSgrdiMFWn8uyS/RzHip/EaDRCTFkg/Nouz0IpDxcV0hwIKfgHPhHrq4YY31l6+2zyqps8BMLI8FSNp6Hm4KnQAg5pNIvurwCZiGmVzBIVfNXRC9o6eBT1OiRZa64mOH/aUlezH9utvWvwD3XMWpZw7YSasE9OjjbDwmjIA5X8aVNLpnhNZHc88rrFDKppi6Q6rG51AfMuQGaxefMbM6DH0PjeI5lwUBP11qO7yZ2iXSc9a05v74EeM5UN1Cb65eugvJ+aqfpRVAVMXG84uLbmE3EhMC81NjLYla3hN3sJRpxh6QhXE26BQa8rRA5vEYfvscOxy5k0LJ0eMilikeF6mmxhFbLvk8TBktdItUOC0ucd3Idy3NqylnfzNJMQZvJh0p4zddILn6D1jqsrbK/MxysPC/uK8rlmgcZU+EtChCia6x15ZFlS4t0TdFnK4pEZaryTU1jR7nU4IjUMx87cm/oVQuVId5DztG7G21QCeW2vGQ9oGj+Xug9XRspFLBTuJAkXBTUqvAi7Ydl1Vfbs32xHbxqtYjzXAYhZG5MMiqfrfn/J1mGOfx0o6IyhgPrzsvMDzLze+0pDjx6LVBZJz9Pw+apMdrN9tptTZsFhSetADP2lEATy06AhJzZL647ICeUYsdFIHmw+pPRKccFR/U1zFYulJ5wfHVvzUU/WSFc5NQHR9L5HM8vRvq6oHkoOoxai7xKvUsmfxSjy+bIjo9KBSl4k4xSaZGdsExb1Gbz59rhdXBpVVPdUGzhEzjikIUeedPR9RY/BMhk7r1CsGwIy/BdDLlV4Sk3kdu6QbSICwiP/rI/uqPQxqZXJKjX0eaNiIxGAks2ydBL4xy23+BExmJ9yF68y1TucmcQ/8dO3cL9NKNSCN+YDRmMa1u1bKhVV0uMNv0gWOGAozJnvUXiUwlvthZYShTYHYKxduJ+tfeoaXVpQ6ONXWwzGIAWeaExaUUseyM4zOo7kOsP5uNGORZNFxYiAuhAJRBLyJbL1QGwSJlOsR2i6o/TFqwmeWXEFhBbqnQ/g8lg5/zkzQvxwFkgNYwrGDFiy7IHJcEngrcck5nYlcqqV7Tat7ACTH436qSldCHJ3E53bHvKM8s02SRlxNOWVVDUc4UKcn+RE84fgjAKtlXbUo6li5lhSJlD1NZT7tdFKe5aohPjZZOL4qwSWWGXO3PL/7V0gBDMmd96pDfTMIBIg/Sn2fGtUw57+Wiacl0IM5GiPSjXzU/elxOau4Y/mCveRFa9MbrRtpbuRrcYdg+6HV7tCztxnkWpM2XZLroT04dzevgWODjpeMS+sN+GlpOfFv24oo23PRLBTzJPwaOlgacnlqzki+dZxTuk0tbvQqS9dToSv5CgP9nIYDc7YWyBl83hxpSaND3e3ybrjzZmjxmxRGI7rjNTG4B3HPcsQ+Cd0uZlV025a2s2P5ufh+USDPP8M58SR4ZPwLlEeVBZMH6M4ZdI7FR7SuUDLHl5uufvtCePXH3bzRFrlBWSREbjPbs8/7SiJtIJzWDoP+V3BE4eh2Qm+EBbRBoFESt/VTuqLexLwl/4qbT1BrgO+ABNB2gkG2DCn0M0+IRjjdmNuUrrI5oDnHVGe0NvrxaudTGP3Kmc2hvSsCxp8R/xxzpqLdPv4VK8QbXnooiEBLOc54yWm9UnsPiHuaBSqXzSm6aQNI0j/YWVgXeFhPO5Buv9bqbmP461Nf9TLSTi93RBLshC5UNeG13ZjjtzgVnyZupbLJUHCJag6V/fWZGq+qbeQzXUapEPzqLDcpjDdTvmgBeTb1hdU//9braFhycuxHXHYDaTNpug3XdEkEhGzwQerXJzFYwQiN4ub1GOfFRdKcBKzglh4BcjSuj1oI7sC+uP+EjBQPsAoY/cVaObeLR3Qa7cw/0P25Lct+P6r7gEOu8+dC6GvYU8XB++tPLR2p4qe70ByBmFi2woXIHs2EMvyKmWX1m7IN85rp8AKvmNDRYPHH3eihgGqEc1Ba2qV5ZRIJOXudXc6XGSezo/LQAl6mPt7ysjCY6ownRYxo/3vSMwUlXSBDSVa79DdSBFCiDMkBHggGABCtYVSy95U1jFM2D9YK7ClA8zPUMtLRrHviUB1n1kTukgIchLg18KNlM/WBCH/jZTLdgiX5QgsGEyiJvvh5m8rk6M0s7k131XUWUazZfZoBBtphS8LqieR+pIYTpB2vJEw2wBBcM8+Mqtc9JjMhSNYm4wNjPLnrDSJwCLXSBo2nCfTnuzDG7WL8+VdSbQnJpIz90GxRjQIGNjlzw7k3TpOi08nA056PGccD+Z77sC0qjobBpA0o0atDMIyztSvQgxLdJSO8Oxz9yA4Fo5vjuidB2xsYfTK/RyTlGDXzWna1hBC8qPL3XVzRAO1HVvp9Eop8INoJGi+jXevrYwgEJ749T1KyHoaJXLJ8Yl7KgTQGuVf9qy+ynGfkl6FKCSV1Jbr1Wd00bHcE9YZu2zFvYn13jFhN4vO/OpEkNlKxw6GBbvyDuJ2hP8bgcK2QrbVnijuRxEk3fYACboHIPlUymzslNHaB/7ntI1O/nLxiliZI/3lbS05wCNETZUObmM4SAbYYJJ/ElTJTBUJijs1ZmQ+MkEXMAnZ7Ro1e5G3OlP0k4FY4jYrxxECSzOoR4BmuwBSIAPSQsVHHPB1SP6p6ZUvrePJJlzKwLTq6EcyNbuMSvhesIxdf5vZNuhTJToZRz4JgT14r2utnK/+2hze+dxkYWSAPtwrIh5fvCxhomLvCcQBdDzkHltT0VRdUFi22faUJUvTjUpdDmvNqktoNKXm3YTcl1nx5bqDovW68Yv4WrVdEkTKKrzEDq3STBtMHbc55t5hSh8Yn/KXlEJcl9u1sW6MzwYm2G4ECzRr0o+P+rOgf8AeFX8oRM4eYZOm/OY3f6IYtpsBaerzzUik769WjalHBXpTm0TRykLGrXa2rAbBwaHZzDXeO6xPsJsIQzgPCalYKcC2rOt3ATF0ELRboQnBCUcqfmZiQHPT8Q4U2Hq0dB69+ElYPB4HFl5CCw6aVBgzzZ1O51hymjPCr5Z0HC31Ztl784jCql2ZlCnoi2cyVt8AAEjs1gsYIDBmhkjScC291umagGU+lk6l5XCWI9nth//TB/K14E2ZIPwgX1G49sL+om/T0/Di6MISVvBEYyJo80pPB4sKpc9jaIuHi3YClx9lEW5JUBsJ36JGjN3y6mb4l2NODqAQHOOv/J52OJalWWspUcyCNBlmu9kUYVcZ6TzOJIGAWnsUiXZiYSlgg5dKmLQX2fpvHbOAI+q3gj0Lv+I5mJCKS0QaA+dlNFT3FTbWneSgq0+tZ6hpLqebpLYesJe8TKlq8noTtDXt0ZxQ2PNXT2qHTSYHqSv5XdK/jZO8KxqNt8h2ui4IpC0zJztc/YQMnh49jB7px0XIns6YIjP0HHmpuEaQ6xfolGsFKJ90JFTna/UjTnVZBqERP6TI88RRQcrshUy/xWkAlpBJP2PobbrI2AkcsfgbS5fPoXI0eohKYcp1JBwywAOU+YduygBCpnyAdIUlUDWlS9tOVnPoWr2S2dq2FBZJ4E4mhtcjbTaWXY2Aok1gqPyTvEoNsNvz8GQFF7l20wf9D7eQKs1pl0TybrgZUsJxyESOhfnxtmUDqR1tCcyZdG58Z1hPi5IZFch+4lyXYk5H+WP7BUiNkR0oGyxBOCKpTxtqT6vtn+mn/d4xQrgvydgA2VxvN0Ap0PgY6NoXPR2KcNpp+AuXOMP28XEx2L5DWAxOIoDswYtqWJ2taJqK9DD9OgBx+N9tPNrcsHBCIls1dwgEEaSs2MM5EaLKe48bmF/qw8ktNk++rWVfTJKmKiSd9kKGgWNeEujc6Tu3Eeo20DEbSLuYJTtJTcStWwcMNk2dQuwmf3I+pE2drM1ytlJhipEvw1CU62g7jJ8CwfbjnqyGk5C8Qy/YaaeEz6UsZr4Bqa8FMmqi8Z5e+f6xGOi3oRZx3CE1BIS+mmrAXZkHqVJrI/pYjYS8ZT/MsiQaMAvBnGDtFo1NV0c8b7MDmI+rexLH048lg7DHxMJVdFampbOED4ayx1aEY8gy94II1Wfp/jdlfGc2kq0w1bRMHFYik+RMAb0ygxZlQDj+Fw4dlH9C5j6ufMCadRUBv06SJJvS3+A/5exXPkj3heO97aOmc3Y4+LgVItJtO+cPojYyL22d6JrU3vTM1m7M2gmgCFP3e5Q0hgtEU/C5KcQnVXr151JhhaDAmYX+9IM3A/SPMSV8bGc/Yzpx/062bfCo9Kq+GUrTmLf+xtcZbkvfqNnpi6XfpGL2/GcoEy+75HCAJcBQanNBHhZ3IGtM511fcF5l1ko34wsQ8zvAloOdpShtLOOVrDGcpQUeFeihO3c8pkO7pk7n/hj7UigCRE6+UTSEt+zeafOFV0KhGmGqccvOf5RN9428ENEDoMnCxVqBxPss/5XCRCsIfA7QJFSDq48steYCeuJK+G3MTA14XS/W7hnHp4xaWQ/4IVBuC0Z2JR794V7Z5rT7413ZSslnDM+z3xM0sgogUkESFiM++UPAgFzOKy3JReKzbpyd+KGYzToaKmzq06yVEV0UjUSNj1RlMBv+Vp53zFaeHus1+V9RsUEB3zZaY8Jm8KUzxs94i7CiT/QPWZebUlNvSIBL5SDH5sfAOHlCChgbEIjkM7qHXXzu0UZAr7mOcBxMud96N52Pep5HgM/Op4cenNjXK8VaS52B+94xLE6hpxyP5koVWH1N1O0UbfyMdMa1qQiWth2vC6nXnLcuqHDCkxJJKn0OnR/c/IoEIRhh2Y+KBUfr2b8Lvm88/jeJ5+rKwNGzaVGL8BaKXKnBUslZZMhTJUqU72cVneFELxGdGb+FA3M8kEEZyN4jyMoZaoSLTIFVtcnk0bV1QN+JjtuJc/z7e7VEf0vgVwOhljhzvL4bSsjszsSBDpXh/TJJQLmS+DArQ3AWbWzuvbX25l+3wK/vfeDfCxTcSNiMBjzjPj6sU9CxvcBx3aX3YoK6m+h6tzHst0XUg4PuyCIU4KkUBbjdtWv6Asdr7GvI1BZX81hdfZ2PgPSFCP4CT+J3i8PoVFFenvvtSuMGA3Cw8G7sgglk0F/Ih3IAtnxayoqd7iR+CDNdRd/GTu10mAi1FxeKfQxDVoDD2nKptHEttAeluJ/va7OkRGxAGLM8mSuAGwuCTNkO+Xf/WH8F/nc/Xh2sDHzvbaDv9c64OVZyq40Ik7u012s3aff1A37/W8GUrbgUoHBoC/twKXHhsCNAdsJVQkxAEibojiRqqlq97hw08AA0yXzTR0pntbjBLeWSR80Yc8ZqXea1JdAomQd7QiQ9fw8sq5GPCjANMsS+34urYOgH+T4VO0XLw4mKrBXWTyppWOIrCcJP501lXECgU7H4xmCCkLL8Lu2ilYuiFLKmICKX6ZeX4h/ZGzIkx73hR8/nOiFSl9U6/6SkPAG3gBRHNKxuK+kqFuzTtWS9Fg5FjLA/z2AJkyFFR3lUKCJGWQ2VuYnB0n4nmX2zZlxSLbGlTaIkrnNedFV9VA5ynQX4jgg+tloDHpu2YwtZRY4L3VhlRIL6NeFQXAeC2Fqola6UZX12DW6okf9xMJKlJCZUEmHfzX0SM+0vxSMJreLbz4ow6facIJqMrUvgG6CryQY2/LNo2QcPEV6uEv45BLiDkMKHmJE4pWwLtTHYgEFC5vVcOUNEzv855dylgrY9R6OlD7LcseuceTbTttg+S9n+wLlkIM2S8wHSFT3qKOZ5mA0rBQlECI/LPEeg1HJqwSPIX7d9YEYBQ5cAzgMqV8mV34lce16VJKY4H3tjtsgWRGyvP7b5P2U/Z7vv8ZSGB23xRfSVFScuosI0bkGv6Wiy/aljrkgw4nKbBNh4zHPMkQ0hEbOF1vG8tLXCicOcd3YIeKIULJ85+OdbpYyx/rnvy7BqK76AIssRov8a4q/ui9KqbGhawZm4c4nMMX7NJrhj2oewn2z8x74TB6vclzWKNrRfOzzKzMx71Nq/N99abIg+NIQlZYLuybxq87pDJuYMzgEJpKNXTp5fsgudFi0E/vcOhlOK3p9AW6VuL0u4Os07jzUFYxzBfg0uNjxnXgKq0xdQtSAgx6rU//DB6C+SctlCXqIc4kzGdNfnK2UgZilCJVQ7TxQXGeoySbdmWV/XlTNAXWNOGrLAGrshQp679Vmjx8rdba3cLbhXYudiLn11Sr6T109JAtAc2vo7zVXfua/cBvo8S0Dk0/qgJxhxRj2aCVIq4kSmlh+hgZ0hwEANjBeY/MHNL05LXsp5zxT2VrKTP+yf3rDC6f/FeRxbPUNF+T4/WscxU8C7Dty69/dCZy1jovZmO8ksNR3yco4+ScgYCVn7KY4X17WiHcRGL/+6msNavLk57o9TQt9CKwBmdmUS7CoybtHGHSqA2LDk6RgxFJyfpHn1bN+sgCTWbbuPc+1OYijEMJVsAR86TauCNTEUn17jhv28AoYIAo2bJvOaSWoYnRJPdpAzVxraYv7hT0O7cyp6qTreepcDoF9XycAPep3SS9dHCb67u+ZvvGApFiMYmOgBBnDcc6XNSCX4bJMAw+VhgxMVuUSaC4flyS0JnU4CASfYuHkJG+5ilzfpKtpeLwwVjq1MUN6u9s6I8kxEdlVmGFKNlvDidtPu/zJylJwWIxrJrV0OSkx2zb1ZvxxFN57SDJMq2vi6ptB2UHgA2piSnUh+fOu21/h1r7egwGB9b4Quq9XlooZViVXaNlsGO5jdo16t3Mct3F3yOR0/mbqabNUq7FSY9luH4SLQPPCFONEc8vgemK6mKBDSumn0Blh+MBsFnXjLtlT62jQEI8+41QywH6iHo2ByuWuTa3/WvwEQexoMe7NfI+SM7R0pSnjSSZBepBPjogZSrcgXUeSpnUpKfgSru3NizMhu2jWldEBbIC8InvrHZYhipqFE3MpckocwixYDZGAqrnKLZ+JyDUNU42GQSlaKhMvjhmEReJcM1561Wv3ZOye+CNhve9s+R18U8ysvViFStk3Gq1d59kp+Y8P9Y2xm7MgZxd3H6zUY1n4diBCHf5TXBu7MXFsPvg9JY6LVMfEO6O71Ta0Xuj8XGPpLx4UcayFf6wgniiUuGQtBtcqfwvxvrnRPePbSl4GUcAYc8pSwY63IW52oxRHnlwMfWUUD1fpiWdktRI8Til5jfDXM2UD24nTSRHu35k5F16C0mFwSz0ESnGGSuUdGkRSJwIbJCdRzQWLAIr7L8ht76nydRwomQjstkDE/UKYThhMkyZVkYkdWnA6V+BCv7iwf0xLX+tfq88ipLTH3gBiV+j0R7ty1dj9CJjO131348tUdHjWvrAgxKnEQqqBKbBDaK8YEgGWhdUXAUEeZmUHuJgb+h+3Vbyx+nuvUFC9avBaBvD0paGTfvSJ+Dalt5BmoMeFRhiggKgbJOXUR4XiPm2hAe54HpUCyS903Jb/bCRSCBDYtqGHi2N+JAnlwdiXpr1hysE6X+d0/Mtq537pscNTdwBFWsloJZWDIeg8g+RHe6FO+5DwsVN8VioudduwzhSbnbWkaZRo+15yAfUhWf1vF9p9bzycYnMx4ACPQFtCsZakhcxUD6rJ+0bYT5b+Lz90AJaoyMyOKZVcDDbnAxm6xckwTKajCSm7bOESTEpeK42sbKb4n/dcfgQcQZUcQHdDzkmpynIt22/C7ZqcmYlZT17uCxWZdeg0HGCZxeBI27BmcBbLZ2it5XMqHhzZLV6w1rEj+TYewyS1+IkH5Bu3UqByLOw5t26L89IlEwbSbHPKH8GRcqmmiq2m8kHLY/54swb0338f5XVVsnyHBFTrt5BHjR6So+2aRo4ff/6AZLHc2BRwu9sZFDCShVeKJknD6g625pKeBD6xrmMMjLOVANgHdHocVS0T5M0qRLByi8/rYfFhMOGSE62jZfriDCg+FTkm9taBWoZ1rb9VfLBPllOCWCNZIgpnUj4Gf+ZNID9KOcOegzMB7V4MRf22Gm8/hl6FdGm8EX8LH4b5mL0OKaSK3CkrDF2de4yyk4g2ZdxZ1HO8fuA651J4SBzVWbjMZDj2Htv9hLS50DJhfutnKf9cIq9fkRhkDQdamUzL/lfCFEJBPc178SZb6HKHhQNehiXhWuBoNC9jZr5GJvolJE5G+g+2p2iHCWw6W1XsLvMFi5UPPxX1z2Ex9t/ccrqbxeaB2a+NFx0pvkEbYH2jNzS7KyNEwcTy7yYs2RmyqieqPR2Qv/8ngtgs3xs6GL1J9OrkoogMsqt9m4K4f8QxwzkX4Qad5e2IWuZwASQJXkQphQ71DLj/6w7YDAafej6Il9ehA233KvFCSP5cjUn7zTWZXTFM5Z1KwUuFoP5Xlx067+ZxMau8GPIXZAG5AL6NUg/ea3CNPs88sic3XAJUy5GLCtAaNX6W3rmcIWJe7Sihwn0ScRTyPP/LdZ/gckoxOfvjME5TFyR6OwfyAitoVFrlttC/qkmumfcH8SZVR5nw1+Tf1oFXkVoygtAUvWQXfiBzqjX2VqnTGATBnbKCmzGRI6UhloHbdvdAPyC5fuuRLSA3+3PyMUwl5xjesiXOTyKB/whD4gPUHeZ/jM72Pa2Ni9Me3ebhBHLfJbjIAtlGjeGC6spjegm6dXDS2Aa4D5aOPxgyN+8DwCmpAfltLov2w7IdctAdfw69wZWoH6AakEzNJeR1Phr/8VQi4jMsuXQ5ogFqpSqPRiQwCVI/OQ21At5eYY7f2+wTSj+eIBxO4Ep2WH1gdcsFWrl0yCgCxX2oioT/8x6XD7NCesVukSqpgIeaLnhOLU2EfiJcPLSy49/8LbSr1M9A8JYN4S5HDoNtSZQUMSNLdJWSpOYxvHaiae9BBM+mNFCmBp2ufwC5rxwdcFcXLZA/KU7Zeojze/YZmxa2fXxKPem+ul5YbjUql+qpn4pF5JQbYK1uL3eECt3HTaJ2Oao5JhS5KNa//tTNLod34wf+LXXo7ZM1fpkW5Vv0Vvo5AptBwwX+1ffL6nZLsT1jLJMLfcEcqB1CrQJC9wb8P+ih8O+NLoUSrgfTbB3jNfTHgMDQL8AvouGPBEuANAnDsMaHBSV2w8VDbfdR81aRfia/yY/m2tTEqNfkC1fwnNowYEp1cIKRhS7E2Z9qM2W3PuKT5KBrWNUSilW5FWXM4NOmSIyxnwbewY+SSnFJmyz2JnJHOQXtHbMryWvPL5Fz4ti2vAyI403u7Jz2/rzp7Wt2AfxIVvBj6wi5eo6X635QfbRiZgfAkzp5dfyGQTICQwj0UuQy7aIC8I0kBMt0ACBxjfMBUTRHzVg3+xFu/Jweg2IvR8xhNc8ljwKjyQJg15EF6SYAH+YReMC7TrO1bzxp/9KR9onRFua5uKBlQNCvlcgYJ4lhfjjnFWimp5OSQIm17Nm4jCqZVH31dBJQNwJZ1RC4FbXEp+D8g3smkeF/KoofntCXNIOzETsCOBkNx583NnUuxDw8kxl8YXCX6rrsvQtVxHsvqWNqWx5gydI4gpf/JaFjnn4q7aHhKsRLwHsouJowrPeXIy2o25JUZLxO/0cUiuopceISiW25CPJu9Z/42sF0c1Z0iPYqfRi7+fVOpHR2Byll5uOnnvBqoBp1+R86Gpp8rdMFKdbns+b4i4ZA42+hLgJ5EQfDUqMNMXd/36Vl0oEGhdz9udf9BCiv1+fR/WWhbM9cdLYidH/431fuI/rq+vxZQ+LYexbie3//BydExiUXbJmThLHpLhbBPrWNiQf+3DPa+MzE6M1QOXKKDRYw4eQgOcqFqWobxPA7DIMDGluLW8AzV0xBaETVaO8k+W/+n0qfAR+i0wrw6PiUOWX1yaNcPS/6GIR2qM8TvwjaQh11rMTrk3SX3UAqvgjxoQ/4Caf13AC6QEx19fFc15fzEhbwArbX49PEGlVmJkbL+hzWGOvTmlv/xk8+hnClF26NULLQsrzVIqzPH+AMYDA7YQ8GbETbptOCz/fFK4m0KDuHpiPK7i+64+C/NinGn5bUPBu56LhJfVxoy1B4JhZJz/MbCJ0ydpBemN7noFYBRA44J0opG50cVSDl3BN69iYQ8ZIhdNjhzQkDA3a7H3Cy1zlhry61lWY2QtRM9g/STZRinC3eOAyHR1q7YBKI0KWDaZSaBI85AGEMmev4NVUtEOTglKZTod9sV5iyH/MnVJCFDyz0+RK2cOyTM0RCNTjYSyqsCC957lVhYPeEcq5bRQLZFUWGmJ3bhm3RxeSithLziENwsT3JTNMW6BGlNw7EdrKAdF/1yc5olK7SOz2HhSqxuWvaM+vOnKYg+2KOuTelq6E3KFcIVnB4tHnFtwJoJNEz8Im/SlMb/PObk5tzbg7G8ZIEP4yw3aISWmbdHApQVd423yT+HHcSi3U0yKhtPJ7SVNwaOsV95i2sDwEX5LqKulKtV8AE2WoZMbCJm0RzYGSyC4v4Bfom7bBpZPiEV/kZob7FNJHPMqVrvYI40tOp4zDPi/2vlc2POoURAESqL2QW4okWVQPTmYH3acw9Sa+PDjoZ+2uTMDj5F+dZCNVHWuoBTYhQbmWS8/e1kW+Kws6x4cQSJY2bxSPZlUWFbOtectW8qWtJnE9t8Q9ybNsxi6dkFU4M31BJAdqYPiOcaOp5yMAVY3MQXaluIHDsbrPvhmwZhvdK4VHUmvSjGEuBelmjWLF5dR0+qiOg7G/gwP9VBmRX7mIIh6r+5QlTi6X3BlcgFg9dOjhRDWyfc99esl24Qdte/ZB3ljYRm3oBOsnOcJEZMaWNbo3t0yy1UV8xUgfImySZdfFCwiAXH+KZ80svYJxYXCoN+b29iNMhGVoa/3nBEVI9VLAE58pJlip8PjcImG7RkLeYBBVVWXc0K6rq+cQZV2HBx9nH+N+IO8eWja89Vzz1U+WUArbHbgYlHROEElDLO+ngkSsVF/iZuEz0zBE+H9dzHFPqp98ZzLZZ9cmYDyol09MqUjvEFg+DhTDQ4htz/tntRVxYWWFuvEAm3C5oJ/HmMbVFJxMVFmB3V9EsRW4yXRKQ+s+Eeh2SCcjGfXy1LUgD3Brh++E5FreCqEe2Vc2P58PTlhTrlCNQUE7Li52QPBxFELCQVpSP3kgUSSo0WF61NOTdHpD10t31Qp7j5oDvUjOj7QaVbQbcyHwB8lvE5qQ+rPGBopeLnlZ9MKuMyfI7PwCq9mEC+MzlTV3bZ6GICXeEpUMuumo9w6A4lqKcgIgSPinVZf0llQHRcLpRN1rTl9SC7CFKxBvMqZTKp5+ADC4jvqyH1AOSodnj3OxwHb6nKztZx3kDJxEOKR9rITp9EmDKNrxNeAMyfclElotkpAe0Q6GR1g+55wZ/eQO8sPXPh7eJr+5XJRW1mGgfwOJzhMK5wUzHgOQWw9iYH38omB1PFerjkp66dDhm4qY/rvVew04NOECiB2mkuTPY7yrv6szg9+0bfKOLI0wVYbiKznKvDfIqJxYlybBek40n4LmZO9fYYDCf+ETZpiejJMububKXEhxPgi2Q7WqbyRFwpywPCznmpokWV+bOtuIKqVn2YlIPKdaIz7bSa27XZOkAIMk5TH05K+5n4IcH5AJKoa+K265/ytG6XDelOcE9d70jcyi0DccyQUUOHHId7nhOCvLmKbWOnHgbwmNH6pCtZ0vDhqtXPv0rfhIjfDWzCdstnBW7LRBNMmxbuFakqcsudtOWdJzkc+Z86CKZWLjsO0TEAme9J9q+NraF2+zn4XqnWgLch79dOFuPqSRQh8ELYSORpkOT5d5Z0+yO/ejhiUiRHifVXtAjzE2iL2VWchSvxfuBV4DCEdSPpYtjWNKn/fiPs98KtzSogVSInMqTGTdd671TR7sCx7AlGBm/CUPkD7/VLruCy0nD/8Kmou5UIze4t8jO5MPS+nYMak70P5rSin3MaQf2wd2UikNF+z6jy3plLdsfYb7u1tEIaOk6oWm3Tq6U3T6Ls6nMDg0iaiTTweUJfTFYRXVKva6wI/LsgoEWF0cXxh+C2xbfNnanoPmqWXs0Bt3dTpWw91x4E3hO/3S9njc60IoXXjFVg3uwxFAew7XQKJK3aQc8FenjLTy1aIjdMOpFVBaJPr4kwMc6CbfqK+ewfsAWqu7RYqYjanb5U7bIX4adtZKqCinsTPoGEYRQHjo6RJBJQXVaNn2JXPfL2b6hpVIFVyltQh6KEpshbMjAPB+gWyMiZfiC9Hda5IOB9RZYAshs+Uj/H6TUibg+e1LL9JDj/BOPtDYFoVtXYROti9gY1J2r9dVaFxH0oz3H4XwbRtrkg8KGrQkvBUQNeSEnXcdIzZUCAy/smCAO4k+urwnAnXY32MmAlfjgLqdicSR3c0M71zSkUBcaO7ZSn2HRVJpqW2yvYANCBCh+Q7h/PYQoqOiyS77XMELKE58QD8scpPcfbV/8o/hrv31oOQyzr8l6eEdMbjXkRk0muZ3bzUHk8wW5N6dmCLup5gZiREdDzFPV6IvOqXvsbPVmnbBlUMxvtw4xlDhpODoC3MIHetJecYYaEoOt+26cvUmn2BHtVrRN5Sc86Yc7WMgR+mTnGXR1wiZf4sRjVqEHM4e8cQJgQu8zvxvuBxWfbAKzCIfSBwjJOjPQrJtSlZx3R+SIvxOAyIlbYxm73KZ5TwrkduCDd0F8k2OjMI2bJIfJShcGoOByh4YHXpdFJ0kOfc15xlgJAMCrJOR5Hkq/H0Z2Nd4I70llIqYTpbo5+qMYQRXXB1u+6khmeMtCgHh8HhW6FakIYMhB2hQBCbCzBg/qPODREl2Lxz9y61vWuRIVg2fFdU95mJ22+MFwqqZCpxmo/hamWy0t29ulsQhGv+bsQDFX0AeRGvdyHfSKmL+K/VZRmYDPZgJLjtBVK96f6fYYa6WbWaXFNDNEOCNGgcGQyQLdY6t5ttNqqfyvPoSJuutGMLQEWxdRJADU0TA/xqtlkMYUIwzsdVsDQS8SsLqYtsBCb8aGKL+rsBW+YLk9P72IBmMsBXpgvcD+3qnIYuf3SMC7Iy2oTxEZayWo6YsX5R5/SYyOi4A31h94WIWjVK8tUXmqWFUSY4HPhF7ZIx+pFWkFL90ZjrSpN7Bo3U9S5aedQTTEYnzJCIbeOI1x4hx0TjBUgkl+7dVbVZSp51+RrCgFPT7w34kcWuJI9ia2eZtWyoMd/9FjZQ+X/uqiqZOkLvfrmEPsoOnO6C4dKBMukf1XBDuskn4F9cP4nlMvl0L0nfAECBTU3Liw3ZPd3HczJnthJfup8pwvMBig/xiSyacDDrKJJuWexQK+QDmdaniN/bJfrA2R5LP4Hrk9CNO95nT3BnedUdn1Ciecf46AZw84XQW0e67dnFV/ZJi2Hd14GY27FDDi7MRwPvEv9061LBk8+4qLT/Wj/ZzBSRh6iPLtW8k83Lo9Sl1JMBJKcv/QzI43rMwcP34MiHTXIpb2AlY/u1fCuJD/NcGEBfL7yA4nUoaHJmCq9lpSfzC5n0dc0R0/9DsUNfEIqyw9nWoOPNTznmEFOH7JPN2p4elUnF/e5fgTnSZ+phsbnsO/oJ6U7w2rGzijKqaTnbbjIumRNn9z3tEOp8EaJjuR4ySMMftwAps5+mnerBJayFhGDk5WviAWDsy7L6/LBwF2NAaYVGL6bK0slNQSmMsCcaw/oUYgmp2yUoryEz3GKyAZfL3kMfdRkxyBtm9n3ZKLc3Eezhy2BjFpRqaYhdktUh07HS/pERH7uc9/rAXJdoOvjZ9NnmJFc2D91ZpRaA35XUqMZECdVxVtS5xVsDLpLmqPvSFhUzJH1NIK6DkDQfFeARLC8+TSHgqWoL7eYBkxTCfOY+Fkg2FYSo8Y8NcpudHLhsU7o8wLyoAsHPv2mu9IYWtIRrsqLGfjWdokL3Y4ExLMXHoBfFYiiu36s0y+eQDd+t8zvEn9fBOGPheT/ilNlZjsARn4rJSvaIhTzzUbVBGxuOvbdx7p7EZ4RN5aDQjDSse4ymPVpZIi5Ym1ex59Of/476jhX0E8HptU7C7Cu6OAg6xtIzQ/kxEI4InqU+0pd7BGCVo5zXQLaAyoTR7NMuj67KEkCMDCjqKQjgGxGTVGB/ow9ITNtzNWkKZtp6YcRSBr1L/b7KUe++OxzhQEj43PK6NnsBV5u4LO50JmFuvqcB2zQfoGVJ7KAJ7DVw4ITHwCbwWpAEviZtnjE9cmZTSqOr2D25H0vQerOauaELOpHeAJiS3F2MxYPOSPtxrsR/4pKv5hndLvP3ERi9Sk8yKPrHJ14ovwDgbd46dxjeQeCi95ENTxoG8jov9t8AaOM6v4JvjYJByVPulhOKBeNVijXpygqEav7rc7f5wVp2CxeFyyGvh1Z+96D9RJlUX48oqyv+vEM1CZTeo/HfMCCAAGdpMskM4aGRaQF+sLLVc7kCxqboPF4+Z54Y79Z9SnBfVWxSYYtPwgxyZ5IDL5UXzoga76wYKjb8fOqg4di0NvmUDL0v3yoFO+ZNMVdMPYg+T3lpsB0m1sTc7vQfZKYA+OdzHgbVn8OQuxZO56zzMGxuWBtd+zwwGwnLR/Z29caECyjqDMWjSXWj/319Tt+gRy+iKRotfSmd+4G7Tr6h9fyMNr2gl/IwKccnIVROjfzkFdebBTqUrTTX74X/S3HNzFvvduLXlwhON/2k23hYgBtVF7lpW+mgiRRuxjxk9p8LzQBk43nGzvWDrpvsApQkxOTPrE6tYYZYhF/hllzF1jBc+n6ia8E3C4bVYFGQx9O2H36ikKUOLNGTP4wEeU+g5lzuDhn5XalV9OzsG3glszhM9KHTtgBHMhWoa7/EVUkqongpIsso8qVS8dtRafnDozoBcJeGcOkXy086Vq//v3OzCnndBazkKlrgmckfB6b5Vcz4NWZDvv9fk51Jx+iDBsnu2Z0zCisYOxwzIK24ZlQa4pvAgPWCRc02b3zIhZKfNHr+nSVGAoOucF1u7W6jV0iADqY6vh2sWvIHgzfUW9ryI3x2jGAX6d3+vCiUoFo0iYIZVfhQbdfnLD+DoonIqztQVVlwEmZbFUGYXJCnIUU0AM4u4vg3ysvhMXyf597ZGbmEtknPPNhAeG6UdROvDdqnteEHHMsKzgdeLFK1EYJh7A8VTvBHwokFj5L8PYuY1fey1bYIUY08jYuKekaricyaBsYm+emlXMBzsu7BKG6p8t8PzB2JuN4PKF5wWr+4tUtG6x8sHAkeDRZ7XMCi4W9jzD1UWybXFoNzXqgOBCyofK9bsWclC1Qep+Y/W7rRSrRvQJ0KvBgr+E0iEpyMiYK4r7VM/IENhJ+ySt/wGcXv3KJFEe/TouNJdWBpXA5pODK8PxSxHiT2Mc7ZrclvPqU8E1j/JYbdLAbAlbe12NZmwMJc3qZ4P0jvqD576yx1fR4uVJU5NaGLvXYj6ihiIJ6TrmMbGUXndDbLX9pL2hUly35HeoRohoCSAidqfNV9Jqb9GZ/p9uA8Hofr2VxQbEZxSHpJslP6gHFAJj4R/1KSAW8ORNro2CR8okILQ9Ryy3Scxf9HpZ9C7fSzc6tQPMoUrsLXRx1og5xuo9MhRxAlALizXBYcTyC+BVQz4WJfOCiEqyxyT5a1DOkih2H5TsxcQxY+iqrWPV9K1v4Mpm551V//1i0IJCOMDxRlhKp79u7I+qZaf4SlGsfLhvP8B/iUxUlL5L5ja4z+G+iU3UURlCJwddPjEPiOfWhuLpnxQC25Rv7shn5H6VJ/XSmVdrXW0qmnXvAgZX20vWTha25iR8iYt5oBVItrMRrXmTVk/7PUJ1U5ZODv//p2c1lR96ONmSDiA5W/Ml7/51htJ1lLwoIJ3gUlC9rLf7tQlKZTk7Xm8TZzvz1PAjI460Qn6tDSN2fJPrx67DMCyRQbv1DAyKojqw/ncJtvtqH/PEF216RUDVnJjIgygsLwGT+Hol7/qPPVEotEnvS6yF9j5anMyAN7kPcs0NcXu0DYMHAPFDpbUFmoltCTHWXPp5z7PWxvBsMv+f5ZzY3+QD/ejN0MtrPk46UIRrLrtat1gIPshS5OyASxWXV4iy1EoF520ZGUSx2TiccwTQga0jc0x4R2gsiNFWKk8RrEHS5kolFgHbiYDDQc0vNKJaxAV0GjS6z8/+PLUNBY0fWNySUCVwfWJ8awcGMNS4MxADdbVlZiuJMWmiJxP+sju7j2hmDWS6JiTWU2vf4TpJ0xmQsxDzdJjbzhyYyCCYzO1QawFCBv9J70MqiAdQFYqPpaLI5OObgfH0Ot6cUPpFxfl17wNGwBySgnpsr74F1NQh9JzZAsjYxmfTeugIub2MM2ScixTz8EfwH3yztyd1Xj2IfTU3lMiIYSyaWKMSR8j9w7pvlSIy3UMK8VtWxoAeT+f2Nx8i6pKhssHPohRBAFwztgXsY4FW1KDbbq86Xa7hB0EMA+xZBx+H/RLDmlvJJTIoJMYWNRjz9AaV7mDIyx11acD+DCHkSpnaOQ3Z3DcsUJ/eHpJtBDPHaSTApZLAOkuOCiDKz+UJywKL1mMKsASt99mUzUI/P72mfLeIWnxwf+eCvKYEXZLRieJV6eiepM/o7oW2iuhkN3++wwpR3hsoat80B1zhFOeYAH2S+koStWS5yLWaxbOET9rNh7ts50iGMcHqgUZAXrtCAaZSkppUnxdBlaGRkS9Ij/iyhINN5GoCUcUMg0eLpOz1ZITKhIfVtP3f8xns0FSjDG8wNjgIzOr4BX36gxAMCdn9oXCZOIR1ttNrld3j2wisMawIkZ5r43f1A7Ft6eRWPs3KBHTvPm+0O5dLXFxMQQ2GxRZ+wkfhkYlkzRHsiuR5LPEZdwAKuSjZaNRD9g3xqAUr2IqRxdPdj3UlzLrs4HHi2gHFzJ0iGx9CneU2g8+bgjeQxL4MZmLpSNLqo7SI3MO4ga7W71N22LS+Nog4IF9b2QodP4EPhHatQXOqUtx1GXqC9tPIXkdLiuwCqH3meFZBMiVc8Jcm/maVLbEUn8Ps07eoCtfshpWp9iQgXa6TGbjlu0qALxo6LRKVoNeCPzj0sgDUQHGz0/qg3m2Of4Mjzcvd/7UbkKJR/hYiIsvdpLrWt2hBwcgcz4EtZjHgO44SnwJNDmEYVmHZ91Y0Zb+9DBNFeG9v3gD4Vm2FVvaATWhHy43b1F5zWmuoxwrEsKSHx9/9Vb/Y50tLIGCja/sGCDkrgPSdaLmIiCKaklCqgnXHsq2O7YrSnWE9H5LbtEtVCQo6iNhvD2okTTImXE1oBYCcajxuKSiGpJNzRYUYd6bz8asAEdzD4epVhNO6WrHOHkadQbZswE81CDZ2qxVuqXpFV2TuOGTb+XHz3bF6VhNNCk2gNKMjdcnDL/dadiZ5KYSedECYfBMuvqMXEg407Bvpx2QN6LSOccsK2pQZUThMyv/mYVChHa8oJuV8WKkRKeiccLOU78kw/UUssY81z6tuVaydgm1qBtzJs6PZmbuoRnLM43BCGKLf14/JFhEIym2GdyoG7hdIlPp3y9K62QJahwKwB5qvMkc2zQ3ciABwz4g2QXfrh0+m7PsYEVrCEQ2XHXWxzet23Lc/WaRsvllYmWGDdwFzX92ww47+nwA4GelwZIpLW+6QrpnZAXy+0Ro64lu6r7fcY5T6VU6N0Wr6/RjrIotgghXS/pev4fCzbxE6m/wl3xzJ8/a/ZEFpsTAVwvuZcR39e09kQm5C54OCVYqxJkXSxesF6nn+7fauOg7kW1OsQ29DAQmcxzuJdFX5R8m9bwLVgxWslkYKmKnUpwZ7FTtByCYQyet9ZxXoH2EhNK6fum7YztN6+bUIkvTLB9SebsgR9cIGUJF8Y/GRPsl0dF50K1/uyzyB2aM+loPvG0s3HpK6Wxp+c5/VhLzMnFIOBlBgRGRRbRh/aVPQBxgSA7iLoWDWjMSj6fe8iWQnZZENBuN0Tx8VJ4bDVRPM60haNvAKRwD91rvdmRaZ9c/b3ZTE1eCi6G23P6pQ9TUZo5dOmIZPbl0uS1nhhYciDHzywXSyJqhNMXtNR6G1kPgzHGFcIYZyNk5sg8lJ4j/vioJIQzZIQSHIyNssks/+28kffOmlnD8kLMvjrvoF9AQlVKSdII2ZQZpkIqMLm0SfvJe8RRosfGouHozyuQVwetQ1RWkBibr9U2/o/foGGVVjMUKsoRHiF9BvhcVaEnjHp0/PBz+GzZ8i3fCj29UP7yCf5S0nFt9mwN8VAMI16uQe6k+iHPidwoNARrdOgbEKnRHAfQ0g9bFe8TVOJ7iQQZpX03wL4FMp9OP3XDqO9S+WTkDcH8k5mIqK5TyTvoTWZiA+/fSwkKirIxE5cH1vEkSwRjtqSSfdl8inV7d4tHlVI31uG2cQ1QmFqnZAU2A4HWdevukRNI2xZ3NeMIvs4oIjSc/zqxQ+y0ESqSxBTVq50O1SQn0DJ39ZhVI4kTg0GW/o1D71i3rD0cxTu4Rw2OKQWSahe2WJY2iRctMpa4HTzr0bgv+37SIfma6C0sW0CVqH1E8e9HLw2OATUKNJC9myzfVLrPfiEkSN7V3z2j6GIRqw3D0v7Fc3BSDOHFdN+W+gW4boh+NdALNkH0oHSA6CJlIAu+wddz81q/rCEl9CQ0lBrSpHwcHqGaqoSCnGjks94R9yFcDiyhLkr8dM8QVq2cwiDlRO4Ztv30ptUhLt5oxlcmDhQVRjQrCn9jwRfM6958rRLZsdIh9Cvwgjkk2oLXbhnUZnQwNuIfutbPKZ3PqntuKBRicTTzwuqJCl4rVvnxHPB+YGiIUs1CRp/Pz5O/etovLndhHRmRKFFz+cCDcfIR0xLg4I3dZcknhkMwrVkI2J3bxAFJX1ulCkumPqX6TP770zb4RkKhTqp8ddRW+FIic5yXjsVRzYrt1lvCL/vAMUh08ccWSb0hZle2bVzv39+jwtxLWqRawmlhTEuI2Gs5jsYgoCBWYKwWzbUW/tDRa2YlOlAo+67BMJdgDSNx7op8EPploEuROlB4c4tfXqC+8GF2IwiOR9Go+rHfNbv1zU2UtxiD2Xjj+wMoMhiD9k1VnoE19ajxTsbXfjE/yG8NuDRKAOPkXQ7gdiqWEFxYsEcs0zqRjhRoU/3Cbpueabx18x3oYOkE0U1Lci7l+0YNgZpRXlTGxzVR+N8NwCpA+K7Mfz1Zamb4DgFbv7iZsDvVUPdO+4/oFTI0yD3CLDuPCqr0/wRhbbNZ0qdSP49XySQnaNNr/tl/3u1sovr7sf1qLoDRakdvgq9Qo9eElw5cbKmOqH6tIbleROSufayKAFLJmIcpVY6/ONK+zEuGXQw1fQuqBnXWnyDk6LKrQGTnXCfayR3MgxdEeRT9hi7l7+2Kjy2WtwlFDsgNsRPxN6fQT95eZjMlOvQQyLwdUZtoIW30D7nDD6+MK84vvObznYyZifo0fpvPfUl6Let3IIEkc4cM2Uqa/ri64mme3uAKAzm1PtyBt1oQPOHWrDMx5dMsEDxzXHy49k3A3qvNoZ9AAkDTqmzCHcFE/FIfgbsZO8BVy4R43CRufsncU799TlQmHBQlpN1XQDvPFvJMmm+OWxesZsxXwpShN6ajtA6BD3wBsnd9MO4nQEkehkb3gtTddmmp9RFQWRqXMcVsa45qey+JcYPwvQWJcvmTMjc204+/BhaIOgwn9E7o4Ri+bPUu98kRr0cyxAboxW2eo+KLK97pjKLYIVlg68xTsgaPTg6oji3Isoy1HEbflMaftpxIGs3um3Bdtt/pq0nQPaJY9zGb5pZ41o3aT7qI89klajPy6JWlM1FJk2Dp+p7eKJJwSxj0RLZg88lGWaIHPiKg38kCyRb0UAxkTpkZi1qF9UFbkDdv1Z1AL/4Yr2AbwP69ai4mw9yXY+chezTsGCRNuWVSJmXZjOwjjAkEwateU7P9jXG1znK7XtSQAvxkycziP68+YVJ1QsB14Qm5SqzULrKA0/Jwbm6IXbOXfOvdUXH1ny51E3wfuXZxQZAW6YhsV9qULgZ/KBGabZIEJlL8n2Qc6f4sDYfkp0bmKlZIiPVJobkz2xEYteLU1V+HSJbi2h0wWzs/fZePDYNyCltGMiLFt11AQavnZPudtfm6pkFcLpcnhu4brgx/xwLzejAMOPRJaNeXgP38kPKgUaa11CL1WQxfD4nCsa9Zm8faPvlPyV0hsEcK0KImv+3E5xNAg+1eVS/c2kaaA1lHg7uIGHB6axlSR7fi+ZbYb84yJwUqFmbrPY32lUe2drNdWIh7+14V5TQiCpMcfQqo7UBJzySYV3/U8KFNlhTNCZ6ky0PpgsOQO4T+C1/3et4EY5d3efaKKBxk3mk/BNQp+ed8ZJIB2KNTBXM5LrDPldrUH62XT2xefuV4qz2dhLWemjZChubH9AiawMeaIBkV1DUHwB7xP01O/+fAp/k+AGewdChOsR2Gj4zV18mqPYEdosZHkXznKeDHgoLvJW5jYPRPXCCXOmKDsuIo2bpdKFzsiKJUeSnFMWwzGzZDHREnOdMs5UP4PBh41Z/9ljAu8QRWYSO2hNoPhSBc3TFRoXYEBDtQnbZSa9AvzeIirzO6uJP3Fzd4LVAwSt8kQsa79TKFFq/lqcIOz+GdP08cC82iBIaj2WM+PHLXpN6uf0l8fK0H3jvZq4TsqMRDtFfwJG1zQ8L2ZiAspX/Akg2fs0FfOTgTNvMKeyqy0svEShk4AREz96NWKXZH78/Wvqh3E7Grngg+8eeWtOGPJBf6GMV6rB5pkDA6AE8O0Dp5UmCUrrk+8F531lZFw1hCRIXBMU/MpjCv9ptAaEu7p9zjg/6PF74+fMLgk33rvvsiqZ0LOh2kNZzrQlffSnRR00h8CnfnSkM9VT5g6YzfQWPAvnbEx3qmVyU/3DaTyyZAcZFs0KqWPhFV07IUgKjTQqxeqNuetT965E5S0DyMFYrwZRC1FU5K8y/JV7vrIiM99/Cenw0gZbBaysOMNhgIWPM7eIjnN6ktEqQEpdXwEB77O3yR6TJQSyskYiP829OZl1O7tZw4VVcf/LvGVfHDJnNYdQPwMrgQWcLZZgxEyT7OWaGOT1bCR6E0w1HeFkV2yZnFF/bDZuPZr9QtVNhde1YrR0wX/3/UQiMLgJp4mcDqTH2zQxPgTmxnoovZb+50V9cBuvRtpcSSi9eKPZYMRCqyx0v0i7/RXUz2YHf26LrqaL4wIRVGu1W0T2rw2mnBIJqkjHXiYvnxFGiXKaFzKygacLhchKbCvytkiY52oM1mzLqMTUL+/jMlru26L2Fp+A0NU9dwG8LRQkbc+QnhZc4JWeuYthLHyDd84DDHfHUJTRUb2hEj7SdRDBbjn0QeLOHKo2maQcj8jDpFHLVcqSMfqiqkBkdVM9aW6PDOcBbxKuQ0yKhI6vgtENmcjECbF7SkmwA3cL9W2La2HLFWsQ5rtP0r8fG5VHCiosBnJMLg0p2Ws61iK/f1AXVbjWODf5doIKD11+9ymRqb+k+zg7XSRT3ik0DpAnleKiKlwBsRFLg+57cc+jExZaOAI7Ww3BToVfApUGL4FjxByK44e6I62An4btFouMsRFRRLOP73vZFcQPaR/U3meMx0hxlTaQVtN/0VJe5XrTVtTYyg0DQ0c5Zy1S8UcQ11dfqBWPeIyWCYFMCjQpvlOqd8shhmuiavBvjk/1hTuO4/KbeH0aNQTCIrfPrZ4UfJnqDnpq3CKR6pbPGhi0UWIL5XWzmPCJv/DGrRs/oWp2GQfxECdwQdtYGrB2A7DetTBe16AyYAs7rRQDLUikGbPQtaGD+0F23sDcrSZc0mx0tqk+ngqgMXNPeiy20YVeRF+Ul7Lyoj+s01JY+pM4gBKaC0//xAu+S23t8v/0IJeLNMdiPT7nfh7f2C5AYuycKFJBJs/gbZUT9u3vj62I9e6K61OEsENohAlTIz91kJOMP/z92SJpfusvsdUx0sEBNHnXxxPTcjUVdRy47B8MP7AsR6bEo5IxwwgzfrtVqqMW9LbYJhkpZRu6/CimQky+R5Z/okX5SPUkwV6tI8q9KZhfRJ4UuyK7agKByNbvO/YEqq6Ntgorv7HToS2mPre3a+OfAi53aQEAVuAsLshWYipev8TjivyVIJn1ZyO1wda5IRBtxlXgJ8WrsWYFYPOf57a6RSd7Lj50x3RBP8255zgUIpnFnOCjLmwEA96UpE8595DZjW/iqdOQ1uzZ5cWF9NjYYl5ztuPVT52MkBjYzqnYNBLhg0JawNcfifWsAKszgALMRy+0qLrZ8pdE4FIEzG65VtCYFeIsCLg9QhIt8Skn25fPF3B+RAZVLOARcorRBNRZSlMKUc4ke1Kq2jizShZxxU6kpn/YzhpyhLOqBrj1OBIL9FzfqhvIlKYSPtrJ0aGnfSNJyVN5Lu+c0RsTn0FvfjtLw1DyoBpD1Kpc1Tk2BPQOUf7FlKst1k1ZWwMnfbTMsRkl0SQHC/bjCttjf/v5VhzLK1KWd2CI08E/4g4kmP1uLWYx4pQK7WgdjNVwDRrTWdm72r4nHZY/2OpgyJykRW949u5XD229W8x7Blt7pfF/xmgmLGB42nDAqc1Xf2KcqXsCiKRxAGx537ldlC+cKSLrcs71tgBD80ORoxdgmoeHewNBQjQqVN09Ma2dBYGOZ9zu/dlNTopENd6dkWeTtZC5o9tFYX9q32vVlvttzjLVlGMvcHHVFBlUHt8XsVhlTkIbUyws72ePfLhKRTOiPatvlFT6cPluOczIRwGJ+KFNrXsd8ERhvVhGevdOga75ciLinqWf1CzzjxPXJ0COg5tKSuWwqJqx2hOJdzYmKOl/yR6rFLyndUC7loWdic1+Pluv9xQFw0Vg3LdRBboyoXkdxsThcrz9B4jkwkZJSQNsl5O8PWldIADkNDIZEZKYvFzpWylRRE7jIb575wtBvFo82Lw6kL3j8JUDjLaQrSEsDx8M7y61Anefy11FN+INLQAvSgcfEWXl2HPGAfp7ihcaR/84ysp9cX2ZvbNxBW3nKiRQ2umh1QJX57NZLA70+Zo3Cwxm+FfFe3u+Ufn3YFq0DM080zpXTH2UHMuWvWR8Gb5cpOhi2v7laPoLfVcZU+t4R4TcvyB1Ss7oeID7wSYXyM09ewv/x/UPmItZ14hNnTKC4azHn3peakkOZPDSdr1s027lIRguS93F0U96chI2UQMbE+H/DFI5vDaBwfwd5IHJwcH9Ff62EyY1iDM2QgEm9lR+0IXBhVOfLvMS2RI11eK0BSWC8elbznJpbzqb17cnpWssT+jo6UeBNfGMDvzsA9x+4N5x5CAJOkMsl/p3uTDSb5P+vUk7cMdjIf9NmieLFrdPrgj1CAPQUF2Yj3BwTILTDYdTuwMjBE6zmOSAqVx922NK6aXAfQvYh/cXrwxdbcVba+Zwqegh6jHTV6RxuyJAjBWMs4RTUDW5fY19NciHrJH+Mj++CN+sNzpPeKIm6OgaQ6MTGiJZYqHyeGGHEeyOSh59Ao8c0v1KBb71QMg3aAo4VWZ0EUvwcGP8Ran+DNbY4MEjDpS6Q74wpe5bXbRO+tfguC8Uj1hd++eqxzB0pFOQF1+3EoW4QJiydF7NnP3CqZNKugGw029sgbZzI1QFYvTJofROZPlrWO5ND85An7g651uZoFZ3mQ9XUq988zU8ndU7bmWqx6w5tQFbFWJqhbdiWXHtdjKJVSNmmLnZXpdCejYmFisRmzuNOaRqC4l0U8StsYeMfDhxXMH+4UOP0igRW82GKZ67iIvGCdLiDuO7tv+ojRSgIcNSqXnoLzaEFx/if/grWz3cia2j2GE1cPHwU+QnJ88oQO8P+3NcgcqFmZVdcmh05p8KKx+zOfpCq0kO0wlk+9gVsE9H6kCDdgPikfsyRgS0akO3okkJEzazJJjOeJYKtfC+ohfs7aGHFz1kgpQi2tW4iV95A+stFfplYFGBiRo4ep6qMK8XE919xzgsYbAbFqf4milP2hyMR5Hw+WCdqQzb0NkcdlhC0iP2btzXxZfFBWfKTW8SQOguqqaffrXxIUjX3fNP9q9wTMPvOeimwJddfon0uBxRW+4ssQg4COye7KqjLA/MU3OiUtjm43Or8ULcIqoLHVJn886u6e1uuV+fCG1on8XyHvpaSIWNaL2fQFIEheki5HiG7zCGoaMRIiTTL9JiCozJ5WMyrRZBWjZUnROc5C+0E+Od/HnNV2KnhcnsL1XZ0GMbyDD2xiYKUNwk2IIFgl9qPXw0+9C/9/Ole3unw+oQ0xPySqv1+E1Q321hMd1mSG5QnFv27EHCM298C7qJihbvq3nOrc9bjepEcckB/1jxCQMah7t6r784bHB5KGGohleQpbdvB9XqTibd1I9b0HscSMXAyObVWwhZL6yIzRXhzVX6gZDbIICDjY/wxqB4mDl5xANNWQuWEHewrJ6QherR/lhX1O4wdKyjbJNtm/LZpx/QfI7635q2ihSqEhGT1396ZwZcC9JjAuML0wwc3eloINH2vjWwBP8PEKMQb9z55mAq7HUX5PT22edI104bUO0p7mLYn/6K/sLUJDB0W0Ig/RmARtnG6Xnlj4nwSNjS+YzhSdh8Wr5TRqKPm41gwVtsribVRzth5VtP2/mf9KygZOVKLfU1/P5IH+cS4qXc4sk0dCzhMBBHxPLCkM7dTVoIQoa/hQGukoKdGthjxHQxSVv2CovfkWi2LcOj72N27z14SwW9K8/86UEQXl9+r62aC38m4UC5qIKZVxgYtcFlZB+tyN4Lzbmwme82kyt4a1Tx5iZjJBcIjpFon/USJN1IRqxw6ofME2DGakcgkyl8t0jyqGCh6fbQacOxXHb64vrwhpwSEenVUe+qsfdTIJZK5DWWRQxKLmFnaNoOCIXZGLfWGuKPxFqTbQXzqQRpelcM3TKnZaGn2xDCtnv1Z4OIVMuEhVMVbCFvZcERCb6Tg5kN65zXGY1fhZP27zfd5qkUgqYAzSYgb+rjZ8RUgnxto+lRr58iFkrnzciRUDM/5FSxts++xdLL/J1zLn0bIapKiqZ0LKpf5+1FOIZoi5CbW5Ev9tCOSOsVePm3jLxumRdxNv1hP07dMC2IWIWFAPrhzhsaAfEJxmjoUptJcooa1kS6Y1pu4EUZjhJmdN0C64+5cjXH8IyXOhUH8gen+/BFkAtpgzMLAuPktPi+sjLXMpDBy/AmaQgvqptpN/mEoJ9kPINnByDYV/l/uXpEhUGbwjeukIdcsAWCqLFqZYgVz+LufJJWNe49ieh2AF5ePLVK0asQRE4vJ9y7yJABwq3TUc/euO2kjxkCwXIwfUU5IwJvgNLZdfWGCCsZtXWkoGCRB0tRbKSd7iVIuY2ZYnmVnuq+CwxEBsmsQvnHywjDtHoOm7lCVY5YI8TBHStzZBn/vzwN42MqplcLi2TwvrHUWJfgoYaSabG7US8sZxho3dKpdzAUodywpKJ3E7VlH9wwd5P1LAOXEa5rGVig1pBrb+lMTXLh0TE+6l9UiDr0vqkS/qjwiCVOpNgXCiaV5CbEfVz7CnA3VBav4nUo/m0duMvEyxl4blQYte0hIqvYBjVYVl6KyDby1As9CZ6BTObA8EzzEjLqiFQ6b4+WZa9RPuVIVZrqV3yp4eXKhDdHm0G0r9ty6GYmUF/rHQ0+WTOwZjvOgIeajSpxec3l/ehDF/cyfT/uodDP5LI2mvnNblfxZamZEvNFtrHUV8/47IeB+rMA+NAODqhCH5MZQkMlEvr1jTlmKbdgXAtjQ7Ld08xkZujGOsba8Lvx0hg9mOnH2dXNGOZe56xOsHilXCijCTp0HQXvc5FYsMqefL96FqhZ5dO30D3LW7SH9OLfE4gkee5WfEPl49MSuV0rWYdG47UB9I8uh/nj5lMgaBFUH+B132iuY0hQCTrpOqWFQtBWGIrDVIF6nutluQJSfP/DEzMJ3E5cMtI6AbITjH/HJp95vhm8VByo1dS1riFeL3AMqDa4kI94uonwm474BCG5PI0N0skbYb4fdiSfBZBAiUpkuBNFL0euHI8Bb0ZA4Kx1o59D5oU5rF5OsRdxwJ88fAOTsQAFCLlOxqOdZnBGpivAFrf8KkkcDyZj/wnOnkFt9+01HyFofZk7ey83Q2gVa+ohKyIpxdoxiWFh9UiZ8LEYFeyhHUTOeiolrzvS1wxZCjHyaaRpI21UkHCF7FMxlB+6IaP9jv3Vph3dVGZYVV+DkW75LiPSKVsL6vDvzjxltKImcoKzXyEgq+Y5/c6ciw+zDEnSu6vDly0Is9Yqxx7vu+syJ06almazidstryBg5WJkCAHuzIqqXCgo6RZjxFZCuZPR/J9qLyC51uFlCEdUDcFm3pg/SVN1l3ijsqNNm5Vfd6O9gbHxdQWWzg8TOPyL9gNaxEsQw6pr1dzKU4OhGhkPeANlQ9uTWuui15B8F47rn1cQBy5kvo58h+IERQPRAIxqazpx0TztryEzaCdhGZU/hFJjeG8k508PLLuzYQdWyRYUMsux9tk8ElxhjD2JpbQyj5hBeKakuxUEVbb9ZrNWO12KC6FInqbCrR62nuHAXsmUvmbh5dbrHgsLrl91sfRY6HhLVWcrEYkNkHDPv8srIDtVvuZkSsbhJxyXyyFu6LbzTPMO5LRLk7x/dLbcjue7fgPsusnl752KV8x3di0rm6oOxR0I6KqAPBfmZ+iKW2jquS7VSolKb/sxU9xaHlmfVxP+Kv+AfoLuqpnnSr3tqcEj2moUrgs8GoCh3sgLeyo+lUuuo98HMB/TzDsorAFEA2/1BdXLXKVe6Bbc2KhuUzIJVSPGEp6YyfibTbaKw0tEt0597sGKGYNHuPcq/CzWGCI+ilT8DPX1sAQ0ggB4HuZcpgIh3jr0jdTNt6w2G36GtU3UR/hNDo3I1TTrmtNVj3iMwtakQYNekvlbWiFf/DahoIkyaiHngVfe0HH7m+bQcEdcbeIsOtRzZio3YZoNCReB46z6obYAxQVGDqNu1AM532RDjv7MNgsPVsZ6Nsoq7C5+uLBlxYB/B9DZISi09VrjwVZHREkcX2UlgL0sd24S8HYYYScscUpWTn5UUfMmOl61myPCYOFNmn6/ZO1+mH2eHZObFAkRwHa3THGlSpFzi0XdX9dDPtoilf71WHm+RA6CSj+zrfwDkIp7Y9+MnMJdoSAKxh8NwId44NQKQFWu5yVFMQPxfwvxbOWLzmk/tV+g6VrWULaA3vFIXLLyMmT1nC9akYnndd/w1v7fBEtgafy/cS8qcVHyK498zbqvJRyEP9GFq5d4WfwN3+K2ImkevcDZ8nePAzTxhdk55oWmuAwAK8NMKaDJr6AzrNzXiCD95mxo/MynYtSB+apPF7mxqY239mzEscuEsQnt/p1AqWF6+lSLDZo4d2a8xH9+OBzQWP724DgH0qSO3csX2FV1XOkqVKDExfh0ZN3FP0L3kdDx/ydNx9MaNvwDUDK4w2FjIEM3gGAYQ235EuT56ml8V5ea2lWlPYVc/sFc5otum4YuCHfg0nagUSfBM1i8+dPhNtwvS67iIVm+l3CUYqre0yRmXskLle5dXIUIUjWMr0LFu4U12tJegvTIJw2LGkWQHaDYdXBgCnUvqWJr0ObSyXOcCSCxdXEqzKrH6JfRuQsHdjtKQehs+5csxKNQ04S3rU0s9TvcCpP8G35s5GBniViIgrQ02n8W1GtsNXRyYYg2FkhQ38X419zFzrOrLEsO58RgTDf8kT31yZhOMPhLv19gVLWmyMiWitE+LTu4gjwX0/voiHukB7nKF9Q97fnr70+iQWE8Ff9OgGap4MjkF00IjEUY4+IzCZNRXqi8HYyRqPaOxms3KFZQqqZD7xnaFrJk1QXbdyR1LrO9ZkAVACYE70n7BKSdQ9+icDHsZDvhyFuLp1GIG+5KAKJh4R20O817hPhPm4EOU3AmevAIwnaZZ5HdwfoKB2gyr6v4aTJWo11ugOg64Ff4kb4p8l/xdc/gBTvNbKFiEgZtnH0vWbve5DZOuJdH5YChDmE9zjcy4r3CzqdkJCNEvNRncpxcPH++ufstBqPNuGXS5xsWyQQNMJQ0oasEOlvSE5ZE/d/Rss8bqVi6pexsmCN91R5N6Ad/zL5KS6AG9qWDeYJ5kBCEE/M2CVx96cU3RVA6vbhI7xTaEu535AZDgnoi5VgAtiaitRjGpXpzEX3LMVy1p3HYXR0z9u2L4Yk0+oNyQaXzK+BP9rRfHy/xemIqaY+6xm1AABNZIcM7LZbe38s3/cv8tpPjs09yn2OAWHvJ5qPMaqmYpUwbI0uaPl/3qmpHGNwoWA4/XEILjvmfHyBMDG3+FQVu/pq7UM2fs9cqtxfgXaEKPxhs3cw2roaXdv5m+Mm89sfPPLBrb/BO6bz1jMhVnWHVSzjkk4flTITtQjxUjOQJCp8S+vYxEpY+ZNV2ekMK8b1le2ohIDQaB6IKA7QKPwXVCgCZ2i4bVyJ7eNmfahYIoIDt4iWULtekN7B8q0/cbz8jGJnVF/XlytIPE46xm12X+wnTadUj4PT+FAdZ4cn1f6FfcHY9qU9BTb0JBFq5800HD/HF2GRrL6gX2PwDmlkSgvLwdNergwtggyJp7qeCmaDM6GbjkOJv4LX58+tYXRDeBr74KPjN18RDJOrj4BwUuskELBERoVSmWVKHpHLv9yc4fpyNT73ye4R3pmufvapIQsiCEFqu786kEJ6+GZal0B4sEVeX9FH0aLtxFRfOKrSpc6q1iqYpH5ZIP8LYEnzhrWUIs6zKpBmXF12vefjx3uFlIzhkqqRkWDeIjk6uTncI7ABLDSoQPOrn9Z6FR11TQ8gX8p5ggRirLP6M/rlza/wLxv7kCick7figw1rcDFmMB+Onn/62QL7acR/FH0USG1mlRtp2lAmNWRBJhXb0N3X49ZHlt2AGt02WuMMWirJMQl3+p0Nt8Ka/wg7HOuV0qPUGu5WI6AR5hkCV2BD8oqe08l8AiytCwhCOyNKiMdUaq/dXlO6rlDQj02g+CYMT9DVjPnRhypNk7NGcHgLnvJcadoSFVRiLdF25OC290qGlqLFi290EVLyumxYuirS/Vf4/RHI9YYJ3LgR6NRIr1Mo0M+qKK+uPpZ+WMrFfut+Uwr7vBPRRnZaOummTinpa+u3tQ38t0bwXWxpFxcyhbsPiLEt076Uy5gz2iDi2a7mKzIteafxHJE0XVaPuYnbn3ndKBvaJvFbkdZofeWwsTO8snz5SiCkKUwWvLzAKqdJD3x8bTJ8zLFLMF23GmDDkk7zFAkbRKTtZo5kUFmt06POjmUwhjk1MBEutGNTqdQkEF2wBPVYxch83H7g4tZ6IiB8SJalhe/B3J5Bzcy9MKIpBSM2S+iE4NIHnbfeXm7ZLWvfF7RAS9O7GnDGlXMLIiICs2c9/sATnszhrvpct/67dNuLy5WNGk4QgmEwPThn/1J9YMBVEOEKkHk1r2JL+tReiK4JBT1VTMqrw215Q/VkT2z4GQmxXyiN8eXPHdc19eL0QXl5JM5eRyp6x+JGYp0FCV4BO+n60kAI71+DLTikboRgFsLRXtg6uq/+O2TbUB+HyudIhqmIUlqKapoDMWuKGKI/+d38WdO/eAfBb+x2yz8ixA8cnSInKMJyEwWBGQTYopAmOY9U4hRmELC+JeSSCMod+GcVXSwmQ18PnPYw6062WmsMPXY7m2uLE7wWnEoLIi7RLfyzT2FB1wtx4yCSdZIKO2t5RG0Ws7iyMArjiIrzQZS35y+tZ+6lSmMYf3DUaj8aHL1cMcnO9YCdXgkQu7+4uoh3amRqJ/+JRJstsdeNoONK+SiCRh3sRHOmmXeCigCPtGa+d90s2MfKs1jmLUi/2eb6EodBq5k8NuVthzeHgY5FErkZoREAarcnLu1w32A+S0mPHu3sfmTd2uU08huFnXeBe8lSBcDmAJQJ1aaCzeAwKiJF4A/PCwWMs3Lp6ZwQx/cFj89wu9NQkEPGCW1jaVzLzEy1vEy06aPu1/vUxmQ32uOmmh0fr8NTVNJYT3Lk6/pXJRgSMO5+qL8t0Yp5qpICmD/OoDUz2sQCShT3vtq2yXSAHMKyq8bASTLBH6GsOHEf2FyjXNjI4rav8w0ymsO0RGlpe95JQEOoxQ8PFmZYZ6MzL45VDJd5l5A1hVUwm3ufh4xin25f4fZoK/AOVjjO237pXa20W7+Lj5RkaorF54yyGBQN04Noc7pEPWm2vs3cuhvXnmGE9pud5oAfG08GLM5pkagNfsDXEbz93tXyesRjeS7l50BJbtQMQpzrl2bCz452kXadCns4vIedHk0UUxcon+SYGPs3PlVN1ZOVEhEpMCgB0jsmQMXq9cbtLL21h9yj6jINcSu+DgAtOBm7abfKWDVBhts9+Xy/HcoQxDBYoTwqOaMQfHLNcLHupM80/pjl+4P09NXlgIkGGGtVD2Di9dpkA3Cp2YfHx037zVyYz4eOuipXFnsBDYCZHiHLtUsfMuQxW98bGQ0vAHf6a7LunZOYGwQ9asHBUCE7Awtu4P/BF7rd0hykvkFkGZWJYo3/UmxDYRMupS8rAcoBS5ytD7zMaOu45Dcpvm2qzZiSOICcgM4r8QxU2/ipCk/g4e5kYIHKv8TkhWHvxbkwajaQoHaJvj01S1xhs88zm+4iJF7k3IalAmcM0EjvYZ54tBxIXpiyuPGRCTH/9mLtmNLzfomEqgwoiW1ZK0KlfZEVksDqpowRORWTlT10FyK/lX0GVSsK/8DS3IrrPsBKRVkfA6g7uLAKmo0G7Gdz2o2sZ+XK7tDp1FJaNRODBnvp7MBX7ueWU5g63H8eIo0N6UNp3G3O2vNKtVyr1KjVUtKhjHc+ae122PbL4cqv+jNU2dvTiFJjoU+XOLlQmLhoUCX3tQNlqtyKBsif7pdzI1B7XceG2oO9lcNsCTdVUlgW1mskeM6NPbBD2AQlZi3Mwb71ZxTK7OrAviqR4YeM3me60Ec1KhiXauSvObl30KwzfhUuqp9OoAY1tci7JlAYtVoJ1mSJnKUT3XKydDd1OrOfYtIX3tPBVqk3EowO8t7lvbgyHkecLWkL7Q3IIoaUaBD+lQBx47J3XL0/RJAfJDOaL/YL4TNhlryOxooRLnkHOhBv1JePRJLm8TASBFHoawJ4CsrL5cCWBXv5RX7A2/BwDl/aBoXePzqvcXZtXsYM9ximB04HE4hASSK40zSH18niLZXy578SMBmUq7BCxrO5F/spwbmcgBNIpMAWt5XDhGwepNgtVzsUK8ShOp9uepwVIFr0DzU0IxJpcOycELSZLmcRu7xQcL2RXBDaA02QqyMxqRm8k2JfrmkW34y2cxG5hEBF4R+bVLMaljDHxT8Oz5AIkg2KJ7iT6qjWtAaxTP3RzMd48rZpGbpy589OxhhxFhoTJLHjTkRwPl/X1aoaObHaegAiPlo0DwyLxUJK7BgCj9+l3AyhzqPE7CgfE497vONwHE23xICh95bsom5v7amnFzgkdynv2gOkYVOTkI9UFPpaByYs1IcJIz5MLAmUBWzhrCaOZyMDVAlI0FJg3PoBAOabpYWxBum6IYYNzNzo4fFfA3DjbUc0+ow7CH29t1USRUsSt1cLMXP/baV1cxfd3NwRY1RFIvPnLYdZHB9FAxGbxViAN8izQeuVjnArPip9DVwM/ugaWjzox/xE0gcqaskQ7bJyig0wyUTt48sgyX8dW05AIPVopTa9mCC6yOqQID8/77705XVuNhuTcAizi/u6iZ1G5WGxbBJtBWmuzCGRwYaPemjXF8WbKJKOMAGBSqOXLv9UlHLYMiYa5bnJKUfnzd6f9uY1RZYAOFM19fflJ47r5uJmGGHTC4gQGwq20gGxzPzlhQ/YXywCBQky5HV9XIP2Hw4TxHTt/8qEHTeCBC8VLlKIS14wnfm2kidef6azg+Z/cEMsTGmYeL9aWCm7m/RkZbm0xiP4S74X3HWBLdvaG2kjPCH34JgoflxHozk6toAbqasXIu/a/qD7iMhjA+Lv/a9qdTW3q5Mii7x0Ffi2/DRQvy0VeiSG/xa+isCDOK1F+zdJezRUIl2rnepNq1ZKA1/ifPmj51LieniW2D/h40oq+XztAI8B4ob0zONJu+uXixZcJSKYYC/CeA0jPZ9dsU/cFjk3zbG9h/ed8LPPRCty1d3IuRAYmU0/GpXvUnUDj/HUnAHDX/SYmMBkBA4BzCjUHmKe1HOcPEC+XbsZtsTzIIgrHdBcAPyh43TrVfpN3DRPZSsRaXceoCkBWp68hOpHtN0z71DFjr9P8aUmbhfmErsR439eanDOBOienMEzPTmwLfUQXIE27rG0BKY1GVJNt7FwmwKtxqY34FnxUHJYolGHtw4IOel9FYvEsWn+vOEKs03H+li8iGoOXsSg0iJI6qJVqv2MF3qfwOkhnpHL0ysdu1rGolW5zYoRSrv+DbHWJ/J8l1f3OszC3oKsdFIhUJXzV4tmZviE5cGBt55Jp21kwXwy9+lsVyNmKIXw/tvKNTXq6lioxw3ZsTrWjk+U2OCqAJ/aOIK5/45pKFHAlohKPYCUwsoV7vthzJg0UO5uPiwIve+htEGNLZLge2gl2yRdB6ss89QwohTfIPpY9VH39FiUTmiXusjd2Zfl3zu79lndLejNWeEHB9eM826zHr1jtYVRFEfcbhxko5wjh7oC3VsFmD/991x6b1y4yFIdMmmvIa01m8lNpesYBowfQYWxG7xzJKqHk9/Tvfl9YmKc00Y621Gf4/Z3a5/otzdQCeYlNIAzW0c3nzC3NX1eE1RltV3dmZJCruQtuIpRSIrbl0OmJmNv+U3RmkYJQZcDjkw3QNVGgSmbD/6sO9firQJdL6qHnTK+RALuS0BuIkvgsNQU4NwMuHGHB7UKV9Rs/O1ARcQX8U1kCGZu1aLKu4IIsGLKSOv4E4bZd+p8YylgHLLMLh5k572mIvOoZZHClbEuKvYF8UmDYbNflF7pJ7t6P7kDa+RrQxpypc+vc8v/vkQET6O3ncGpZBWD7TtvXeEg6p44VGdbEr7Q38UvVZclYD12TgwT6zQGxLu7oce4mUNqueTvNc1RhoaWIlmqQk6bOqFYmF4xjSLa6EAJSPYzhiQUfiuRPhZMdzQH5qe1TFC55qIukAE3JSXom8KA1YHf2nbmi8dtsqj/4OaNhRJwBgsD9B46sZrG9hNFagJRpbEF1RCTbgAptv8srC+phjHd7GeF35N+EBq7AA/yspHrS9koyQL/Pj41bFz2yjlBOG+mj9m4tWGBpFk6xvqt4pY0RNPEubgSAqXLbiP95cCX/oDeAx+DmglEbSCbeiXpY0YPFfcPS3dHPar66hYUl2XJaS+76fRrIjxSDJZaRsPAvrBf3NCcRu0LcCrzq0ktI5hs7Zfjk4Y0pHYzOMuJ9H8iXLhKAzEaYV0SzjMtUJ/e/TL+20P6NAZGhDZ7jvEtoYtBEYtwt+18K4C1SUcmFQFV9JQuTZ9sRfXc+s6orkFE72IuRZ69w8VOSCeNdqlvd1QRJU6B+E5uNpREhS83FKNc9MwnztO9ooVPItcnfUI8VF/uLvR8vEhK4nndX4RyuFRfKMrWBwpaj4zY9XEIwbTyaF9xnk1NXl+DgSyIxxBY99tmZhCWlTosnLQa/aKEn9F49jWJ2pMzo6Rmel/KQ8ndY+c9EpGxol5kVc/QqyJjsx7jNNTdgbwTpnhIREeOb/XScDGu/D1dA+4D48C6q7w5aLyfvtY9hOHGqi8he81tertUBEU5Z5Xbewn6qS+7vjp396DUy81g0XX7/YFhwr0xjC/lOTxXswqfByBhucya57ye0oBOZtC1BLuXqEWsOx9r1keyZobaDG8mxRtTTG6twPQHqJtaVZogSp2J37Fmej+EATbXnOgtzFLO6WrnDG8qc92mV00R/4MK9fyg9vDULF0XyheUjzXhE9iFgRlaHAdpfiCgB6XBNI4RaGESCQsu6zzDrN/xvkrCqHUGPqxV8zeDsUR/VYqryfrHBUSQQ4ppkBCO2s0U8meHh9d7fgG+PxzYwWqqD5cU61lCk2xWH5NP4X4l0oc/+/VrLQ/AmOO6P62N0FxbVvau6VwXJ2xElpSrIIm1sREWj1VTK45JaGJN8Z+o/8ODv7Ih7eMAUjsEEt3JDNM+1URA4pAnG3g5Xza+eScn6+2FLTZI88cQl7vZFEb+/7e4ZMBwHZ/UoGL0iPAruTwWY0+Cc449pNNYs4JQgYL9FXq7Nd6iElU7RTO077Wgr2Gl82BtrYIOXMha2On58BISLNHijHFMzQ31NKIXhoOqbc4Xbgv9ciFArVcsaXqypQcKDbUUAS5S+xvcLYaRAsXXr6m2O3D1iIbak8hvJ/k3M9Nn1oY1H8tPG75Xh7t4/XUoI16OnH+pnXFDr7DphTpB45hmMLQhzvqjijMCMO4GMOLbRrq2roduOUyWoG0jjS7LvQd8JX4sz33AFDDbBu/nxPA5/CLl6fnubd3jM+IOIfrVuF/MqyZqf0bePWlX6yndvyUnD9bSr1KmEwDPKgbXw8Wa+OBJ4qWcKkpyrjl0mE/HTl59SEhEY3JDj73Y4ENXHlRHQVKYxShAC6VV/smQeM1J5VtoNWQvs6ZEWaKtRArVxC5NmescXcd8dzg8X8jHhCES+RVZsjdjDGZvR4hNkpY5bMIv1HbZrPVSbcLED/pfoJFkV3tponB8Mt7Y7q6Iy2y2sKDHaP/fEd0A8YOuk889jpsdC6SJZ0DFMCb8lnMJ5vgcZ1MnkEWu4uP+NRxFuUGw4+fTsvyt2oMMVMIAN6gBxw/fRehBWqi7GPSKc10YQ3cN7Rjee8BoIF7wRYI2F1JEhRVCMVSuesFXyDZC8/Bv0eW0CY5ZZILXQZqkW+kp7UDXT9slRnA0HPa5Sl35t24lakNHxxurkdUxZGkdujysWwRkdA3j+SJj/Zjpjab3cnYltoeWNrGvKu+lXIOwlxpdp7lzBJeky7azwociSMfFRmLV9ts8iWmmAqpVYf1tV+q1KJtEs/JC+sFHcq4eyP3yYaK6bFDOCfvLgPqgvvXHqfnoSOCJ6LU+8PoDMRD5uTU2VqZcavbg7kN1cRysDQruqQXiwWEPbLM+VbbK+XzTb0JKm7d8MvmBhl/s9hZ9LJm2aohzLi3HtRb0yavTWo7ijk6BY40vw3Wsdto0+fUMtBYIj4xiwb/TvqQ5Y8wVTH9oPIFbltZ9TeGORmA7Mt9xuW/cG0WVjyWrcHzbiMYW0uP/xRo9c734a/RcvT2z0TTtY/TJhhOtO8oIfIHjRUwvuP+97VjhqlX8qc3NKfYuNeSkE1g9dMyL8ALmnhwSFOkodxmA8xDyzhwmC10zjEOB1UWvzTYD/lniYVhzmldOesPPe+lujmktmknDil7iWFUkWYDGCZdo9O5YVSn7Y2pHee6aPfCnReGsttXwYH3QD4/pIfauxTHfUyoHobFoW4b+C5ErWLuy6VJObru4dMvL6997HWNoVJEA17KAeedSh8cgWd6m97gkxF1+6zfG6YPMgHbJt3LzwQ1WwkzQ/EyVlVsvHDfI6QNW8BROzX7uBWj11JY4HwsWPSMsisAmKb1EyzKByaX2gMT8ZPoF936Mc3/wOzNYNKY8cVuxFT7tVIB01V1fQi1WSh6fXsuE+bLKqPeH/teIXrAE0nz+21bZlf0ggvAewByVhAJCQOORwiEndGDqewVCDH+uRl0hufDNfN0m4tgReyKYd6PLu5dQZTKcenWSaCf5qYHHNmAg1BL30BSFLE+N2CDTCWyUIPDnVHMJpRYGXer2zY/ngPyA5cEFe4ZY29mNmzTBoYqRgPv1+Wnpmf8L6JMTDKjFOr2Y58KbhP5wNm2No37SeDupF8ftWs/v5IdR1uqUJSjUT6xylyqw3/1Kt98YjMk51ZQeB2gc+NVy2vfRc+pdeLk9+i/tgqXmVh/KjlHtXdU03sSoGL+H8PXw893fAwjnEJzfESX+YfokAqfHUVQZBpxQ3rnaEkEC91a19M5mOkeq9vXLLduE3DC8LZFA78gy2jJaVIHw+BOLexgu0VDBu1+gyyeH38rk+5cnNOaDkUbWFo+GZqXtG3MzX7TbbCCqv2SXAf+ui3dLOmuRXHBRJQOd55rvLF8s/HWeQ3axpEcUu1UHDJ93yEIuzbd0asaRcAj1FYDPBnUrgryfBXR2q/Qn41j5xZyx6PMR+Ik+9ggSXCx3kdg6SqTB06rFPr+yDUPuRuWdeJxAwXr0Qg0Rv5m36+Xwau3HmGhv+9GtAG1qY7fQv6JuwuA31KSupkRl+PA/UWuGxA1muD/75qPg48QTP1Z57DuPa3kQf8VV0h1DyJS9KawJrpsaZx2rU6bpOGxrgNf5ba5y4K/Xto/1seNAdu44rdOkZKaH45ZcYaT73uR6CkKZohmEx4IClFCGl8H9D7X4O7pGfKzuyCY//LuCL5aRefK5S9C3b+y+fJ/tzTVCjNdlt0FBuJeUoS5kgQ0YDXH75Q7WXs4h2f/4NmKQiij15lH/qVpzhm7G0sDExVd8F/AuVdzGqQ3Ts6+cehYwfiC4jfKV2qN3XSpDYzkMWd+7k9Xc29Q8Tl+pjULSxMGtIz6A7lKgQnBVNWU5U1JrrPWGXLWOFUjLYTWEk5ZT2o1yiZcLlDw1wetti9gdhEKtxBMsv+SS/DZbFu0HtW73Kn/2kS2VlTmRLxB8zBRasua+xAXcd1Uz/fEvWtBwbFisUv9tUFmhj3dDP0gby79Zio4xCEg269EVowJ2gKHc/tik+G+dUR1XlIs9Ema4XdJQ7TA6pYraE7yvJB+R9U9e1GspXshNlJpoIaNCELqcDGH0l6fq4S8GDeWiqISG7Fp6p0EZ1idGwWORd438NVk6qCNPASLiqxUU+fZYCGQf/1Uw7lfk7a8Zdi+sefsoHq684889Y68YtzSuLF5XG2q03dGenzWEnGnXRP2/QZXjxd1e3e+cIWvIbHDkMcF+nIz91TEVOqAjnd0r+PnP0wB8Ja0go6J3mYo0w59f1YPrwKnCI0JiblF+7QFfQ4Sk4bJTpq7QlDD34B/QexY4dwSAtpREb8tpniYNMw6W/yAo79kOx0OQn9O1j5TKZU8aYCjBRXhBeuZbb8RftbMRx8waBz5rG4xD92oL+wAh8TJmIqS7KVUJ6jxhgtxvJqlMnBPVrmQohuWthW0Iwd6W3MmkTfuoYrv89ppdPtj9NFV1csGA7yvk3hmxvpInE7RRhQxhL5tzAqS1PPXKeEjwu+ziPu97I6b5H2eczE0tCodtL1514wHi/18FkTZdrHvgWby7UTo2WCVLB+xbHnO5yWeUtF2RENtWa38lpXNHkHhyKsccexpTOtiCUcPIQt81YqggVO26QMP6IFK86H2HHSU66mByuW4BQdpmc5H21rGUZrUEXyew72nXE2yjIxvbHYnP2uzbY75uW4Y7lNNWLZwRIa2MWBFq6w3cdwFgD6EXxwH016iT/zBjOqusq68Sf778H9fy+9RRrDCB1HfxdboruF8pRwXlCD4yrIKmKv34PV9egV28ZWh7m6riefctTkappC3ozm/VUG+xeikJ2kWEIgUZj4y8sN8us6blTPtRp70Su4E/Zj/K4H8eH0bk1Le6FwTusQFkZX1Pzd1qRi11csxH0BcKkanW0N+GkZ02gu9BjUepxU+oqQIfYx3+KagtrbxXrjDgUMbKI1JszI9ZEqC3PQM2OLcivs5yXGLHTsh+b3WZMN+wrk3XebUaSbS9kKRyw+M1qJNOuqWJ2JIBaR7a3J3EF3YRK/tbf0H1JVsRI5nTLbDKVXp4BGOmld5Nw1Xl6eLV4l5ItxEg9qqsP/+bwhAYrrga2rzfvLEG/ziognofcYGrFd1JnEQQBYumreqx9CxWt8QwtTmDjdFBk/9W4sKG+UpZB5tIeZttdSwtnVXTTUlGA05VMdxUbEidKFGAZLOHQ0B4AN8dSRIpcLWTb+5SdTLiJZYMeKQzaRHlOtvqI6kMnSsHkmPLRXIU5TqDxfQ7xU66UoyQiqBUYFJhYQbUgLdYT3X3Mie2eMGfc9eXDMIHZwlXQg8xhVt6GU0kMmPGl/Bmvn5GrdnnP8jQd49SgC37/uRtKcIv33ezuMJlLV8BrvvMkWqFG7Xa1nJkHOsSOBybd62QbDrV02HjhHnvheDnE+tioyq3Deu1DZo5Wo0eAs+5ygc/lk9aF67dTz7ofHvv8dRtk/pZzlC+QO5i6gMibLmgdDTlBs/kyt/SJXUg9tKSWW5ZGcjGLn3J57dYb6S8EiNTzs/4UdoaQXY7r4dtv9OOTpvz6Y5dlnxGv8Y5Xn/sfrr5TUq+prBIOqn0Z32EmVH2O6q99WTYr7BdQg4EEjh7oZyxli96xkF20VQYZzwp1qC1UB84Lol6qcue0ZLeQAEeB4TrB1KlfDdUrTawtRcxQ41ZDXsS8UztU+ByzouJvKZmDEsd/u538RW4FjIuoZabuqLmCS65LT+r738uxwvV44YsJUeePIG/SgvOYcTZ3g+Z2b/PAZb4N/yci1fXtDiY9zXDzad3ubrsdJHvCFn5jtMNUYSUvefVMvVIUweZnh5eHCG0VK67ey1iQo7/XRztx9jXsh3ekMaMDA3r1jTRRI+hwFqIW7uilxc9IXQOPacptA1xNXYQPnwdZi+uOzx5h2dxOOfjcRRxzJqJi6iKfQBmEAkBDdwZiu7u/SuP5bJZADzMKzsQu1u1spvy2JTlC6IP5sD5tZ6hpbFeNvGCxfgRic0w0wSNsM7Nr9tcQq7NdSuIl8NcXju9iHCeG0qnTJVZUBE7FeJjBagO7zTaEAtb3QSk4OYX4ELqFBNFqS0zCbHHMhrvQf3Iyn+dZxAyMWZMVH6L86rjG2q+Ywy5WurD+pMfwfray34rrbCOttBMBRUhzXZjC6v0zoHzqgoHV7aLpM1TaL2pSi6yQiu20789yLhXWJkL+cCBE5dRyZLSPnrnRSmqIFlSN3JGCoHT2AMwGTm9u5PX7dFJjXZ53tOJBQbaMiTQwra1PXpmnnEn26cjAgKDa25gR8pZxSBLPW/Argqm44kTfhp4Tk/2736j6O7fFMZ08bBkfIyC09R2o7GqHiOBF6CsCjCoNQoLwMe8P88BM8QRlchiXqPblGWBRXluWdeby8WvILtGUcy7C3tjLvskLl7q19ICbKY3RVo2uCs7ZhjbWbRkPj226wRpzyARUntH7Z5ONDxAJ4j/bHbPmpPTJ/no9Ika05nTggSsUxbv77P4SV1lU9+dnHAYUbZ6RkDIG2i+ROBHlG0t9k4KLxN39JTNKDl9F+kARc/Ic2xVtWOkpeR+Ld9zt0U7p+CLMGj7uHGQt6grdVN6Uk0ASjnAv2U4xVa7nqiKXN7lb5Y9O8B/5byEHBDyHPEh6oDlALouF+0hdffivw8lIsOsL/AQAq3kLXFwveZ7+R+SyYwRh2ZgVOIx+DnY2G0TyNArV32yLHVNUdnOzymvt+Lk0tfzfMoYK0qrpqThdDrzIkPclBImT5E+gkWp06H3uJDX4bzxR6e9X2Um7vBUDz1IZbf/YqgfTb/XWx6fpdr7SkeMFiedqFpcpMAm+lM7tCwKPrLsqqQZikEqElFgLbzxDiwlNUIcAXnbWgFYOj8yExp+MTv18EvcYawFOyIy6hWXKki58Cd0otI/SKjPP+/G0N+Nl4yN9RkyOecuNN8GO9cWfee4F2sxxJbTdnZAusiXXOAzJGtpc3r4pK4tBHIBqVdeWNls/6EWPneWIRV41lbu8B9+h0MjVRPu841X74GaEvoxiIQP4D+EBele+PRyag+nFQ3IcDdw5a8cZc/7qpYjt9dtiPO4r89/L814NMPGbsQ3pH6+s6ix7Z6RNSrX8X8cQyKow+awfZH3qfqExYvOA4Tf98RvnZDjLv4YjgSIjs7LmpVP0CmWbi37VtaEqIOrBx840EmJxL0tSYLHfFnLapXcz6iH1I/K1rZyUDnlzv5GUmd3bRdYZMq8ftLmWEuJ+SV+3ZSWfLq7Wb9AOAUNT8mV0aIomdi2GMW0GOkUQ2USChCb5isJ8EEGGgVrgWqvNi5mkyJlI5OFIegJX5sWPhlqNbySVkvZGEFEWM6gHdaEHqRZSMbrEoOuMoG4W4DNj+ShgapJErzVJLPjZLRIreuC+/K7YpFIubSuC+IHRFEQIZ1T48QPUkFGZpm8i7oC2rVbh/GtaA8xQX46Pg32ATFW6B/q1Ll1GlKbMHiwgOM+YkTOxGXwCWszkpY9Dnlxz4nKzHQzOyW0eiWyUL9ZzdqYXYrMygv74J3ehRdekq6fIBSZjRThc9sfAAbf+mXZnDfXzFv1U8MA3dj81bi3kgExNR7SUwLDycUZgeMNlngkTgdNnMdwM7ndHaZaaIOC4XWGhXBmaksS/R8TGKZVDm9MWWgM7JfzG97uNl0u57gk31/t4G1PEMWRXq6oy15fjabtGJju6MQAxwyvRxp1GexS06EXfCRm2H8XDjRbTka/61N6WK04t4wD1AYe1UP/LwBU3UlW8pKpzQ0wsh0zKd1bk7mGB2BVm1aCJJnFSoONvD9w/hV2BODWLxr/dKnxCxPOsOm54o1863hhMG5vznTH9ogjZpceMVf8adsRYWjrtLHO/4EO4wNudZC6JvZaCoKHqPb0NDceDWdPtL2SYlHk/VGhU7xbH/nD4ajBMA9DZNM5JLJIo8R5gbS2i6YiOBcdZhc6ixJswGNgRQ7sHzssaIpJw5EIrMMZGq86XxvfVYJwJcTkQob3HHmleulgwL7GZI+b+1ZnMXXiUczOcswtiTSYKvcRFgQVeotKHmgj5pb/hsuLBjPcuLYvuzTcKHQy8N1PSqtHlbpxQXsTTm/Bx05bJJfQf5B9HEeGPusBPvqR6hhuFsYfHRaArHXeCKzWhUCUMJm2MWfw92MIVlSRbI7Zae+1AOPnChNrIavBi4YvP8/Bvh5vGn8pRUOLmZPApP7+0kJshLmbWdb6j9YxsgA6gtSjoRvUXpaF5vG2We/sFohDQujV88h6ULJS4kpuvUxjKssMZDY4zd6Efcg62nPWjblmUv7yEoYx0Xar4Rkatdx9b2J8QRxqzNqt6/ZrTQBw32j+Z28wEVeQ4JBcclL/kT9ks8nWuA3Lz+rUNkBnDQhXJiOtcBIb8j9L/d5rPRqMXfK5+zD6Q9E7Uf94Om9ZlEhPMJgFORDqocangdGPMz2Pev1d+j0l0TtYaKdKQG2x+6GKGbejkv1biK98XXDnGNOmE1ZTc91SBrMCT8BqSYkXbAvoxI3lmI7m7cnGdiwrdGH/x4Q3Uu31NaBxspu0aWImKccPMTDHvurFk6mopZ5m09yGjygvfH1qPfoRuauiR5rKzxPBSCxPBAAZPKFsKtH59w/dt0wsaVN9ymV0ZKetSCGIVIK8i1IXu5d67bTwwcaJPoWveJfNLHnsyEF92AXlZLFYiJUibzShxuRBZEP3sGVVyCRKcPKoUCuZ0k0iRw/w2s6ISNeutPdq2LBXxFGOWSctjt3tpCTdQH2zsY3Pap9dhQy4B8hWjcrN7UMzTPvvLCDzcv4m4BGjkxhUcdt3jY2AWoPSI/h6DO5wQSeOm2uFhGs9XcjVsRH2yjhwnHZKC0MKoorsQhYLfYDxorKDwFGrLGlJU+UAoyC6aL3huaK/en1nX3SnuEyhhfK9M4hwypdJmtD5B1vgeSMtA42CvHESIWYJbUlTVnyIPrDMpGexPUp0zh6oHU41L8TTXC59NUSprkLQrnNds3lH/E1R9gdoLWwgXvWSyp/sHbAFzmRQwk9xtIsyAckYFAwO69uDSRcfCeeOl4SsCMvw4lD5APrAQxfrwP2tcdC7vWsTjX6Pv0obOM+FChU8oXxvnWhiN9kvmXbCcoGU93R+ym3495wlT2ylb9mVyf2oxAbBzQbMbcS26N73wTTG5FZ31Jg+bcuwSkgSNxw4Yc94GeJbB0eZYBXgdTkmNzMepK/NPu6aFBlbQ+bKnj253h/Nm35QdLIkP0/lRhCWzTwguYmB4P60llIJp+L2uZke3Qlhpbf9KYiNhXK4EFQOjSWhhU1qUHpLrQHpHrtuJBUjoQ68Te16iT7VuAsjEhV6CQub98B0xzOl4kzh1euPtmkD8A+gOYtIr/nhLSuOnrhQJR+SUzctnGhlzu0AS4+5DjhfmrX5hQMAER3Ih6OFTuFjPx5OvO8cezHkSShePkTvhld19GsWNwxgxfjpKkIbbGMa8SmJ8B8iVkJ1weDqUGEuv4gGgborvJVYi3leg+T0fY1p5YR3NNIA0Zm3mwrrhRHGzsSHIK515lHd1hQTSVUy7pKD2BoYyXpji85Z+j/hCpot0RMS5BJWeejr0x5FjOeeRKuNvIhanz/Ua2c0niKwx6J71qCH/YRQqOaXaR4BRW/l2Sc+W2PmyeL9hIYa4iQ5aUk3TP6UI46UVrObRgQSnbrNwHv6A2ClsuyXwW0jco3aQA+baofDDcMpHgc/BoKDq6B4BaZkMijSRchNIrBjrNIPItCvBtvESejGQEsn2KAxNMrQ0MmM5lst294PIzU3mj5MZd5dtkCFZ/JvecOmTxKLBWaA2doBR+cGw8sJIsOHmEbviwFTtgksdoU55LocLJTsJIFUVN6R0CJbNCNnzyHxlWJvndiWROHv/cFgyUdQH531C/2nAa/ZFEPi3oFrG6m8zUYr5fLnrS6SomTbaDwFCcijC/1wlXWehc7YkI8b0jW26MWBbUhi8gSrtB8P1ukhc7vFth5kV0Phjyk7GYWE2qL3PZzwirW2liFMwsCMOjCBg2OFajUvXrLztexMya7VWk+muGFbcOfr4KPiL3CS+7K4j79cE5gyJFycYt698Ew86jFXWP3ygBI0qYqCuhPK43ctOnaJoVKnYBmCkR/o97UDyYgnPB0rsTWL4EbwKQDOxQJWzgJrnhQJRQSlrpJDetw+/UD9FTwcBY+quAtyLjLtE63Xp1Iwh3kC0WEHnqd6lrLAi041TBPmyZ7Gc0ydjQ0sHEbBPU11pvgq4mAzkADf8PpYCmVDCHr0XZAZ0NwvEP+Kdf3xDImBELq1GTelPb+mLxuKbebeLgMNhjcz6oPDNyiKh6OqUEogDKyzOkc8QVgEAkBCd25VRN4At1gyRbtRO+z8hA14+kRvdg2BkYCcQod2hd7QPyMTFNHXklOBikKFgxxQeyUfmfXL5hLLDL4oNgUzNqdfNaqSswbAZ/Xel7TxZTmw9euTQshGxkBR91TCNexMhNCYpVipMRuy3GH2M0156BwFHChEXqUjyTfUcZIe2GMCVSjiS5Z9HHCGCVlMJd/+UTXZQ7/VnwO9mUgUZte1ME6A34b0m1R94tSEcQKRLpuKd0aSjkkTDO7+OU3DP1197bsANjcTDt6/RDZhzw1QLDI4+uvXnnsYSC0bt61uoVti0p0EPAFFc2wU6Id1OOxKi7d3+gtUtZXcmLbI2K7pHZNS37kIsrUSkI5eUQT3R9aY0wn+NNNAgLX87zFXGxwRVKkW8x2S2+dUVTQ7by5rddwxg/FI1al9FbE/TGqiLOUnVLXb7h7tldcDeAvhPzO9odQrd66GdOafewSgTa1p7C2yQ+osbBPdVeZ9I3s2/VNI8brwuoysFaGpgyin6bY6SwId5Yc181xw8nn9q9N/KEt1IBw7ZCUQRjqTUzPpgtmCH+3SCrHCL8c+A4u/5sxeJk2FiFrmf5jpM/J6D3qGkMdPh/jLHxs5/KsMrUilbt4OwARDEh7QFHxTzxleuDirDDyfdd1KxHvdEvnDk0XKJWqFo2ZDfMZd0FHuvWbZponXJT/yM6DyoeAq61SJ0T4uUQqanGUEKNPwTH7PJp5SvoyAhXUnKG/5UyU2bTVTrvLnxSxS7k4dcSiWg8nAkdAbcYK9+ogHjARtquoGaAycSADc95r56DxkwfrXQM8hQMzhxunUnY9p0HzQv2AwIU9rhBVUgSvwLCGUSUdS7kmAF9ubqE2qmSR7SKzWQ+6345KzEhajkJbxY2FaDoJqg7cxb2qk9+4B+s1ktHWMWeFCw7LAbD+Et+9ePg+GuzwlKb07nNwIYup1q+b2dAZh0Ur7waXOwtFQU6sYeh900d2yZrxlRSd1hvq4ti1eQGLrBYiZiRAezEGi9XeB+VjTvT3KnIuLLnxgE5iPYWD4fG6rJA2CdWDOnmvQlZ0+gPW1mpmuIFI+80CEO1C9tUWhRd+YAd6oWaZkZFCACEEqMqCtp2im4kiSJOuo2RI29mUPuxA6AqRfc7Bd5iWHwDMvKTnD2oZi/IGJpl+bqUNqDKCVmMtD6JVIk70ZXA8RQfIHNk+NdBxNygZpdzADjSqEwLqQYTzjG3DqfpdDR8bAcU2pf4qVS2U4AjzsCzEU+VghngB0TfoexAHg7fcDazeJ3k62qDGXHThIxyAR4vZpNsolK1Ey9XeQ1Ecb6eYwSeqAYNoi3lx52eSnPa/YjQoKFrUUF75piuvDDkVsd8I+v0dL+kcPVJn32cqhTIphDw7+h80AZUVf8O9D+vjLTzmRNTD1mxYGKIMfsgE1SAaa6rP0tpRoTYSERkZURrxWQS1U9ZJpWSB1s+uEAo2nVnwB1y/0bqbtnIiCTVEKdA7uPWNbwgKJ+rMXJsocTVEEM3996iud1jmPDHMbpW1leJrr8BlEvx/tudLZsDbMYHtIwvpK+cmndRbLNePPlpLUjwypKKgFfwfhgy+kn5SMECiHg2KhMGN+6acFNK/eVEyol1GOOPQeb8As6iwyytP/oJfu1OjXPEsDlHVrdHn25aaifK55NHzT7fFnbEjveaVeGxQ6mtlOxDj+aZZjRyDwveIdOMiyEkWJ3nqpVR6Ra0zUHvVrQ0kWPugZsIE1wepKGassIsvTnEEWW9+x0YJLD1/NhR0Q2bIZnfLYKA+TVsJx0vuOSYZeaNGH4d6zWLSeEKaLsqXIQL4z/uAlj91ATTjgmNzyaZHf/MpuHhqT1hM1w1kGaAr+jQ+PHnk2RgbWyUv7OQzONiKqipQ0SJ3oiwM7bUKEUp9Kg8nKRAzl11+PiVhHqKtVlQHq6qIz6f+XbxxqW9x/rgF0Lu44nz+Ey2x49xCaLFnb5trD77SLAGLYTal3d29TMhh0364XIFZg/vBCP4zS0f7HV/HyRsyg4fHQYK4wNXdzrs2phPuVoMkQEYPXdzqo/8nm0besLfaFvwnW5WC9OUypbY8hR3FMdKXJySknCQynM5c0pCUuv4RxdYJndrmE52EK2lGTAHzgMchVh2SEjsEK2+E/dxyaHPwHaCH8tC6LeXWj5BOPSHTVCoG2GjMfOUV3AhpXUCACpIfiNQDvOu9ykDGFNCCphLk0z0nnTXWI1HZzABhIpBMUwOEAOewMlfVPgQ504RUHK/jG/UTQG7LSlEamQp8DllXeHcAebH4t9fDjqC8sCta0iQqnO6Utu4MziWMsEZ9ZnN/LCChUtRsVUHzlDt7gW0rqAV7ReMFnz1NmZnKnNdZ453ClXEU8Ijdb4WoRAbSnJntY/aGb36b2gcprspRTD99zEXvzWlB0E2MIl8t23oPHjUyhHlWxtiJIF8Hbj0dE3Q0GnpkPItfiHktwYp9d7vrjFwCRjgmwpYa5WD8HMahBPdKmoAdGigYkuG29NGIyd/ycy9YSdv+nk6PY+tHC7zKyDsJlTyEFX+s6v9FT6oykozDFJtaxJcdT6HsMBPBhekm/1gUtH3MQdBYbd4AQENQfBUcNv+CHwn10zuO/g8NnCpXy+hBswBknAibd3kyyezgqQbDCN3Nxf47uiN4e+SeVIM7NZYmeBu86RTNomX3x38J5JMMtVkmG4MnGZMG3C636DA4QKY65aKBraUPGLV0LYAyQueNe2r9KCC6VP2Dig/Z06cLqYbsCh/vfb/QINZ/CEKQQUqbQCuhoCIgELbRJDgor+VY5/j37TZqSIf54xDjpiZQojLToEarqF91nF53LUIG9WWEU3hHA181y0Cm/ybzYuaDP9VKvkAtIgi567eRj2L/P1EIfFax6j96ogR07cnpPWn8er2YGjd+bToXYxm6yiP0FymRLx9sS46/45tR937kXxZ24xTBM70BYUITuC9VvEWwEgHfoKbh0jMmdgFsnBkkeTi8LkbKMe5RSScW+EnCaTa9rYNjQsElRU9CwGZC98ixqvpN81P+XRkAsXbxuBqx8QZFe7EO7RsAof2jAcm9YyHgDGsdFxrkyqy4Da5i9OsSNC+s1lKmZ4QytlrmaEYxLV0b35lODAmfPvcxMiEl7a0iSQw//PVfLMhDLwQ3idhCRjR9crivz+XyfI81fQBrSrBhTq5ZuzjSdh75O9Jj22yXVTZDeiAP+RDiQ1UrDXwLz68SAlIAa+fCVK/BHe2tOWhAglsbSlrZz48k7Q0ku1orXgC4hiJL9dIbq1wqCKXv1XCR2VThOSI9+4e6B6gX4KYg4dqZ7EZwdtR514rDHPR/4sixm+LtlzhtphKZUe1rVyYtqKZzP95fZcOYVPjHgkaMHt4gC7SEL6hZXQ7a3evYJnsULUNCcjWIFjvbWeXWTriWfY7GxOPWkyRiN/xmGdomV1ivPLpLcHwxJUqXkWJBsLjgLDG7updeSk7hLjoT81qvoleeWI88a0ltnZzUSLDcloqRg5aCbhgllwgrLm5k+w0dJXOEBhh2PhJ+NSUIJ0mVPxzP18cckAmlW7zoVHBL+80VwF5Q9GfYp211Vxi0r9Cp5Ayuw8OymwSCEUOhOerV/Vf78AUrmweQgqkf5lMca4BlUMzcuR+1BnSjVNSKjO2XNq8iPNuwydbchn1Hqvz2ZaTXxZAilGx+F4SlhADuateDrRwAD94tsBt3hx43lfWrgeKg1DkCxD+jBmFXe5bGE49wrq60FnYy1gTjbRpzgIasNOS2E5St3EXGU9t17NMPn5FDT+7T6suSUesrVLtvoZt6PqQR3cZ7DGBhifVWd8i01R3AydCuXLlqZe4m9ufflpidbUbXH5gf+4ydvsCU2oGyVBeNixCZy/h0QRm0m0BsetNYpDVhjc6SAXPIe00vca1M0uMSbthferQrGS7hk3JCR1vMohJ76dEZv3lZVl8Ink98PRad3kTsrozSvB/uras0hqt4yYn8/TPGZ/eZrI268S1Hpxg99QBbqW/fL5/dYDtPiqO8x313U0jH3e6SWNuolv0b2fRWTvJpKlHd1+y6VAblwDpq4oiYWLnMM/3umn+neFSz+hd+p9jnJ87agUa7mU+JUDal1nZn+LIOqlHRQF84pzlkPU/uP/nG58MXzE4fdCsFozKYW9fjEkF4i9L7pDSmrR7vqzdyWqa7cilo6fncHWezAW6fgmxaQdhQ2mO2XmYs2mcB9oeP95WA+P2YsDXa2TrW+twlThU1uY7ocNoi7wM5hJ0TKatjZGM9bByZ+kaoq/0uMGKnL3cuKiOKWdvXh6QEIiSeT146gLnnUP3ZFKyTj8aq2JblGpzqI6tB+/Qw8JqYvO/PFjq+/XKAgsPa3AzRYCPmbB5sMfqPgCDCWedcduOiop4WCoU9W9ps9g+M37pM6RXAS1rKkcO+xYhRDV14RXs2u/79brzcOCTMR8BZ9dOD/NqH1tLXyHoYaYhhoPElYPAV7WObrsqt9g5CLehVL0Elsr62ARw2qAqj+eXW6FD2v00KkeTfLXHFR0pYmEUmJ3+a31Dbf72vlrKaDFi/17kcOvKkXzIKYkTAEqNbduMfKieJXE4d6XSYFMk3IKPaXa/LMFrsoE5ySb7Z253Vnok3d0WyEBt13a4y96qL/0UvXmY2Y8Xe8V1sS+bwOu9x8iYwb59eLxrjn4IEH0DHijXClcnXLjTDsrlq8bbnF8jDZzhqMpJZRlLlu1DVJspjB1O/noSUJuE0v9T1V0Yjrf6rtKZtkAh4hH/ofcpnRd5l7nCzsZ9kHyJQ8aIxbVRPYkLFc53DNZhMCEP2zP1PDpKQlGqPvh81/F2ehFx6iRYCRpp0bW3zrrQsiETsDqb61yTCU9i8ezWJbVY0OjUujVSoudnFXv4yTqMvcYeN9ZMxM6c7Dxqajwp4SBZOYyANGvokNl5PzmIA0fIZWJ4XfrJMn5/Bz52+sqVIJWpM/d/nayFy3RFr+21AGgG1kLmMhoYAil97QfkDnEh82OzEBofYdV3rDS9WscQQ5Dk2IbnKCyLNluhxr7OjSO2suqxhxdnLNXKXN3EGeRIrV6xrv7D43Ca7V58fiZHf4OHrGZZs4lYQsKMbtEfMigHQ1Rzd0VpvOueAxcZKLDxOEumOMKOLyR2zA6jCkLG6dhxVs+tdqrSN+ZXISFl+t+HveOOX1+0O6Tpv3FET0k1w8r6onZfic9q5xTlJOUVBe6f0jLXraF5ZC+mPrSBgsyep094+e0eNmRS0ZIDYXIFymRWMhpjzyYiRzxBCv3CZtqrAp6vV0dcsZV/0BsmH/RI9qiXPeKNMFMyp4dieoLDcTWmkyeXJdrQAjTZ2tFOOnRS7BuNTJLls7s262cX0XCHrB6SiP6X8aJt9MhBwOcDQwTf11nA6+lczbtyyUZtHzX6vwVzM/IdZMq4bwpoEBJkxOt3WhUWFHTJ+Ntw4qC2rT0djtrEuibrtl79ZtSXbeL9J6++r2gVj80XDTguSayg3EwkVK3hKUwBabI5wrZh+xBF8YLcHrcFkB+4XkGiGs49fLoYL9VkZNR1NYFwaKSU5JtaX1LGsa3m3Gh4HHkxxI7HSCGr/sxLBhjbLoOGE+2sJ7/AyCjaJ15EcY9YXbFYCyMBjWBWFZXLU4+yQKDZQNDABIwyw4i9tCQaYN4Zc8hhY7W8eH8nwxSd7DOH87Get7frxMVxXFzKzWUz1tKpGv4igo/rcrQQyL1P9TdsbTPLL9bNW8q04TigwPH3lD87ThBMeGPPOWi2K54o0URWOMoM2kQ4Z9VAXM7rjgiJF7LA0wg1D8GIlnxfPi4IFRUxNoHkY0OORjNYpR4jv6capKgbQWpCfw+De2BiV1FXSiD500PFllFMd8Ert3AHhW//yykdgUsBW5VhYovFz5kNT/n/qSTcJAh6pWZPMbLrIGeOvQWV7ixvUzRyrfOHjCBW3sutqfZULxQw9XAR5TwGf4YsdlFtUX4aTbO4W6RARehX25iAUTIrYD16V4bPCfNZCGJOZcQGMNeHWmpMvAo8QBadpOE+W/D9AGJv3EKieaA87k9nWZEnXyT0Qp4RUICGSJWXJQUuubLCF390zP7oKsFnZchUbFhoH0yWT9WxQYSqI72pVmBBhumljx+f9QxeRP5gRmkb/SeItLJ9fY2sb/IVF5bJjDQjy4tttiXCZ+ormkXUJm/00v2s0m7ecsQ+qdaHv2PkgUcIrhzPdExhoBa6kSJDdfWg1YCxhChdfxLeCKgHSpnT7APLRL5TyEY6jelFsAinH7etgs8SO1NmkKTkYaO8wsdwKA6GmbpK6mh5NywJZh5z6MZhseBxVfIiJMCkDgKkCEfjVKA/uRoOYDQ+EWtDBC84yKRGB9e7T3u90oW+K4gWXOePgmPRiMkPfuMaT8Vz1uKOOfgY3aCoD6af6RscynAN2LpsK0BBa3eg0DYC5DqvmlXBdrELvTArZZU819H6NkbEXzOnpN4MM12KmWeAuZs4eclxV31nzKEBB2q9puT2foGaymUR96kbrv/800DEEZugeDv2BGNB4EmjleRBKsy1oWHzyqcZ2QP2XgA41qtXoyUdn2EoI7MVYk34NyWNcWsbp4sh7zWi1slcvp/c/8Tgid5wDEh8cuoaPskFWytc14E3bYtUBQk0sk+cRh14DaDJAIROYuJvuVW9kJqnsaGKmiSwdc/u5GElhOZ0+Ek3xvEhRmfxY07eoUjB1Htk6xA72TRcQ+q2AcoUxu2bARdzQR+v9f9jBEnhDYkRNjmb53LUd0hNaikomZG/UXOkri5GVB3KxgIJwSVJR8UmrOsRnNS+bd1hapdNg3yyaVVMG3KiLkRnz3b/oON5VtfGWHawUCHRgjmT5qW/xTo/gJwdt3fB6MX9a48HQeXEiJi0jVWmoPZ2uwOGQ0yxTIfq21MxVv91+Qvy7J8Fdy9nj2bsdlvvN0GVRJ2n5sHH4tePUVh+4UNO7xO/9BA+r6Rml3HeYmSD/e9Kgv620zEjlt5r4hFi63D2uG1nEOfcd3Nknks/ULnXil9BaXJzaalA35MuOu70vjbfZ1xoKbIzZoMT4jDCizUlDD0eaNPfiBYKvBGeociS0shYCUG/QHsPiicbQ/ZmrhXudXnt6PcaYBwer9CA0yKcRQLX0XBubPMWdLcxY0Cpqkbsz9ndCOqcnGmmJ7++0JLGM2XHsY6jrm9yOHO05LJa/i38GQp9qVeLtyF9iX+WLvlSTDtIHUtzAiyBou8079IdXLS8bynpuxmIR2uxjLWN/Sea6YabfDIf47XZ5/UuEBR50PtbcOqOJ11nuX86pV2jyr4Kz8JGWaL8KN+gLyuOsHo+1ro/PQ1P5KHZAKFIj4AGAakpJ0wm9ldR1QGxp35xie5vMPNkgesIbusaWPh8XjPDXPgt7WAR3tbc5eqscDg1u+DzBGuEncE3HpOdpuj2bGzmzQnEHaF4a/3w9PVIVsr4mm3DRzfYuKNuvVniOLIrS7Yh6YXD9w+Vw4BuIaIMCY2dCI7qtAN/dm3+eiquvsQmQFF4XAYXxntjnT0Fk8+Fdj3KMfS1sNe0IXK3yv3nGpdeKWi4GIBCTZt36sVFFQvoanOuEmEuCy9STGI2wzvwoj4sQqheR3GbPb5F0dCti4YTfEF1QqfY9v7zKbsPTZ4SxQnV8IHR+VqFbJSrll/bKNVH544XTptccUjgTRtB+mSA2GFWafFfCxzYgNShO4bah7pPNJbqwfkPOFroLYt03mMQq2bZFEJVwS5b/vVWllh/QUUBgzS6ofkaB0RH1ZoINA53dn1Url2pb2EkOJwN5G4elvIJzf0QyzTuBaUM/rNqVwP0PFccDMs4ijVvTrZ12eRF4kZGBbbT90P3u+MMVaDVxFnPWG1w1WOjv2Aklgt2CMMFMYEmJAVevpMjMrTWoghw0l06hg4laHqdO63UD8Yq6EgTFHhSBMRMZeIbndPtK1LsK0ULNcf1gCZzeC0AjnXQOMJxJnoRsEcnnLL8M/VGPKiIcrsvbSn9KWwoixmN6aPH/wikeiaJUsQbIPdTfrjClCv9foM8RN2n3JSRImQq+32A1MWbIG8NAxCHjX0O6h4MWeaZUnGf+ZOmBdHWez6y3wY2SoFgebEvN9rJyNC48zijzB7uuR8oJf7jLb0rY34QuH3bGiiKL01VfzpaGeXTXFFKb/NtKi8GXEUli1r1cI84XC4d6MY/SntgrWqpmJyJSRECLZPJeah2cSCKsNMa4R1FuRWaPWJqNQM0W4ZE69/2Bu5ilD9u0Lg3Tx35UofzqLGHpzo+J2uxUoC90+UWuvqO2+zVUGTYmLSzzmodk4DeKe9adoC48MbJYlK4NzNQtJh9FhQrSs/wB9+8tdIMR3ETvlVRLURtAFSSmHupxj7T7y8VZqU8uEs3sLZFdGhdk91ttskeaAg3O2I9EG0AiiTHi3W2W9rZnOuGUx4WvcS4PMeAQ7WF49+wePI/wX0D24YVuB9IZtrXOgf6afIK0JvVMw+dswYMqofyYjYCd4Oh9GTuZpcJJgUosrZFjr/hSXliITg+myDQiCTHZIEDis+O2a0G+OecfMyoKv/lEtL0dJXBGhgBcQNtNYJONTzS1uNiMuLfow9N1Udqke1kXn/Hh058rZok3/MWvNmW9/GIsCgJUBfiI+p5ag5oq+AA5ysWPeg/ReUiqtug/nVZVl9ADWICInzgp7gl7vP/59uZbvtPN/Adi08VZ9Zt7TA4wlIp+Yzn2KIw+h+EgZXuyRlVVwkqaauhOiy+heIfuTgQ/dCUxyPhVhszebjnK6/3QNWhY5vL24i9BUPtm8Zk0+pj3Oo5fdXIqJokpE1RDunHNI1VmUBIbzt4BLR7e/OPbT5uEnq4L8bCrwTHVZsXR+PEd5W9EMv/TIA8U4mEfDXuuKECcMc73CBIASvPornYqO5k31Is7Aq/S829a+RGRskqB9X+r8+OYBhTXF30c38uXINvnwHTZOp50uEd5AJU09uC8Qb8yS9AIg0VxivUu5fI+0Bhioh6RYHQ5wKRDIDduVBIlLJYOK9sPXF7OPx9ffkC7o4/G8TZQmGXw7BZ2QbBfHeix/DpRKP14coXkYfYvE9dTrr1Ye+Yp51BmBpdG47b5F0ogycnqxJ3eI41bNmYG+68WRi7PGPT5nHlzp1rRwxWEKua5chWh2OX0dQqXbzzP4C3i+IcDxMmzbj6sIaWv5ycrpFhpTliHdfPuckMTMpt3rDw4K8iRtWzFDRvpUChmzJ52NTdvavKoljS61QrPsOv3uEbxHKzxHAs19ChzXW0DziZ+r85uUhC46fyhIVZJUyADwg8rFCywrQcPouTdIy7XzC/FFgOiwBSdi1O4n7Ey4SQwXgcU7AhrNCrV60/7qgvkycAII45IyzuCN5QBIIQykKEQ1NEaGlT/ilyJIljiqrbkpiyAosWQisDH4fEnt7NgK3aMD5SvwXAX8k34cErYbumNxufXCwZq7WolEkMqIYPzln7lbfKtxCPW0Sz/6hkveK+zjirk5gjcTP00BMyJJjnvQBF+npcsex7YtRBZHeot3H/KHIrLhuiEu3V/gLGtk7bcn7ea90VYoj0EEEWadr1xTuGItxz1hkaseX7OB56ksXJz9Fi/SbU6G23oPzzvNW1HLNP4R6vRI6ZITdS9h92DV6kBI1boI7Pqfzi698lraOebRCbUD145qVyVAI0bopdjm74hSpGDCRWJJnaItkKcPxjs6EHQH6KKcA3vRlbKRx3nIrDsDq+kZ0MAhwZTqCKCuW++W2N2wFaoyyCuof8RNy3zz9LhMvBHBokRiIP+EDreODFyjgvmdwfmfFS8x1+o/kadayOqx8lkQn0Q3Uj48fTrGVArwFMsf4JF/7kPtOI43cvnjO/bNY9qD5w1EXmyTRPD82fIkC7slg6BQmYUbo0ThnU3VgkLJSdlUTGGkWqHxFcfe+i97Kq117hwnJ5f3UJPZ/q0yUpMGZ5SAP4eO8+6x8dpDXG0rv12913PPUwON2r4nP7sUYeCWshWvecsTj/i7adIIFWm+jCwH94GdO5wDHRqBckhl2gj3VtsKPeMLjCSTa78tZiFOKpGf2c/t+VVxSgBdymsT7IIC+xdOC5BlOOZ4CLZCGPCdUFrBpAMeScgh6IpY27dC1DIRxf1XyHxA5fOoWhdtLDNDYJG7YjqwLoSKiCdD+EewRysUeaWtXwCtlfL390+LHBjQSZxOrdRpFYf6z8CjKXCoTmc20E7YH/IeTUeAN+P5fF4/6uRNeaKhN2ESv3Tmppo3uOFk0d7ZUXuuGxsUwoPlxYvbZl0NqQ3CY/aupOkYPvr+mrFU8WvbnAEBqcn25WQWSujNOMCeZRpQgCC4gMAJkJUi+u4WKO63bAgVIBiIKnX3BckQKdOq9lbIpz/K+FyOTEM/DZfrCnN8po57OKZfEAYOVXBey7+T+7ysbvt2gV0uc4CCqqF0YL11E78qNxIXHZ510BjjJdLqvj5QINyIUWytLAnY/HPsY9ryhMC//+ynSQ5CkX5i+sdQOV56K8/AMfqi1VAOInwfLSmDyVA6UDRAuiOOxd3xVE6go2ADWXgpcfvfDDspXd+lonIEqPFje0yWThXjAfspAowyUiYeeCwgIk4Iy9LEmvexPHCDIGWNpN9jmaB0YTIzknSP82cfk/q5FKsJkkxfEqU1kU2i9ktO4ZFaCnDl0atvxQRcvGaYWceJIlXX3x2VIuxN10bHreFVMIU7kSYOrktAH4PbL64BCCR0N4L/SnQoTtTVbnV7/ioEi/mS+qdU7tiPSNlac21Cww+nCrR7y4PzOF0JT/yJQ1GXiBLJmJzctNF1VSGt2iHLl6b1KnkSRKzi23J7ArDAP6lWEVW1ZvOgTxXF7NfSVkUoqlClHG9pr0ONroVM0rD/PNTfk2kx+uM5SHHZuXtp8GiV+WaAoAEr1WImdDgkSrqeN0b4qm6CaM9dWBm/MvtRj0uW1bN0/KxkBni0zDdYovPG15J8jP4TkK+ndAtw5u/blzVvaE8zakKj0bXjAqxNfIkQZ9qqkWiWVEu3Nqg2/unCP78nIvCQ39EzFkBJuYqGDBxnUqRCdcys52uEvcWqJJn0gxCrdmfzdQou1MJU/GJf53zTFgf+thDAtL8jyzGAGRNBwvt0z72Tjryn/JLERTfTFaGi8obl+7hiOgzevA89/Ax9DJssHjbFsek811KQJ7iIVslCo+WN1/FyHV9JmDvelwVOdeBsmww3GGCGe5x2TIgzSHKpw54PhONNtKVHYo8bqP9lkFOvk8P8EgFmBn7VXSA5uxV1SrL9zxzqyrjh/jgWTroD0CZ24BnlKV3z1SHkzJjaWUFA01crKO4xQhffpnpuSfdUtkIr/H8b81W2rIc6eAoZ7FFHlzDpYcBOQcwGQzJvi1cWvnBT2UVHwsNP988g/usEjrGK6L2MwqTK2vWd6X5HOr8wQNR3vBdUpjt1f7ofEKUhyYbG04YSktmYTgepk5I59sik+d8AEkT7MDpuiqWCbzo09xwhkH4RQaHETBvOgxpw/xOk3zF3ewuqd6wqjwSdL+ZzgDxtcb/ulxdT5tW4zNC8GR5TBkIvHSzZy6+KudAETWvYqcvVoenqiDt5Qte1StjqtjZP+MO8wiOpQ3FbQiSrUhhYCMdPzSEl8sUp2XQWPc4fe85L//mBRyIyS2IxW0iwsdtrIggn9fs6JAWN/swaqlJqnrPEeQLD3TumETVM+RnOAkcNURu6yfxzBj6dFyrfH3GFJotIuF4E+P5RC2gWved4U+1g6RNk8qD8s30v0L2c258T1LnqkWpIrijMPeQ6P9xzdm1b1xHmy3BYUEUi6Ugbjhxb8RYqaiTpM4CQfxqJ+l4x4F18mcciChQa2r25BZo855nvGJslRGYmXvpe1K0O2mhW1Ho8BwnzEWTgGE+079PLxaVyClMK2JEjOtqnfw8hoaRhT6rCZuH6ct/3DbwlFpg4370ywRxYIS5qgNwEnhyFJAWR8d3cjCZwdNxMnq5s0kWJzoctFo6PExYaYPzQoadh88WvhidSmxXWVIIycgDuVuF1SJoIKKgx1ZFaTwCbzqPBYCvA+ctPqU7IV1u9QUZB5svwKa9qjoaVpeht/zXYyLyCLBFHoQcI6Gj2b40LsZyBDEQ0bseSFyxzT/YViQqgFPPQlGRX8j2YHHIVzg9DjudvGVZxIpZC9ZJuUnds3MaBxtHl2+jW4yelMAVaVQJBlkKEvYWci9/WxBAkqTQW0DxsW27LqgYWqlxaZ9hxCxqXqF5Vn56OZ4mGQEjrVGoBapwjyRxF0DlDZVoAbppsdMyPaLGmXV4tiZ2Rg5Q2z7XSdxMXA2nr2wPfYAYm82fiDtTtBiMgP0ezY6E9lRVyG7LO7X5V8dwD88QDydiU8oWW6opUr8TX3GlQOsdugM4gkRnqCFjU/vWpemKOEbsz74d0rtCQKnC5BJ982hEwYqqVoqA2RYngvSKTjSPlchDxNDWcBuHV/rUXAZUC9a/UotDZLm4jLSR6uTk7pwilING4LFkKuIWgzdrUiDcN1qn7AgA9A0OMAQ36jKd1yddbw+M+IadSMUesA8mniXIBXCEfkdQEYlaBRljNED6j1YIx6KBjr77Nmf+1qhJiqP6AXM61fn6mztQaQKIhbGj4BzcNw3WEklaMe7tXws+LaHhAx89wk/LSirhY9lVdfVuXBK1/Nz76qrAQJM/tIqo1SnB0CkiM6a9TlvLE7ndoiBjeiBLWFCyQmfTCFluPUR8T308H3Ot2TTN0eXrFoLLHFSl8GsB5Zs3HdW2waO9SGGd1X/v4z3/ynqPMpS6ss56C92fiW7CGpi/rM68KG9nrm+b+jjwWx8mb18JJ0dgRmxJK8GvNOSBUuVdlXei2E4lnO/ldAYPefG/0RDg9FQ91zoAmyEd9i7GzPo57PJClr1QEsab9rx+wZ7EZAAQQ4iRqvAOSiKmRN/wJ/LqH3obYgQntUuUIAADB08pPRI1rcYHWTfopLHpLV8prxsP4gm8LB9ZTfUS2EYW1RYLNtOGXtpFMyT0VixrfvdfOlJykQUyvGxTDZ75B9Ztq2cbhbRQn6TKeseedzXHlqKSzPwasOfmJpMmZXk1sZm2jGr2FDwPzu4wHznz49QeCTSprYVNjCIgrgOFGmVCx9oHDHv+UfWol4wL8qELZuGvzvcf3jw+qdUQizYs+mO5b3afP1i+76ZCD7TNJfPZY4h/CDkdihsJorQ0cKKXjHTDov+Eyy4P65jOssCNTA3sZVk8UakB5I4U+lBeRqCY00ZPNXjZmC/SXAi0/MZcxJSQGvT1BwcwPOXi9SyIaHOtELqFvhp7hvlujMw6IPQ78JL77EBRBy1jgaXA9XYbUIpw22oa21C1R08rzrVgBYcTMarPjRSO26PTU1VAavDEMaN/zHQKcsVUnbE4Wks5ix11kO2Wbki46kyaNeHytOkmqSpQ6CV7JEsgb3zui9gRliG1s1GqfHO8qaLjOMqkqeDetrgxq0d7INqRxKpG5XsGh+g//my5x/NRT7SnllUXmS3P08WxKEHcJ2PGB3/0HysCIQkcQBW4TVPztx+9gNn8Whg9pn9D7dJlJOd1j0lg9JH0em3+soNAFFOHH2Thvut6y0yRV0nJrDzj7MpeMQDpJ0tvgsC3i0rqvwa1W9AXTgbWBJMDZfswY0pnrhMqB8IGHe/OuASMjXVQtjAD3Q51GZrjx7EawhUe19WKEUyvytRTYag+Qz0SiB4dyW5I1OyrCCQ4bGrfmBp5NFc0gkI4Kup66H2Bwm+sC1l+hSzw38N4xejI9Uwjc9o5FTOVNaSVWJCAFMqaqtBnHLMgOAUG28sXv0f1fFfOeTovjsFYTylacIoORp7L2pJhrXgkWiWVXfCg+I4yL0Tc/PuHMkz9IDvuEXOe+drwrGOe6NaQ2FM0p+lJWK3uAagcVrvHc6EofpOE0/V+YS02ui+75coHoIxBBNEzZwhi5xZMSOEkXm7JaiTp+OE7BXH8wYBffJEfo1rQhkndFz/44xa61m/0PwatBEvpS37ljgRvrSl3AY98C6ZTn9Ljt2gX5e2rw5XBO0TdMA8FMif18vpdYfpburawfivXoz2vLy+YTJqcj8TVcgo4zoPeB8Al48Ws9INrRGGT8OYwRxKkI9XaXv0xTB8bjCMPclNk1KI00LcvZuWcP3Xo4fH9ytf0ZnL1ZvuXJ6WW+OvYNcZkpLdKj2mDZRI/lfmJ9RnoXsTxIUNo9GvaNV9P/gw0aqyO6UJerm6YiY15PdGJu+zc7E7t8QSnRVwV9M015S/Pb+B4yqfWAByYFnfOlLWAhOXlXl4aIvORHjYaAha0U1AxHzbdy1B9WLj1zpaaj3M0q0IQ5XtOoqg6arV0zbykQ+tweeNbOEUXCeqHXThDhCrOq5C2zvURcroivFC1iVAzCRP7g9i4gi/WVe6nkMOcYE6/bdAdvWYDJIq2RdGnJD54j1ItlIPmjk8V8TslVFkGAwaiy7YGE5TQqRWV3cLzsa2LjGeewqhZ36/0G2aObsohk1DUSJlcHb/6ZAfHvto0qrLMcR3eZpwulBM52A+XNwG+BqbAyAEWqnyS0u+eeBpjzZ8e1Wpjl4IL+Ugfo+NlA9JiWoAPofZ/MNA6cg+LNuajGY5hK/mxlkze48+kpBP3BlqBfldglo3cJOIV3Qgpj//uIaOwyp7viBgWK45StsyEui0D7rPLx5MjUJaJmjUcDUkiko0oyihm+qIy2/orbvm7Cc+HDzDZAsl+cR9qVqBIqqUmQaGpKcVfs6GtirT9YnctQuog4jt7zVUYcJe0E4J+zyg01sE5cSN8JOCYEO0iXBTLbK2JTQ1EqEZliK5fOQyukEJXV7oji5BASuHVAsHdg8PQtwXqd0eBKbbeTeqrDvkRQ7ju0YSrw4WDJ59bh+cVdMpxh9bji6ZD07DvDfUXdXhJ6bsbpdnMiSKvYqekoXa/xSk4fh0lHNaQjRkV76mUOXWBThO0kNfL2IpZ+Wzf7GnMyzRGYOgXHM+ve/77WqqkTKamBgdyv6kiqRWgVMV3TTAz8WXDswyXOojsu5q8gl2FHl5QnbK2UxM9+aQtQDvH0pAmvagCBd4yuKrrWYZIkOE3jTigKuGD1VdGGNJjLSyRoT5g6k3BEP2M2mLN8ELbnAeeWQ51o3H4bEQIEl5GmDj41gnAciEBxsH7+Z6R5uSnFv9cuHizJZqDD4Hq7nLS+lrU6sCmco9Vap3s9O7l/7fIgcWxHbDffbQfeUgTp47XSd9E3EF+/oaUam2ghSlVqy3SWBX7apIyoDO6B2TNSAz86mmPagPAVre1KNmkG/hEpHGS6pBBS3lbB0VL3jZeRyThRUeQSykxAd33qt5dXCAGdV0VujwyovsjpbGi+AIMcrRJIaa9GeGyraFD90dv+rSPhbDiJrAPNqjigFOs/xXU/XCeKBDVM5COR9gDT8JI7OT1Gq9Gmdt7ODz1FQGkXe2ArZ9SfJPw28JYlHSCnOoCmdZOuFI3sPHSJZXT52dyDIqIwvvStfrG/3sTGX17NxtdUQhXLIl08waAQMPwjxSMqTX/yaMcZmlq6TouefSiaspJQZHshztbpZEfutFHmnOdyGmFwtHh3+7oS6oxWy9dryhte1AqqMrOTwX4MQcGDgXP3F8Oo02hky6tbnrJvRKqfD/bj3cZW/JQA8jGdDlwZSYFz/wVRZ77dAAgmmbUkAYFiFwuqudzcN70ElQemikUL88/yaB+8wtpcYanhXYziCWvcGHqG7f48Xpdsi3dmQk9aBZFLteToL5BqjtgyD0PGiXIAi5/9q2CCnMtNa5y+uX92NO6KQJen7SMEyRIBbef7Otu3OT3Mbn1YqUU73ZYy0Vs3oGNjTz4FSE1BctCAw6+q8dk1E4ytIA9RNYq3oQZOeuf+J1JH0wmoowa35JthBk9qGGBhDafz45KXtpK6pq21O7CK4Hb7UL1gFRoHxudpfkvUIn8UdOdTwcWG+m45+UAFemDpMOQgYpAT0Ot4gVBnMgLWsld5WWLam+azEp/Wm9lhEN77ZnwQB8qAd7MIO5LDB12PrOwFQLoAdK90pBB+AavaLBIsNIT9rlEJpw2jjVqIGJ5K43NPrOzVjhvGz+NiRGTWPlJ4Q2KXpjBMHRex7d07RN2FcpfjtptdW+x0rEIszsnkprF0def5KTtBeTh6UTzSCbUo32oZUf03BwdocgC3aCSZL0my5NVa+H/lOj53avelZm9zSWXsNJhWr0NA14syH9mLuu/GlX5Rac+ufZWTkjQqfXu6c4J6BX/EYRGXCUe//aKlcYdf/Cb9PdTVmiI0dWWcGdaDlhj6Du5jmy2kNZIF3mBKsRIQZZ4uy+V+0t0s18+0naLAA62sLxx8UkVzmtH5/3NbgGCtbpPo5v/5qT52umIFleP2FChADpCAhEnIbIZmjWNR/nkyGCrL+FbuUr31MbPUy5/szrcIQVbAWa/R7rYx2Fi+Js/v8+zyybw63c7xnTbvCwUVybmKvpomwUJmMBisPuDVSuIqZEHTFIHSlZUS4wxBev5dMX5HG/3Qk5+s39bPlkz1hqmiqv0yZcDHPdZW+RyMsCeulvUhp+reePEfjtCJNihMYKl/Sj9uUZYRUoqVPrTlp7aFVkaga8MkzWITg3W088l6WKRjTKYgd3lk00QFzVZbHI6tfITIzM4CdiHMX1M6+KJ6VO/wPIGw35jEFdeCdjBMlJjG9TR7Kz8gpfGLEgKsQ8jfki1zLCY1/yiRVW91315PZ0auahrSoTgM07Dp68JOsIU37VgVG+pqqeQsIJJ3HbtEZrtJrX+48b1TfAhhIvGKERt9TXt2JzXvSwQHSjx7Qpf+XpWqipmg8/x1euFmZzt2bnHUfptFiM5n61fAuCAUS8P+/MxCP0t46v6/DTvraQByPaf4b96aatBkDWKi0GsbVY5QJ99ZUJ5qumd6uTjpjPZICNcdEYvegTyvqPUoWi/JdZz0A8OnjHydhS8ed5oxfLK+I7c/6VyHuAj9o5BdAib/NuuBe52EX1GhHpdgWyj+mpHPee0JKvl0fLpRkuBtLcWmfZZCne+HD838daNquQizXzM+Ra8YP74otIzqK67qF78A/ko4kgLVaFSkIOPMVFqR77u1bmnt+Sf0XDkYKsmUQeufookjBJXz3b7we5L/sBG8NGIqv6ogiCBbI3HQl8myHPv/bTSqE6pWl0myMPJd3k7jfm3+udsAxlyKV9zrDXiGoF6LEvog166S7tb4HOIonLc1w2Rur1/bdHwFWXY26tDpvy6LLqgNHIwAU52FfAWl1LW+asuJew2CXYKugzdvp+/irRNeFaXHYyj5pMwQtCIvdI1ZDli02iJ/OB+VSg9Yzw4sIQ9JYy9Hf3f1r2305Ydsape9/HYCLtG4s3q7cL1PubdRsMXky3gwxYQsPcG3wT+aEg/IJwjAsLdsuI8RmLWdc3BpICh7y++MVt2oHrnh/mWSstHCCme8lO0ZI7BpyN2rRlYh7EMePgFz+oCRj7j3ZC6fGeFb8LpoOKWpETLNPYXhKEDZyMSfQ6AdvyTaif4Ieg5sGXN8gzcoojLzF80DsoPobXy/rEGB1HfV+nFV5Do1TY9Ar+yGGm/QVWj1ye+PPNwyPlCUMuH6P4LjwxSoEBaOWdojjfMJIcllf6J2DyAJUHjxzgSXSijxXEHGxTjSQLXAUQEmq5lVn6Zq16DQAWiNkQEep7BYxgTmO+r6R+GJBZ8srvlhQrC+u6Qby47HctLAMexJE2wYDBsBvnrcsyV4EXMEaxcaw2DnITcJGEHWaOY0lO5iCGF+I2b0dGH+PfXf5HWE7RFQZw9EVgTbdkMdeeRCGSpGt3Q1/KNwKq4sjYNDC07esKkMotOHEuPYO303T/0esdUz2SjCWpo6cN+FGpQ/hi0x+lknG41D0AbwwGtreip3bMI4kr4QxG5816t7JRkFUQtCgy+f6oOs4oNeTX/B42JOOFWGyWy5nxezlb7UhOGewSjGxXbKN3w+7fvibbZOb3fq3YpbtX3O5QQBRlTWB8QIuy/4Cy7mIOThvvjLNGjKhktHV1CQ7C258MJIV7SMD23nw+X/dEXW4LW/d915PW+ClnPstCT2uBxVyVOJGxY4IhNNADY56y6BVDCTeSdNzkZlIJoXHjBO+199arVr2np+vQpiYJdK6pA1vOlFsJ7XVP9rRv2nXmHUiOcBF/q9l5lvh/AK3NPHDOL0VN8kgV5dY9nSnJYMvUaDgH2IxFMzrAEKcqTFEla9vmlzlccySMbMEvJuYvL2km7Dts7vFe2A1Mg5nr7LuoHyiPk/UY0U9QdPduVTAsn9PNb6NXPPM9WImsbLxjdcJU9U9JvN7kCZypcsZkg8dm2zhm8EA7nHnApBjbrMW91cv4jvXKGEkB69OhooPNAHjmnSfKJqV0LqX2jF358/Yz1z/WME/1x3pZ1X6fr3m9XWh05Zc6pdJf5KbRqJUYhrQSw+vPktwvmxpEerEHJ1wMue86FQIgAWQ39UYXzFtOQIIn0xRk+dxeW4Tbuo2crXYG4M4gavbYJalyLDGWdVClrcqXZ8i3LZWYuDuOPxsWm2SY4Ewl/KBom6DpUi2Q5T+bjRd6N94g9f1YB2hKp1G+mBLfvJT4mWLB7/GA6XbsYq0Gn84YOooFUyvbIKl8WxSjfSMNmW4jnkkq7bbdCxYWtEf6taHIDoFudq4vXD89RMDtJouGK77XQeJKrP0E6UUPA8j0ni+vR8JGUc7xqQyKp2v4MCoyrQd4CdNasLm3+oHdZ1SFVC7ogThiBJ0q4QQrackO3xMuPT56pR1/0suPOj61UBu1uxCVOdTdi67XkregNHEJXjZgBI3v/quxJ48S/bG4cTxDghll2meVxq9DjEJISoCFBnFhcusk9QImIK6m+vkAqrUXCSMKpTalq3ikNoilq9q6mzy0IJJkOqhQhQDjNeaYqGRSISD7Ais6mzDgCBHqHxtBE0VInAlzdp7rvbrm6pieRqSVVwOsfLJXcJ8XaOsEUPjUZqEPEtlK07uD6LY3pHilKYby5hZYDQn/KEcmhyANZAKivFlHVvOWePeZwH4zQCAMGm3ib5KD9T3KPXb6ct7pu8Z3vxxVsF4sPxOPLvC2dsfLScgNAG6H6ezYc5u8uLwrIXFDJzkeGBMsaxWfbt/dNBMg/vHVTx4S6Cp9CDJueFnxhP22ZyWkyO7WfBLJJ4Y0FlIOciEr3eHSeUV7gIkvaf/WYDMnYrq0bEC3lkDyxlJAblk/+imHX2tMCXjYWiafDFgyNeuz/K2+0n1kwjJ8HZMhk59Ww8QedO3UpIL9w+8EzUQQY1HPLTjOTU6TKwhUhEKCpuHvDyLemUPXlIQiqgZHWWORdwmIKO3U+Iw8R+egUbFHGtjUEUGw297RohvfoK1O2G3rRqYOGdFhoLspKKTwnaUVO+93qMtCn3bvkgC4CnI2P1mzdOL3NKbksZdfvwEBxv19l5Ha91usKR1qO9FHUdMLIi3VevmIJM9oaQMibJFcvntTnivHPTFaGMv8kBmMDG3TaHHsJp76wmEInCP8Z+NpGx4u4welZcUHqUfZ8az2sX3ugoJxkRrecxoz+EOFn4XsPa9mGKdXfqn5omotyPRuiEwI9aH28caJgBxIMqgbODfnkhsJxIbUqQnos+uY5ABk2EjdW4ytLc/Ip+fRbQXnbYM6GR43Pz5VlBZbskA+L6MWTeO/9RltEPEUzCXFawAqUKUxYGqgMlIvdIueexTbqcEKMVcI9r3UzkSFxm0USLEu0hVfi98NeJJnq2aLvTNiOmfNE2/lLz3TcDzFUmzfVfiXStNzQsPvsTTezagKsWq7gC0e0vJfR/E7uxhmyQi+P1E6aTuaheMjnRNaQDgyQcUyz2gYtnNNsuYkwQPB3yXkWTaAeNxEhcXQRFODQARjq4Nz9WNBs56sGJEJNT7RBxVQWU4fy0cp+jEXqPgnlrni0krZfOptL3eo8sNc/15SyjHlkK33lgBzVnWfYZtp3JKyNnGTILQLhTahvBGtKdWIR4X61rVNE7uGcFPnf1k8OIeD27vdYTMH47QH1e25cmjJzsA3J0IPiVw9Cnv9ZGZirtF24qBkzZY1R53P4N9TcffOwK+RviCJURtHMBb8Se/A8Q4G7cIMGYr+OLLkeXZG6wFY2O4z4+FjVTY1eKhrIdgHP4RwRSvh3d4llGLOu4K6KxQbgIrMovilECmMQH8W2/XnGoat1+GeTUNwZarX1g7pljVvJX0KS8lPpXqpHUUBOdzT1kRpjmEXjg9ir2Se8GUjZWhhguEphoMdO6+GIUvGiO+UV8DF9nHgk/4CuAn7tanpk3ZkXDUV0OAFfYXcgEjCKzupPAMX9s2Ab+2OrnG7EeVnSoHT/tCXzaKZlRthyLxDuUffe84gmO15Mg1Wre5zzdsuk+jREKLDVSLEwm0Lx5zDZ7Tkzf3IEpMX0/DiD07FVAj+Rz/MdCI4yxbcL+3JyyXKrKvdfogrjykxni3meXtbhR4po+qjTK04k+IMtEfmNg5wA9FcIXz1wPhu689O5PCto5YG1eumKg/0nsYWQrwC1P14AaCk+on3jp0WdLC9z12e0iURkSceCKnSVlcneLhLs6Uk6sFDI5ztAs6rrjhL4tBqF5Ta+NdffIKSwzGryKrDujnauOHRl9rOUoIQ0nOo6QMRucbuY7zbug79zGFHX9BOy77b0RdXdIxO2//AE2GRLbaZ0qkcnK+GGxYDaQwYE5+732pXZPNmcXrEt9pgTU4PNSrk45XHEUAZfIkRhRiHbXI6ejFSYo8y3/kvZs53nNNdtUjPLG/7id44aQJwH2ZS/DAEEDlCv3PaQLb8Dy2ktQG9irCYLTQHIUwLwoWZQ+9Y2I9gbLV/MiF8dJHcMJNA3nXMBsO2lRZjox6N2neD1HnLjd2C92V1WSWJN4sPEqQjkvvlcQWix9tMKWHRieSY0yCDN5hOvXWRdVZcesE6ohWqQoZw26PAVMrmjio4YI+SMJHaO33dHFB9S3JIQPB0r8nCogjGCSaLeg1i7SyQo+d+1WpQQBfmIKzqF6x5L9+G4neH4m09UP5W01vqny/59gdz4mHlCZiR9jInzuntFygze17bNbMPkRd+D41eCIwhjE7aD0Abzuhxlbk8iv17jv0DM1qy0lTdENLZ+sh+UvktnF/rFuVvrDnWSUsRsgaHPA63KQRiECT5jvKp/RCBuvySB7aR0hdiJqBFDRcyPsLALFf4IYN0RaEby2wQREsdYxihGWV9TICkiT1gXEpxABZ4KwFB0FOGDJIDE7CovV35nTnExZKhUp9CGKkk4jOTCrB9dyF92SufR2kn19lnP3wAIijJ08Jhsu30NRnBq6uV/VGTYZvwaomAJ9V7RIapYAy9heQmLe95R4Rs7d7Vfy+S5W8AQWKlGnOdNzXl70fZhETsnjG8WdVqEw6UjBt+g5awzIZj6o0X02Wh4+WnURlpFwGEKbLDudEXdBF9u7hLXDNPinsQnB6wEexEg7tKjDdUlMvyFh9+E+s0xF0+jt9qKrKu670ncFHN533ST4hTWpvRrnFoyBLWCaz1XHtD1CSaJMgeoQxu4iGeCcRFwYFSrs6npTSRkG4JDXNlk3s2kw3Z1vH1vhPf9jXCDg2Rot7754OKdYloea+rH/ow7JAc6zpSWu1tQ6mVfxgXyXF7cc4kKgPKS/Uc1IeexC2JBAaf5wJL5GT2WGECBzZSQNPJkv1+D1rKsqwG64ALSyiqmu/g5Bwm8b/Q+gH+qtymtNOYCOdbwmFUDkPDg+f6nEBm/JhoHpLmX0Es2AsyibucKphxrZZxUBM2OAhqyNtgeGgVWH84I4rO947Qhnb7I1Dg1roz/qyLgT7BBqa5xjaTR7hPcVh4QlTkkaWpUrz9rPX4bLqiJZLkCN6sN9yJ+LFk2Je9VIk14XTu/xBzKysHOzCs3mj8KTyGGM99fSB3uebNlFzoiIHxmsG0bOCDoYBptq124zgRrPKr428INMsGuPYxnENuUUSEFDb+7MD96EyqI+rZAHzSK+y72ImBlgrEqXAQ48SysyChjFSOIylYyFAxdzlxoOWzIbd6iBAv8qhcuul8bxw2fXxTtUKUkxQopS7ToxVbttCTZ7r9waSClmFGKz/KdK2i4f2RZRJC5osYXvxqKLrFj/rOjJmleZz8ANju3YeSedZxLT9T5zpLVBNUXcm/3dAA3zCayb2xnz2+C5T2fqWkOgY0J2y7pGGro7viDVaJ3XX/nzQnU4ZqGo4Rl33u5SDN2MvVkuT1l/H+qgCo+h86eOuyBOuFXnw/MRF+0Yl43VLe8Psk5MM0v5xjr56HGNYHk3c9S2eh0jWK50mi7O1hoYaAu5R6L+glnSTpQ7vRa2PJ1jg4AZDOOgfGYA5Qoka8E+XQqNKulAXNfR/rTOPOtUVmvKBE0oNKTm5DcY3mCLPZH/XwJaoptDuQC5Hy2ygLNXIsxUi4wtZ6BIpwOINDUKKUfyEFVqHetZ65UB7TUjjti7gxxnSN6Sjt2jznw2WrnFFq/8+nBuYjN9ChQY5ZzymhSIuWxvoXmTjiowdJI44VQGYtpPqyAucyMrENjDwUHYyocGJ3KleQfTTk0djqGSpAjdggTrtikfqQeNzM+MbZPedP30Sy0pC02WVyh1DfomtoYgcJA/VKgox3oEhYokIdtiFqkjXSXdfz2yvEt1pxsetPLPxfB0Ng/KUuoFijHJZxUzKP2PklLXYSQ3I8lCvh4DIPliEVNQgWmEQ9CaQmdePnyM1rBNZ8XiZLEncYmh6T46QvEHYcW2jp6Rk8PsmCXzWWOrM/PkmgmptBb0uFHd9wwSLIdqlI5bZScpjjTWkvZa9bp0UNUg5RWHLyNj3ojAI/GeDjBgYg3zsHvP/hD+3Z06AuUcmD0WOPBSUxGKOvE0BFQhZS6bHrxXYE0LOIfCGrZ9PTSJ7itSLXSgT5xO3yYAbFIHFwjxt8F6IUXAQifEr7XmKsvq0s1VNF62zHI+aQE8YWhf7OaHeDDFFag/L2kWJ4nojUDigIB1SljUMzi2olNe4gXCZ27XQUqduhG4IJ/xfDEVa0Ww48N7cbVs0YJptYBETM0I+nGojfgPeEqVV4MItDETvbrI9bcE8qLLsjQPJ2KnMqGT7jSyyHA9Cuf/3IyWrMAnO/tiPb7Q4MZHJzXTkK843T57pRJ1uwWy4m6A7XNJMR1PRb9odlzafeoK1EBIJK9epKw62PC4mFdu9cu/z9hxJqXkjexlR6LEq7OYKlYMeoOPCaFLjE2k0uqWQ5KH7KSoh0QwFQa+pelaqUdxtegjZZBSOFvd30H5FL91sCv5XClzYg6GGU1clcP0Z+dxcncx/ASksPvSTIsl+3+QgMwOviPUOkP+fXx1r1POuskhReVCoasVOrI1OR1L5raVBWaPMNwR8q5tS6hAkLDXArprccCTMdxGj64iq6BF/lJNbwqpZklvk9fG9NMxDNVDi9p4RdxVnMGpA/rAptHJ8eTVuNWqhiAmtywJepo2kaytEK+KxkPkyXLk5J1uHmqoqbZ5xAlAfHb2ekCSa6GkXOlD5Ok8rOV9nz1SAUkJn3WqWaudWtL0YZgt8K9waRckLZnbvzeGHcLmlJPpppIQq9N8ilOsn8QT7ZMhJ7AgQCrCiuCRnhuG6uBOSxA9lIROWLzzWH4lRaxOKci81pmCpn3xc4OMRZiiVAAVW3hdoE6hSMuG2a7MABsrtVy2Lh0U1b8pVh4yxYYHEffndO20XIg39LpfLPd80PHNOJfYw4oWfm0pJjcOf5JebzlbAWHpTtfk4vjlgtbOSPYUdCUf60i1qqH4jqeUeQZYNSaSTaYSD6RJXJjqTLHZMj6hfXFcguBJj90GD3FKDJTQ8rvUbkMjU8NaoAjhTDsfQvwqmtmQRax1annOjQx7NE4V81/kQ+jwYuQhk6ZLKv679oBUfYo3DTI/cu/L9MUkPD98wMr2iTzLMcVbs7TVVix2U4RJLZt5vgiac82GVYZHqHTkrs+rD/cmoc1UPVySecEziZfT335K744Wp3PV4GH+OtlICBg/06e+99amACv6NTtpTsCELIEJSO24FHmwM0V/5iLk2JDqJsdQqfMfmUu26r81YUE3LB9BQj9fwBgPvJyK3fXtzYCWMYwR5Ly4mis9iZETzAoWf24Lb9dI0gwGPny0eP/pIpv4wOekfhYSP2la7jblwOXTPdVtYHcXfw5eomT3Xzt/RnbBqW2Dn3cCyLCJMNJejp6s3dvylYVPVztrwBa68AHEZ2/gnH7ZNLzB+U4QHzrtt0OnTF5u7KHOai5D00Z/OEN6PXWwY3G4wWnA/RMMNhBqmvoBoSAXlGPZQbfrb/rn3EQIxnvbZXhvw5TsTeJoKJ1qEAcQewYMe68QA4NdUhbBYDZtUh2XVgaig6kuuC4PxXIcJQRUSz8cxXjrCNB2phknAE47q0e9SCH7Pp9SXijR4Y3Aymba5LFfOXZIPW7ow2t6e98cdGgZX8lsPOsgDlC2RzoNdRMw7ZEE0+fOCnp1EnH03s+wqoFf0iGoCfICgMPOBc2hNyNaqFERMt8y9rJghS6O3N4wh7+9hU9PWgM8DsmZlb9XZQtlaCEjLfKoShwt1Usf+RCbdRtsHf3lroi5tCI0KDvjIZPVdMDFVqAtL1MSCI78jhYEbfcaxwSqKWX5cq5HUyFTEUee1AfSADHVZKpmRCXsrIKXuU8Pd1I5JJPBnh6Wn7Xpn/VlCoYdRXO8IHlFzOVbniayVNf8sapK5PANxPCUlhPVUnxjd+Buxi+kgVBZhfT3XrZBCLQg/DUL7Zd2SdtoGHBn8gBJflluiH5ek+CC9o2WyagRiZ/5ivMIVfjGZViRYezPjduuY62HAX/nueT7c7ulfRG82jzSudnSc83zzZr+cwRctAzqioTHnzBsis2ZofzAdEu/92FteYr3awlFkqrqCN1kEx3eM/AXN4nEqvm2b+IpYPqd2mlHM5liFvZG4uEG1l0P+LmqenGySw7pVSllllj6pZFJYS0d1IvsRPjKQI+7szQ/vq5JnZpI1zqyUg4lzsUU9ypZcyuY5R9BSJa/SYZMGMuvOZn4gzf7MaT1ViBC0lJs6ygqGWAwBjJQvhAQIPUzcfnhHQHCDY7t9vujBXev3pVJIkNHolz4YnRjJrUwYi3JLvL3o7VOlUZIEELT2eZ0hHnJ8GZKAYkyOdgkPLOhQ9orWfXRrkFxJNkdK1iizgAPNdVe/UhZ7BZxxmgWCV/8gWdXqTe4K+iy5o1jvvNBQ6t/coh9ihZ0rYbPXSzZUr6nHsjtJxJDlEH9CAq3w1Vq1fefb4+3yzxXPsdPaavdr8+w1EyoVnTfbk+wVnnAGpuNiy6pFP3+3v53PLiWSbsJ9BJF6cZ5aLrIekTICs+vKrMgwyAXbYyaddniO4dak968T4rmZj7QvlMm/hjbWRs4onatEdoWPfvSyzaRi29NgoSfKoWbX0mu5ZMVxTGGQH9fm80mwNqoz6CQUmzTwFdiV2wi+DERLigEf3DEJpxB1YzaJ7onaHBEMP2VOFDtPee67rW+fisrwmZF/pj9Uh50OGy2aREBR1kmlz2NcVN4NGIcCPTXzM11c81nwdh1BXwnRiuWAI2WzyLJSsMdjNBMvKcz3GIURxDgEjAhVJwGU9L7mBA4gqkrT757238wTSe+eHl0lEFTzWRqn1QQSkp3Rj7Sil1e+Y7vroRTXAoxe+GvTyo05ELr//dGti5XR38unmGgKjzdmcOLef5TElTsNO7+jSKZHJbtaAvDrjnHqif9lUf4DGovGIFPkdpp3I01BeCIK/XMz8nIr7nh99zTDhG3UlCDS1vvI0ZNXwc84AfbpRxDUjphi9JbMgVOf1T4mmuKXX+JAvvbhPbLxgRr7o2WQw8fUvQu8UTcB/Mrl1cCMWAPcj+8z88x0j3/2DYtT0GM5zAsiOKsO/hPgRclbjAFanmi/Y2RErJoG2DoXVkgOIw6n637FqAEn53BR4+S5iP09KsHnwS5tMGtpR2md/IkrMEIoTxjKCVKkxeZEaVH2/w79Tq6j0N3BcnU5hJRRELqNbs09LJHfLoJECEDstnJi6R5DibNrNS1WP7hxSDWG7/SLy8l/vZuA/fTn7Nyxwz6ppiKk1wK7qgL+UvpjXAhuvYH2sKhb6ESkofY96xc4RRhNefQ6DwYns6eBxVMZH/TCR3MmzWLsNI9EIomkdcF6CbLyiXyJgJa70yqo5GjPgsMlrXmv2Uz/kKsSVUS40GRoGH0t6k/hiCjqau22QymyNlefPwfP2z4TOXfDWN6AmrWSqFouv7Rt+P0PnG4okEZ6OtBTlsshvZuJ8VaSWz4204gxvu9xQ2WK/c3h8v2pRxm7YbDjhCGxyoNPc/te0iyAMvqbaAbBSbPFcK9aBpxyYOA1osvIoX9x79XRvVIPkiGmDE/aIt1radWnef2TZIFLwGkepRYgIffQSHIaKm/3o4gQbk36+LPZD/9hc/LXppdqxeE9RhPdEdONq/de417/2pQccuxXnplcTfoCeXJBn7LK3vUu9UxuYfDbziD6p4IA4kQwVLoNB1Tuxw1xrMVoG7y1shIEK3Xq5B+m6ZpIhnO9SwVB7XwUeEI1Ie5RhKq2M2LNaFVCayzNTX/AbzSLwXLsMVjKOa7YKMA/QFhsosYAqqoO+vB98l5248izqmtX58MmGrxIEeUP+y2W2tFq//9f0BZt9zWkWlvuum0buY7u3Dpn3cg4q4HANiTLEJZU/A+U0uZnkQ7mHLvkeUYq9wJyQ6QRhgKPSyHQ1KVWtzWUGIoiWAXodEFTeqdsRClSMBi8C0hDC/ftN+KmQTIW4Vcm7obxSVcCUY8B+3/5JhtKt4I4fTC8KyGgWGU0JvS8HQjv0SFvSaRznhuXHJQyfPIR7AxuuoRXjLW/4DdpMG3YnrEEfDtV+tTru2khS/J7nU2rrTIU4spHConCqIWpKO5vcfP2B8QrOurUJ7bT/nJntUm558Amhhc/VSvlV0HZvNaffSXOJ2FBn8G7zWv0P3MOHakU0SAzJI0x4MsZeJ1z4ootZqNZYULVA3YxrFI/eWmCKxus8UsZ1nsI0AeHcQmHKIbTRiPQnwN0IR2GeklHnUmxwj5VUK1mpnefeCvpO/HlSjxuH0GmmUi3iwlnmsFqqlGE56VTWRNA4zD+1HeNg/eUfEEyrk063wLNWmlhLkSksnjn/x9Oxe7x4GpnG/pQ8ZKDBKT6/Vi0pSaeaIH75gMQDbfSH7z/q3EW6FyVgHX6j6hqlrBSIpQYKP10epDAEMw+OkYRBMYgofPNSOVQAB0BibfZWigRhJzHBa9MvD8ZDXeXGuPENO5awH8XQrxTYbLsA0g3V7HiNcLZPN16SLZpwnVPjXF0M3yVbW/oIr40yV+VqVUof35Ret0lDWAhnxeErWe35hjTzv3SD4QemEGdtHTtQQbNb/QK0ePTOElkHcmTLNzr9aOIOX80Szt8VC2Bi5QD0M6qLGSOwh+1jLI82MAQLLRuzpfa1x6h6oXaaKIL2YD49MzUBZ8plh0lIatWD4TKrNRnAft90ntlY4oNHTB/JmFW1t7wDyRv+19uHkefdT1nd5fY/saSZLFB6t7HtWQjKOmz+OKKryBNo6Dux4FKUl32JHaSrhoyAuHoLchvgAUXWLEuwYj1AsmWpKwI7MctTuKfyhWz1NoguXdcdrSHf6oUldw126aQdNQrCvSE8ykwRsFPnboo+77BxG3cYggDf03Fe8dk2/xdDVBvWolwvSMsB6cMzbt91R4IzUpU//ZRgSNclt2LekovUS374sARCbantYpOyf8ju7iO2X8xuqcopvMAJKgYzWEPl+5wn1RUi4LCniD9Ue49Su4vkuxCRRWIE5bykouwc7XnV0TtKVEIXX2e/s3o3drOy/i7iA8vPzwqySsWacNRqz0Q5jjHDKpNbCHanI79xiovF79KdjqZ0GbyjKwjSZAMA+IKOMpZ6uYaoZqY0Q7qg0RDiOFvIpRtWk38MHvko/CRgKc5aBM5pOAIrRz9E41zpBZT5ut/wBzzne/3d9dynWiHSlGxQVEYgRf4EITVwpyGTy5Pzj9x/35vdS8r8s62GYKOxw1bcPbH0XCfclIVJG2mQP8n7U1aVxknnUfvFkb3gk/XC7LR3Jh4DTTr5ZaZ+F4X72MOx1mxxY0hEXVnGsoLKjobG4uG7AAWwiEtoi4cr27BSo3iy7UY7YP+4YDcvDX5NHaUymZD/P0jfehBzYVa5/nk+sFKPcIDwsQLv4skCXCHcg7yESACSapCCsELsmyI/n3UeH9D+6kvL0UuO1yL1mUgtKmuPCy3hGxfA9zyODtTpxPJtFDkYLy/RijIbg8CzRPdbzcur0nFaoIjBonGYP6VFlGi88v/KeJ0f7go1kC38iXBRabOCTBPE6vUuHYr8+phWnqa0sERZQpIgHB8hlNEGK3Xv2/YmIKRYPhfqyTQnQexZ96jfowfYfOR8KOy9Q5BMz+lv13+kcEqiV8It+d8cVCZR1yzb23vyDPV3WlpAT7yI93RupLtcizH4YwdhiDTXOkZEtxSGsY01IgwSgRUCUvbwtwnTxHea3tfGyfVx/jCGCgXatGGVLzs4HBK7JnNYBNe3Uh/0pe4bIn3gC8xTvMA0KDQLZ1bA8xRGjoPNm2NL4IRZJjuEnzNlBlVKDOhvwEI7l1lHvlhbVCCApnR4XxVGp9z3brYXOuF3/7bNbglq6MPma20tPdT+qORvz6oOMVTly1ZO5wsGWLfto6vwm5+hd54kSJzip3SyGIDd/3bK/aIFTUxUhJykxTMbpqFFMfz7hMgQvF16JIQ/V5M9o5rbIIj3B3SNseiPYkgOEU9Lh/uFMzOrO57Cb8ouYKqTb3trgyzmqGQc9VK53rskOn823s22y0Uw8a828sMbxctxsc72DP7hqHtcr/ywAhkf1GeXYf6Dv12gU59QWH59y/NNKRyFC6u/AvdJFmTXnsAVjFOJDlzrZc4XfIT+mpYthfIRlnickpDI1e3tk18LSUxf6V8TlXFBm38W1TOzWoecwhFbsPmnTCH8Sk+ENfDYlC4/T9gtaBnmDc09jdqGJGqfCOFSCAfqKY547TkZcQ8NZdbxR2pbRE2T+/XY81ApLfKQS6Y9bZUHN80pzQzAn5VkP7CQlhSEO+HT+XCFiHuylAk903UgNO4QvHcfHZr6yDA4Cmq8jPm6LsLCafbFuik7WC3G+SD+FJPOHgr+YN+iLpof4+nhm9JFDAdeDVPdg9vQYaYdy+umgCZZuAtzUfYytnA6QHF/G4LYxf+xWP83Gf+Wnwh9fURiQ86Hzdd9qqv3rXHruYs2qZi2rXFxv6Lt/zWAxQkHtx5MzuKWis9jFewKdGHvp39luQ2fFMdPzlfTGoHJTposXL37h1iOMmTKzClBui0+6gq5t24+EGn/Ny6U41C/Y69KAli5RgSnDkMvHNtBnngsd0f2zYK5zoKoL+Kenq5tLnvni7thaMoaoCXaqRHPhdn/nxJy2AQyqJql4B0tX3dipN3RGVXoreqVwRX9K4/+C+skMqL6NlBuLYne18quS/8ObaIUf7ew3kwbFz/2/1TzPwE2Ia/YENqbksZAtQqtnJQLbcRCvDUnfcG5xjTPdunv0RrrnEZqNEtQ516WiDsRhn5/lQxSVgVZIqIipKw49l9PMjJWQzED6R32fko4XASwrOlCBnQ5e3X/LSZzV1v7MWz9rrG77cdEdxHywMYWzcxzAmblqc3dDukCEGzuQlw5NV34xdAcLlgs7IQRUhdFvOjVyCneRf9v27GQ96tEOi1jZtDBqsCZnywSF9c+cfJkTUETSn3zKCA49Smt3nPsO68GAgm1TJCgaw9S9KDOVtjx8AQTnDHFyqwKU8oAti3ai64jm/jVN8XTNCWz1j1kh0RZbxe5OuDOWHt6tJyffpheNzYvsg6gTMs81Ijug9AS5r9ooAeXG3FMOM/W8uPht/vVbfcbwqG1LZo2o8InlABTSS0kKnAMlPg8icKsLWKJKyzouq0F+gnSlHDFYqQ7wCUiMqVH5o8RXL+I0ZhcQ39qTzklYXHYJr8OftJDgK1ccqZaBmE2y8ehoMqEzkr94ewdniqGXD+5RnFFTCqfP3xe09z4tUyT8E3D+qufHJ6yWjesqyaFKSrNRIU9inxefuTD3UzbupCQSLZaMxH6NLGUkHe9PdV0sCRP5RRWCWne5HHclNHGvfPG5Yq7JTpIcibPq2hq1mwBzZuoRV1H6flN1XaNafKWEevIWAakObTXxs//KBNpD/C9VmEhvP6fX2zVu0A1KjbWgTnpAaAXY8tnM2bMfwlN1YmNjSwTBQEujcW3hT2jxCYh5KiMUmOtNTkc4gQHLBbf80FROYgCVU6vR3Co8NovX8LXQ+bMp5hjx+fw2ebIN1/uWM87itFDymHtpCPHoCS+33IzjWGrtwDVR4v/a0j7JzeWzBUmkwShK3quY9fGRKFkjKsSgFlok+SwEl4Fc4WQp8d/wM3wM6Z5KDdCDRHbCzoOcpx5yGxjkr3HfTFfWNk1TZtpYL8tAfrnV3vIt0+drrerfCEcw6Cbx4/7DkhKmdI708SKF7PKBq9RrpBBYUarSs1rtS158VCE3Gvs1sYqoslSzu5KDmP2ilrGOAXQZa8V2u0uWGUV3U5nacNRjTOy1NR9cKjCKcjOTBWO3hpFvCS7PwsvI1mXiR+Mei4nLHdcdcw8Tv/Tr7wkt0X9/HyuU2GFmIQr366HTN/9GSJwERnjrGxhIlQfF8+WaKrmnjwPrVoSEz3IC7CzQdHI/410MRvB9HQCctDCjaXWWZvEHzGdHlrktxSopiWxKFjnwHb3/erEMsbnmA9yheBOpcBLIlHjeEIllTHYmsu5SoM3mDbLHssTF2uUZ20UUkssgq06w/F5iZfZIiKV7lhftDhFf161fy0TJQ9dkUt2GjtYMeQ0FPPh6M2TcWQHO1UjHfCtCSRGzWv1z1tGKXGY2dG18cSY/98Q1WvFbkzNZJbKjCIRVg8YXXQ/t89z4jHCst8IQX4ZswTwuvDKIZtGb2Q0JmcmXM9sWM/cH5MkHXJYQZRjRNXXudT4JqTBrgDcMLIGG9MENdvIEzCx/PaBAYIf3Qc8eFdYu57aZxJQVKzdCjKJcVlKNL7iX9jM3EGwQACSUl+DLQCg021+HvkJSHxtmScsWR9471h6sOgCenqmwl/uuleS95Sbycezb+qRmWAdfgjKi1f17oWFmB4CjO/u4mCXb1yFRWj7cVcvEt7WNjzIWB5rtXNNMrt+KSRNPtlTReiBKQtzUxL3gSDhZjzNMXRoOUJIPfobnsB5dLAbC5Acm7ql7S1O91ANb5CdBdpEM3C88HETxbbNWiwuoeiMmqqHrJw/5wJA2KLoxe+FIPbchSs/dZXxDB9mWmh0sbMRpIJottxFh4kEnbz7mky+sBi2fHt4yannPIgCHHfv3ALLUOlRQu5YMsZ9hmJiJu/9o0GZWWsYyNsnFEEyY8C3xTBucoPwc4n7V1rYoWn+v9+BQ1h1Rwn5Nx4krQRgWM1gblTSjFDLLNf8303Z/zDEq+xMhJSolfV+2nscYzWEWlH3j9Mktef207SN3MbwggVAUenxrWIjVJ87jH3r6nFvjMxRwZCCGoU3pBSEMAhMzN174vEPTDc4I7Phd+BurD9jiYAgJDBf5IZXgZnIekSIkAvJtpGTBti2wlucgH138jPcBZtNSz2kiguSQda8l1VzAnqFTk/qUOSTglm/g+ZFq7TTh2i8lnXAXCc58DlaXxD7VDRMm7OsZ9LQN8+r1KpMfrfZ1/RoB4OTwJP0HrYrUEhCC0+WIYfX3XwZ/myNuxLeCGkds2w8xlObf2zhCiSMS4/w+3VqXL51lkCM2N9wBwxnkZgJFv2J3+6U2bIlVKxz764cKSMbyT3rxu7ZE1i2rybS7ntvlUzkk1jgZMI56b1YIsu4o16X2l0kv7BUkh0jMR3ADGmVLrZnBlfePfPPaP41P9XZpP429QkWKqDkEXNgmXF9ELApualI9sOeNNR3SPDOpgM9SJ0I8nU++Tks57uVq/4r9Prz4Fa3HqRYvrJx//IfHiDYaVs8cRQThdXC/DzfSsovyG5jH4xEX1d9KVAgn51Ng4vLF6dv6c5rib0CyCngce/CM8OMRbFphu9tI/Zt4Ix8C4pR2eie4Fo/suF1HPEiKYpNUOc4155KiOCkZsY9yntt0RWh2JIgWUlwu9MTuxOtdcpQjj+g8vk8r9pQ0LppsZL5gMw7eWtd4rfeiObNLpmlbzMWI1HqDXvNVcgxggtRpXsnfLdIaVEANTs47+v6WclK+k2Hk4AbsadZ0a0sJGPCpqiVd+dpn0nyHHytfu38xQCc2kN9BZR27yBwzl60VGGfLI7SYIiYSBeJV0ZKzQC0qtOhXefb0nidgAjaf2lYPdyCqQrejaZVCx0JnRoO2Ki68vTwtNdey5irzt1QD5a1PdyuB67VxTApiVPxZP4oXGmhz8hctqRm2tvGtbYafj6VqQhr0Pv0HlCe7bWHOZQgt5gm8htIxr+n2jtBNMYLGHpmB6p8vQBZvImM0v3k5xn9IDJ005VYWj21py5s6CBOfN+7rITEGI3MIC6ydVbltKrCTQyC1PEXoMAG9rxdIq5emNXeGTsogsPMMNmtGJc7F+ZDjvnlh8xfmo9C3wgJlhAWm5vSqWasQugl9Lh+APi8QbSiTcITk0MvYw0VRqK3DVVa6o2XGybh4QPAJK9unyntYVSvJwm5IZHD8gSQAnh7xn80hOvBOfWH1q0nhozIiHp8VyT4Th8bZwiIq+bHnyHBZBitxpW6QZhikMEzylr9MXWjDDrc+JXZgIhNa6e/8RHjoAGf2oHQTCDXeL+gRf//VixqWKzun3Owh5ohmVwXwLDfYngBl3QkC6N4PWjH+v9REvDw0oIi/9BWPFfBjt5Ktpiyv8KARcXK2lMfxR2vf076VawMoFvc4t7Loqxj9ENfXtYToxR3AA4Tl7iABzCeRG7uE5qiXi4WhOhAv1ezLpwSc6+pLyyqrBE6lW+IIMZZ/D31bmJ7GzyQLdY4F5zbIfV/d1v8dB10gaV1H6Yjr6i1gFx4RwiOeSydeu64aKyhO5+b4S0OZOnczO4QYtsnW84zNZcnLcUapSfZkOwhPxZrWFkBzXBTEinp6PIttvUIhoOnoityIr0AfouEkUnVApL07CWKVryTYXwp83wE2hRouyrLhIpXndY/dyWWLTi6mdiZIxHbU4ak9vtOw8ZoJGjGLfvwcP5wt/M0kxE0Xt6JnKhcSTcUX5v3UaXEWTSOFk+w/QIoSR7GhE1PSAkGnbcNLBbnZGw30raQEZ0V+6afWmfx+V22ao99Jm7Oyg/Sx4fBHUn/gnJe6H8ghpLOoV43lTPQyrLqwVX1u/o88DsqYryUrSFcjMbCcp/YxCWZou2ZTgPvRoWO4eo6Ugxnn2EDHgScwyYASsTcAAWdmU1q7iIfSjAJ+1Y0hnlpSInyTO7RKK33fEU7LNpFBmq1yjt/2Lmi+s8bFtl58GixkUivpSA5VEmUho6Q8TAKRlP3kEzQGyMUhLTvBAxc6dyKMF1s+pzs0xiM+o6jyGablgKlWUtCl6LaKBmye9NzGztnxb0wtP3TWraRwJFnxJybY9UTZm5CzmgaDRxB5HyT43kbd4hpbjKxdKKC4bEhG/iKeoY/+sszyyzRKYVtA0BdrMKQEdhYCwl8C/7d7LXCCZngzqNnzYcB2y5uD3A5eb89Q5WiVluAMZHmgK7nrH1vbQ+Bm0q8IYIBJ0dakCunNcPLE0EzfukvdWlN8pWjFuKpi80B8oG02IrwI8zVEdWF0EOojwDM5BlMMntmxICfM48bg92RWfr9vHmZqxK1eaAvuTy/Zr6dIrZ7nnct7q7+BLv06iTvPQiTEHnf7TxR5gQILHryGOb+csw3Pb0Hcqvw7azKJv3IlMzUYVoa2oBQ5I9ElpmGjLHss2P1RscbxsaGqMdZ5FKcneuWsdrgtmPAlJ2id6Jk8er7tWJgcBvXhpU3PGDlcpKCoXf3TFkA1czbNzP5fWXZWh35+ePCkteGUcYDBA8nuvMsP2LDhpL+zS5v+PzhRt72MCHo5cBYwpb0+i5c4wC8Vz+sDsa0D15EcANsaKvenOGT7AyWAvrskQXNVcHGh+aAP6gPF8NWTVIMTlxCSjcXB1caz1zj+wevRkD/SrSlIpKgyhKW3ZBxpTJUedcbEKEq14eLC+1p0F/E5Cpg5kkW4xOv5d0sy8eK2DCQ2iB3Z3xCMXWJdjJ2fYuhxcVZkRx6yKFsnK6oTFbHj5X+X3JjjCkBGt8FnC5KtVABYJa9vzJilxaGloKOROcpQcq8mFlSXzvPRjguTOEwR+HcFwcgJkddwfHUt/SVMKhiUzKLy+61i+lx9mhaD/4VKmUAmak8HV/0RMvjfDHjQecwSTbNeGNtH+bl7fMySSYpRdG/vnc5L1qTprFj1mz0dWCt6y2/zvh0gvVIPuOEjUlTrpKtcV4Bc6s9dCvjJ39LY+RiRkBZM6dqO4nQHoLZmqWb5iANIjr7bvsKCOcWDpVZsAlV1sTldT8WzMzoo5DShLop/OUQ+OMIanFsyiNV6aSGkkpV8ds8QFySimvDSIARrMN3cxj57xfF10U8aGRsO1ep6VktDvTmhewGS4wKT6W2zK9C1h1HTH/RwQqYA1TVjAkNS2hplRkP0jyFZ2hLFekWbAeVgftUOM3gEYh3H3lKXSNemTZQpmJTXc2H74BlwUB3kef/8029AE05dHaeNJZZMdNYZm2yP5RU503uryYRQcEVLve0FoIVhee7KX9Y3baSkXDiY5Tk8fbq4/JvGoXUoWnsyZmaEcUv+KfxjP+PU0GFpnG9gVKJ5p7reiBVMTnfb82MooprgtY6xKTt2SlehzS+xdFxg9KY/atDYVtk/M8mKHpc3M0x1KH1LDxnpLP4W9o+it/ge0c4Q0nSKmArrgbm3HhuzDIXhaERO+IWVoQENWkaiQT5D9Rw5PFEFv3JJZ54YR97V5t9wEeWGqBlNDWcg8PoHYnNamy9LOzMCOkBAGToBo5ufaUdK+Xq2WI/dTx1TN2l4arDN+Bn40NeLhB49VPj6pPOl0ka/2KRV69XzoYggiiYEd6s1w/GrcO8iaJZji0US4ul7ZE2UdaTspRFEvj2LGnhREg9AsRqsjTSouQ6/9PPK9I5TbdeYQ/JvWkcQNo7jQX02NR3bwY/nWL5i3mtlPlZhrxa1HMZYk0LLk0fOpHQtGuM3dqMC+t3n34EsucwOpcdpE579/C3rgbPJXFAD+IKxDKFfWiWjQYX4aBZaeaLC7iPzG9o4yaPeH63NjpBsalOxy5dQUBMRDGdKOuxhpX78Q6Ehmy6kuwi+wqjlzB9LYKYhyRgW4hBH1mxon3DmMO3F17SZDePocD2DpR+Q0DnZCWw1KC7BuoLoMNZQWYkr45/p3TW+zYOElwHWF7HTaj4zmKq18D3hMfmbEqY8ttPH8nvyUFJ0Dya9u62AUxavxHj0Y+r1zdMwXg7KX2pcvdKH3AdCizQMUR1jnLfkaw7ZyB4w1kgcEB/2TuTvrW/fM5B+1xhjkJsmKTXYCkkllh25URsef/W3l0tpMzyx3Xk/vNI0o20VMOsW9xbIflO7ZXLwkGLE5cLQbmDe0Wqr+9IQhsqcHbJA9XkUjbR0TikSTjZRXgPjTguyFCnS+dc+lnFLct2VxFSQM8KZkWXuZRsZhyeqx1ByWZEZJiQ2G8lCXBnZ9nHvI7Hp0ULcbRHhIVYnpi+S5EGMTzN/xYqGSsGBGneEVA9NL3m2nKPrdjvLqlTwOG/4Xjn8Zq1gZmKd07K7kqkhLD/go1XMCx4ZnTq2jUFYssR80GmvfTH4T3ENC83req/IdTINxmJQQrvfmXBAvVpzE9OiePNT5gvoDDlcXKm3AW77vl3NhWqZJeNaVMkVHP6lkWPD5D7sMWgTpBnFovtcjDPr9qJQIJvIHEhAlAcBYL1yfLS8xZsxox/qVxNj+dPNdxbhpY9VCzrTFfreX/6LUlcUsTQd+KB7Kj1X9benSYgzTUX4OQRbFX1rtI/HhBuCgGhy6qSbK/y3Vt/crtYpHBABZqSDX4Ce3tbKW58vyOXe9nnAPOQOMUKUlIeRLU2qKwavdzLjGc8bD/WKkaALhJq1jsH+iADrAFe6hWaIthvDjZVJRdSA82yLHbQPhHbo9AzHKyqUKQSr3qjnKhtuhrrsBk8ZMjGxQI6RlFv9+lgDALlIuC39lfX/K3Th7/AXCxou3+pBfV73FAWBXYKgOcQrjTZJ4ICfFXzbWEaTTUcczrNOoW6X9BJQtejBTGjRG5rhZ9FNdvT8w6UZf0812heWlk3MOwIBOOUplz36Qw6Xry1SUm+T8wv2QuPRUuUBMCWG4VNwOuoWsXUPel53OtMwm1CAV+/XfevtuJJzhM+m1iDf2lwlLGWG3SeMaopvkHkmeSc3RxEY4Bu7yiRco0iCrJLeFcezvVbdES1txzNjfZNlwwyl4kQ4sHlCr6q+Ur3HbvxwLBXlaZIJCMLU7AttPUtBn1Omf+X3yW9gyYxr6vV//KpT2ckL0+pomSLShnk0vY5Ih2isrpaZ/Na1aFObvciDw6XouOohGGWVsgEBIm2bfBwMwrS0CLHgu3G5GiLIVQhJjiP/1X/P/Safrv3Z1xmG+f1TLKPphbzFCjlJXsQnSlebndLBVr0rTabNfi8469TsxH7t2Nuc+6tbXXZDehG4vyhzgkEeRHJs6QtXiolh9JFh8hZgE2dJ8tgotZtFN406KsdjNY/U/nUqdD+/jYDSLzoJJBFJy7tQjHct93KcAcOgVlfLLSZydYA3QZDELMPCCworUOe+4tROt7LFHfijS4T+k4FdeCoMi+OYAuFlaHAfrGYTkDL+i5+QQohp4mYTPoMVOjQsz1Jqf/Dt3+XOLbbG5V/nc4qWyLs2VBoxWk9VWdfsmodAU906nrC3gG3IGNSQDzkcbOezDqq9BQOo3AuSO866xagKBsqcEt3YPWbCiwmu3FOo6qDVJMppLpthU4mMvD3whWW05YVu1hJPVA3nz+SSVJxnKX/1vzyNfdyRqOJoXsGtTebSmYXznGkZENpY0AwMC3PAaYu1mOcxN0RExhlkW4/ctRPC1f0cAcHDqwApJSuoHatB7bA67LT+fP6Y7YrLRugSk/Fi/p/2bqy5M1gMukTPND39ugSWt2aJj7EvwfSesWTVEsKUCAN5pFYoPPqBxnH5tbsj9aUNZVFNl2puOxObmIWds3gOzqyfqoQoU/ZxymKPkK6/qdnQOsj6EArhigIWkPtNK324DyakrRIRuXqpmj/AXf3ttwfX8yvVMweSjvYStigu1Fgvl3jCuGUP3EkA0jqO7tjer7lNj6RgaPqiW6ZZh4qBU8tsOrVzIWvQ8zugSGjfrXRWO9cN2wac+PKqA4SlySja+plTrspfKJc4WakZ/hpRFSsyNuHVY8//bd/1/en8vzigfvv5hg6mxVCBCLZige/1HnEhVNdWnkDeVr81BotaD1vSc7a/umIhZetvZUfOWtajZMrRf1Fws/We78E5RwzsmX40umHW9vQdV9yKyISJ4KJ3KvcZWZAIltVlHY1iMPeguGQvHANzcI3HADH9ikARNa4o/TfNttjIMMeUToyyugi6Iv514kk54wz++KExnWNddKRkz3xIii6Yt4KOZUz6Cg6IvhuMbiZy5SHWEMfxJ36GZhxK/HwLuZWKS3y5cmcemz7sraeaNdI7Y2CIndw4JfBgwxUM7mzDWwF1Rr0Uc3RVCSHHrkDk5g8FKIDMPW3b4iLB+/t9e3yC4R8nJG0WC50SYTNZa/7ZXY6oVzhS4SPaZu18Pi9pbqYoUHo6ABDtC6y5cyhlp4BlMgxIVnb9jF988wpIliSysbk5ihOuiJ3jVRnUSuP4uylg/tWhNG1xD2kTs58WAf+IyrrgEcV5tTH7DdiwQEcxsdGEuLO/jFHWz1tD3BUBtRDDpmv7XyATkmcgIW3udEEbNMP7ELx6Oa/CMcnZT0ESZf7mMdg/wI3JkalCW2/Rz4w6iO+0y3nMaJr9tidFhOLNsX4QpP6oo8R42/0yWRuk5811JriHuNfjVJAkHCFNAFVQ0cO8ClV8x66s8ZrMXgkJEalCUMHTCUUK9hW9lsPB2X1y5XZkZhiZUadctYziYXqdxJBhvin78BEcLPC/1OhIDM84BH4nrlZovRQQ7Pq4/5Vx1UfOgbL1bh0NCTbeXc6ppT6K5rjliS2QUOw+0TeC2H1fWLwOJvo9ACGFcTUy3LW3MVdpmDVVMdVr/eM7CTHdaql2S9f4NG2Nn506zawbRAGvct+YNK2rHrDUvD7ZTDDeFuSJ1pQuiufpYB3NiwYT37q6E0Nzywo8hXfHynLvP6OgVEKnUmIWsA2mYEcvqMlT6XVhGp9s5+P+OZJncbR1qN4hHN7IPeNpg/XR/pH3uwDUXKYdRuO56BkHdC7Uvm52s6NPMNvK1j4XhSIWQm+85vkxzhorZB65yUBiDMvgYw/kDNULzvoNsx8iEtA+Bt4Dd6wYLhDOq8h86XRtlcIuRhl/u9EpBZVLunNrjsE/KFIruzPEOkWRzPOlXMTLWBrBn6+8TgJkrP2+MVvjAxz2+G+CacChOuHn4E+83sqn+T4P0h/n44PKQXmDiF/9kk0dAIXuniOBlYngSlPCn2WaYlRSogQMol5dCTaPCDkYqwIjvRLjTv21cBKJ8Xd8jIdp/YP0V35SwkfpQaIpn8nMXDpduffk/toAegz7+pmkJxz08KtrSY677/I+Hjm8/jtzm9+bmaGDiyAAKemfyCWY4wN/QnUHut2e01FKRq5GvaS5xOK0fBgVKyoHxZP7eF8kLRiEykOKHe1/8Yv+xg2/vMrfP/o90caUKWhlNZuzMHDO+ZsUmaobxHTvdrGaeBHhL6IBl6JOJB/YV3LnSRMSD+iyDh7Yl05JyecwKlhkLeA1YF+Zk0oWUYcADKszBA7z0cX+jkz1MwergAyOANuc5Fc2ZB4Pmcng1stXidIe3G7xAyT3gZ54Qpub5X3EpEvTFpIu4ggRpK23qrk91WrQYxnjyu6rY5lmniAGq5dVPnWq+H6kHqcwOs6DvW9JxdBD2M66s5A8YvxQfLvIfTbbjPw8OyCoiky+F5KX7zMn5Y8Jodthy3XZJTLK8SOgd83iIhsAjf6WPR+bWWz4lnZX+AjbmnR7ndRCfk4uhU8UtWyHTuplmnzJ/TUGVm4cxwzoOSHDaAMMFx1prS02mqjrJ5Ifb5s8WGHm9JtpjQ3JEJACBnWdkIfsbQTYwqcZkUnteYQqbP5c8oxFEv7KAcDeDDbLm85TSkpKwPUVpapwxttEvRWJK6eZjl8nxgMQPrQ11FTIL/u0iPNntQY/8o90v1sUesZJUnBBGO7Fe6gYzyxCvTyujhzZwaw7V7gprDZFkZtKlMdipUw7AL53sZQLe2oeBkdSSA1uDo1ov06Lb70OxRL3vfVA1fo4RRmS461SEY51cDWoZtnVD1HHYfu/3hbElzJdngbtmD0cm8XrUQJRJIN3f1yLOKJJ/vBazI+RQQMzy8COm29W9dzFC3H7YcLw5OGghFwEgWob/FGFjbZT7YRBQ2Ereb/Z4Ici4y1bm/c4xWghvIfrQdhqLAL9z4OyqaaaqjekzQ1UxTZEwccAYoZYP75z7vY6sEl8azfjaXFaBuZtVECRsuKYR6KF87MnQ1u9NUZbMCavb9LBO/Rw2bdBw9qj46koQGPAW0y35R2En1HWT2hLcwaUQyvgM2pwVfDWDJ2/38QB74ZWV4ktakzotJpYs0pFOh9lb80y+1B9uIeew8eAnjY5EXFrZsuPoVmyX/5b1nkELo3uKGYt6pPwbgFcvIKYmJx5N7KPxNL1ICvz2FkjhetRo1BGqo4auhfZ0PgThN/jfpkdJMw0Be9OcjJHVyFW3NtAgi66D0vnfvPW2Csn6CcJCceb73wmHSjTGzlvOuLol/IQW/dbIrziCRdkFqrORXlOY28aUWuMl+IdRD/jUI79Px69THoYai7Rr7bH6ZCuUZYfaf1UFUlPk0i2Msu7tnhhycf3rR2ezhKNTmtNCXliWbiuubJZ9A4vkb3d32L0OfTul+1wREZSFkHUW/ZPCws7ZKtGUOUzqe3+JUbdtcxzzNqwfyASkRyI4hNCwLGaZu820y6myctx2OeF1UseCLsohe6oYmSUHWeyRfRXvTtECW5dFr3mhAujj7aFBnKTJzS3CASY2d+slkjewTkHfF6pLc5hQVd/sHAY2MC3NduAjMemPTkB9qPCT+GY+4M6lqP3GxkzlkXdOioBb8kKPdj7J2KHuUKSMc4R7V4MjPARxg1JI8QW8ffhKfe9TUzkWaR5CHrDghKu8jWxIdr3PORbpSuQTwgzAeGvQfpy6sBPBrkfcycmlniwDjiTdKDZeVr1cZPQqREF8UAxAJCZNYgvhjgNmWMYR3C6tbh4/IA7OeQ4kyddFKhzNaLKoRDmglYpF6kRldbzv9+uT0JrQEN+Djjc3rVw/jCq1n/r9soz2Epv8tG3gRa9jF5pTi/JlA2+mY9ovdpHHACTtylP+69CiKHbV6y8Z6peDrrMysUe34jeG4w8p1zWBwrihqf8UiCitqWUxciaYV8jeLVlROSoxrXpKijGeNnW/5ZCxpFSSfFjQ+hoIsxSeFI6SuRPSBD0q2nuWsJMgbjdBrk8kE+lFQ+ENLo1osesTr7BHfWqVDz8P0Hw9aonnwBae7MIIz9D/PTH9ryY6XCob8GUMhRgAGjbfVZo6SJaZxFzajh0DDBZgg2gDgZyEuOBhsZyqw4LEiHCdISLKAb1gLNZ5Z0m3BeRVFVOJi+lCrDfzYKOEL41pSfMIipuC1IHl6xiTKc+tHGya0aBa1DVwddkQfL+2NZzmUM+sEkRedFhZT7vRA8rdqbWyNQsYrKsnKISysyqQwB5hTiiDfR24mLppe4YNhPp82mmUxq64y1alXEKxrpumUjrh6ovKStBoT2yPbCvoXg0xxJX8yrzs8xn4U8xZv2Js0ZXahjg7Mj3h9S2Bhp2oq8HGBOSQ9dIRWhvtXjGk/vXS7wkIJFurse8AYtRlaNNN4BKKRJ9a8ys3CrTH/JixfpGxMTSq79A1InuEFRZ0XEViSGD2/QcabnwgHKxNLYKirzBe+B3cIGzA67HwCh97//SAb1+Lww1oFJyzGGjB++5XGDYChegUzkqxSNYXdlOxxuaeQAz0hcNZ+TYnT+Jz3M1VqMQnT6YYiUCRcrmRuP5Lzx0aVe9nwepbWNzbr1w61bZlTg+sDL3C2A3MnLw82gE8oaN8AcRFLeLKCFQ/+fxVgscr4MTi4GFetFC2cFg2Z13y4ouAzX6a0MLbraYbkSK1X0VIyvB2enfT6hm6g5qAtyDKrhMzswhVUDJRmZE3/Tr7HEKcNIk37o3GRxQkdZXuN3poAMC/wc+jw7C+gKtdkIALcD0nPhVeX/hhQkiTagzcGsF8P49O6v9BJOPIKBK7Q701+9mFWZ9ZJWmzIW85kkoAh69M3lyU7Fp+g+BagOcS9jqU+yccZNGTu6JlI9/Ktyca6fN6XQCiwEiS4FTPO4G3oOxgpHkOzPHYTM7F3CYLdJbiWuvs5rTycTlnx1CWJ6Fo9IB0UdNj4XD37uOwfPXGrIdUbQ8vRAsjd/Z8QnMUxypq+E5ktuKHRftWS1aZhcGIXNTQrGAFJg/9SHt6PfWe8wLm84i1T+IZQN0kZSRAAtaR2KmKUpKe9wMxMW2JTwwXtugEwRTmm4ruROV8v4vE8OG5NzMmknsnlagTKdf7GB6xDX56eABtl2nCMtad6QPU59psj2RYf7LeHrYLgXKPi0Zs8SoYTRo95kh+vjvVdWTjWiVqCx8uxNpKycupPmUuHWTrPotA/GvhII38yiCmC7cXAkRaIl7NoCtew1WZ0K6cgeOmh1wU6NrYy6Or6CimiGYILeP0Hn3B8PsT0W2jH1Tyqm4/PF72CmkCd3k/ad08XJIoU1mDi0SZUgdNR1OdhBzEKyJOpgKELzizirx+WaZSqDaNu9AU8e9giHbbNvlf0xSqwUc39ss2zXwNjJNWzD1FdZrdo7P2smLQ1Cf9goKjI+J5rjuxVq/nJbi9n+u1MKjfCUyHXJM5ldUdNpcX9yHURiPIVmtO4FnC9nDrxDLOyVcJmJGKtnIn6qh2ZZCJ7G2AmVPgbw2R4OBVxbenKCGtcrbuRMIErZ2v3A4flRt4CmV5EADX92ONKJO6PX0wRTf1fdyuoEc2TbfZM4DTYiNYEeBre1RIgFs8WimKW9jnDfO8cug55chfgvtLhMTcqsi6oSo7r/8G/Uz/MhTWlDWkXh4sGDJXcf7g7Q3eXufKJzauZ29DVbU4FUc+RF4yNr7m4FrZGq9Cepf0SVSCevMBB1xqNb0odmtSRboVJ0EsROls6CWYdUUFJZXtSRyCEUzTVBoNnbb9KbTPbWlx/OmEL2XUSQtT3wytaRpDLh1WfQLVY8FLEfLhd6oKtvZJ1Ni9nj0rpvdBZICZ3SWpDRcW4BCxIwO3DuOqkivlh8DTa/tOL93CBqZLv8ahHZQ+4wRHPvm6HnjEhfnueKA5zr406Q5P2s+WQ4wtRv4TA2gMvfiNjdC8m0E+Qp8n4T+MNCXRkSTsvIU9F9JOLd6jO7P9LZMdWFVGlkM4Vvf0hOTM/qcOv/UGe5F8EKyQeoWnDejx6EvVA11UuUk2exPGxCRSxPuxxTG0ntQJLYD4AoHgrQfS0+WPY9s/UUNcv9YEItSOYiau/8xBRGvhcVmgfTrcPyO4kr1T4cY4LHNhUI4kcfNeRrTCs/WmHacdCDFlRzsTa+Bk794eyur9PlhdWuwSyg8uw2vmbKQVXGR+MOmF258ySQPg0GTqk6sW7+RuejSK7JtPUCenOPdeJ+yJbse8cQLfoKBKFJ13EWBVJT5r7cw8VJNDVFXYhK1LRWYeJybz+n56Wk+JeChqLfe35Mot3SISlsXnYw81BBs2GG22hh3YEC6EOlNEVY/lOduVta1AnLcpkZSMUSGeXsDPctgkZdX9cjE5Fxj4Qnp+pDbSOrB7iygDSKbVpdb6T5quCWlclvCYfKst+po/cue2FPaLuYYIA0NwNQJgMMWwnFdmDIfcRlBJRLWw3VkGQmRURCcAZ75d9dFl+Ctn83dprQ9UEnXNQc75EL0qpBAabH1SEXoESldNTKgRKCTY/zcjIbfUR53mCWglEi23TUIvC7sKtDypoMO08kvaCQaEDVG5oyQElOVR9hhbRF1vnb9scu+DS0ZODKZ9orSrb62USo79A78fbzi7EhLFY9UejoFgJYRPMNQK5Or8579nql98ToOHmXJzwJd5tMUW8MeAUYrVd8XQEP8DMAgkGpurdmI2sLwUfHEXaXpMDg08wUzCzGPmIYbkP8iA2iGyfBTgZcXNPHlA7rsxHooGRa0d6XF98PX/X5fik7csEYoDdOnZWkgl2q616Py/JumNTZgxS9b/ETqXSHiXLSQ4tf0pwHovQxhuMO9+BARPwyL+ELQAcoS7i2TjVa1wh/nJi3j+2+UXjF6R2WE4tmeRWjXvOHUJ6pEwof1u5hAVDlZ3/2ufbc6POMyNtvQfITvpTY9A887EF3Xlwf4ht4nBml/Xp51kVRSxKQg2F79ZhgKqn09y4/BNOaIYg7mJzy5y3HnjaUXjfy3iiYt9GzRMuPRfkZrDKXmxJvLJfRQezsDPpiXMCwkJSHk7StV8hAFiEBtkW0YPIVX1iuiG/x9aztaS2ySl19K5BhySUZSjM6uAHOQURgj+Lc00Td6U+HMVPdl12AsGW9f/n7McPyQ3FvZuBKYC1P8J17H1ak67bXC/oHUMdBB+z3iNoxuF/ZWZcmn3Ur2MQNortTi5G/40uJyGNS25sC5tMjZ1l58pxseU8cdi9AGLw+w22uxpwtXjVoQuX7Puv4Y3Q3MnRYl8weSk3prtPMQwrDftHlf4wkV2oynK82sHdwBKTh284jkB63LS2QXCMB2BzFed/6wLn+rzyTDwlzNUuXthJJKG9umPigd05WJPOnb/dSDeCcdGg8vKnTIWX6Zcdrx8xJCgGID4048k2cJMmOOK6Hj0j/AWfhzfVMcpRIVK4f/84KO130OYyAJI+8VSWkeUebl04ZSFa7OA5wXE1EDeNgDy38DQStlkMJHR+ckJcEX2B7n+LqFT1iV1AwzUQYQbTArMkKv5uaNgWRLUH78m55uw9pwKB2NRVdBozah1hWP6pFT7OIfZPFh5DVB6hxtYMsr2XmrCfj3/I9XVCSupUNBqIgO4o54zxY2QIRiPIF4KPxbp7MsASMoSt25zQ7KxMhXGaxQmh/RVZHnHMrSz5Jt4kP8NI4b6n0ljqVIPiz2NAdH8FFS+QRCFDUjCzfwLuzLmRC6iT9JABicprC0jyh4F9nM64MlBhmDcPzBgh7g6X6UBDQ8YnmS04j3SLKNo4lpA62NmX/11c2OErcKYfLzFmEZ7ZmkKRlK58mp0QZ+wL9u8amMH4v+ZYnqPh7yvtfjYt1E6WftmbSGLfjNAPeS/H5i5wl4yrsCJTpjfiP+fgCnW3moaHrHhP4B18SVmpHxQ4YEeCRBcw4VGZ+sHvHEy0Em2+zdv8O7+1t3BBYXg0seliG1pnxxQU87Pa2/cjeXKC97OZNHRpcU99TEQL/tlhbQ7Wjia/erCd70uddlz7AYhWoStyJg5yMIVH/aabjHDwO5o/4T3dda69q/CTf+79yU1TnS2b3SVBRwuihJ2LRRApAbp5AvXya/SpKWjAmY/nzBlH4OruUWBMOEpLAZone6mbl2UnhPZIm0TcdYSKKCYRKeAf/9h2PVk4jM/uWdZDwbc7KZodMrYjHUoiAsMK5iGmaeyVKorZ3++RVLh8DKz4bMjLnUvDvhiqEgRtwzKQr16U2KkQ7B2DtEwrEc/ufhYvdq7xvur0s3Djih2zwU5gx3p2jeXrcIKJ1JAMtcXMBBmsb6TCddkCYznf8BCEoDHSrHBjieEQWkOu1t+1pck4tYfISBANDZxZsCRZDOJqwG5KNa78/rZveyHIvTDf8v3p10qkQRYX9umvVbwRdTATXewoHND7j8xcM1gDmR9BaWGoFlaEmIvwwKyvbT4u1HUV4f8gBWJ3GMljMJ74d4q8k3QGanR73doFrj3Dh18XBiTOH7eKlG25HVtYXHiDWu1dxBTnWr/6rvZaH4xG5cx6yIFz75/TKXOq5s6dhxi8uAG00O+khKfLlsITux+I9KKCUqLa4bD0PXzJdi/k4nuN+eAn/JP3sRoBhZHfVtiXiPLw3ZZEAuS6kUkNZqQ3n1hrs6zyJCSOpEnd1NNr1T1bc+ShMMMoVzx1plouaKqgxhFg3hP2EqF7GZoaW7+IBBCHdZj6IIDQ2piQLf7ijx2YlAR8hajWGqvc4g2ZPm2jlXxAhQOIC+j1OoB20wt7bR+kp1Oh5hz2NjnVQgWGhS0OSnecQPfL5Px+liVQHGZTl9Y/eIbq0Uhy1uQqFN5BSccZazHjUG6LYvoj7fVMPWmL5yw2IazOqO09tTwwiyhpawqId+iEHUuQcQT7CApP1e82SAw+1EB+m0/nBYHyNZMR93laHvniYUYf4xDbil0fbUWIHl0OvIISXQXwcl5ybC1+K3enZfp0wNjhD/sqU5NrBCo+ojn6YhRos4h8SH3MiJZb8d+gTed+hNnIG6KINkl6RYcj4qFwGYKWBQ78LooRFfJDXpxOkEbgmE32tzBtJ9rQN/T2nxbPp1rOxmixnpLe04plI+85xLpXj3H4QWK7IMa7sz7Bj5/VB/1ldRQhyanO0zPB+Xcqu7miykQO4kM+/dxg30eHzmvkoIVKg/KFlH3unJcIM5ozAAS/EzTJ209P/VuzU9B95/TFpsrEBUb9NgSnD+zxZaeBGw7+rY1BirtwmJ0wY2GmgHHx6eBuQNS8YGNJMc4KD5b8ToZQu0AfTmivlB7PgxBH6TYrilK88F4BuhmuPvmbMKwcbfNili6HDZVmiUQifCMoAP84n1odkgDS21Zt8YJV6rBG9F2UuhK6V5O0jQ1huyYz4QFDLLQltZtyDhdDDtLRIZgi9YhVVuqqhcLe70/wqe80/5cn3AGyyU20+PcVQV8z5VV70Y7Po5syO+vVjjgrQd4QpFbUC+IE226katysMhtzcYnyf5nD0Id7yQgQLDX0b83s5YwHBuenoVchA7G6PptPYrh+aAbrLn4RQusUYBIK79H3TxMJ7PUGDGBSnh5yZ93be3uMcouoyvjU6KgLNxdjoQXMHKXmB2gNKNYwSboc3UHzqV6+Qu+N+0xp+8tNm9tXF0hEZ8lueDzl41l2TNB7hOYSQ0t4rmyu/y1e+MWDjDgbO4/jsswvD1WJjzpobKB5zYk/u42gQouBRerT2VGA7Tcj8N1nyCRDMggNsxd/AzWfjJyfhAHzXqW8bVcGp4cBxDDA5x+Ptl7OSE6nfW+MrcaFKlB+vK0limYf8I7qUUskFll9dgzHn1XbHOtRb3lQoQ56iwJBHKws7hDqnYHOkk6cS5nEvicjxlmhfM+58SS/zpXS1Z2GIEtiLJN9zK4QLDgyzdYHvr1ShOh1M9A4ey3zumWWHBKQEhuEZzra0RDU9O8VtN6dJ/8qlhTaSCDZcIg+bt6gR6nPJ2QQ1BtnykI8rxCK0gjHa2KhnhJq3DMlTpwLzRoQnioXgQOmEnccJcR1ZX/5Xn+qV5MHC0ej5CnCU0Bq2VhheBSTfTsY1o2uvkD/C+bm86rrbGwN9iaR3rD1mYLtLZaj8Dx4AgSM/Rzns61YgEY4jup7n/QCDVvuuB14D64dbgIrDwssdBaUHflxBdBRhXRQ2tI62KCm6aWpIF1tBgeyrvvpgjZlfzJfTxPOxkIGlhCzFr0ykbCSXGoEnCVcrYOBTqMN6BfpXzOxudzaZRZ5QMfO4DjOj/ozQ0XCaEqgNyz6sDcBybi4THNmdd5HAeZ8immkPjNjvF2+mXIMy5SJNLzt/cvZ19BbRydsOK7nDgJhoRN3JEVAaQjOR2L/RMc1LqqWWJMA48c0qxaT3aPrJ3VouxsR7Sjv2HV8nODDuZIPLuYhAqUz8zVn+uSw1tuxyzIk0XeA6FgfGRGXXqYNA2X7TcM0WTaSfi/fcBKdfe7X0hBB/o48NU7HO2FRUiIlsP5t+B/FDdKdFLl7O6g0mf4C1uTApVQFYmkvYd6xedF2vC2hBpbkvPVRLmXeAjkCEU/gJcuaIHHQZkzl+uYZeconHWLbKUyVmzcls9Wyrb/Ks7o7D85+EtwR9B4TzF7awDnDnHPR+CB4OdxfCzoLVRjLwSdv4WL7HavmbTGuFaOfkqbV3IZw8kKXhbOUDy2YY4cZZ40a/6ED0kmH/2KLn84CPk8ZxHGgXWwNc1Sr1Ab7RMefSPjBNjzWWTgfxOc0X+Bhi0FcquxldmaTa8HOVPSEVxhFQhgmtrsKxPSfcOCHrJPFiYgMCjkH9314/xpPixWk1mCE0Xfonq7k+dLqzKF33Hl7xFlWsIpVgNCbmtr7Rd+3fh3tLkRJfdsu0DeLlPKOnBYcSyy+3tGw1O8HHhNSiEHmt5CZmgWkItpsCW40wH3iom8meHk37lneclts7/XS33792KlWWz08oJ1788FrpvQc9nHMupH2P2pm7Jh5WZDO4cQyd8SLt/tnoQqBOHA1e0hfo41VHHMpNme2rLGfE21bH6p9coqgz8HvQc/qRu057efYde+gBnU2g0oxD8YCDKvHCPFYwuSAJt6gPISW7P6gmuLOkM1TT1+f6dSKpUa1Qc8FOVXq0edn06XrR4kJ7gTGThKP25WLCydzj6EeJ4srZ6WXeezgeZi5IiM76T2z8f9mkyuoLgwMmYM4NGF4ZJnERJLbVbFfT4WnEwssGcQzYM505vVhfV/CjKKmz3j8Vr399yyqqYx9XodAMfcdBdgjPaqI3BDFaJps4rtyrJ12ufSQ+SIVH8Cwt1gUmB4gUQS1raGiTbgpzpECpZG9ZvQ05rGbTRz6z+oG9Cx0GqhVnu+/rXz2nVvTSbnqwjxhsy/4Yvaa3SqqQc1LM1zbn5pfDBAF8/gLze8hPTFx1eQPK5w9545mK85tDJHlFzVjOtfxWmjT4B1UbPUZvJCc7UbYZFRL0E2jG/4OZXxy+5lh7tocLc9UxdYeHtuDhJC2RjNF4SiYHkmIp2+TaDS6BIaLZt6aZiW1AiuYHaq/lJerUkcq+pnULzrp9+nP8XxqcGK2qh96OmCM60UKzRJanoCZePfVERWv+VtvgL1xAtqer40oPW4/eYZ9F9rl3/TjdhZW2o6gf8VTbNQS5SmsxlC5gXOAyQ1yJcgjAsNQjAbAH4PNUCJM1T8Oyguy1Qr0Njx9v9zAT0OxWWMnHHtxuDuO2WLJ/frE8HQVsPyr6rRewqUzD3H6Ow3M8smEskgo5K1CtYn2O73DAxXo4fEebFmw/3qjolPYKRB9uXr/3mUWRquSgAPgbLKHyGJYeeqjHdoN9Di2ddQQlIOdr6tc8vnely22rSbil0uPC0BIALvliS9JU8xu9Axhg0RKch5KjGYv275cN5lv0SoGbvUi2puXFEySO+LvYF6mmxol1rcllWwLtatt5kXYHNNxkmfX2Nk0xRnciAwiq1MxS6xFY9+SyCwt80mQ/hPI1wXZq3hvg7KytgXOZfXi4JWQezsDnO+2qS1k7iFLq5i1bT4086FtRCl+BpIyqRI4uxUM8gin4I+qz/xvAIlXxSKsgJfTGIFNDsvsaooYenXkXF5j1tpF5pmCM1ToUK+5YhrTlEmoCAFi28C36JbbPSKVjtPAtH4g6hTrn05HiPa2Hk0jWw5b3CX91cYKWuVgptF3QWQrIOM8/09363YGvegWjWeXNGMpiusyjPrGeWUejTx/60JG1vbKH903VAOyhHsn/+Lk0EY45IsiOsUDYcQViByj0Gs1K5U91L5mk/HdbpC0W7bbmZ6I+tog80KdaNqC44y8bNpsnquUwuocLyXHeoebGlwNS5USWF688mBnLiI2nhPsPT+NwMCt9Duvdh1nWx9vGIuNQOZxPSNY078QJ2HkI2BbEGPIOivyhg/wU2OYBKTWHMacShZcH7G3cfL7o3KJ2bnl3SJ9JnES/VOjDYX1s6QZTbmSC1xq4kw2tMK484yvtKnslNaDFANGpnu316jYtSX6rKcOw/mma0Pb1csbZNUw9etao+5yOyuL5BPP4LJvNWMdm/PXiElmX96haPu1KMl7FHN8ReS/WdgSMEyA/Dv+hL5Z+6NnvPmfAc14ulSI/31jr7WCrsQfDjGB+NCnavgYctG4u+18lH21WsRGoev+9b90oIMpjdBdPlzwn+bmZbVTHcev64KFbEU20NWLH1NkNRDEJ1Pbw7czxiLF4ebaql/Ib4RL2qlg4qAclr33dgb1xyPMVmProFyc5QUAmRkkp8ZueenKkpME2/oNNpJak7h6cLLTF/jErdDvbkFaKAc6tBUzwK8G2p3YT9F5KsZ2oDxnwTQTnPCfnYVvNfG7ReQqzSXaQEbPDELeuejwXCAxpCceAexDZfo9T4X7rxWT/rPAcsMDLgO1VRdvGScPvBaVGJl7MccIKViHtMdwtR+ilOjIkeuq/UVaePMsnU+6to4zTTV+8fmta37OofH9jlN0MUZs+iwgMUFfVOvdXbpFbasIqDsufM4/Zx7gpBkNb9FY1zqaNGyERuHoNWXPyR0G6cUFh4B3tPDuLkhzuMLHUKyY29GTkquyMOKK0zqgIWWzWUryzzqoSkgc9R5VNPmyGHv4k6x1luBh4uM3L/l2uQ8RIOZsMtgfw0bqDLnv8lrktT9qp1Lv/9t7V8+za+cXLOhTROYaWEoaFJw6vsB9h5z/qJ3bnaN0hijMnEv3lielOal9P5WnY+zPhz6I0K0+XBCfesVUIajovRRJyvjaZYym0KF00Qzc4TmKK0iZIp9lOdKJhH8P0vL7vSC+lCuhFWZ6ESsy0bsntjGxjosNYj5kRP5hzbeyd2lzpKdazLacD9477KghrhG18Nu2/r1Q8lqSosjbIqs5g7wDuS+IWCbH0uQ+JzsZLB59fnRa+hdu2Y0u1DA3A+ll1U1DK5Vm7Q9Iz42pE6yvREaiuxD0//IDpH8mtrDQgxwPkKq27/Xk1qxtakJYKC4fBddPacfasm+LXxWzut/U/XkhznEkZ1W9//G5NNuAXAqrakHK1WPkovxWvFDnJN9Tdh31Vz3Ry5dTVVHc2ppPTd3zFEX385PaLDcgnBywEZB202XhoEeZmUNeQfAjLTPEkw48njLaLRMv0vJ/UtwXdUs+AlzVOWOS2XntP6rV5VlOmwD+Zo86Yq5KUhg28Ik8yjPFEykUgUweuxuItgLZDvzwu+3+p4jdweVwPW+QcTGSUfW6Ayfxn/IK9QQqpufUCcA9D15XFj5KtAPgM7kHstyT4NoUzFonWIuBMX0XdR8y606KwMuXmSc4OR8orxO3mBDTtsdsm4Uam87nDBfAufo9u+QrE11tlO4CAnhGAut06d+Zxx7ADP9xj26uLUGTA19go1zNfMDDCtLczwOJBEkfR2noAyfs0tu7le+bMXD773s5EF8TNICUhmMeUl7bG6bM7HY1Ig15Y5SPGbQmNYe9BqO93r1OMzwOaudHUe6IUarOzwaZzJeA+VwZeQOec82rHlP8CUZ6Qa4xsOvGtpQhrNe2FWZyTUI8i3ON/xKCzEEi1LYLdDICvGC1x88k3oOTkrN+KTvSj5VXyzaMpC+Ald0L39uDMsilAQO2nnQWPENX8Z9jho6eKJfjEnC9ZkI261n8GFlLAsDeWXj+cnVGl0vUurQZqqHo5uCN2gpzsWO7JAijoEugq/0pesxOZhfFQGTlMwuN20AG86CzRCcOQ7LqhybKK/ZDdwfGXTm6W2fiZ0Oz97A3mikMij8nrr8R5Om1L0H8R1yJDwsYBqfwqHteE+sovpYCcH1zGstyVuXEXQARWCfE2VjkPeTxOyDnOsDdzqZTeEQhVie+pMcgyo275PVe8kSHj6oHxJiledZIG4PEXZaxuvVVsNoZkIJYQ9nr9pO3cNdmuL+qIl6NYaOHjMeWJSNz7jqqamB1nn33vRpK81Dgt4T3wYUt9hmdQwo1l2ndim7sTekRTj97TyMOC6Oq3SoL4RuBQXIkel5B+LXzDGHeNWLDnET69XbLzW/y48nhZHncb7C1G/WTB0bpHs+SxNpcGktpVtpyq/gj3olJijBFDZvCSux6xSpIgomuHi2CayJ3O0N+iJOCi/isDYW1wGONyCTXSlisWP+HP+FdG6hzrmP4lK/C9/9NENQ8GJfUnn0oqP5NuTcQO0AbpjCIzg9J+xueQch/GrIv+E3J/bzsOBhBOzbIlSAI7XGHSupPXdSt7e8hmd1dlDHVBULXf8pAn7wDGmu4vfWS8WrTmxTJvt1DtexGbqQaA5RDAwHsdOf72Vva8FtT9irDFYt/GemXi+83bc8k2ZQUIbPuOcBtaoJnFbeUxX1QY0dVVZiM7TvNh0FUA1O+Uz4DyLaJ2PaB6FmudsnUo8QHfqhYmaNYItwWawEkHzXDuo2bP6d8AQjZ58bAmmpsOk4q/VRwuvE+ilTDPSWT1AQ+08SDkxwNGr3c8r0FE28zgTHsWbL4Gr9aUe9TP5jhaSYByJMg1jwfznJLO1ocSTm+KwUtSFMMzATkBB/1e67FDfhm96JACPNxhDy2dSwumxgQT3ZMTxbZ5pv2WPFAybeRMmhfz4iy4lbVyI4XyzUsTvv/WREj0v0LE04rI7QRImzsro7DtpUWEdRBebdCoYbahlT0yWSmuodytrEZR31uNM5Sf0RMwoq/j3R0k6g2Q+Gnzh7aWz5+vusy360w2/85JY4PRZsblN9wczc7bmgI1PcbyfNFGz+s2BeUZKHZptb22Fv6JG2dP/bN1PB83SemZLz0lAw5cIq6l7TT6ljfheLV6O6tYoskdgNYxqOW54Bus8cGGIccFRz/YQTYh+EpRDGj4PbV5aTIsQ96Pm2kcfWkL7si35Zl5Vy6Nsn4Pst0rYAfnUY7oFXZ4dufK2m2A8fMGp7cbokUqNMRUZNCb5y1j45N3iyLP+howAf2NrYSUiBPc/cvqHqa6IG/zezvzgq/dV5sDmwajFacyhFmilrHCnnCdT+NAEq/GBXM39A8EfrhJU/MkmgefgVau3KDl1rxHqylg19G1zVMaYj2S0GHV+MQf0SvggLwwsO5xNNkD2iU5I7LhW7sVW/NS/o+RCTUzLFasSPSIfwUCdIgFrcwHmNxTphxnr33+daNzOVU2ExRRFGe1Er992F5TKjFjYwKaK22Y2XS2YPqQYU8lGtqjDtoiTIDi5dhkikdhOHSW25W3CUqqEHFZX3ynDTrSzqC977ASVuHT1czGbMEPsO/X/ANlbVWp+SRxuCe8v+Mp+Z9PyXRUVJm89U8rZ3cRBZQBQQ3u/HV4WW2NRW715Gr7d4is3Nq9w2H+IxrixzpWVZLMJ7VWWH/p2rpyFt0zLW9a0wgAlBdM4qz+rfRhioa3RSw7JBr5DKqwZzCcyh8f+vxCULA7o5rB8kqjn7ceMUHcdpbirCu2uCDM0OBvorzCZFkcjhl1LYDBXhUl8wAFnAHMKiSnmJWMp0oq3syDZwfepdCGJKIBLsOSBj2jWlH6ZuRvbLIC3aiNffH4YGQslW37I+1C7+PHdPaC2Et+DoBovnLN1Vsr/G8rvtIggzy3EbrKyi8jg3FkZuHy2CexYQL8JvHuRrYAzZKjGE9qrdd8cCPvqtpuJgitC6TlqlUNEojndVGl7dHVobGoAt5zddVoVD3EdUGohPeshgwl1IRObdj3URtlmFBNeJbb3e94ZOMxxE2aWSFZmswkS7HsllQ5+1/eEJjdawoU4DtLzChsooxq6xzbo9sop3xQG6+1E+ALn29WbeDZZgy3MXVatdhK8x6kACv9I0deB8fsjFNorf2KWDOKARklfZZ2K0xMW6HNuTIx+uu9zW2/Zu9+HwHAXcIWsOqrDen/dhLcgnEHFn85aLkuWUKdWCEWNvQEVTxszpF7cBnuwG63DCfuuxjzUrLEwggDYKXHYj3GOfZggt5I07dJIDSczQLIoAY0h/On3oJ3qtddC6sI7LH564u5tKkqgcnAWdQSO0x7Ry2Bbviz5Qd/+Gh2/fwQZcAMPBE4mybFUHn849iy/x8y6JzLOiO+cHn6Wi8Tkc3zeN/mWlxxc+NI7OT8aXkOtUcTS/QuxhPtkQwWIpGy0Fk01faTMz+h1wroeDbwygUKXNapa0yS4M/7Ldfil8hohOzG/dLQ+r6g7TaI80o3ImMQBOAQTj2xXo6m15uiJ8ur5fiSS1OlEVWR74leXQJsrgJ6EYxgsO2PCbZfpwmuyvyr4RuihDrXCXddqGfNIqQaI63AE0dBNJd3wvahEr8ICVdZsLJc2SKKKBTeRvfxPyP+FyIsLvTrgO3wVK3JUYHEp+tWi9kFYBD3CaMVYnFqEhYtH1+7VXVe/bHb/L16/v/6TuPYxznJSrJICwqGa9Rld2lWntmBJ2EoGPNt6toyG2oQUmeJIow+IvDxtZrlrH7HPhqMNKOVR1CpQ+pYFYxtStQkw6F+JrGi/He6ytFhauQs3QPdhhe7ov/ES3InM5DPvEowxa/6cijeEVd+cqn3nBRO/PpQ5izet8taXfwt6eXVfcdSFCpHBl03pox76rlRSpxKFt4OGjuci/fpkzfii0KMIdi09FUJSnQft9usH7t35Wu7oLF8fK/tSBTaYEJx2WZ6YFbtmfmuFPi5Qs2yy0OBQzSWy3NuFz0m2WgHlU1qkGrndzalZ9aQm1JcqUNqHxw3BR/icGSfRo+4cgWhUAx98WKhUJbLUr8wEuMRxfkhPzq5c5R9tGTsWfTn2J5ig82f5F0n7ertDr8feBoLZG6RXLb9fdqy3z5LzObCEKvxsLTVI2EUe++i4NJH7W4ZnLDoTEWI1z0NA/fkT/f6wvTzfMfnwjsNxNFzRRBL6EmjSRjR3jiTdtUzKfLm8SAGTbMzWfwNqqW4TRgphuum36Sbx2DaQkIKpdyulATwRnKAHf5d2mQaSnE5mdIod+yJd4/wZMKOhGczZxppB7ZcuWH8Ffa7hByDVrmyRafKlSUPPmeCXEqOAFD/Kqx22Ual0lz1SuEgHvfK8uKs9gSP5DehhMzjK6KRLFmHeK8Jo2zn1cmh4MmcLBCjKKLaipMXSh4Z61WFjzYJw7LK9j9J/ZkYhvs73MCvU1Z2XpcHs9SZnuib6lvUg+D9Qef09Apk2TK4xR3RheOPsqXnRixS9PFJwNBR+CU8qrYJcdWuqAA2hi9PjMLDUXV3q+4RXfyPUXiLLPuFxJofJ1majH1gEEYpVFxLceF+QRqtlkXUz47KzqFWkBPtNr0RvBNM2GOxkyC9uHgrYKZzQscwVfpBdp5HtEeLr+ouf1NY4/akfR+BZR4NGeD1lGdR6BHI1rTtDPtbvJmAllR+F5KYNcS4Po5kiUo2mRbSmHOXtou4jJ+7XRJV45olFv8gAXWLD3lsEIqsiLj0C6R+JhfOoIqjqnXV2VtcZZzC/cwtPgHZOT8prWSF6rrONc2IAmESAH6w0eIKcjnNuLJYviwGAjJFKCCwjiElnhzAeTWbQhZv4ZWV3trxhEqKHAjefLp7h64/qgpNE0rqoUPkZlm9fM3iML0we1gPkHxsN12/mEaQQja6IWVXuFwnVYNMZQEQnuB4nw5sV5b1vwPip/IAh85YYI/aoBkR7ZfUW17uo+3BgLOI4MLHUnjlf+zSGNLsl++mNZSxFEzIJjF2VXvuY0PM9ayMrUy76Kzrw5ZAsCEhGV2zYtwrHdjQkZb1FgyPIFFxsQlblQNawVuduSjHLKlWTbXd0jsBHxJptPP2zGyWg2jk/qM5AOgEAHrgrt9Gun+yUEy81bW8ppuL9D07qGbHqGD+3A6GuqSuSQzOJaRbbhUW8nhmDlKAwPzBSruDjEvCgQuMpYYTpUBMpYyCvToT7zkcWQoghidUu/XvCZyrjDcZfXJIKeRbCHRaNBx1ZqQ+nEW4dwj6ZGx0Lsl7Ggsv+v/4ceEuz+NJd8kHcpBtkmvsZz97sCkxesaVbD8YhEid9tC2nxVmqctra96IODZg/D5pjS6QILYQHMsdJ6KkERyf2po26airPlzN6iaysYaVgsqF95lQHpDGuMp1j0IFwOTbMlPJhmjVcK9IJetqkctLX+4VU9BGRVJHnUvANwvG+WJpg6Z3naPj+2Pz9SBH3h2AHAiXgRmNDS0aDHsh8S4Cl1S70cXo4FPEsqMoIS03JNp6F2Ylc4ZWG0vB+/2wHUoQVaddnTX4R6qH3ocHmRGAkIt+QuHFru6OJuQg+r9Bhiks/cEO37jeNnzCDJuKDLmoWXLSI5AgXLCfd/pcBsuxSDYIkwsPiQ+4VrERBw+X+Oh7bOiRAcyNA21KmBB3CGzmtDYqntyoAGc4YlI+fHUn9VDkGSvfhmAzuhiXOZBoV/YPcgvkC1zKN7j/4Wpg9x8rOdIYnbuqVjd4v3tV/EqMRt4I+EXntCl64baQyVLtlHzefB7wF0/MAr5lZ6FbjPntdVzrd6rULoJTbGUuqnIUjCItNxC1/qgLTteOvapFj9kbi1YZEkD/Il/JBvwp8iwIo/s29CMlo1wKsQVZYreAu+k2tv+L5ExKaf7/YFcE4SsoxgYiElqkza1ElM397aWvRmMMs9Yhzj8MC5s6y87Uk7QQOmO4H5HKSqHf11mY3opBTvCc/yH3Cu3ZqhLVXS41wygdci64MVBeoww6JKM0WuU7n4m1eiJYb47+zopTxdhAnemi67tSDdn5/Q4QhVYCB/aUihU78TDWq/4kw7E+NBJc4VhCIbw99vagc2uuOVcUYdVx1FtKaqUEeczWhMOyYzj1M1biKRRGPAXrhP2OnCfhY31vN1yXkEEMyIl2SXxCvVGfOvKlfhVrnOfTo1aDCwuESw1/6iUpBFha8x8GEXOp62axkKm/LWEFA7VLJ3B/LuSHrU/jFveOxXudoDJ1TvCggtt4vzLs9TeicOn3wHMcxTWlr9YG63X6N3+Yql15Mh3Fp4lCT4nnp8jXLuRMo7vrJ6tSe9ULD75JpZuFkmAE0KAUttNFFgE/TbAY+vVLEbdDu9ACo73qhJCKAATDHoSIH9KnizPDDsvK6imHVZl+tgfkMyi6GUenmjzJzlLMjLTo6zK+wlRFVVFDTOk+weHQSte3QkaHAqzMrbf+PvPjU0fDMwqFUVZ+wZJa4LPQHCpIzT9+vKe6tzOlYuhblaBTz7H1pl/AHKnxEEyRGbChGCfPf/dSFMxw7AjsXOa1vFUm4QRDFAnY0RGOz08vJrzUWf8K0EJmHU3hmD1FAOQZalX5CCTr0oz1e2heCvMLQvSrTAXvxP4zXZNYyIXHUUl0zyDZfD4Nf0JsuYVjFY2jI4kVNvFCksszuy/2H4NFNmsqjus4oQ0KUpLa/hPv2iEKXWqV+Fmc1TAJNbmKskTqx2UOKZjIxKZ0FB09sSkLJTPZO9YUKRt0b+o/U6BLypqmPPX0JFXSQ7lyVue1Tem1hjwrJQsLkcpMQ8ZrBwijTxbECQDz+uaO8Vkz7Cuk8yTI5jxH+DPSpntlU80bjBSTHQwu3vvMttUQ5ZZIhDB9Fa/LudPUalESIanRK0GLgSt8eysGudY832bUcvqJ1b3KMYU2E1oWBM1Dv0H2aCHy24V6VRcqypacPQFKvfChYMM3Xz8E+nFRsuo3qd4ihFma/6VMGSrjmvm25YRp2RM+RarqEYOu0kao4BXxHlkoa5waN8pPqp2hNriFtLDgcD8seT0l9b3rx7jMyXejSAzYHSGyHX+3OLo1ve1YdjyuZhppcP7rG7pxTh32UtTBn/hrQXLXNaH5g1qr8/RqIh29w+LbMoQa3R2hZKzNSujrM+jPzFx9URfEiTqvnNvDRJ+fXxF7u1WBTvPN/p0Z8TGDqiyGCbSM0RsjI78ljBLSCD5NBB5Nn2BgE7ZqIerNdWU23cZTCcM28C8/MROnERpv6w68ZMHIsmMAczqhdbhuCgNFWOyeRoe8rR5J3QkUnPRo03sFL8ypYlAmiIK6Hlvjo+BDpnZwfYnk4Ffxp0KuuCmmMcW8Wls0JiePhI1zLryS/lqcj/mPscPuzns1wtbAkWxK9yZZHwN8sCGjeC5kW4C2j1gLXDr9Xm9G09D2sYibQUYVl/rXzHqVV3twHUIqlFXQ7bwFsm4/AdGa5MsIhi4wb3FjVO19XKAmdsImJxgy/HW4ptLhtKlkW8FaLOlk7zf0BOkOnDhpnEQYynjivzirXsMgRUMOJaAqgbaHq16JOR0BESt2W3j0Wzn0ThOaTJIotKGDNkKLch23AnPtTtiZBuXPIUF8wDaLHNDrTkOiwJxzA9CHbZgjrcYyd7ZEVQUIZ/rCie7ZM6YOAB8gLBu3n4jUcWQveaGu4wQw/57aYXHed1BqtOlytLKSS3hR7RXdF77wzDJJuX9n2FQiP92cL6FNrLgFzmq0cxCD1dYCQoXRJ610F/jqbVGQpGKeCo+J/jaIwhFl7nNrgqTelfYdgXBZlyRI+73LyKM2B8OB99gn2Qg3lDojJpdm3tvfqHQ18wjWgsFu/gCnQl8dnjeV6FDy/7nbhAQndIlH9yKXZUmPyX1ZrPiyJSGgt8b6ZCNrxPrQYbfXHMt9B8LWL5ui7xnPrL3OrVLz/Kew6XLC2MKaS09/Ue98FEM+ykuAD6TouGkmBPyRerwCrxIdOKUOFTj73VsndKvCEr3dU/DsK4pjX5c9s+NeOnZufqpkMtklQQr5Ngp+pc19xP7hjiBiTxP3EHl5HNpzBcolAEQQU82OZmONI2dacLFa3pRUpL192aU4BU9+Gk7dBlzDOISUh+ArlkOKgL2aknm9GcDpwDC7NioCAbeQmo/w6awlWVyOnPuHIM+cHsafH4gTX6EShBMNJGUjRICYN8SXYZRGxkT91SS35SSlG3iE/Mh2SYcA490KWnV3LBdoXGIaBmTZUX9SQPJwtVlkOqVorSeSVyaR8cFHEmAqOb3oHjSvH4xJZdednRjTqntsZEEEMuvASTK9jkrHHwICEpkMVrT01t/Wc8kvALSUVj5GH8Iuu74H1iZvrCDnxFrA8Zlpw1Kkti0paWb3CzjYj5eujnWfrr3YtQlEf1TH/kkb2QrUgJ1ybLbo0Lq//iJfGzwlO1P1uNs4D8jTr9t0PmEtMN2xQgN4D2QXYC8qFD2vnS7cez5E7o/vnj4Kxr+ecRC//V+C9yxGAfVuGbP0q5jaDpMbeGuBIQ+Glqzro+2D6CpDQLcg6a5NiJcXTAPiiR/tRBRvd2kSpGm0OlwlO6D9bp8cPbi4LWJc6g83AVoycLlnXPufYf2Oaejs28NAs8WXxkzcT9bJ3Uy6+4qZd9j4afjn+IyR+BzuxhgQS1jFAKQ4MpNem2Lx4OutG4Z3rfRyQkOfHHuGFoomMZ8WHrgVSjflbrVmzrlOaBk8RhMuRL4/bPGWs2P/mpF1sm9IIovGI0WTwGUKpF80ZP2gDVdisebn9Q5evKP/cdbG5o0uNjTpnipRjJHPqBDNTXihzRdZdZZXF0PMLfhuSecjwczvY1QLAAZcionZ14AzEmQSJ3pjT4sUnvjEoHKvOrE3oSb4MstPvmHs9QTHalzbakowfMH38Q/c9AHtk0Ww6qY9CQAUtBKqGLLxKaO7lYtUWZoY6RPP4PiMPR6f3iHjXR+D/txEcVbcZMi2mQKtGdfH2i/Sip2MkxKGsNv/lsPCaLXH02W6e54bJZb6K4y01oFizvBU7W7HPoq0tyVi/HpnrjaJDeorGAXwBKjVshSrRhPoQqa/2U252uJajCHqyqCVGUyIIhTizZbuqxpmyFJGQ9ihHtBFDC0ICkvNytG/P8pNooAmfnqeCxrntBZeP3IS1RXsm1k9zl2sfUcl3xT7FkDQyLivh1BulDaJwuKCQqYTTBB6ViXDwZsZ7mArWTs+i4Euf8UxWV9/1sBJ1tZsTqbUn9LNTLhLaoDHnbyUnv3l2P0ngqku4ANnXnU3ErCT4PvAi9aTF/BuGn2+QK11cBKJMWB0jTrvozIdJADL2iDqaDbnayeeTUeQOBOynkmeTrGUIHQnv3EA01J++KkWadk1tR965NlusHwMZf0MXaaRLPu8Bla4L/NPebpOC9f7NtKqpZZDIGSsNu6SDqqRjJwaaO9L1YH8pgJMePumyNN/0ylDWzepBS6JzBeNlbEuJ8Wxu517T6AKAzWFsGPAkECmP93jmIQ1B7LjUeHbDNrMeJD9HKSiu8e1Ytn1f+O8EPAfACfm9PMAE/2Ln8PHb53GmkINA7MlH3RhPs5Hbz3hIIeHFO4cMfsZe0iy8xMpQ9dH9/F5ERxz/yZzng3AygRG5XRNS5lMY/EuouwWRq893hv2AuM4ABhUGxPDbgpI0sh/vTTz4pRzV4wrkWtr54pwciMalPuBrAexUAvqoxUyXKPT+v6BLOBBbB4uy8CQQwgGgTnSvcH+Y1hNeLJ2wH54xakiFjR1LYV5NSrhFswZLo6Arw/9BPQsW6XOUuKX7Gspd8c8gHjnazSgpv8mbGerdSHYM9bp+X0NLU4NOG5roMtGqhZVFE+sL+QHwVAIC7hoo2OL9NlP9HhWB0B/HFkPEtwL7VU/dofvC8yg4XS3s/FMwyGdsTwG1lRbBv6vTU8K/VCFt5xAzXeHO0jq+Yatzo78tZ0XD4a2dR1TCIYEMjUzVSpppfRvIZE+dg47eU2USj72fgpO9+Ul+iVE6X4ilgmXcZ5Z1N8fa8X/ZtBwipHxcZXmpGOCb+B7nh55hb4vWsSVM+cv8k1quBsTdcAkVkZ02zVJPCOJC3fEgNEk73mRKuxnj0bcn578MrMnP5ERvmrTv7e9SMEXVZH+Oe6Dlu8sopZGqsGdqELhr9UaSBirQrP1TAS5FWoST4qmlRs7KjNzswhJ8tJ5idIhe/EB4kpsf5o4i493QK3bxpY8toUjcd3VEVD1QYIpzRGHazGTOvI+zMYhAkvYeyXgyW3Tk3MUtqzoGbo9gNCZyrmcvYueqXXanAff03bJY6SKae+6qPvePahrdCtHgEliq5yFhYDUuHi4FPvouVfcYmN9WUEPud5BqWHekvBOZ3kKg54AFBKicsSaW/lzosso/Si90I1+dyyZ19mrj/h+jH9Nv4zlPbmjT3JuLH/hTqfN0Xckk99rAbp0MdwYjL16bO/9WdZ9NXRqVqfnSxJAIaeaxsKotiN/vLIiby6JiejPa+etqOkXL1ujTRJrK9OMiKeqIq06KnfYVPXOgXufzIvw6jz/CeBtStGx/n2HXPCweYFrhO044fn7dPJnFfEwY4PZ/1z2SQvT0dlnfdT+9bBz2e1epDJ/Y+sH/P5AEvP3iARpgtepEqVQ81l+ZHvI18iQgp4LK6p0ZSFx14/zcOlZej8KYq4m99zhR9/+hllMW76m4LyyouOHOEDj0kN7BadqlHrzGx6AoDgYdm1pS2oMgWa7dTDqVMEYibaW7Wiy7/Laobge2lr97VQEHhKoR2FTIH7oi1yHDLqFG2gUDEioX5x6P+blP5UFmDjHlIkPICvQs+PzBvZYDKfoOUscrxW7Nb7XStK/FFuqoAASTiNTVWJFj79u6ny21WBfHPcsPjT3DfTCxN6dek211jA275kqiXEAiH8Hd170cKa0byvTd1RgbhIJ6HJhQcdFSEo/HJH/+hbHVJK6NL6IzlgyUq/mTtrhiyEI7f8VoKsvTcllzTJqi9yNzIT4d7fG2xlWCKWjEN411vAyZRJA0aeYQRDDe4mCSN6wjdzJv61xFPqNT8bvOTIAA9KeqTgMFMVKi03TPvAY3KTRbN44RZo3aSJ88ym6ugLbWCsOXgFSPdiq6dvPiy2k97WibuIla7fqrrYzyYd+3Fi3fm1qk7bhnswZ9Nd+ia2N5USMorlB2OhUS0ylyuFg52s02fRlD5galz+41O6fzVaRXBBotRbh6h1ggsOI+KeDlwPBLBrMBt8d/augb3yujRtfY6/O+SF5/gY0vWaJwzsNkgeUZgvj+Hxh2U0S+eSsXHHVxwfWZ8tyoEnBSSfZNktTGp6zQuSG/t8oCv0xC/VeK9u7gJyUVMTnsb9xTcJwtg53ByAJYEMV9/0Pn8Njxkh/DO6YoyGuDrzx7J6Vk8bP8XPGnxjcLOdZt3AST3gNVcJR+pu2IlDeOZWlHuMavFITBz0bShaThvVnH0RXnYXMwyLSfu6ufyHhJ1ckbX0tKMKgDd3SYBWgyt+lpy9Y+wbtR1Nv0TtBE04EHT72V8nFlxezVqpgbp50yrLWRWMkdU4LPG7CTtWo/IM7pPvazTc9PW3OQiQamXcf2kMceGbmhW8+OInL3mGgoicOjVPqsXoerjoYM/b3FDcZQIW8tlIbECccWaHMqUxYIUYp6FniHNkYRnufM5AkTcY21L6qRqMdB/erRMKuHm3n3SGV9ELpGdBieDigHK+vEB7p0ZE6yZaWV5pDHbx6ozmmOH5bRCyEdZscZeIObXZlhV8XGElKHlUeC7CyJ7RgZ4KyF4vy3hxzpNSK2niMHQTimVyHpKC3qsucgerAbhpIq3S8Jky8evjFbjxLc3/OatxZcKhlCXzrQ7tMqSYzU+l6/rjHYz3z3jK7bOK45xdIz8oMm42kmQqVAOdQTYbY4Icbgl8VL8NIagOEgqzQS4NOQq+wKVdT/OHEHwfF40wAPAH9JhOCpP6K0H0fZfh3gyqytCQSkK1inqTz+Wg0who0wWaV4cs7jw1IcmBXDtyQIW6P6CLELxqQWkksvezbft8vVKyYD/5B8GOW8bViBwRWcEBk91ebdTb608NA8Bte4OV/rGGJ7WO/bo3yLnJDzTdWDsgiriG+BPuggA0rqaynl8scv+BZry9sM/wc6Li3MpXbtnjD7+92uiLo+XWSvcEm3BgkfCH8VZjaUYhVQzMs6ljZ1BS/ZwuU232pzKYl56Kc+YfcIe+7JOEFf6yLAQ4yxvNKIKkdEyQhB1rE8W7KPIR68U0w0sUKTHMj7cN2gl7aEePbWmAhn+hm/QJkI37Dx8aCuX5weop9YDDZ7aMDnpSTW2kc3+qV40dhRoO37QidMCSHtkxvvUp+yntSDomRpQFMTa/HE8wOevJ3qbisn84+0wItNYfeGKlWzKWzCxE7F7Y5NIZYFOpmdP8SmBfC6arzid//Ym7nIraJTMDfc+dd9qeYMfGq7fvwxHwJzK3FFiyGoMcOEF/I5KmYdmEabIHEXahUFRiQrV3VZmoR3n9mf5xeJuvm0RfNWm9iK5qcCRWUQtsWOtPxo6xUai3H0e4vC9HA0dkY0KecMIToRVQo/C5ffEBnardFBSj/xjnt+TG6I0yFwVXHVUNsDmaCqOo5mFifYezcmuPzqh0onOPRhvrf90Y+jOao58nUg8DDCZVsoAi0gMy8xpvYND4AZOmv3a9kgmEfSzBfHz7lyZFDXc+tYtjEyN+ZdFcGJ1sMSqmNU0RTreeTzjd0OgHEFMYcGcBjfD/oX387/spmYpSEtXD1EqvrLLLWUYM7R2YqylZaIkZWfOOLdyfzI3+5P7o7udE4tJXKNfmW8uzG+qI0Ns1y6noAXH9tccsc4AIS258Jns6hGbn6x8aE58okm92LUz235rwD4/r4OvVY5BE8+5i8JzEu3a8Achl2Pd/eryWDy2LvXr/7y29qrRQJIMeGD/ZEw3Q5hxhqUwZ1efh7TVcAy/39wZdzbmfnlav4Ps2UdSNvNgL8ODIwVQiWJVP3e7vCh/wMyvEeFRbqqv1U8lUxu2gfCPdxoZPhmWwY2mJOf4JtHdiLHimSSm2Lwg6H3vzQ5Ijkfazp0SxGz51fzFDw8uFIUULDOBxaALRY9o1EZKRhtYuiF9cRTu5qP6L3ZgKN4Cpf3J/EA9vg3h5agkgXWUN6+PjSart8+3a1H0LcCoh0Ydy2E6Pxls8zbsyZBJ/JsRL775b3xNZbWE2lTKwA9P8HDpl5XPzNzBtWLiE0KSUWTnX/IIBNSPusiOrDnwudcMdOg177mwUwsuVU6O5NnsNSP/ukLnddg98JY6+L4YjiNjJdYKSHivSr1VZb/shLuzlW+S5E+vAHj4wudI1Fg3ZcQQ9vTcbVesRbjDR7bqabd3KMF+mYRhDyS/YaYFSIq48gKO1luDQntRmi6c/GAa58keg3KqUVHfcWMdgY5JUBwkJRHFLonOMkycWKNHSHHfFrTFdzCqaLETEC0VwK7Ss9Tlz0RbQEXaR1rJ7CZO0Y0PaacNc0da8FJgZ3LeEc0XhF7vXTyVf8OuHz7ce9FYo1aYMCNREf9PVUEOXXyZ/Rgyc+8CNuFSIaXncOyw+V9XiapxG524hRxIfjVD23O49fjjNtkyt/Fv3QslRCZavg/xj3EJf1/DAD1UL3oSeRDQa/d9VvbO1V6bWOU95ZoMTQ50bOQOUTwV4XayFvVaKM2vqp7ikrrNY9m7uCVGQOPascwYbeSTtNn9QsQquwL82ObwQb4BC53LnM/n2xH252EZI6gWthGvgHpy73mGwz8s6jJKZVQSXNrz5RbcVp7CyAEy64cLXu0KBLUDgAwN5QRadOlniYFa2Jy+aQGrgovAzzJ63p57II9fYiI96VXT5m2OdUQz6nJ2zv+JvT1a15obXGnMYaGKRbRvAmYuWASoYAVXv6sihZDNZGv03cP2VXb2RWcwPejS9aE11sEmF0mg0S5hIk1FET/wo3wV4sZbh3Xy6sLSZES3ufJGMZj9ioCKlTGJ/A/8uF0825j10wVvkv7RkywWzwqBakb1KV7+ceAoIqWn2QR1hp5PrpLFpy61hbguvrP4ofV5mI9qKgFrAztZD3ib1WVO36WcXrlJO/6QltwQtefEJJfxTjdaNe+b+VUg5V2VLy75AAGwDQwlfnfEXFAFY4GNMz8/KvxrHCsN7tt8lXiFAPLrQJ0kX9XKTCsDKCRT7I9V43gp+D4Dp0VV6kB38Ig2eTJUmRwfDSMiQ9aGyXqEQ2lkyTzYYpRTlgnvMyfOGDC/R0C//9CHwr54LXU1tRQi3ouFD6AslRZ+PKIABt1MGvh62Tx6uv9ac4h9IOBTdr8VSVgqk4oydCF92Ni6U3h/N8ICjOT2b1VFjnuIftovq8eYewmDkHQgJEsueZEDPaCGiw/8vCT4H4sIQLwrXhhBIeIb2bdkJzffoZUyW6Ws0kIHbwg8sioFbev2T8CvG6Gwj4NmBzJPSAx1H2hWnHmH1WJb9ZVZL6YmE74rx+wUy0Hz7FNVGUahfx6Q14iLHSgKrBD2HwBfsvzA/kHeYbVUw2wcqIF1JMvIyleat+A3Ogf6dKFyqaK0TQZonIS/Vt6zPhXQVejyQcZXo1iWhzD7PSbfkP+Ih8gVJU80XY73t6LLlZ2ESxI3ya08e/l2FXiLHw6x2IE9YxBFHIpLhfC5jbow7u/kysVg6NQm+p6CAP4ZD93qNTELzWZJXSUQrD/GhY/TT2YvG+Ii+mECPrr3bG1JU/sDEQtKIFtJcT14v0BLNnKyFMcBx3Rgbp4YcOHQTmulXJJrlI8OCnxfgkeSJ6ARmqjawDe0XjV9XqUuq75u4U0A/TbAJv/SEX4RR8DrPUU8n7COgdbVN9WrQQYY2Oj0jKNLtlz9tdAb/I0ErQQCbvPKYZ6caKUM4V5vn5u71XKxSfhKbLe0+WV6OqN+L7wLS5/q8wMP1FDncwPa5ZIoIJ5L63C38VkfuViIe0aM1p/E2Mu8b/lx+AczeRmbvO61DVUSKaM65e7aWIeywwBCOew+E0j7hof4FZ59+oNPsaGI8qdbRJbYYZqoSWDzngCSOvb4+fuHaL0fnhQx9MU+hRjUXh6EK3Ba1+rDHTJa9o5RJkncaxSJ5IphYu1IQ16jd8gYShBnjf279ZSBhJ2MItIWlvh3+FRIWlYYtbRPiWEyoiXs/xGh4ZAvnlV4EDux+lpqMew8s6bLnrnQ/i3laW5ywWrug2mUBeLL9akbsB1BFnIXRzAzI7P7M3Z1sSLKjpfWIT/vzg8Ni7wHHmrjM7c5pZfnprx7tfg08AYUw+gP9pTNoUNkYHIQ4e/aYhORCTDkHM8QImn/WnclOVWg3+MIwyq+d/mfejA6Tp1g43mDzDZc7uBD1YZ2iWher5yH6cvKTEFLjSK9WJuzO5y0wDtDRfOyjyiXbNUp7EfmmS+P8eFVILrh0AE0t/+hJa/g7ywRM70q3rMeUyLtb+xp2oPAE7WpI03kEr1Qjrd8bg6Xdb0AsPZ/68nUwELr4TEoYIkVIZNR+8AVPJsI6HvlRjx1GugXRXmRa9CoCPflLEfvpZQkZHn64bcNcCD73GJ81idQW3rejl32uWzoaTTWni6dem4Jm7DMHxaIQRpw0pZh2+jMWNEMv7/6Rzi21hrYorrHQmifSQCeVqSPOQXjidB4d0GaNvFdL3C+FVEBmC9qaYh1TIFnaaljDBfrWaIkdGdPcoXlD9IXVWqYX0ppyC4zrJvmd+7fZ+f7d+wgmPQpd/P5Y1DUnm5DKaALrb4wc9cdO6Gz1RcYpw5f4PlQiehMp6cJhyPU22S/juDH25EcD23EdUw4l9PegpbuZdSUabAE8XElYqwB9/45Yr3lE+HzzdLU9F8QTnZbnNBU0ulHTSIgbfwG47IGwo2hDVMC8YjAkZS88U1IGgevczhb7SYi+fxk1O+nImC9UO+Mlieecc3nHpNYP7jZGXkg4GbPgYtqSX+fEgrdqP+f4lIj7RB9dndztTpDCkWz/mCX3XCWFv4ufImaSf+e7V0N/n3DFlPNGtBMsBkpunxjuAtaPNby2w9BEKBlLF3sqJn2Kp3YZxTKlsEbG9DxzquzWuHHLzIH7l9WozG0dALvl2+SFdIdgakItELhIMf0bCr5vOCGO1dqXfFtT6nt1NkCLzbHTfmzd4REJzOFlOh1N1IcN0fjLvMIhkYC2alt1Z4E4eOOpNLHEd6w3O7ShtUYc6WqadBLF+McNr2LJpI+clDMNnBR/Eo96QxxD9+XKQxXL62gJbJuKkgoG8KbtOI6FXltAR7mdwUlm1X2lsbJngbWKDHqnT9sD1N5dz8HLyIs0YkfJtQK6cBIMVXo2hJ2uTDAwVM/x5B+IAIA3EEesGTYc6IlQ6X4FOdLyJfZqfaVnFJrYzSwmcTp1ZSqyPw1jM2VICpYBwpKy9NuRnBic44/Vg9pYdSYu7TsoXMft4WgUozxUmPKmXu18pLnEntetD4DD2hytiQmYNdi4ftwXD6WLjaM7f7mUm+4Qo0nMcwFUyGkgrUeQ/PS6nYcTV4yvA3ZN+n3KX63DYFy6huPUQHm7Iwsoa3rU/UxxM1VuDapz1cfY09oy+egbtZ/vCat6WFL2fOLoK8nnrcH0ubI9x2tMzQ3A/adJmK6SARXOoUL7T8IWu8f5dLl77Sx7HnBBLuqCpP6AuSA36d/8miLVicJODiU1hw34bOktZZOLFesoCjIH2I9buUyK0aIZ/G41lYuGwylMoKcCkuB7pFN0f+X8LBeV61LDavF+HGiK39t6tKCzBSwXRqKmuXH76JZhkB3y5MOz/FLc8IeT29y+NBBCzbhsEf4j6FO5G/UetJGj+iiYLqwBfdY1bXG9qZc7JrKLDdamK/kWE6QMs3iMznu8/zknZXc03TOt3gTXk14R3eji/YU6pjC/hrs1PNtHI4I5Qpwco+BAe66HBQSShBoWcRLnXxpldfl+0t61xXqztkzyzKsM/CRawDpC/KT4YJfp39L0ZPnNq35rYP0jlDafcLnwc0jUMlXBKDeFFGgbLOmhvel/0g+pNtoklAX0mYCodN/GZwm16UizscfNE8DtCF3QOzZ8TVW3ls439qqTqpMvhJmnztlfiB9PeR7iYYh7eN2/cEaYnlmJ0nK2OGecM4sYoHXO6cgqrZVX3u/gf4CZ/xskLUWlM0EOkxvaTqHoSdo2htRuQW6b9+zQi9s95Q9N4ZS4m2UjlUUXUAzYSYRleO+1iO7CHdiNIci4w21vUW3XfHTnHOhgzjUZ0WdT5XIhAB7NohAXTGE6tbtnsf8NLegpAf3JWGMCOKET1UbGByh/+wQ4jaMI2csmyF4Z/wItksL10omCFyBymT/spDxBgQg2a5bDMVGBICUxF5zGmfxt4Lu+l8730xgZQoW06e7AiOBW9AHNt398IooJbscIrvd/NkRZMxFNmmfkwlVwh5EYScMeytSUHJNSXayXiDVsWsBodK2iFPGdsGfN65gVWQMiz6ccbNjhqKVHiIedzdgA00eoFtC6Hdm298WPgzHkobxI3FXgrFNZ0+nC0ossQpL8zAp/nUOJ12R+YB+9WZdxrlWdvfdz90usM4W4tqZMh3Fg6KXgLRwkieV/dlPB9lDNgkHyENvelrV0jpoULYlUfVDglAis7XHft9vfBtKaN0czo3zA4dmcN0deqNeBsu1Jb/uAVkIwRJFYAFlQE/BsECmtnG5bJFApcJKcm7TrPxySWa7a3sre0xMTDhUxsaUMWv5A3gE3W2JVWf2mL5Pl5AX/ji3V6iVjHiDV/mZE4mpVrVXSskZ3Z2fVvNyfJq8lIpeUVC9Qus5Ed1LvXHA1vnFJL8nLlzqWU1x946DsG4ipvwfi0dIiVq0wuVE4/1AifGcdof6DVz9Jwi4tfJAwdKdrpZXIkjZD6C6a0Njx3eF6vVgQ8xFwVqPzbEYaoQU77/iiW6X06elUqydcKF8Sbe2G3dNuhiT5042nfFleHlfMCWLx93HWR3o/1BYv0DgaoRGKlK4AdTmQN+VY7ld6tS2EdOyq5Xic2YBvbiawoYZGaqNHoH8Q8oGKYFfXfXMQkwWU3FWJm29B/9sm2vVunM0J47PplZacCvRzr/uFxSv8jt8NlELOECaX3PUoMxe4jEM27maJmcsYb7sulRei0ZMUo7jKlpCgoH+qGFcMQ1JZwHAp7Rer8iRdmshNgvS40ezRvohaHx0th8HW/0VTchfaSnlWUP5TYlePIbgHAhJ9rsy9nyaOT050hOOWNNKUdMsKkUstKfxyZ71ISmZ5hLBDfJ/Uf7pWZL31eTCiL2VVAXxEf/95q+GDGkX1QalHhaqW1LiqQUFC5h18xs1xwVshinVcBnrBcG4BZblis0cF4oga3YnTNjJh4aQLN0kWo7WCXJpK+B64TzXG9/0JlPD42gXkfVyLQEd5kzAo/6XpiDGdBUp169MR96cvZSIJFl4ezabx4z3wzucBXXNiq3tsOQJwD5w0g8+MeMqkhqXzx91cWI0M7a05UyUfJlyWopZe21v9JDWdXAkXqkR1gmnpWf9W1E5fsWy7l1aKdws6Wr2v8NHLqJaO+qRKvpmJiCZymliEzFUeNK+bjF19kaHW+XeLM9iah5fgwc4j+gozLqNdFCd0rUboQAOmZ+BFP6N92rvSgfl6f3v+ADh1IN6bethNWn06pqgyyRETO7230B8gUnUhaIu1xF1B2bkLN+xGoVWuDUvDGj9gurACvqy3QAUkaZKg3HRBB8+fAdYjTQVq7jaZSqyhFtu3WsT/JmkRXPZdG8KnvZZyc+4EOsmEGpz5lJ/dEY/uY7q13XG5i6tjq4s/lgVr6+xsppIKkiuv1zT13z/nc19mmInECsQUGlK6oWCaaQyvbFqFb8kRFvdtcvsKYd6xU2S7USqmvr+/FdMU6Sex1khK+NcYxVDljIkO/7kWR99bmwPbOkYhl0xHX+WZOfQiM6mr7aR7OJmQtE/x6d53T/3Nn+lfsKj48hhjJeBjlhidNv0uMGVpdFDdDowsnjwl2r5kcpHDnCIct1PEyZNuMrxUWmnBjJqPLdWsdD9hO183znYn2Jq1y6TK8APwaGwlLXvOuGftXSS5EUB6c+kzG4AhrTa/A4mjKHPIPnNiCVsfU8alMvnAGUJVAEm7LoJIpp5reH4zKbzylCnIT0A5HlptZ5zEpcv+vReg/oiBrT0nVrdlluu/KnAqWOsy1jo4BrPUX1J/BdZwImKH+wlIPyS+49kk+iQBiaZ2xewiNr716mrtaY8iLAvLYAxvmWbVlG5qCKQGkxCctjPhd74rpG3JAbBz+yUGeEGLl/RjDEkA8YXtMlHhW+MA3LATJe2eqjDjK7xtljJc7AUS/iqE673gVtw95MGXQ9WAM82JQZ4QdkopREiL0N9kI/gq45xQU/+AdGBznVJg7/nZ8080dMt0Pzqih9m7wLUJvuV9ahXNt/raZQVEV8Yqb9z7iD/8RoPxLoBVp6OTFejE5tZMgKtl9wPbUridIgNUAvqUkDpsJFqgOq+yQaDlPLIx2f3BbTfn0vunJl+3m1paLm+95GOfKBCRQe14/SntDgMtxBjXqjoFgxyH/2OEYpK6A1xirH0txX3Q4AFptRaaqNSffrr6rNLnxfg8sFhSLuC6SaTjFmLSPPy3oBiHmSGd6/YNbvkMfh5OtlnndugSL90uqu8Pm4/SC4VfYYB4ccWGQK7ohsF90dvvUmcajTMmJnfHfJbP8rnsHjEknUw2+BdE8bdXUnIsamaLdD2oAO9SfKsa8D+OQNCJSmJQMY5yPSQcJrNKrQxFbpgE0JrVoKn8ryKLaUfS6hn7NEX/wXPAgnodmYd2zZ3Rzybp0Xt25VN6mVjewvzdeC+889zq0LhEhBeMhIW2P5rFnJm/ORYq5BA6hPi/ZpBW+JNlMGeJ56Zh44WQM6TQTobKHVtmBSfOV2wsyytcHcIK+ldZnMUsBZYXE/txkogPX/zy6zXRZ54jCr6C89GmlSCy4D1w5pcwnvjivis8SNWNcneBsWvD+m/3zeVxZkbcGcfubvk1m9qymZeUpUTvp8QOBH90JnKXfHYQUb4n2Epr4X/Yn2vPX1CAt/CYpGIFRVC+hEZKvein0+QuYAhe0gq/zpfe1CRLmgMMiB3uN7f/iGq6bnj4YiI1KShIfF5qMIr4/EuzcvD9tnt2qVGumHUaFHMBpnRue+Hq4SQu5EZ6zFWEv2NeXtloLJHk7/mKKaJnpipvMRP9u7MqP+dwyY/5Raas0FdU+XJJ417dSyeffOTjRiDTT+mjJ/Iq2lCkjauRcgsAfWeHytrmKrYHBH2yvEaVWfDCL2KFNBBWwdA8cmyRFfxF9qpkUuJRVAFaxxZZ4a7Vp6W5R9H3PzeEVYoNszVJlJz2dsByHFwHP70Thf/mha/wr1uTPC/v0Zivt/e2bquDk+7yMboZ9iCD1SpwVPa+fIu/SsjDejOL1PxhbwpAyO/aD1KjVnO+knk61W0oDJ8DzuG7yX4HR77O+fIdckNfHe8VaqkMNlQl48fmF8eHx4bncRu4x1CO8JHcrptjDT+yTiGjdZkaWreY5SWjbZdWQeAghkLxhi7Ku92U90WiT0VRTX8GXE2IiRTNEP7CWHQj1rEU4YShzLMJPPDCG+djBJzlN5qwNWmruITXbX7BNZlx9CX9XogVuAmCDNeLJhWwGoCpPyHebaw+0EF3PLX8Mdk2TNopSRxb6M6sFSHq0odT303Hy4VGzzzSzgHdPQPEe6RCfr1bnf9YWR1BkjiX/RiukY0NqClOBlDhqLQVNwKBAXIV7iHVMfKS0COuQDijyNg3YMqlIU6wJB7eW+pOTMsM4wIPBCPHmVa9jb5uouLIDqLWZKt9Ne69v6Sif2/r8rQMHXAYDRkdB4pbDLPHw2i9j3yYJ9ERjLdj3J401Dj+XKkSffGk2j5lBC2NgUnj/d8/iE/ZIlV03cCF3hC7vlzmIJ4OJ2/KWzetGG14Jrq44jDA4yMcb1u+WlvW1tLmV0MPYkFfQyNpY/zReF+UDJt4pjZon64pzXhyWDZ9dbBC01WvM30zFmAinKO82+yyMwwOarn/kevOIqOXpBhuEoyafucLqPy710D2boRlNs65QY9y2m6CIKVnkgsHGVz9xCrTPD8irvhW0Fl/lgg3P1/AK6s4sEmFDbGPj3++HZ7Zkd+QiWowHz0Y8K10wmmnrrIlFQ0MOzRKIZ6KzKqFgpOaRHRjvloGXWlSXF72O1K+WPW/LJHv9L+Am8eZTXpQgA/e3yiQJkbQKNef7vVdywAtvGHEV2f9pZ5lNyLsqFL5BR86s/pQjkCNbD6uXDAa6XIUSfWbryl+X0rIgeafhloJaKEVh5eeHwXHtyC46tNvYUs2aUn6VIhni1cNONoCjj2OSfQGrl7iTxTVO/rv9RFeqiocznBOdl1N4k167z/aoVRgxRkiSHQGSL8e1Y38Y/J1L3Gfc1WwwJhe4nYtjJ9rgduJDWACRIwKs0KqkGy5J7D0Wemk02jhxdnj2nY8gE1b6Fm6XFfrukJxwR4bLRu/Mr0A21ShUD564p4FPLdG0i9YGWZW2t+teD6wfkJH/tPULr7PjFrdT8iFNj2FAvV0b+FOU06Vfq81gz69KvKntObh8e/EnI6MUk5NvygLR3KMMR6rVhjeqOkZAN6eTrTsByjt6+gX5TH2L+nGOAFLCw/QznoWooAZN0rX2yIOrnlSjI+QIj/YJWeWX80p2AdvglPXCKyLP6Z1/SeIgy4Dq4IfNRSj3q6sNv9HwS1aNh1BL2emx8bQqMGTCEXh8NtU/x9UcPfpC8agSnvW3xeYT32n8Z3D8KdveTtY7FNyLISmg9pmeDw96FmNR0mJfWbOZZTVWqbq3Dl5L2pYnBZxdaErxGJkrZAJSEa2gZ24s1HA7X12pg7OeumBRLmPEDlkA+igddJNb1oZC5ga02GDm+L5rns5TakqevEfJJIAqpNYWZ0xRRZAV5YzmVuDhAyW5O2EW5SD0n3szlmP1VxKeylZPGpnouRFxK5qzzZ5bW97hepoRpM1KLWq3r31T6vZIqjbRQp3Oeor65/8nQvc1jomdNma2DoOoe6xPIxjI2+oX0lc15fAqiOsmixO+Lg2W4YdZJGpB6mOULzdsQfVYKHKWYNb1e3djv409/VcpqcrAeOOwm8peV6K6tD6/WqVmbW4kqs1jbD+JpJvVfB2gU6Qdt8m/kn26mjwN1S6xfBTiAvZQTUZgWennxPkwtvFJ4xSEl5pSHmgP2q2Bimo5z4ATsjvos62iGSbxA+ucMHJVdeU7pH8kQz/awaWDYyACNXWyM630ptvmvhiPRCmrm2/JLHBlG6RSBN8X7Y4+65j9xksXk1TK158DerHKdWAKRKw2hAkQPitNQvzw38zEdnfmn1hSY+vx8NaIqV5UJ68dwVUCjkVmrUAmBeiWgl53rIe5WsbysAjYOskgfO+TfsCwNPAHYMyrnltmJeBtmEvySLBYiAr4r4GAHQY9VabyA/LHWlwYHK5NKx66ljA/lNKMtWNn5fYi2MNmL47VTMgKDNwSZqOKmUAux1PPGIdJknwBn4F4be4AjozePTJtsnHLPEoN86PSU1/1Y6Sn6/R5AVOLfsAMk2DyijLUVAWpER1UaeCPXcaMGxiWT7rfyCt6R9qagh/fXyHptxjd8nfsfFRT+xXEXwBoJ7IJfQHkjmgufqdtdxl/qIiWn7q5HQMTgAOApV4LoX+Hf1qyguLWnjbx+I6V1WzbobxIKb6HIgZIFpDNvgAcjuH6hwSZ7p3oyU5WcFHE2XfUMU+ea70bWzLjrtguW/lIEmXXCiscnwwtk0OoSOOo3xbTy6v+WGM/pjXfUcdFLu0jLI14Os609pveKMSV0fN+1X6t1m9/1zw0+lbD4Jk2r4PszlfBnXDlCFD11R0D/1fFauNk6MgDKCgYA0+kJNZRb6Lz1CxQC9TgwdJdiLxmcRRDHsyGMLZfVzN+f7eabwzGHfNxu+O+9pES6Rs4T9IVcl8OiI1lNi8Tp1v6C3ThYnywvEPPo9UYVDKUkpMXVoX+1M/gVCOzPYXjRvpAdUmqtqR0eT4tXXUOGbZ1Lst0xS+ryqjdZ8TxHKYWWI8iJAwpSd2/FqifjO2NAOeOiZUHvznmyZ1vWx+KhMg6M9E9kwZYWLfxfnGasn6XYaKUTGpGE5diuSlDwZ2s0sVzobFE9WpTgbMR0dbhH0h22qk+sVAQ2OXBQjbZ4CIC+LzZu1WcJmPfV839nI5iXDa+KflBgAlMhY5Itv+W3NcCMPZkKVsHq7EIIh8lDvRTbhhzcFtppFhuHGpSzsNfw7Hq4iTGWhk8fxA1VDQgXuTRK9EqHyV3P5vFbjM64GByZe6w9RdU2uI06bcKzOqAdpgDi8zlpBh9F2O3gMTDc2cVn5wNHk40KKme5nk6ql3ex9p2nH1tPwWtoB4ig5WhLZGxMnz+KCx7fVqyqbFddQ0n/klH+rqSOFJZJSg9+F4gFbDsMCG+aS265utIG7vh4sAQcZJjAyKGB2YDrXfZbsBvGidMstroM6j7y4+/WXs6ocK37cCFRU5AAvVy0kig3JsN6fTSF+fw6bSAoq81vJWStBlVJtp78HxMaiytudbc8dFYJRMuMWDVVRtv8QQt7whSzuJTxnxa5BzioIBsnUiq6C3BI7GKxjJ2SgWZJR3OGzeVd3y3sBvgpoa9FWp+e8KcM/KVErX40+1fETUvCbx+KRXDZjIV5LX6JYZpUmY/eM1oozataAhLUmkmpzO4qPuFKpBHoRaDmYdUeD+HQs848w+C8dlai6eFEm2CxjEtTO3u/FSsFPOKSpxWk+b7qQjK/gZvE8jPggw0058+xjFLiq5kuXT4V0uByzgEEPPLJrwAtc934TgB4hIVW2uC79VVjABudeiJAroF7PUPDmbZtaoJ0/vyr3Pa36E/UNaAveCX+vbQ1qXy06N8pAze0jtgCb/Aqyx/G8nCQyiO3vn6qv7HIDb2AJLpJ57RD6bIwZRP7H5eL47+6m9P4r3E1o6udgkGlKmizWNwGt9xR4PE92ntlzJ1R+HUzHG9NCBzzpCL3yBbrK87MB4E7VTeD/sooBZ/zImFuekfszTf7PAWKjF1m6zHSCa8GzPRqKcbo1Z20HoDgx/ZMgdo58SvZnYETZndNubRhuJ2FBewHw6dQQ20WYcHDCz/CvbeMPkWhfFWZQjLPBKUrrDTxFQ2LG66pSqcOv3KGzwlikq1jo/fbom9DrmlNXNHtWc49cdU4Hj2ZKn9fst3Fr16ovPZ4aLSVlIJSQMo8m3U0VrJ1Z34yE6t0YGdDgi710ighFTdwWzHW8BtxzcKfFdmrwyKUVqZ/cXCSps/a2teTp9BrlSH26RleMT/jL022Wgn+O1Zd6LSH8uXvEQYb9y8V+Bv8STvZvPmaNWeQA5nhw8oTk0U4euUItNq3KeTM0MfQs35XgcyaJWBhgDDpFFx4dSwv0Uajw6tqozIRgtJYoC9BzoN2TklNJEw23/UtGdv/msBTaS6phfhRL35rxXS9mGSV9PPQakj0BzZGzU03n8nzFLJaEWh41MordPlXRYEFiRfZFopOzYtan/1JtiH5WsE5zKK6cl5qTDOKicWr7ar89Vnmu/VHbDv0bXfN6EuXWXUmX/SVazYSV25SrQtgLexq2mjxRRFKFxTBEtSbuhF4plKK0KK7uExN/5S1D9LQLPtmo+0lv4pgP4T3o1cwJPs+npSgx7PTmS/mKniNXzwWoQe38sDYXviRNS0UmT1/+ZtQtd7xyqldH5EPEd5fqte1DF1m/9mUiHitIzw+wPu4FZvKyvg3aKCcF1VTEYHhWK5F2WYeA0xXtiLoepE9+uUr2cFQV4tQSOnmKEHNa5NwKb1Vs1DmiHq2aQ7SbLMnlVKRUMx6YB7ULv7kFfXpmpjAcJKTuK9wRfR6SYDyZN5sSGFC2Wc1r1ImH2w9ZTfp8LNq9tF/TIy+kzdP4TVCmwv3WwM1OpBnAUcAdk84WGz+CT/339ccAppVRhJHLFjVV1Qv98upW6PZGrw0ToxI6Q0YvbzHuTk87PqkyJOY4S66LaXaH1nI4HhZmMN+3hwAjEphyN7U73Si+9gfe/6UpuwvHC37ddTjMkpNU5EU2XP9Zfab97sg0g13p7BioKTlYuyCKA6CZxxqcFWv1qkQ0bdZn44KdDmp92obCKX5DuuEtoj8Sm4j1C3Gxq2rrFuyM8RZIEt1y8OjIhVPzxcJKz7w5aAiT/BoPQK9IBNDqeBc+R/h6doelVJ4a97FQa8voRXH+FmZMSUeiTwbNzCy0eYWMtzJaDPOi5XJTEjDAduTQNwwa6iYrQGgxV/8q0nOtvdJfXiA1Sf1H8rENGeTQgybp4inbmgj23+jRa9ed0NehpKP1NX1NEcBNQ8J9tQz0lMLLr58LfZxCafITt1jZpsWa4bYv3gkkaIo+0vdZH/ZwSL7ovKB9SrqPjA016Tj+aU6WoHEZPdZLCHMoJ+O1pSeq+jRo/4UKYdwBMA9ujHlaK5pUQsJXBG9aCm5hMcm5fUAtgnT4E0Icqk89ITm6rv81iBskOqBma35Ysy7TR/kxVbw4/nIfgYJrR4XC03idykzBltgMPBVqgEiPoml9XACy3pmO6Ig+/D+QjK4DDLYokMIsjhb3K9ODjZqrImOG7YqbtV4LpkRQ0B4VxqBYf8R5H8BD0qQ4U/Zoc6FrwcfjQJjJPXRx4eZRTHI1eFU2RBrQrdPQAAj6GEo5KH6NGUaCXSN1ZakxZL0Di7xnpU+To751PH8bj6WWZC4VMXNtJW0kGh6oJAhBxdhmduIbN7/UpQCsnVsL74qVoxWqZ38bl8LzIu9nzKjYybA0N5tGtlKvsf40CcWIKAjhfiICaSiJ8NfkWgEFsfz7VdVpn9p7w+VtCG7ayu2pBMSTmsdsRBrGAKCk+JSIhvuGqA9swm/qWLQGnWrY23eRSHBK67XCDmYnpSQh9UYRXkM1QA4DtGCCsv42YRE9ekmZjL/MvZE8gSHcvayL/eBeStud5bScsBVbZAl9WsDcn7y++vjHoEk3ypVbZOQloTQlGCp1fym0ksgsgpzDIxS4Hitvli8x3lLQXbnMHoxfw9J3f70WIpwxe7Yp7ty2/NdotL3AgNjyFuegxszhkaD9TqPOYQlashvqxA9CcGP9N+K9MoIdU0bPWde2LF7z0RmwP8R3YjXfqXX5dRIsN2/JZJmIPYVaSSl/OcBR/mAds2NTJMvpMK+WYXoqS9dWs99S2TzZfkFFvOVwEsW3FasOwqlqOuCb9dv+pD5SK5C5d4ll6A1fo8+NHdXdgg5qSie1N0mPgOc7umrQrtLuC6hHR2M1NMp2N8AXR6g8mrQMkE9DUPddd8OI6bBPhZeeVMoFEX6pghcqrHsJ3r+BWg8hKjs2rdlX/i7OGOE3/mtC8GuC46PML9XDwEe0zPp/Z4rD0+keBUgqJcGhdnSqGZs6xisCMwGVwIm73Z+++KUeEDVCqGFqBWoTvQNnjSPIlIfUnMDI00GS6KdAXE1bpWU6il8mpwC+dgt3ju1W8ffdDQS1cyqzEhxztFHG1UzEgFYJHfTH2yO9XYiLVj/dpWP2iPmkg6y/oq5NscsX8ZDUI3RuEnd06odzAMXfTHKoqcohrcJT3nmElXjC8gvFZmYNAkzDAdcm9Lw41ki01dqmfuhAH3ueu6d1ukzAE38jR2V1997EaOxNBrf484VZmqXQfH214T04mbFwV/3o94TWDvCuiqocDT8dDaIiM+8nNh+WiENlxUxbpgM+3G24cU5Jmux7LknS580/C6e/RSxMn3TSeiahHnWIgbt5c9PCLKlJqo7zZ3cxCVb/mNqFJRlstE5TUu5Tz8AZu7z5XrV3Dmv5NeDD1UwXYu4T6RJUAkeFQt4SfgluZwCDphil4onqVd67vFzJU4v8bfoToMMWW6LqEcwX5hauWt1701p3Eg+zONAGe3dDmR3YfK4/qWruWe9IhzJw1NUGivApQQLVKIPbJIUs5GvG6I+rEv18OHIO0qcIyj9PgUbAt0xfQKw0sz51or/+h3pGa7QeBqCjujtcIfM0NwWoNkIZMOPI/nf9WBnKVgu93q9vsg9MYI5aLJE9WgwpngNeChdL7j9qH63I2rBWOYVVepJg/2GsKYOcVwEDAO/VRpvtW6yIvyY3dm31ITYTKlXXoqASLZ/+37WGw3XCoEPIIdr7RlUfKYTtPLc3/D3iEtocI7Bmuzp7AdVhUUJIP7D+s7IELg9AYV/4koFr2+XF+SqZ0wjLF09x6Cc6gi8WERrFSOo2KgU9czfsWRaqkjnTWv/nRkSLtX5gkfRnuo5o35KhRn3Mhx0RRMq1jdRY1Q18PGyD708F3OBeO1ndp2iD1O/8KZXCRRVWefiFFguZmy4wqcxKhdKWEl8K0ORkRXOxyANT7OGEf0usdvZCxb3eJtwz99MxY/xjDl2m6zKWhaKC8I+Ef2j0Rm/+jug4D+ZSYhoZW7TvvjHmqiE1HnHOrycf9/PDdrFUPSrvlv2XqlaeilHArPuXfwvK+7iJKG5vSs4sh0OGzzwa3fGMEqTCO9nKnxNzae5G9aZGwCxgkoNiSWKOYi0EVQWTG8MWcsKLOE/Qb8TJdVDFRvfmABdV+QRN1qag4Tfr3U+xgZDClEFBTO2jIY5Mgj+Z8vQlt2IrgkynZFCsjCAW+idR8er9U6NRSf4BnUHqIYeIKczjv4CttNp5x+KjReJJztb/cxtRdRUd9tWezZpmdb4cs+WhX4A+hGtTQy7pniMDxkX6qAkhzoTXfvXidi4AJtlyLFHgCtSvezbON7dWJnac4+d+x55KaOzMJyzhBCj8l72yrsRVDZVQHnOJsltvdaKKIu06Up+YhcvfAlFiheDa3qX1F2gabwIEpKDjPsxP/CHjTqAxGP8Sdt1819SNhkLGk7GQSEcxgvhmTo5qPCEUHHM/waBM+v5gqTcpktrY0mCOPIYOqzhEgeCdG1biQsurLcHNIewaL6S5/cE3l6PXQmCFsOtPFS7VzOTIs5c+oeT+SmHKlPBcRhCQWbAy14XublQpyIV98c4K8CywhKE9nw7CpNmLVQ/GbvEMu9E4bHWlu9nX19CtD9/zA5kYbblRfPvzDVaDasvoTXBoqloR2/+cTwLsCcaapCbO67cgCHJjqHVVUvTFxLDVOvWwcUQNwAO2J27KcfyQgFRCC6LKtxOPijiQlb8COBwv52QlsdtjfL+iGV1bdp4RzTDl/4DNubPwxg4I7Qlo18TaudVEdIouKiIHzJxZ6MVuzPSRsG3bhK8Zsx/SQE6GS62f1ESYLyo/6npb3JSg5QNK7b4Ws4fKnMPlXphMtPKq92XkHLyQuadnGu/brQI+taoyTvtuvbWXNnWPauXW/SlpjgBJz7FyV1J2qgQ4KRwu7Z6xQsmW2kjF9ksH5MEdeLbgiqgVmXP59XpkV5ZvXy3vpFywLlHdk2Lbx0pwc3OHY0+NxHNcuYfDaCJ9cLBdRAajhj1I7I+SjA2pvTbnm0O5L61PnfhufYaPE+5aZC0eTs5lUaC/Nugdp+7PUFUGT270xD5fAeMhUYjWsbdjN4hYLARVJK1g8u7YrR+IsQAZq1ot8+a5ZeQgrl5NKZbp+c91Ox6XJu5ajjUallJL2SbbE2ZkfYnwq9SvkFfI1yLG15N18o+qEtYA2Gx7dx4vX7JlzopytWPejaOrqf8e8FVjoTCyKnFi+lnExmqvgv4bHEY9HNUAQROtAgN8hxlyMblwapcsPBouy0KeBS1sBE5ohZNpGLRTCuspCP2IIRvzf536xzxBivsSoWGUaXiH3JdkPCyzvOOtwXmBp6FbCNzybhUZX2KbuExdg84hTtK6NEHiU7x6a5a94IF7v0iqocB4ENWlM3g1znS3JSK72DBvjrvzpBstvRU0sFO9MXReyhc0KJBopPVd4iJXVZWwI0itPbFHGWfrYu1CW8Zl50rnjzutXDGT1xF5Ex8X/yxxUMhFiOovARw+GpCr/vW3jMPsPW3lvnCQffZ130dLbCDikEp7gFDFaqI2ZNYPXcXT4bTWL13ziuBJbvo05Sk97Os/AIeXr/bWlBWkbRSKOcKQGym3kr4AeT0SENLed+nXRDlw6pcO7oiO/bJQssMwOqkm4yZeVndZ7uQf932u5ehZH6H6AFVMOLDoS6IDm2KE7ALHVgke38YO0QhJHVAx6s2LX1bjkfTSb+61IOHg2r/qfg/NMYi4HPee1IzXFSgCsQw6Ss0eeHWqzvu3ZFHIkULCxQHch8BywoIIYpyjrlO6FybQRDjiiCTiemDDYIvhYmhSJC7e+5QTMrdIqpXjgJcz9UOk24n9JXDYmTlpYJPpb8azaBkopfhWqRQ1rBhGperh5Yx273ZDt/4uAsQEgxZtS94sBEbvCpz0AC9KTJIpIhcwY5IPESpX4ji2/QBMGTVFBxO3SWoR93oCy/HIEwPbjQe5nwRtqZnGs4ghopz3ILg6S3JdoNcECgqzCpN1xR2u9KmUERsp1GN0sH6GKNVXXXWSbmkPv5Tf64ZAvqcemEZuszmELoUTnn09oMr/B2JuvJAeV+LvjocMb28vQaTBAxE8mjgRbvQjgkhFGYCovk5rG2YQVE4oc2QywvuBAQ7uOw/0+3EgrX7juOeRL7eKIf6cRBRDS3BJ9RjlF6BGzlfIY+zxZ4Pk7YqPdErL2v9xSEjW2rLVU2hWaMNMeG7ERHvr+gHuFYBnj2yX8blHkykknA4Or0jYtSqhXcBEI84qFLtURZY/JcBVdnnQL4vIZyry5gkgGEkF7megb17iZbI3k20dx4Tdm9fiIM0ppTwk4SnlhZnaMsQGDpw9obpnAggzQ38af2tIsJSrbjAC0Y6lhVyM7J9WsbIleI6ZThP8pkeVfpHPHNZNTVvH5dAOoGwnbRk4uP6lvnaZpcNFskTJQlucJedDjoNdWJMpym8iDHdcDtNhDsYk1f06h7NJTxFsWokg3Smns/glB5t4hw4bSS7jgF+KhILhbwdP53gxboGSe9u+PtmCXsUaK6VnCsl30VWgutZ//K3Nr5S83tnYCKpBZhgjoz0sS3lBAnhnJqbqYS75P727v9jPIdTE0sL9sflTYZT23febFCs/4iOX6Ou+DhBuicYI8DNTcOl8Ndai1ALYWql2WBngAfgIaJsBZQnxwTybE+59woCSrrK3hizqwFezFfrKuXf6DOazQFjmvkaPFPG/UamFfQOBRESLgkGoY1fo/tvqn5Q41UUhnMEoWvAc0k9smBiE0KYIzaCs/hpPHQRujyOgxxCtefz7zePFFoEnDEtHeU8QvEZEUoqLiJy73V3qvl3v7UJgE4B1wgSVi39MagIdaFiwLo6OHhybzFWL6IZdfGZU0buZg5kRoYGT8zImaIEjY6UOn3xuFAEqfQGUD/swRPZFhvJrqQYCQTGba7cb+feshYBSUsV0crnEq0VOyGBVGu6ItrttPYvmhMKcX9Qz8X/+vi3u9YAJz/RgQ1T8kNiFPU4xBcf0yX5Ty202AvmWQikkYUQrCVzv3CzoCOackKHCQmUgqvgNdPqEDO3qwKL+N+Gu2srm7qItka/ui1RthxXM7/2kWd5evbupjv8etR3dOY9AouLJbWHbEMkJbGwnXxhjSeCrgk9+pRUa6ckS3EpPafX89Nz+EL7Orj2L6UV2w0xAy0lhyxGAvYWUgfEXJkuFo8UqZ58QISImRbvX3mRSkbIBS26PVqWvVGE+VdG+HFiivr0QMFBK8bjT0ysubcNWSVE8nCaz7v7+5Y4SDqrB0LT+CSj2IXVGH0wyGCSuPJTdfmW4dgoax+sHQ4EaiEDV7bc1PLmxqiunrcnVFGPzxHLHp9DTi07GtRa+63NS4BUQ1wXDb5RoGH4cnbi5virGhUg/o1P9Bv1rVuUdqsjMgwBQv9sbV9Np8p1rck0Auui3yi9I7TQ1uMjGxzgRsZ3aE6DnZuJMt3uCzhIeTRaDoVE/07V6GqbFzLS9XPKzzP36fVleXZSgfb2zzwR/pQodTBXOZaLZf0Lx0TSwhYiOR703O5ZXZyLKDJWVpGpzep7F2fGwdS6iziBdH5HerWDRjHi/0ivHakx5BNICYTOb22+x0aYhX5bWwd7B9TgXsl12acZFcYnvF20rm3hdwWIyRHhK40wEJ8xdL7ThCKdG5/ZE+FqS64v39uMCb5eA7MCeujaYyxDl3wNrcLeuacg8Fax28IBBKPdNu6iZb5cDgUWVbX05ld2bU6NDdoVUVsyTkxSzZJPF54JcMrRQQWRB3S+R+sYFTg9oXeQlVK2ehtte8ej9MI0n3b7dcwE2E7vU6sS5y96vWaZp8HtV6+x9atH3O6aGNViesNrdih8UsKcHh2BAJlJgWAmu/hMOFKc0NYT1Y/iypVrS5Yb+SyTWgfXa4IHrrTvj6PjaU0+6IWjnVFCHpA+z5w9D6rHuD9aPDEmnllMYaDe9xaifIjzkwg055EbgQZ8Wu7cl8cJKafdk0h1BqyRDzR/DJM6LvxGUuU2jEGCpqKztHEJCJPY7htpW0FjynfGTd3TbTxT3j8hpCGMBmGrD7LBivy/anReavRXBRJvuJ3hTc7Cr1R4HPjPNSzHbwgVtHovGboRFoSJD+uZX/QQuQ8xmXlmaraqenYzgbLgqLgxcYfBJfgiBgKsihrAMhLMUiKnRaFYR4NGCpWdEE8zWx3m231pY9JinI8mURRx1NnoHAOtxmVxBYr3IQEFcY/wvavr0SyiISn8X/aos3WmqER7uASohh7AsPJul/BbpeWbVcsPIKbnqZW7gUX1LASvxbolNxEYzkrC+2/worHat+HeABP9TBJTVKzxJ2Dg3cKBS8WbnyVnVnoay8CgWWEYkehu+MQ4+vrCKilg+cxmP5q3Pwys/M3mkdykCj/XQlOd4d7scVgcLXw3PItnlZAWZP0T1uNocde0cXJJDFqq/Vk0FmnvP5Ks+EKcnGZm7cdEkiTssyCm1UtkuqVY8Qe/AXpH5DHiVmYAHsy51an2s1wrM2D5FND5+tqk9szB8DwZUsw3M9ARaSya7eEpr2OP+Q8nHPvUjFZFjxsBXbWciXxy+IPizihXhtf0unazRVFOWC/k6N+UbTwjE82MG8g7c3DTKoecsvpjVlXxYg9Y6GH7+tVnDyLXmfO9WWjtBDR793r41NwQE79Tojf0eYnv9m5JQlZ4YuPDPKWIebFMBF4nSm8UpIuOy02jPeW/A84Ul1ekHHznFWbTO4b+UxtWcit6VXOwyrcgifM/SubONh5494eh5C05VLmQeInxEb5xGx2vL3XQvwL8Bsi4ERhZnqVBd1ka0mH/GgjR1QzignpK9tq58+GbnQgGpNnmwjABEigzosfK3OJ6iLRE9gXCMIhS93nlsANBJ3J/QpZ2eaFidEp2p90gQ2V07/gngUFGMgtPfSDcyoxQDNKdPUJz55u9sCMtJERno4U3x8q1j7Nc8sdYzzzffpOhDpfxbqBwsiQTrMwWcbEG81wNlVrAfqaJFJq4NXozaE290rTU0n4OLacxG2IrBYRX4w45xkkha86nHxR+2IG+IC7vMyOgLqs1V8bdnHVpzB+A3UXttJvAbOLRCsPwryKW0zXUTrJAAemM+MshJRgXbBwVfqCzKps7zmDfqhKPjliMD/kir2s0xcKrUokHJ1f750wZaB7TjFgyZSo/61TzrLRZvyww7986RkbsU3MqiKc6CxqILLYHdEF+bqV8/uK0K4opkZY0yHEUYXnJLQ0hrJndsW+1YHuzOhIvMXQgWu1t6dUp9vydAkQDbu5eSi2/WKTRf/NrbZ8VTTOQn296X4knLXZEQu8mxcSPXQJ35YZA4FmaS4r3dRDMxtBMvy9w2bainSTqqvzUfg87kgGA8LKmQcl1/jLc54Jaqz1pmv6o+Le8d42atzT6PG7uFMd5j5AbOM1gqHaaibeaRh61+CirJn96eikhYuTzGcYMVE3E36c+qszDdUE2+r5wA5J2LAx8ZKPDCIldxySEr9eztb8rUgcAE3DsM9ECh0U9tBNsbF1N7Ds+iIZ2iGfyM7KxGgm/e24QUps0Vm8yaWJIpIISL+GjvYgPuosEtqWs5q9cL7HZBskQ/PA6rHX0eg20rXvVVaaasDnTETEVPn6itkJy43BAI74u0M+hq/yq8KIZuiOeBcXXLaKrjUxTX+/uX4LS7H8UZw1EdKfTRPo4kO/0lvDgklFYvk6HTbaI9hlMGcy6TNgyJ/g5O+vdV99QO7S5Dh0XHHqCJt8zaslEN4ZbXyZ3l+0lbh5XkEx9oG8BrLMc2Cgs0+4sS2vvmhsUCrA4dwBAXsROy17PIf2m/n+lZqu6fYv1AncDvQElsupSGKkzrJBskzofP9UqznNdoRJehWTVWhWvUtpNZ6TLgGYOTGpn1TbEGYUI37qt2OYz3lvht/219QZp4eS5hI+w6+F8wQ110Gq+/ErJCdyio9bmoCj7W5k4Nr6rvy3AvtIAXrdb6XgfLFWWJpZGIsrXOpVm/ul/Xnhus3fIe7QELPPOKedLvh4ZCVywtQCPn9FwSUBD/zCmiklHVwgIMJYVL2K9etQ8pfuh0TDIQ+bdMMOY33c4XDGfnUPFhyOkxf0GobxsRukPd9TM7XuzUxuytLOYLROIWiYbi1hHiGmTCnBGywumXixA61YKt4ezqPmvbGduWmv1peHLRpWPs0A+AVNDS7hFxM1jr/7Su/SqTyaVYcaXv1NCBFgw9qfsOhmOOhkzx6pKYe6XZJaLoGuzd0LsJK5dntPpO15OTBEzeQ7bqUs/LvibwBfHEg/IQA8EuoBqxVl2/f7rjQfd6oIpaZR0UUxyBXVATPHEu4FGUDdnNWl14XgCXZtilyFUEet5JVHXzJpdZm1OYJxfl58Q1ZbQ9loiOMUUUQxnP09o8KiVGBdVVaLT1d9ckW5yWbzyWyKojhBkUPvNiOtULF0AvOJLaQ05RCszXKwECe75duLS4ZOAcH9DqLbx304Gu5jgjdVYbjuFwZ1jp19DNSwuHxjg2ESXy7UPjKJOG9+ej/KVogWlaOpSxdoK/lpp/sOb/Yl6LD/G7JXVmrz+QZp59f/4sErSMKi4pgLUIQFHQS1qK8p4qFnRigoTnfa9m6rz0n2wcq+isn/CiEUIl7PzMlXfLM+A2AkUntDZ6eH4s0A5Tgi1nKtfgNipgfEuxTuwX8jqIEVDxZVv9guQBN9+cBUFJGxZ+SqcE/ppxfdTL853We5+CjwY0Dzq3q+/tTnUscRjufeaf5Ctb0iN4IeJW8ZRE2jfa9yUBMWPDpP6FRSMdPQz7+RmIVnt93hM5xq7cz211v8bHV1mojEaZmI30IUk/1h4ddEATT3gn/O/ZK76jfVWmDJQL4Usip2Z6YZVEEfFdYkmeEl083mm7m78seLecLZJicE+QhO6lRVWVs9qyPoQ1nGWGBV/QDB9oNpOy0cmuN2Q9zT63yJIIQVMZELF/9gsSghsOOuiB8UpKj02HMaGil1A1uFA9cs5cGy0Hvh4KWXAmBX2aKsg9YmrQiU5yIemVRq5eo/keabWdbpNgOsBuipOAPNYX6GKPipycA1NKgzWD0/COZWB3cJIn38GDxoL7aB9Jis9yRBOpl4RFvX2OE2cFss9f2UwdlO1Ew7aE380AvoO+TArYq8V80Ne88aDjs8WGjlTkoWPTwAT3UwZSI1VLh0Yj6BCjRiSrHsrfyASOObPsEZjUv1yqT//0qC0II+E1VWQy63rXVebxs5mebIw8pMD6lu+Jvq6YOzh00X/2aTdtGEzfOr1RAewBKCmJX1ZDm//3PI4HhROtOmMMxP3dxG60YKEE0hycM34IyIGynck4pdHyMOyCOBzT3lPMc77N/v3terUem72qiS2O3RXCElwGYIkN7ZnbqoMldxs66alhpQf5hcJik9ixxQ4xYtNjzsDCVnsrNCFq3TIw3CEpHtuh0a4RwD/Qm8WyEXQFY9mjtoBjGqtd30tpeznknxowdgGiMUoa02vTXUWLR6t6u+aMGzbOe8fCJGWAvDJ2Fsa7sI2Vjsee4gJX1cmyUQHiCl4QhqZWuAWDxZNBw/w+ZXMAEB3xbXmKEsVqiIRipN2WFDoovgl+eRNAh4U/SmL/MPeFZIQOC4+fmpMz28leTa4boSWZ6ko4fMhGFpmqSmopWpCVqQJh27aNJqSh0ZK3qzSx0voYI6VFKBpKHS3+BBLBwjW40dOWmsFypM1L6CDVf4/JU+r49xJ2zBqyFhTTZrughHfZRVl0twExRWT7ziPiuF28qNLfrnLPwcFhQnJzDRkjsGz/m2JCLBn9/71nh3NfZh+40MFAtKTCvJOEhfY3z7ZnMqxojkKEavwLHmDyeCmGCKTXGDJ5Sk7Hptjo7gUvBXXl6iYUbqp/7IEE6dT5HuJq46/KlAWomjggNujEx16fy9/rUMOs+31wk4Cu8ySmvvj6bptiTz1t3XIs8BROKHsA1dyPKKFXv406JRIzvrOONnFfqWbHezFNB1kiZyJ6WynDECC66vnVOJrXpbAm5WyxYUguNT1kwfcTNdQpXscMvAmeBNxi/TrHm1t3Kv8xOgonwAOq/VW/ULftAeb3FEeKVytZ3VV3ve0eQMQn7TK2EPOiPxymLttYgQu+tnKcbsCBMILXiP1ll9p2wi1tqXJVx7vECWtb0/EDKaoW4zUq7LJn3izUiMX1MmstCoYXd+px9XqsC7uBYNiIX01CpPyQurzn6g4XXXI3xIKMBuDCxpA9crRuLZRIZ1WuiAz6HIchmC+MuhmQkk1BZMB12lEkHBrEOwWUXZ3NuxgC97ZQG3apFb7nDoAmqULhYyJJZ9P1vZVB+mI2FV8x/RCi45muEQe95B35H5H8IuUGNhKyYdoE5io2251w9J9vTOsMXLRxVoy4NBwEhCRV4O4GdN2tea0VUy5koqQpSvWqgfPM/EJZ5aD+uz0R6iajY8JbbZPAzpc0t4UceyvZHEhf0Xqmr451zJbp+OonUtEALFF49q8FIIamtKgb4OZwDaJwiMao1+YflhQnmz7orAktxXqU6FtyR/nFNgl3CZhaU4vEjIOIFRGOpbrm1k5cDsBBWGOQCiY/armm4r+M8V3/rWL2yeGFlpyWp/0gBSnfMJrztsK4JWA8zCiLgp/ub1WD9Znnm3eWACAj858hnUlyOCs29xh2viVHMmUNB6ZgdogKvvkZfb2WnwVAtCYpbeW3I1PaWnod9abLxedk6ENPP1GKbSh+CrIVWY5FzNx7PNOECXqVkNlLPiX7vGYwS7jfvpZhoTXl0d/g5NuJ0y8rr4Qe5jv6HbG4iAqqJi5bA4ZYls0KUa1LIt6QVEqB5re1jSfqlg7O+vWiFotVs0eyQGisU7Z/lSujwik7C5UOBc16mnGbdAz7WhUYswzdmwhgjm/hFiswAr5Ap9IT39pOZ6EybA1ePOPXbIhDusZJO2bh7yeJsfyqHaB0BS0E+E1pvUPjnRkAGX/ekIeyFHB5FEPVB0hJkC0cyTJhI7R+9/WDVNVilM2jsZDQPAOzPYUbI5gBvDd2hFgmTuiiTOTjjpfv4TJSoKgFBv8Ou+VOUQsN3zfymTGRWTkJxVP6bgwW0Z2WijpIr2QeXyFC9IbqcZt8+rpz6VNDbzJFvYpz0howz0CbfxNTrvSyXcrMIgHLjyTh14A5TSubs71fkPr3WlxVnUSGNsHFUm4lxUpg40FdLnNhnOeMaT0ji9hgsP6fHVRm1QDEhTFlyJrRh+QTK8flaje7gH6iEfrRByLg+hkBgWAvSlXcEuA3PKRwL9pKeRKpY/GbvwUJMQNsfCgbBrzL20lzJFFAAYcwKVHbz63CeSP3/d+R+sJ6OPqi4ZImGIk/M1xww3G8Kp0Souw6bftQhL6Yo0i2rRVyagR+6Ugz0KIz7R7zK07QInABCPBHWwOyCuBA20Xz7ghgBzuoQk1ajAWa6QZZuZUZPX1uM5lUecKhZPC9JNeO5jWrFpAMadVEzVtTAvxxTC5+iiiUPDsMxu8eCVecskTDUqbpC+1rUUjPOahA95c2+Eg22gQ+iebjOD+RRXAIwSOVBXJHz43g7Y5an3+TrXbg6WYsFeYQSfE2tVb6Rp5klRmTo/w9x6PdXOVhR/Cs4L8IvjwnMDNouRiMlosC4PLaHVN72SdM3vx7cHu8SSNRxqtsmuJf40f5feaT/OXSK8VujAfPeHUCJeJ/8wfsZDpe7KX9gqtlEISLGCZngM0dZwUHSKHM/zuhBuOehz05UUxoR9SAnUV5nLxIzrWOolqXUbtV42/k9iaSArhlolql6tYG1ghaiQe74TzjQBH+6vv4/C82PwRMHpi7bYr9kww6VZc1p4KcKqGBitaEXGOe28NimUn4r8XiU3dCevCP2JME6xttMiVd3LZizBOoGjVwCSaFwbknYOTSvGDDU4BPYl5A6jzGvubqmNclvQ0ieuTahvkdoDN7RGBc7do4a+BbrB5ydoRN4feO47/s3u+BNPHZ+furJN+xA/Dl+KVgBt4vTZRwKCX+XLKsei7fjGqW14WsnsF9u4b7np+s2aDM1VXJRTbIiC9ZgU7cO1jPB2APWL0CbJQlM+57NW8BCl2SHu0QKu5Wo/GbpHzFuHPXpTcrTTPYZ+LQdYK9YYIx699sAiTQgUJ8O0Dy+WJVBC88FfHZC4OKs8kkK0rdf4Wzg5YRTm7lJvnip1mrxtGVEeplEuKGyLBHJ/nrse6cz5PHMUwa9KkaXZuq378pc392tzWxbMn3wGY8P7bXpB2gG6GhMsThYO2FBrbsZ0FV3qd2T53WL1cOyPN7Tuyix9EGReZj1R6el1DiavtOEu0/dS9JnTs5B3+LBAMpNsL7kGY6W770cKihCLK2+SoU0xiOJIEBR/4OydZx39XFan1ti4wOvVJqwcUz2yILxgRqMh8YA8KT97+Nd+nLvwOsCExtM4GKT7AqhdIzDqDz7fU7Hrh+Q64GPNapuFY3me4Zj4wqsb8SfTyhSfyG8Gjhx8xgXNm9gDL2ND/zj8bJVnxk9ck+7aoR4TxjhUHqOJKXDYsmX9SrWiwQvkLc3WCxtDEwhLW+50XUP2wnkvWzOj7eT9E8cutdlaZlA6dNf3dhOYcP+YUH3inTu1gEbCVyM1sulRSSihBVmfBk5KK+j/9GCnsDepdXG2fxHath/K1kV3bOSR3mAM5r25Ooe9mrF+Fx8Om97zq9UoFHPRquBBr3b0wQ3F3JQojhzCIX0/3XBZKWXlmJ0rob3+53I2HGBGyzzWY1B4/IGF8Q3rClDAtGbuOoJxWM0x2Wfr2vv/rGgE/peJUCzW8a/gSaDx3AY9f9tu9HKXAqYKMWB83H+kHFBrEGAb6hN9jPxdutyd/4no8p7huuhxIP9NafAx3GmY+vkVobFSVG6JDxIweg3OgDmufCQb4QJPzLNycmV3gAKMqLNu8OiCJik7z6ksYNmrLbyCZkheWOcFCtkY1OP3qVyrKFbFU39VYpz90I7kvEiEkVm3RiWAtb0sxlkIdV17qkhCm+VJx4GJcKmyZ1/wBcNs2GeuEUxf/WnDvNAscBaaGH6a4W/1pZX77vt7JjCRnxxkTqQTZnMum5xIw8JMQ5GwVdCWLcA9tvI8SiQoQmFuh1cgTkvPiMu8du2GHU55nCI7CunLZ7w+aumPk0E5c1Vjk9c1CsRhdW03Z4ZFJHykDuUotTRejRIbfdhauKvX/nuQGhDoOJACzJActUbu8M5YF2sUi6WIP5PcRjBxRT5caHtk/rm0H5i7wwEX5cFRjGrLd8zjBb0N7UewytoY+pofXl3qAfmYQEKe9NJo8+EDPpyQ/G9h0yatViMWPsGfIibo1/9KDscfPvGy8G+A6fy2IjSvrn88FmQ/qnzXn1CLI7qSfbgxYCoaaByRYCPY3vF64QAzuhaWouF3EmI+KNpS0ADGp4+iMhAvDXnjohWG5cU6Md8BCNXaDs1H5a5eHEb0HMNx3jZi8HvImtBOEb+7Xc45elw2c+SVJeyC2KdphnvBAncrbXQwZakCX4twnORtseZtrrzXbrQhT5QUEdBYob2hlRdt7nUPJSwMcHN0n/amnA4gB31yIRTq7dxRc4+lB2vJVWpBLYVn6mOjGJWtKczVV9OBwg1cjtjdw70qWJod+opqCt/4fd1ItENAEreGWcjsg6A7BfSlIpKStkpFYD+61mXwmRxfs7Q9xqvRd75UyKCHwmHC9Ca9hlPyVR3QzVh4HZp/AHVN0qVknjjM6oL/UQmyn9yHzaBoKfWzDBmbFPJE2sjx4pm7R5Hyf3PmmzkimwcvCr7m7r3lCNVoFxs8jM7cA41+jLtXIyiCBLpHYirvICpFU2TQ0xm5F1TZvIWmqWLX6N/CzVoUIH3SjAHHxw4MLVpMont6Sp7dTM+j0+I9UlpR4lavTpAL1KXjtZY1ZyrQepf0i7ToTDEiU0KjawXZbwLlZpFAHkB8XXhGXWwd68r5I1sf7pUISHf8CDjs3qMC12Z22kw+Kg81exuCnNp257AsusC0MYTCnheZFNv0jG0um1367F5htjU3YvIcBQYU0+R7A0jf7Og9D65BpZAdfNHza9ZIpZRC9Mpy+iVUnn6uPPckI7xsAnP1EjTQBTaU+SdFIHn6XNRyOiWPHXjARtQBob/0LUlYQnrN5DY0/MS0T2XTaz6Ber9FRRmCz9M8LAe2UTSqRFMfb+BmHKhqjwYF3Z8HgSsZYd5z1SYmhbZjnBV0/L15IiHoT4s4OQTDto91wBIgqO14GCtWQJtsdSnVQyFPDGu9WHX5PZizUtoBIdFkO6XlOv30DBYljlDTuPIPZJHpzDkdeENX3ei2RkjT1zG1XSXCsbOtHdnj0jH4RTT9VosWTKi3ImW558DfPHolQyikY3Fq7AOUaR3l2j+DS+vYgHG63IkhNnK5J/X4jmqn6NIcuQhIjgPE6YyVmOrXaDhQ5HuHjmOdbaPMvKf0pZz4Q+POG7P/GGF3nVIUyFGsLHbjTh81GAlHrH0Hv18IjR1Jo7BtdNojuBDSYBXkKb3VGu92aMM+bmqWxcOBfFKsHDE8rR9v129IFKY8sZyZrdk3mXlDJzcMuFTW99d89YVEus9qcqUcEYwJnQou1XPgyRzBplPIgibJ21eToYhIOFe6a4p48SYeaLD7TXzNRsym8S8qDKGb1BAlmjROEAL8oxfDT387YHKYN9ASaiIsXDVcSigT1q8sxnPkED72CU0i4KDWklgihKRDe2qRTiGCBG8l+65yFusVmM2u3ujtKUK4HuS1SI2fZjnWvcvkROmNj5Li9h7CPuvy8IR/K7grc2JeVU0U5580x7gzNJZ36b4XVgjAPnb8CsBskd2mZSsJsCxwwfTd00nLFjh3QW5ejlArkbMRCUaHaGyDVqVmZdMWx1lUJO6gqWXgDoc0GCjUm11hHsBZlVGS5qSeohFk8FVLT9vy2hyjzk3GpvVVxzPV0dDX/VH7HPdehiC+x/OqOARJsNyIjyjcE0YH+/CG6oWNWEssBWAbDq6TAFBCI4p6MHUpP6WmIYij3U4uPbnm77fzaR0vblXYFRghGa8SD1+7zeMR4liXziL9yY0ve0LAw+mbwxNHdRI4sdakayZJoTdRWj2dWTzbF9lP84leWQ12JvIZPN9YI+NpB8MajGQXlUCkkqoQ2gvrc8CQlf3iJUXsgjR9n1Ul7fjJ6BgZ5agkRlWezYbarWuy///EXH1DLLiEBjohcdQWatMeAKc1YVxfDI1960t6+Mjo0PdCRaJbx0MRTi1X9npgyqw1m/V/yV/o7uatpQkq5RL34Xr3P+0PkHUGVrFGa1AokNFlqDF//7TLnQw0+aZLT5L/JJyfIi94QDCtK7+kiCFxmuuKdPmTniNeIpKa5C1pMzB672ge7lviBKVuJodjL63YhsIIS4IlC7bN4nbhFhMYDiByRaiC4iR1VhhQhEFOhbpM3MHevLegZMoqkdTe6VI3FkdI2dboMJlk968QFYCnQJ/YnaU9qOiOacGU6jv0VqweZ0k4ZrHDaRMwObA3CFiDM/UBjkRH5RY75lJ2ouJaP02ITc6EWA00YHBvRJJlCygPvMSRmOYWtmvMsRykH4owSVAY1kRbhUivmHo4egCkBdbJPIASc/nVOBDFousTDWKi2JZucPYDcqR4SyDwjN5orB9cXoet5VH3v/v1SZ/hPWrYUI593dtg8sPsCObGS/RhUaB1PgmvGzzWaZdYRU7lHZ3sjYg0DSUkmFWDdy/mlbAGCPwczAg4Mv5sXTZC6IiYke2zGyJIt/Q951B9qHDehqa4gkgxZ4zy/fIF1VA7392f8pS3GxWpoLc/xUmBz0y8mGAG0ZQo6QhB3WSdu7STKRt26YTX0cC5aHhBbN9z3W7NG92PYYrg8LqIg7HO2Bxg4prFsZqoulkzD5515b6cumrG6077Pr8qpMbm3V+SM+EzgE8CPZBtvOlzDJRQ/ZsDo24Cqfp4n1+3YD9uwYXg6wIkPqn9HPffiI8xVYRS9kBmkX8IfG0Pf3BjjlsH/HRzvz50CyaxKy0ukkxBYjR1Kutj4gDJMxjbVVIfSVVU33zK3lhPWf3LYnbFLs93kPFr3MqfTmwDrH/UK75jWxohpWv8hHkh/7SCwfA15DAp2DIkpFeavneiH4+gGFJhnol/Vj0el8o4Ay/tJsYja99xwYBYv9Ie2r4LjF4fT0jWYqgqpUSwATC02WRvhI3UENAbSGwG+6q0IF50myGom1mYio80ilajA4CNlQKcG2BjHAJm+XUp+2a7QUDerE5ujDRqZuUb+OYJJatOv80CqXMONHBrJXiz6F0qiMtvce30X4C6RYhiTvBQfE61VZO7sw+ed056n+vDg3RGrvUnIRKuhqt+eMuCk8YqrXC7HDv6TmTVViYwwnxHzrBJYoq0DGz4Lrq/MEgJLmPJlJn5NyIL7IAHdpsP3KpRsdCgixZtvniaune9JmfL2vrhcGQ4vqEiTuv9F4XyH9VGz3vY3nSsjF1CQZQ4I3x1qYtN6ziYrWP6MoTWUN8j1tqiQhO259rB4K2ka1gQAksRHEvqoAKu6DzDiAObOXGl022uiMmVnsfKeWfZA3LNqn6ZUDUKB5+kcX50ZAzDVROdcM4A7naijvlJm8oLUb/7UTnkUkUysWKilIRXztJeYTtavTwtyC2qNRlruQlGH7xSA0apTLdPf17o5bMhUOcy1lfBQkB33XLQ1SZzjtsUEWcjBuv5M3h5xL4eyVE/QApGmt5MPkjdqvfS34xba+hig981sq5rGeEbrUEW4iubi9d596FmyDP4lcva4Y1XNI08fWqYOMm9tLfZDBe+Qw0C6sg2TECAdWQEg98RtbFY+OHuEX8nOOzZ1C2UpCTw+ySIZOOxzzGzVTC0081hcoEKNKL0e04Ox2nyGbAiAs/bHhofYH2CjoECjMZ4poLXJLrZBwAAf4rc87ZfRmApPFwKQ3R35MkQ69eL9EI68tLfHa36Zl53Zt9dj4osY4KxP5Lq/nHeorNP28TTGnFfIxe7ReuHxwdzFlO5VEa7jSuIBuSqHn/DNCxKtPdL+17EHQLTgV5KP/+GIP4AhXMltnkb+mMMick672Kxcat+b0wjpHZ4LTBRZyzsaT5gX2Op8WgfDWqzthR3wX2mDpQ8lxp291SBuYzGQQBkE7fO37p4ICnc/ivCyM6fwkeaIKfkt+gaDnYkoeKIdnqwDFN7H8H/2/kW5geRlz4h6cP+221PSrQXLq3VGP5lMfQFeIPmHT9iwC30/kRHXprxsngYwj34laetf8yl1RcR4WiN4mdYdTrZacDD3fy/01QB4CYGya3PY6xdakwC0ZALsreBmTUBpLTG0jr/x/tPtlud1UvZEx9S2e1Dh0y+nhu35EOzn+YNIMUsqAa0oFugy1qiNVGSkdic524xJQuS0BwddJL2oeqgbZNsW8xhf4Y5Bx8xphaPsBUOgsbn/PD3piRA0ekc/W574dTCKCcPAbdFYoycGhUUrgoQ/oesqIRg40Y0mxe3sI1BT/RIddQAuD/E3DGRxc8Y1mwHKw5O/K8r+HbhaJwYkbmTliK/w9dLU6XmTnKUt2nlVtVdLJkFNDyXuPgBuuP8Stxl9e1mMg8Lk6qePY2+MJ2ACwNnHjJaAnpfM9K5Hkv5zbzUWcGuIgG5sMD/FF7232Kqz/TSdoUQCffsfcCQpql9TISqul4O6vJYiDaa0BfJ3/KmmBAwxu/eMGJy3rgS5HkDgz8pDUEH7l5eov7ToCBQWCCPBJMovhvwA8Jzm4YBF9QzFln3gWfR+PeV5peaVbW12c+lCSfmFlQd71zAWsRY8AEzYghuDYodAX53N629d1BhjYaKgvOOtoUsnsJdQyPuVk78YnWdbrP8YM21olwEBu6t9x09JfFb/CfT829boWaCOya8xKIrkONEWxpHqRq+RdW6Vuvrt1W1GxHcgTmafmMYj5BLjzuIt6N/OCwvmjvz43w3HPzjPPx2e43tBj35LoPk+8EQ9O92spYZZp/at5LQjxKHl0RwUvZrBkQ0rXwyPgTJNu9BLDZ6Wf4+6+k/ciZ7L4TcCxKusGc75NyKwi5mUst0RkJvpewQxUDTtjVe3zpgcGMGfxuNpSu7UJUg8NzUh2JOgaPpk/qvLHM0cpa9Jqe+C+6VXM/3iuwlPxe0FZYLjdtUcCaqKsHSqYUjQdpUz0HuNV2TVVooZ2onWbNPMxFyl+hwIpoE9txkri30fjs+k8qqv9PS6h17NL6U8ldNUfBRy+vefBTmxl4pkSkerF1BwXmvD6ePovAtU2sUNVq49k9wnwD1ZEVyRaMUaNEub0O9kHbRGG5dcFgd23iyb7UkpU/6Wt/11YxGIoAAzSdRmk/XvRgCz1CJtjD8FuOBcwb/jEwE1L1DpQAvHhJiKXtg6GaoVLEzC8VtUnCjPayv9XcbhFn/cix/XccFuq37n7HoLxty/4UExPTbU0D6Y+6xuzK1oL3go7rfKYZ8Px6EknLLot2RU0i4sFXtlEJCaMBfcMt3EqKYyxY2PnaoaG+TIe5Q0S7A197xKXbT/8t5wVmWi+Pt0s9t9kzbmN+ufdUyWjS5t/opxJwXjQ/BWai5gDw2SZMPDrY9u8+2VKVFVzlVDaigziQ/IwM8e+bQPovotR8P4udvrWrkxmwulRYrWtBOQQSepTnaaM57i60Ics5rTINBUAyprGLu+kkkhKsZS4DSIMLLTonerSPJxK1G7SToJEdJLXKYIXLFu9d7lNA9ooXVB9zRpplx+I55FDbwM4G7ifpiMqHtqkPAJ4hvYGn4HrN/W9KC2PkZHTfFmRwumGhj/AG1W58pFuB9CzHQ/mgAnf3uOTkE5TyDBsCT6IeBqcFSS5YhMEa8xIQjEobDlYmL2PVxVIr9GKQvt191Y9/qnxDjZJh6Fz5RYax2FjOIXNqS/H2tc5ApDvJ9yFmABotL3tDUvjJdVTxud1TEyoDGxsq8UHXf1aaGHweB+Nt0rSQu1aNlfSXMD9yBe0Wy3w3KYf0W22zyG01c1TvSznVGB1hxEFZWKvgPAQJ0gONLM8GOR8Ur3rweZhNIAxvAjzHKKWVNEKBZWXwAMzgl7wSGpOYqrybMBGDoJrRr84h1QPGwPMJj9OpmM8Yn2nNDkR3JzbTngaCewYyymG8stK3PO9kWnxeiSrdeOOuyDnC2VC6BZX3VbTSj/zXEYOD+JPscVB4R/HvCszEEU91K4O1JGUpafoadMzkeVNUYtIn45KBb5VOA8Zlk9oXv5Wk/QBwmpp23sQouGwAHb2EpCcNZ9U/9vurt1x6A1faxsMvdcIwz9z+KKhU1HITlMccW4mhz7FPExmuKLpViaM3D/vWtYIT8+Y6zjjxiM7NsbpxDKJzM2wxKWSd8GXafSStjLgSQg+rOmYYHyNzTutU2584lM9wS58cmyIcpsrKAB412Ia42/QCHq9lzNtNoaMjQ2NPGrtP0zJxHEQtRnboytf+EFass7CXi/InbZ7j+xd+T04iI6wQtom0Ghj7cBRCq6d231Hpc+OLATMTouZHY4hbjdzgGpW0NEFa3SFS19bSW7Nbdg5MPkiPJk1zjyKMSMJMsJUV1Qi981S5stSMF9VwL9bMHJlSyrC/PUky42AuYCRnpW8MEsr/r/jF0Z0zUZ0sZQzUvGtwcFbqgqaKfE/KX+mX+D3FmLh85Kn4tFTeED//XOVy30cnRM7aN7c8Xpw/+TOz46MPt+JWHuv+H0Wt43s+pcz4feAxRcbg48lCmDIXeBTRHQll7JS4fKDxTJuH2wiLpkxJOFU48YDGxihYuDl8CPTSMVQJSBFjpCXh3heaqdfuUkU8PdNaUFh8UuE3eR0TCtgzRC2kfb4AuC+hHy05ZJTNi/ead+rTwRIMBmLKzomkFXGFbwEyWCPgVRjq5+chPjpic1T1B24f7dLcrlUNIWp+mQDwDCVsNtHvAuAmjFCGMxVZzsjrdoerLeEYOElkahUUf7osHkJoofyip3FOOP7eSg1PGIMIDwshxxQXrw4tswfvgIBQPqzaGVdoNcKlwoPBB7VMSJZ0onM7e87fW4+FhGv9d+F9zq//lvKO/mNXsg+gMceVu50uf0YLAXBSVlFC7OX7ysLd5lcWo7TPc9RGrJtcsOThyxMIJt9SBxV4XKryvsR+IwFB5Ei0iRgc5hHOGfeF0Njj5xD7nJDdweTh/YD+co/nrXrBlPcphvv6r5ChTlBdsgb9ByQzH/EG78XIeKoI9VM2siLdaKAKUH3Fg/VBzSW7BDIYp/lXSN75No/PWCb2dBKHa1ySHJD9eFhr7dDAnmLkbordrgB7NndJhzGHEi1VY9Oq115Mg1U8lFGmNNN0ZqcZhTgZJ3EBjhBuvonOvwX6Szt6hyuSKQC1Cdvpahox0c/ItBPWXn488rzp1D8TJQUCICgKZc8AAWDWrwH+NkaCY9Matx2Tz9yXn6euA58yGRugwiSXGnPq/AUm/zZY9SyZQ0wO10dydE1u2e0s97hRoaZKbClwI356dH/hVxKmG+rneoyoaFeebGC/QBwTGf/sT+PbiGQWI4P5lwCJTh0wVUYGInS53LlDPrLwxYSZZL087OJMUKsP96BXsMSjH29v5tLu0s3VLmCK0I6JHek9ZZ5ESCzKj7tRXHNI017w3QwzvwIehsppwhgD8eYmYA84WRfKzMWsLqQef3xdr1GmHbssasN2eS5o6f9D7+/BJi7eAqm4TbEuFUNZcl9guWLKwrOHty/XxR1YsmvgXfKfr6S2CNnQPqm4ZJ9lVUpSmcN9tCsj2dCQmz79qaVWac4Lg/8kCGNXDOD5qBJd/oVJ8Yd6Xol3K8QjICOZH6y41HoQ993DHUVQlb7BpsKYH//VO1uCuRFTJ2NufBotXsqwhP/NLA5UeI0eG1iPLj22/QZgFKQJU2OMS+U5lFS2lBz5YtyyE1YZb9SXaZ8gTWuzpzU0P2ykgKEbU3qy5bvdODuJ7TFvgfQbuS0f69fxqOvTNb30MB1+9BS9bOu1VLddl+f4QTIHJ8YUrWReFJjQLcBFO41OO08cZ0Wt024Y0K6kvPs6PUH0MGFvXoZxSH6d1rKGPqRrGZ6+gzNSNgPC3MuFcirifWmF4zoX9sap+MO3okR6z0qBTTkLrdN+a1PVlDK4/PM2NAStyCIuwiKgC9HMUFtnp/YiJWOk6iKM9ABfbUoCyilyn7R+uJGVmWqbDVsJj84BUxb6pVM89u4uS0ykDLsAPEW1q7xqptAaHF9KFB1T/xF426PkEKq8SWW9A9sMW0KVUPkcfGfazPbIjVoATNHxiCiCu2Ecyc7xAzGIyVmbJGv2oD6+cg5mcREizmFIb8L9/gjw+DNlTl9dkX+gqiMfRsK+dFBOD7wS+KKT33Ikkj45juY/FFURrsWuvwrDjx2Id4fxQB1XHtZBKGorcZ6JDytS7tPcBAK6AaJAILGAA4pf58FEvMwOkGlmhA357YNTIk4KYaUoKDmrPPAycptquL77dN+3NFwue5XTlE7XMM1puCSHY1L6bU7E6JqwpKcLt3bQtfUthoLFuW4KozWUpaC5AfB3EWnTNTwuUAqCAvacrEax39jLKK1wi4D+r3ptC0Zu4T433qyU0Visua4f8Q19va/3aIC101dFE7OtjnKiZy15DuWNsV6MtjCx66vV88w5dzaCy4rKkCiO/YKRutBZjjLzdIJjUARI9Ks/j5OJrkwDpO+I/sI1xw/OGm8XsQmok8Xq3wG1ymCesTxIUfU7Remph0B3U5PoxHJMMPXFxJJDik0wcaduPktPuzc4b+9GD/1zk7xqGyCihyIx5QOLUW54fCouTvVv/txr1a2IDlgz0tYPgzDmsaqFkwTcpoMkNM0Jf07TYrIh+JdpEF1cEn8urFB9JuVEOvaMWTnKEqe8TQjUnDjm561Ah1+cR+14RqWWpycX/jalX4iE7FOtl/NWiDvFGMHv+4ViBumSV2mYvesX8wRrwivSpvoZleA2Y5i+4BRr/eBzIoEQII+WGMyBArZ4JBOarGACE++FgCKHZBZVO50U61Sfhlw1ViqOU1DRIBh0ETYlBsovQpEIo3YhHVbBbwPvciVUOCeFCK3Ir3IZQH0TCC177v5hIQLKCJc0Qpc9sjr+oYU9NA5KPBdf49+4fRtYYgE6Ds6UXiVXzwbwq3m+EFtUI+8j+jSg5vsoFaobd7qRnOlvgeofm5KmK0XxX5XYYPxlGFaU/AUcNV0CZgP6pnkAcZRzRONc+upVkRjOpa+0lRhIg093x6kEqAvCcOuvcZN+8n6MmHhm8+GZ2MBLkvejue9i62V1sasyGeeGLkgtlh5vtH8OiNmsr6hJDyg639cw1NnCKNUTlyNWOADuVUjqVknk1vSXrh1mOC7rvEAs4evil+2J67EHvyI0JP/v8RcFd6Zd1xBPLH/dYu295bBHSvUtqvZ/JQlcr9vY/C6ag+xnAj0QACtStOsFfSpF4tu+1xV7t5WdxK8wThO/4qyCrMY2APVVvKzFY1WqI1/xY0AMbOBTQa3NlRpIVygzt1KI2B+J++MPbMuNvaLORCHZnJadTTMXEaZDUH0oi5B5Xr/FKSXX6raE4551SMtWSb3M81GKHAqm0PkF5A4X0rrbcef1nRdt/SyJXk+I+LXR83ejVkNGvn69OQsWNGIz2X6CYgoQH4IEKO1tS6cvYPB8ziZEXj9RfCz98OqJYBfx8O57bxBbRpADSlF/3Oeo5eG16KaYITq4pjj2DTTLq8XA1sAoBfxvDDs585JUnGHUbNixnK2HvlB08XH973Pzew4d48C7ulbuoMcpIydW64UjtQM+iaxZF6K05KR+4XVyGt0gRV4c3zAxI8tnRjpuSbe1rntEgmIukLueKvJGq5q66n9It5myKgc+t+loA3qAgIsyHT/k6XhDKZB4R5rJhCaQh1BXGLJfJS8y6n7Coj9nfQVbInR2x8ayK/TQtVHnbkhvBMQNUZaTQujPeSrnfhUwX7OSo8LlWpVkhF237nqGNrsu/E1HWzRtLOmJSeumgDsyKO7mlgLmzwGN6mbyz2CulvWu+8eN0FzEavmNGlYGfXlx0OmIvDhTLZx5d2d8bMpKObtIdpgz4kUS54xGiKObtxYEklDrD+ZtOcvvc3D6e1GRO4vGMoEAT5zwKc6ZBn23xg6p/HzK6CUmRTu1MbVwKkSRQkhoIJG33gLDDqliC08POqsLLW3g+3X/wZHKOT6DxgcpBjAOdiOeMFQVPhuB6/j6CNauApogIXFS0kXxgwWsYuVnSm8C1Q7CzQbMKfKS4AdsrDLufk7Kr7A9HiGE6VQybR4XtPHuJXvjs92AfVL/ZGffSdKmjb4UoJcpBZdb6bU+IM8l7wuqCjE4VyBYsGInbdwOAvGz9js1oACc92irAiPMdxF2yk6g/qnZ8foOX9en/XQcl9QG1LKZ/M3QGPuZolwp+ZMA025WdHbh/hOUe8Ut72zOOFrF4PGUTvdoDFno5zytAUROEmQRK+buOByvDDKTNsgdYXKRYHJdhX4F4R55rc1XjQYFzHAENUZt5gyZUGlu5SNedxG9JK5bb554lBQSLZ0vS5iXH32WWmk3cx+lpuoQ/MCba/JtnGNECzAUkHNUa3FNIpwtBkRt4ZESXW9vTVJeMRuR0CFEjfkXeyPbTnILMfq1nfm3uxzA2EvEoMdzdbD8T9HrnYbTC3kW9OqFz0rWh+q0+i+FXQZf1XVlnmIccrf0dr1DHQXJIAfeVf5h25PNWdP/1LGpvQRSaumJnEC3/9t84jXJnauU1XGkMVCeneZ/NGydQ7eY7njajMKuFlfbM0HHiQx+rhOeIsQtHYWvWAROXVLhu233RmxzfWLiu5KzDYKgNOmA12oSiX1Kf5fpXBBmh1NugmM8o72BpL7Cn+Y/GdjdQn4MoLnoG/EBd3/7MM0Rs2FyV0QaSMo37embvgyEssoOGl2ewK5j6GuWZs/Cmvlxd8Sy8kCFQ+ZUaCf56Ucwoa0wFl6vMtt3+VphHxrYD3hMzzluuO50VQcRnizL4DdiWx2Oip51OdYBLu3JQBHMU3U4RegaCFSHj84p79bLdPzojfeB/hEhJbus2cjBnd3HA9ZEh2J4CAkx+WyUOsAuCII1SLuZSvKDHbcTawgUYOid8kaE4Ebc8U6XBGF3kf0phc5ayhTA/3q4bJJn/k9K8y358j6mNGodvvjJJ/si4Z5+K1GWckdMS2EmYrP1bBocjF6nolZUndAGQdXOzkce1iutZF/POqFl18KK/QN4qXxMnaNpBRMMVDkbCae9x14qjv/38qhIf2xbQw6sUAK+owJTK4r6D4FIgleHGsIaxjyPDp9YJNFsNraN0vOrV4o1vV4mk2QQDWXElZPlbihtojrnoB7OLLHJbELDzIasa78TrYypnZUvTho1da2UUgvDm+9My1OdxVlLGdvjQDwct0Ci8qkACyVNmIZEtJ37FcM519LQxNDC7evrF3peReAwgtqz9IYmBLoehMAIrmF0aW+BYjJM0inWLRAgrPpsjTzxEJAdZDFbU3Dfq9yQsXmyE/NBPrrTbGaGGzZ/C3eoy/aFYgAXC7cm6JuPgNejuB6XxyoQErXBLTcX2ILNXDXLNDGtK+C+VVdaGxcP6CHw68ryBaTn4zC0HK+1K2RFoRrgZRMAGxYJkht/COBcyO/fgp6F7QL+OLSBjSELDkVvQl2yRX2W7QYLBKj5W2trgXRXMbuRU9JwrW7i0+wJwDLoZeMX2Iak1TNdRIJTLEcdCDigspvnrkMaYuCMPBxxfRfBrA/W4HvHchQbjZo/6MXHWKtvmX0yyYnrU/LSFNZtOX6RNj+NSjGSTZjT2DKFWSTE2itF0IqJWWZ0IsvwP/d/j2Sa2xFI4RAwOKDMWKEK1N5F39quISjbapnXRQC1lTe8eAtySU1HQVwIcr2ZAnWMMULZHK7/SghKbFG0Q4qftSWn1iK//eHWs/syJcP/kv35K5oZh7KdbcKYNCwrzAGrbXjqxAwpJpNJxffNjSuVeHglWPWy9JbbH7/zX/rwpPaDiopougzMT+S1vm4nnUqzwgA7IlPStpTbNLFn2/k4Is0KVJSe3GVT8Ae5KfsJqUQE4fQ7+jfrnx7Sp47+X7V7Cn1T6+Zy/zZcFFIAU9HzKZRZf2Rcn57XbRy21R/jyi/lRm3VwrA2Cf4dYIg68SjuwMDFe6RAE6YvRxEGbnIl430xo6UJ77pOu36QWbQ/Azuzu/CYUO7XaBkKixGo98qzM8YHvviv7AdTxPZ8j5iFKhTOi3AOkbLhljHHMiDhCIGKtAJHQ9QVXWkbNl232L4t+4/3KWdyyFjMmuROI2vf24jey/6ryU53+Kwy/gzCSPGbmWi4gea1CkK6FiMiOrnOQJDdeCGc2jmaUtOTcSdDcMS37c6ajV0vSL9KkWlTn5JcOQzOgz8DxzAfzHveQLOOc1QO+sShllYSy5WN7CICFV4j9Q3RDPw+WrA46sDABRPmvCGjD59dzQdGgODx7k2WzVQSafmp/CxHVWhWcaNnwQSd4FNQ5GQ5dhdXHFmm/RjdG4WmnHuJ5bNZhC/VW04RoqbbZe2tLnx31ap5xb9hi/ENoe6jHAL1J8AqXcvstaWadHZMk82UPhV1+6PpjwR5NXpvvrg0SThSCNmVH98vcwXEsnr76ZgNU5H4Bpcznh1+pLsdzitLY9BIk2wSGe6DMkOdliQ6wTmpSA69Z9H2S9dkM49A4a1snxbktD8qAh2+VPezDKAxD6pqTiFVws67YnseX7NGJSveHR6IBkVkPrfjkxovt7l0LNZ7JzceRpXAuU2cbLyN6V7RP10xJ30a2FNzsrPGFUpzoYAmTBvNdaAPlb2PqBGam/6jdyeyhCMB0LUUn+BZNNt5AMMBS3MFZa8/mSRM5yqLc8KsPRZ3vicjNx+8z8aJjCTr6gqu3gSCZ6U2VYhk9dezfqgfXZ2gZZutKq2CcE0LCF2mObv8ImKtMvYO/1hQ4z25NE4L9yq6k3EebHjJIDo0t/EmkBGITOSVdZHsAyuO0+Du575s425UOpB+sOrhai3MTDC0GLzDp57KNfzKjA6XjDdY7cBhaqnPBj0bhzrFWtZfcqiHtMdl0ZhtFAqsyY8gQc6D+ONGUZHuKh8P3mAF9+A23TQsdOORA2wtWZEorwgMonx5K9PrgUJir/eLENz2DeeNjeZBovfkUBOXmYOdUzY6jxhYpThDjniS7Gll1+USi/iv47Yp2q1Sh1NINASwKBLeXeVi/zHW2ameNAwSGXxaiMwCxahpu5NLHrFddeRFfNeZEuCSl6l8BzjlduixnCurYsaHIr3W1GyyGkqRRP0gFv+w9K2g9fUawYvX0EMD4PY1ve8+eNHlGw7Q8l7WFdKLT8s4JA58HitztuRi0eljqlH+ufh/QPBL+tw9o5Ruv6v3X+8l+Hese34GNo2wJ866KUT6SGVom+h1EWPlU1vtAebXZ27/b7jxQrFz18wxqG9Y0y1201iu8gO0/guCfrq0esZ6p9u9Q3ccF2Ib1UHGXdgbPSlmEEUHN0tvaUGN29svGDU0GJFF879UmDn1Vpap6Rf51ywp+MgBoqMffQISx93Lleqy/sVHl5GB9zE8MkfSCXSy0jk/3t/Bm5jumkGPgQRkBy1f5fk1vUP6k6aDxTg8gxZcr0qtOncFs+SYGq24P49zgxtNbnGRTZQM7lmRjq9skMGjCnvC5o9xZk66NGwU/1THA3HMCdf3OU3C2miOktXFY1pD7QPwz8WS6RXCHkoOojTARn//AwQTdSmkloj99IL+1VN63+W+tYqXs9M9dW2V2NvYf7NhqMHXSP6crJpd9xst9GrVF3sWu1GJOBcNqUoJFJEqvwcCjuGbb6HHiuAQ79p1lgvvj0dZQfKG4Ei5YeOVHZGwj1d3ok1pyXCiyBArno2hdgDbRLvnUC59KeAJ6s8wkBdU4pHiAevGpACjnhORkuogQ6Rlixu+1nnoOVmhKsg1UndXtrE7hmmjqZTiB+nYTMFNAuaWVNILpPYSeUOSj4GK8RlbxqYJY99jxQyyro3uLHenEsDBygglaYNAPWucemoAX1CRjW2blMMFGnaujQV3dq20qLgaUS3ZPGumcO3bqdjq4+BM7KA68/KUntteWq0cwtfVztiJibr6JN4r9X81vqrMLSVKfaWC+MrzENNIpVY8871mKJyjkpfx+VlfNcExGNd0H+2tQKSxTkADVmvrnThVyKJgRvu27+7+h3eN6LclltxaHnyPBbX5Nq6ZGQ6OB46/OZStC7KLlPMJu63AHiPvCpjWHCIEs7Lf/aFBPn8ldCayTK36cHGg0k9b6QSqfolIaRxxhOEkGp7zymRk9xQUR0kNcV5ZejgqWvXUVPWu/5URdoCMDRAFblUh3XbbH4HTk8lFE694R/D5O1Od0xuRpw6h35tammZBWr6umRebpEL7UZ+QpxHVN+dyF8VbVgVCGFqEWAEOQLkaiKPeO4mDWTRjKiKZQnMagisTCQHhkGlxsVJ1sTw6gnQVnfn22zy5XJLNtrj4Z2UiYbiNTeC1CeUtyBcgE6ATRxpeMNzqkultEXIs5JTwPPaUGkqKWaqVDv2F0qa8fpHgapsUSDBTliFB6c7hnrptMWYQ/o3euafz48PvTzbVdvTdtdPDROlWViBzhUcD7In9G2Hn7tZT3yjIirPJx/H5CDGhFTjZnCvnaPuyYqJm0Vpl0BYqPT51J0NnDFG7uwLALxdSSLSDhM7RsKmS8heot7wxanYxtT1RWsrMQ6AdcECgFazby1zJtp7wHpMMH2c0zPja7182DE55Q0ZUVflwyeJ2zLWdjS6A6RVQLGv+m2wdUSIzmCClW4JatCYjdsg/GpZYO6W6S2TddRau7XB3jmS9WKr8A+hI04mcgISpLTpqTcyStiRPWX8SXWrh+ADQ0a2zRC3D8s0RLCIN1qmSBnxeBIckvQ5EGWVQIWTZC0bDP47eHFu6lsEcWKUbiZjAovKXo3ZYjg8P62L6z1NqEC2k+Rpv7vSlSlOq9P0J4T2qAdpGB4WGWULc+3JU/+j6hDNl1Fl+kLcqqWpEngUqyZb1KQNBHfxl1qbCvBopRcbzVwKs2rL5TPsnM3VnJJMb5MpOZ8YgNQ6PDovHLWNUdnoOyYyA+AipEbCN5to718PAdrlq0Sl7w+d/qYdcL2cQo8uoexNmFcNYNQqPWvhUCXMQLi0aIc9kezRt9ItU+rhchjCyc2xlJb4/om/xBWAr1hOFarIXvHFzwT/crjsqFylFshYc8xll+GK8lxik5hPRAjn0PRw2GVOuv5xP+eO7Yceih2O/yK8US+p+U32oXQ/i65BQZan969LDSbW6cGKVfZAlFoQqLaFF6g6E0E8HzHqQiNTeCSMjNM102jpcNDPEpr8eB0FWiAoP8jZQh5Vjh0yQVt8BXj3dDrb+wDgmRURjif1958g57S5Oz6eFDFQApV7DrXaXjM/RfP4NhyYs6UPkLzRNbGekIZ3kEZb/XrA8rvVEM36cAjFHPuyPIZPyaAeCQ2UC7BLq/sBeF3DjFLlosxGxuN3k9QTmqNylrw785DaYqZt3l9h9Q6NOuHrmc1G7digjoXQWvLpthVFb8PfRUD1OhOfcGSNpo8BljeMqeLnqbmytOYgOl0S2aOJoolutV/pGCgeSIs2K6m1EzjcRIhQbmHm/06DtvgA1jPrGKtHqJf1ON9zFRXf1eiF/NnDNJDra1QNeWW6XMfWwBLSybBBOS8DgiYsRQeJhybpsiTNiVWhXFWvQRUhj0i6LXcNYhnxnAi+0o6p7uNlUF5E4ctDW0t251TUG9N5Rav4emptZ3PFsln6+fKgrEqhrwhcVqXiPrtdsfHgMpB6d0B2UovCz33Jgt8pftkrBkW65SLpLfMJ8Wk9VQ7psmaHbgYRwMApPIirR3Gi4HN2UlPUKhwX6ylUIU4QREFPJf2EjhufaM3oVXDse8rJlgbGDLgLKIYQsJVgMKe+vVq51QDPngiqjYrtrhAJTmuJaRBh889RUUtETaS5hzCeWtd7Nk9BIZRw9sOURuWdJ7t77yMjESux4U+zrCDiE1k4Arn+4qkLmMGTMzD/8ZCLZlt8A+xDO6odEis2s2oBKP5FsAcnlvrI0I7mfy5dPBmsrL95c/+dni24h+HFAb81XClxmTDpOo0FkcAgEfFmzXe2FSInAMrVjz3xWtIQaz9dEXlaXOtA09p+W27JIExHUj/0U0goykbpWkPGdK0dpmmKXqNtrzrRj6UEUtapmz0n54SZgpZ3YQGvpC2KRDAusDII1ZqbD/ltTMun9OXLLfNBUcNOL0SjEEzUYcQ9ldDembaG3FFpnGEgoTJuIKZG6g3RP5gShOVi5+ZkqSRHbomyHTubbSR/fuimXsnFEi+utta7cRi87VhVcbpKLlYZzoo6JyzEPgbatleqs/pF7OdBTHfdtt75I6ybyHckASuHFHETFvjCV3vCZykz3iyHeTjMIlH2WjcwfElrmqszbGQeOWi2ObsY5NHldT8IRUh+J0OcCpsiKNy4eyDwoVsDEt+WnetPkAJlAE9ojSsd7AAZRDubWkILhuJp11C1PEpYdgxGwgbHdIqfgjrkHzoJ/B2zeA6DIfFXDkZQKrviw7c3lKRd1VosOu36eJOCPZ+6eHWwOQRCflXAWU9faPuAl26u+cblzjpQ5YtYPUQyVePT4Up0gPJoXG3r0aywnu0Js1wrr4gip5s0iWD42xfkSYvb/Txl0wZkQ3Ns1+fspje0nyLVpPpqGDrsGg+9QwshDIXyXZBq9+0UD/H8uLX8Os3aR/nuKDGgewwW+CU1y7TTwofLUh8grFhqwgvaY/wSacphE/2yBaXTjthZHzFV8y6d4G6oUpbNDZMdXPqOBhv/BOFOEhKlbJiPDkYkReOvIJnEdv7/GtV6vcT1tJCKOI8+xH/QBBDkeNuEui/qoHEJV1yvQs0WPKxKH/yi2ubW+xM/6tX7l7xtNu81sivn0EvAfLmUfVZE545JxaT/hG53MpSh/SkgLeL/PMUB77uBRnSpROQJEls5jooJfxHJFeqyHa6fpfcNO68qASlqkgu0zDIAVG58g6TNoCORSV5Hrc5zOrsjfqJaTzhB9Bk7oD4IwQomejovXnDowAyerOy8H9mbGF66yZcoQvCMvVnGbkLAZqM/UmZ1330FVF6WFsmerZfIqewa/TLhzBlyLyWpVwL0EKpoxREDFVIKnPZJeG1QFwOCZ7o3PfMNOTZBD4xq32JrC03QXg8yFQjCIeHVII8mz8zcnvGQrw062oT7FMFZ1vYxawq3i8XWmlgiWP7geGKjQ/FPVLttVhwvysUX5di4N0tHFpQqIFoGxqv6dJ8+w4Ik0VQ5wU3HPfYvBEZ9eusjSs0mGHjACGO3xcawaqn9UIFXIpfpxdTARvz496fZvL/+VqaHluEoR7uWsFrJnt/6cbhVs/Qo+2bMqYrECPheMnc3Mb20GJ4VxAWmLCIwrQdFaHM6VVLYy/jFVLdFfLTaIAef/95XW3ANEhl+UHObQgrnqka9uyyIDsnWKb2lp7Pd4/8yLJer3eq2jiujGiIGulVyXo2tAY3lIWtYKaGdAmUvUJ2JguItWpbOJ4XSlU9xiSr6aZApFX6A7VCKD0dNpPuWf9j6z4/yMayf7CVBCvS3giYDsX0MkBg3GSoFbHaiRSutXEjW3F2D4UqMD0yLpSnB4PlfyjHitWJGzA+eMvaaXaRM/KF8H/sFHusYbYzZMFgAxAmpgtIdfMAvuQ10WdWWl2C3QtlnMoNctRLAb9FfWSu4et6FxyjeheM0d5tLew8m4I682aqeWxfdbkNpOWkBQt43QGUVCkq3aljAhXgdpHgo0mSpBoTD3UD97SYpIzfEjG55K2X5IjT+MBtKskdEEA+XgoBRQOZKPYuBv/ezo/CUcz1zAI/rxnJz4BF22BHuj6BOJOpbUoeSOEJIJbKaTN0BMUYEqLe6hCL1n65RwuumzdKZ6lmIi1k93BVX5GhfIezlnmM6CR1M0Qa94Rzs+QkcHEEyjuWswH6HT8HowfCZBJuDFjdwQjvuwX9itn+/7MGirfucUzfaCfDSu/QcuvlYXJf9O9Az6XKMkNDoyEG6TKpXiePUNUmJblelNb/Rk4RPLZHtg6A1GqEh0Dfy777tvcCL+24wutd6B6eDPPWYx3g4kOQhjPAiNl6Btdz4GB0qrQjdOerNFFDFogJO9IUbHO/RBLtuA+Ihh9K1/JI221UiCKTxmNaoJlDI9c+gpAbSQ6uFmgwtEx3wdze0/Sjr82AijqEWy/wpBdoQR9E30V+NZZzNK29h6n+HTV9iBA2yagVtle8DB+qkh1xFgZMaHJeQC1H0Nep7rRJcxnk+yKRkVBrC2ihZIReU/xY6cE4P9otIToQzlzouZY2T+xWiW5O8HwMY0sZM8ceeQq16x65RwzKKC+I9dgLkxRp4j9OFTTzEwIFTXsEincVYK1EoAnYaXtliJQjc7QnSxOGkSADqO+oMYTn0fK/Q5PEAD8K8ldPaGT6I2h8ijSyx66Se48JCqi3ca4R5YSzHPc4dPfEtM4v3nZ+JXphSLMxpksbW9z9HwLPjCBmt8SzmofAQoOwNvGytY/ua0hHmwMLrJoumDPudCrJqQlUqW12I/r/yyesQHpQlFbz+fKsc+w22KTB8EBk0pdSAIKDxyeQHFRte/apUH3QNRdeaQWcLF7D2i5f5za6xC/CVA/UxhOFDcjtE5hRe35jgAhWR27CnG94e7+ryLmxvRDK1iU4jD8qpLa9/kb53yGt4JxlPdXO0n/ZDmQtIGsLpg+HJm0IfFShG3zQe6FBzEiU3T/bgw2eEsf5EUbC8mbYNz8vEXlSMQ/jZZAFI5F4pG6Nok3+NqnMhe+o9BDSfinXwTqPALKmrJTWzpNybprXys9rt4OYffFqgBSeVtEI/7n264GPmZ0BqFjS5xGn73pMV0XF3OFonNb5gwfcVMtKWI+wkAhZswl9q+qXcp7LYPPXy/jY9LBFZ73PnF3ZqS4Mhz6i5bI/DKi3sDpk4DSM5CdzDMvzva6/MscBrah0sns+/dBJoKgwD8rMyQh8uuqs3F43M2d8QnOcb0Djr9hkszF5Di7csPJVM+wbVd+7TWPc41SPvsS6viu4l9989HFVgOsqwoyqSLXKFYLl7cdHjd6PGaPoZlcV5IzI/PEmi5jI8PXzI6mWJIcx8uMoENMyP5NOVx1q7Gg/+g5wMzu2fRdTSipXZOechF1bw9fMNZDp2zdjGjio/trMQbW0VZ10Qjlv8LWWCQbGbFPxS1K4LsCojEauSMoY5r4lBuZ9lV69CTDttQ3OgqFJ92gjQEOeIAAJDEXtVcpfL3JNQ4YmQI+8rmslfWTEovhlhi+oMWl9CbpAcJahWdjwF6fLQmdvobtGuP0IQJDyqOSgCJhWhgq9oot1bxcwRAYP/cz2c0nvGHPFoMxsoaruaGjCt53o+RUosXkZftBlk6cATdgUCwIIUIKCjSWqkzUi939JWcK3+NXC4s1H71XdUmFI1KNNZ24vn4aFKrRkH9jNXO0yiJFod6dxTeMxY2CEaGqtUeRk9bK7ZbSYlQewNM7CDzVzLeNbA0CIr2eB9SLi5u4la75rwtWOg8r5Qd5PY4k2+pTF4r0itc0ELancxNtJTuQ5fdmbbRRsnKiQJaygfVcX5oSzLWzB1oUGq/L//t0T8n2BV6dEa7Isf6x5sHHkh5KwegvLS/MIbdYajZzOZuZYdiN/5yezYhItWmf4aa/e5UFyBJyb0+sI7lDq5iszd6SMIK8RLW+GkH9r9N0Xcc9gJBRSYB8wIZ+mNFOGvr2UbhmT+nqjQxiI8uhiSsCaEjwzJ8Tu2nyKPNyBtsI197ZznCItklWYf0tH3g3Nr+jJ1E7Dtcn9azpKhwQGBxaU5MkFl4o4Tm5xBQCif16pYvCp2XhEpy3mhCnsnKnPX/y2Iakz7InMf8BW/OlwHvdKJyf7jmyCwBDcYtwSy62QkHLZFv7gf2GduIZBS2y7fXLCU2u0afnamAOQjKMxcBd5xomZY8A5oK7uE7UgfCSArnu9WU3TInq1N6ImfudqWsn1GW2tCMfZ00ikn5jD2Es9hHmwRC/lUKq9kpIe89LxrR/RQzqUAzETTHTfMX2td6MEvmRxr5yoJTAfWnQjMs+F+n8BaPoQ/XULSWXqSteCd7rBiX9XSXK0yjzjdluCVZ6ezRuFMNxZv+ReEX+e+EWkoNxSwWBrY2OuNXtV2aoKq8MMWvv9qewzJY0EWAw1ckeidLH9Z3nsEcwPPU3jqG7eJp4Yu40bPeF/b82V8Z4vghqfquPp1OQeqEz0+sHo4OPVIk5Ujj185fNp5catHq9WpGS9JWe8L2KwUBCEVWf9mwdS079Mjz1pQcp/ggsJ/YuM2wQotT7wWXo952nLrkZgifAVDyXON6OwoqpWxj+DNZ7j+rUqOBA8aY5M6g5muk4LoncqhJfdWWx/DgOb4fjqNDqSk1yrUYVCHgRSnLLEnbAfmUs6CaaLMK03+NiOcFKhQ8xNxDSUbs4rk8uGOn33Bqs1cKbNf+L6nCTK2leu1dNM4L7iI/hWDozyJQ+y6GMJCva/oIc5anK/8AyTdwQu9edigKnxEImD5l9aqq3gKCR6AOIR/sD2Kzrb87K172ApznF0GXCk4IiAvnFE1DIXPnNXO9amSEtmswIZdF85gxbmQm6BWiPNisGaiYWs9DAFSEfo4DV2kQF1USw2OVY3E0DY4yfYddNS6llNBYELcr218gDbYHU5FnsZrEO/QsuVvs9j11MRGFfUO5nxE754Oc2BgHoJYWqRG/jO/w+2UCG2fDfVnqNd71wCo5EHalW//qvNNgGjjnqjrzdwcmRqS7x/FHbiOq0/tNZkS+mAQOUfqGpi5DFyMY5vHj7OivnWG9atzZ0jC7xzDqF28MyQUPNdLnd6unikUpiCs/lAIX3HO/In2u3oQhEPdzldV+F5XxDV4QuHf9NRLwpsZWsCCvZgadvAkJvJXEifnP+K4eRlbA9n5nSP9NJRLN959HXn/T1nvUg4yt/g7ALUB8zApbAwx5qEPlq8VyfZsDfFrozElIoiS5Aiw8USFL2coHw5sRnwazDdg5w5C7RGSfv8CRuf91NuAG4L312jysrzT7yMqgBpEtU7M84fXGK4ehNP3+HiP0t/M8tiJB0MORM48E7zONqBhG/91UMH9wzq9xTHvTbbiERvn7V2sNgdnI4/YToffIIjyt/XMRACZ4Q/XFawILjI16uGp+6De6bYG/LSGgGc5rEFsLR0iCyDkAnOzZOWGj/AgQNx1S+m0lVBQL1HxaXUVoR7mJe0cAZAan/+CuL/DXGymK/0wtXbAFerDBbILkQLuX9NQ6c80qi4xzrDVcxucoyEnwqI1BbcdQQooFNetIOlBv4coAP0SwSb7plXGQQ5LQMuw2+gZE+pY97ZkGUKjFuLCIRGZsC0tgw/EE4JqmQ93yHgCCvJ7bZt3tw192xOI4EhRukDaooP0Yb8qTN/e0NKnmnzdykC6IFJwFLqjjFXo3WIb7qm3+kxpGU1Qwfhj8RSgofJQl7maZ7dZSBHD1yf51zjusjFl3j/OwfcVGrH5h86+M+z4/Fa0VheVGy9gl6iTObq4uSKemjTOqlAe/jfUOH37sji9ZVIc7c6AnkXy7S46k6fHnDVsO0h5/Kp26VGLZo4fzoshtwy9LhWk5P0+FPUXviIaifg3EMmZvmnOsX5ZE0O6wv6E270CnjZWHs6B5ucgVIazsptKdvYuslPbBjWANcQb7NNFeFh8/pdtxyK9h8VxgF8uqcKYyVqbrWJwtrP5LwRbvcn6uPIhfOcic+q8vj+0oV8NnAFw3tqpd5/7pIoytqb1CAcQwkF/7IqXpp1bT33bHt2pibM8OEZqTx/JrpRU+o84WsQ3tj6pEP2OQqV3CMC4hhbb0KlugkpmiqMJqJeGnkcyg+b/YRXacF9xD4nKIXRzAILHa9cGXRQy83GoDRrSTeFnRSxgKsGrfJZEwNpA2YrCHT1VX4w59f0zjSlk7dIts8hgzf844j2qQxPoFuHXh958Z8b3uczGFED7j+tQ1w2czLl8eHTGzTfOT5vAt3LCiWbuZqH1EEp/TuHp42GmD/PRN3n0/NV0HYgkVCtP72W0akRBaCsMHkcqEInVI02cKA8qcts8+YXnWAmZbA4SwGT4qi8MA3D2wqnisk0KEqALm+5EVirSUhCCsbyU7nbsyTIsUxUuSwzIcNxKAUzncic9qi6Jume/p3mMdyJxwBUeLG/TFhH8+swgEupyzOW3j5KV2qhIrntAbY3KHsc4sYQhhJaXeETyXSYfhzbe5wIkgjfqS/GXwXvjH7XwM61mQG1XGuzLQdiOWe1C3AWkeV+7SpkuNRcgqGuyCuMnn7erDpq6ZxxinEQqZWu6iR8ulVAd2y+0RkuRGXGjmOKGyW0JL6xL2jLeu+Xnm4ornvbql7KxNH8qZBcHyPD+g0ENW+EfToLApPy6XGd5YsjnguHQuSC841RDDHzhgJf6MOvcQA202Slz829hijebHLwVTFaKrCdweFC4waQEksHENPkD6p0O3BHU3FGNyQMhaMSfivYsCHIwQPir0AfR4scwBDLwL65Xetk/j+x9pWmc7EVKq497D0KsKTtBbGVqjFQ0eTSKaBrImD7vQLkjLu+E4oYRNKYmN6EdlBli8jpQSEq0b7nh+Y1AYUJ5kufuYrWigL2gHZeSxDG0WSzVd8rtRXRfPd28DCmHsCKvo5HA8BNfItdP3a8gs1IDzkWlQtV6gh7TD0QWbaD1ANxel+D3jTESlQDzVq+pfWV5pBd41Q4pEAzi98E/z1ectiqf9bq3AGQMIvqB8p4fCFo2TFRNN38TSYjRfWOKO3rlfQZpKocJj2wPvLZGSAmdAADjUQQuESp5JSWZ6MIGRPLJ7k5r3fdBDrpaplNfZAZrgnG9wQXeX26CgNk3gy05xfeknvh9+6Lgnveq4drO1vFzoqsWUgigNlyr8EDY/DNLtdo6DoxdFCqHVLFrewdTTwjdJWtL0WwjSm9GzUivQRMFfFxs3XPqdSRAibQwlmmk2INhej86bVL9lrSViGn1c0dIm7sUksmIhEkORyRv8f7625HfzctULLGNrzvFse21XP1Nq7zYnufoqcOQt/NCGClCRVdMPD9t+6pJy0rmPLUGdClZiXgSrA3NxDz39y1yN0pWC41htMnp5rnhmIUZpdPl+3ZLr+9f0/gB4l0AuJZvPNSlWfC3NKLzCmqImOZBuOojEgrcB9BIxj+RTKX81JLflG770y8qC4IJo4YWUTtl8n6ahyqjCA354zt9jESiMSYtNJJoky3Y6SMhKcDiYmy7VkRX1YN7D+UetF8QMgAj+ivGiunFfXHqNFCNJY0QaF5F2glUze7g/tr5iYs00PZ37f5bHueLSXWIEsLAKU57tpIBCkCWNeIQh0a9kZ1dfVYOgMZYT7b9VVVim1YuwwlcrrikRxWuqDYonIiI2Bnd4sTU1gfU0tfQcXEr5REArpeMVqDGf7Zsh6gnr8xWUNNWo4rNVur/HINR75ak6cvsPn6JigqcntbwP8KLKjF4YlkLRIOeg42ui0V3OL1iW2WOtpu+cq/xIxulnPIr634eA92EELl1IRXaL7ettp/7Ulr0ajA5M99787Y6/MqWi5IlWer8omucMN5BRIt3Smf4C8c0L0hqlwcmUlSg5iSInhJi2OkAwH6P1xQ04h4144ufoW5P8hPTZzaSVDyW9JBFFJds2zgU2SlmN+SKUEDbUf4jUgi513PAXHXJHyFeW3Z0V4xoG6Y6MmDB7EX0e34laky9/yTDRPSRu20aTZm6grZfzG5TQzWxAjKMIXw8YcMWknKNYGRfUNySo1W6j6WD9XlmtXdoiIQsj6RhJD4xWCDS+1ZRrZvKTNgAb/woNp8P0ZzMmkuX6ZSEEoMNiP6huYvjYgnzGWJ4wj4OwTnzgYQvmkWdgLcGpjxhwXajUJ/wB8uf01R5Xhw+oV6X/4i/WtQokAaibaQw6OfzIospkRaV0Nryh65HRnZcBzkDGenwlW6ImQH+I1T0gQ6JfOxAISzgXyaHxfvMp3EfjH5/nqAzc49WcLx0SaKLMSq2N0tW1xPojN+umkAODCMO5/sDtHIRbbaEUdeQKSBe9sSB9+JoR4Vd+SptSgwVuemRYpEN9mD593CuTsV1SwMxazsZ9el+/a1WGwI3BAEHdUDsKVmVcXKbuwvhltSeBYYF1vhnB+kth5oLTXXYB01xM9dttQpwEy1BO72FGfAF/GfiY7V95keN2Fs47oZZCT0bfyYEFElPoF4pJf+36Wy5NjyIOQAVTj6XtjBZF/oiFdAN42Br2YwRip0yNcwRV3DVtq4BwSgRAuQY0Frs4shQ7xkUZesOppPoAH55ld4u3qgb7emJbT0yTlEM+2Xh0DKFPjroqiqA00Fe6zJLX/dnTFqTYfL5Wp9c208FpCsmsUsIyMADBi6+jnod2o83Tp9JmQ+pK3o37At9hgtc+P1sL4WYuxX/aCmlTadQFUu/rU+tBhKx71oc8fRFKCx4unYSRTthqr7m7hfWouB7Gf8VYh9FJRSo+JQrswjvHNKMTv05rPbmTQ8i+L5JjSy2CLbMQRxCgjxeaWTKQxSiD7aztd2YnS35kTJfhc6uGia7bqN6UPV60lWRMOv/zj0JMq9cvwj2i7DSabcYYp10+Olnm3fFHnxVd5zg5d1+OTs0t3lAlYWXy7HGfE5WPywrrAS5XsbSbM1s2o5ShxQAhYaW/j263sBYG1cUUqppcaW8fF3Ro0U57Ccc/58yZMjAQ1e0V9qmdqpF+MS9Xr2ZZxKzov8B5V1LY74sJI/ysA6inXGm4yly59TwEknEGefonnXwT1pZu4cr7eBmbRz53ay8jMeCZB0nK9gkR32i2vflW+zkKgEZBea3cphqICUaty2ReAJcf8OM5CvRiGwUE6VRpARA3JOwAPRdiCRqgTA0EXTYopXYImzBM7uVe+845L4r3zq7bM8FTsehEFVffxVy+Gdf1f1inmubnCe3BvNDfL8CAuS/46jgOCvS9ByPj9j0/4XgBf8qnDl+vnyMu/cWegtvBk35gkRHWwN5uxe8HIQWii1/rJvPVmSJN2T0hCzmFhMaJqwgr4N/SS/NsgWCFtlxoNznNiD7ymbW9O/QyQvVZ6xcs2l2qJSd7xLLiwgFiSSxJEVkqmTA65rR5zvAJnfIm6MWCElw1vTG+NR4F+aOqC/4/QsgEf9/meWvVGL8wIPIcXBkztyoCCQdqAG3KI+2cWlJtyzN2T9IkWVAX47pGFX4kPrvXX1QlOS5ylo+87YIF3jXHmPZhMAeCiaSz8pntDflaGguRpeY92IWi5tJytdRtqmZpF9y0ho+muzHe9xBFCCHZIDuKIl7F5IxXLScDH2l8dlX0owigxiC5058nb+Nu/x+5jieDA8ChslYEgL3MuO6zFRsKmfh42p5bYD7FM/joX9M35KQDA9sXLWEeAmIj6TYMLWIHi53O6re6RIdu0IgruA9EZcECQ7dgiDQvH518n+luaRqMziuFWiQEdyBIir+tWjvrXp6nDy880f5fJzxayK+xnbwbBt4+j/qBlc6y3mDfhDdTWLo7VovzWmUtK8A4HX4EL6GpDVQAQYu72iRLMQVQkaqw6lXdHQkxHnvBnu2Dsr6T5Ci7kMgamMpxwCt/qshseXS5btnzjH1afBuZWguRJFif/EAGO2KrdxCcjkLLGTEBoFLijFP/iVsYhIspSIPzuLFdG8ExvzJJ0A4cFVTFASgS03dY3T2jGpRhVm9HOkrLPgO11fzXo8KrsyqgifvY17s/3bg+qRbi74LWyCN2yrOAexFNV9KN9RuaZSaTbG3f/CMktuivINzR6xEzicUfvVJw0p8inFqADwG+Pv/saVN2edwk35HdXpgzvVQHXcJ1PwZogPZiwR19/LgTpwQqMIsJc0j/NySGJBXEqlc8OHzRU/MWNXKQzt0iKBkTW/fKid5UaCJSeGPJ7VMMuY/KxhsLPVTl1UFz43crfaa977YALzq+y5b3Mm+adrYZLGPCkI3791G44tT46+iw3kkfgYc9qAUBdl2T4pUHmKNWyL/rceV3kAioYuakxlDdW9+bArMrkUbPzXSV07gCYZSUWCPL7Bq14YPqFXBsRXCNK7Vb/umEVx3xHPpUVcNGmj0ObAwBC+9vWnb1bnU65uS+d4JPK1AOLUjzY6zLhpE1DFGoDG9xZeKFokg2WF1zCb2xatzrnnNfSZi9xnJq6TJKzWY79f37usgy/35eIY7tM6FeFnL2uJfKslf2WIqVj+s8SYwlvolEvo/VG2X3WbCrTEAlgGk3YTHu4NWtOk1zWhAvzbhr0ZtSKXsb/Xz2m0G7wMf+oS1HQXF0IGJ/B4VnJfUH0CXPnX9dZZS5ZvMom2EUK7zoKD0PbYHqVIkx7DcodaXNJGxRRT9K5vO8PsvrwX/7VX6/vSPN5bqdxgloBjEdxvu6rkWGWq0h0lOCxVr6IjB7Xnvd77cU5N/o/t91s5O8btcSVn4L1gPHXV2rh+j20tt8r9X4lWrVAATHir7oF9f6rwcTaN2Meh/DeNg2OvVvG/SaIiVUJteKHkAUj/jAYSKrw4tFJ/B8yF6Dkijc3OjcuR6msdXhEHKVA1GMEHa0+Ar/hJpzt95QLoZiB8OTDuyew1S6zEWZzyjFyPDApSCGbhFSGc+zcYqJCs9zM3BF9VlQd1kMzK52Nb5n6nG2J4X81GqtrJJg8f8/2oMgWpxlDAFLMBiX3ohhUs8C3CCEoE+YJgExIgnO9vAGYOKEAOgsX2LB/EwTtNRzbVG8EH3FZE+Lhhw8EDntfZmhITER2gd0KJ3y5RVgcL/+w56I1w88YmAH/jiY3DxH/mlIgc6Qzg7PGvgwP9vrhOgbbgK0rASJTXg9JUFCsuH/62BedqQRA39spthrHU8JRukz8vnzs06z9a6fx/S+UlSawtfXJfDk+oK3XLh1Zu9NJgBESwpNwZQQiw77SceMz5GVHZ3+CIYHK2GEEvkpPemsPY/Z7Gj3TpGxU5BOj2LlT5PXHQurTP7NTjkTBEVICc6ZCz4xm5pz+7ATbSiBYoIqDH9YD33oyiNaCcz1xaOnhJ5EJRrmQB6rRBLpOByMigcpI4YsF3ajxZkUpByeZJz7jcTrQJ0dn4HLzU1zDHGLW5PTT0i8kk2lEqACPuDBo/diUYJKW0oUy0tcZi2kX1LKx0l2Qiuo42A/H1GYCK8suobbPNkVo/4iQvKHFykzFLWI2rNdg6xgSgo5fo6jlLRvpSsiplH0RLrrwQ4/WoGU8VCdMRgyMXXWRwd1qyWNmbrlxwxTjTV6dVz8XS7fxCXOM09xpKnxM30oKqO1EgxzLKyyBxoQxDJIGUsGKsnduCaC7Xc7jm25QV+pcMQ6j16CjrA78cok+FsDtdFdiARyyKAEUgypwBv8jPOpeEX5//9YmBA2bVsnHapZF+fOLtxvbBQGqr5a0qpKN8bdcOauj3ucKS5YKMY0zDRNd3CxLT2EP4In/NqVUF0nD7nEBpqpfs2cdeoeHWUqzZ3EJ/5EqLwE0CZeNwXRmcEqMb+473YuQ6aEXDShV3ADrrVUmTvoo+o3sdMHa+88p4boXzf3qLeeINsONT++t8JK1it4ihaE1UYbQNu/0eqnofKW+6p4maV+1DSvKvRpHQzSVsGepAzkCcS2C4CanbiTZ90nJrlamoo6miZMhDZiUmFmH4trFUvJ+QeIsM8VBJJzvtgoMCbGalch5mONwkpkDVLxGGRYYl/0bMPz1L2OwOz/utD7ljTgnq3O5MIxXt8XAY62J9aJ5pQii6SNtSMNac2apQIrGheH3vvdmfhj88HtDxdVlfqim0i2SUoXCYoHTdg86x1ex/8GhYIYm3Eny30HhsDGn1SRTgKjYLY1pGeFEEN2qB0BoEiQJKnXqqe/uKXJHZYzHlwI2Z3eelvGtg0YtwW0z/vDdOzDp7o02ysNAkvDVHh/z4BucqjEL72Fj65XeLqfRIKDtxnBm/CdQtrkOut0I2Zo6TV6rDZm2SxRm0szChMVa+k3f3RJbQAdQIdvTYy3e5E4GaU+4PT4TyeMQRNHUMY8WW1oJ0raw4vYe7Wyvv06JdwrNpazOvJ2ErKhnDA52hchwanD262gc2d+5gNXLfMYoY0/pmhTU4z3ExwCKWVCJMiz8Jk+RDnB81Nl3Jv3DdIsjtIsi2g/hyROWwkJYa6GqzQHJKPG2/BWyfM+XZqzjBimkDY56kLrlv63VLxPbS3YmbkrvmTGpV79iPtHA9ozkQnNuEWUxw+9EgenMVSb09XvDofcakonTPP6DA9ls48LTba6UkUJFHKi6mj4m5e56juYcTlHKEhrtjpVGTqEVGrnVcwA2mdu73ikTPxBYsArpJs68wMtArltlDhL+Yn9GG/I5VzvGYBw5uIHpi/1edTWsBekoqWt6z+QGwb26Z5GNTK2213ioaCm9bOW8sqjdLHGPHF4635xD1hkQp9rRd1ilWyRZOkf/BIqTQwEuxKVC5iPNhV3r6g4yWvAAImSQYWXHQH+9vGf/XgDEiFinOuV2qzyie6YcmKyTnTYQntFQUGb+OOK0JBsLptH7C/J2f+pvi26IdRUsuxXsm4zHbFwpJXsqOihGWIQI1naW8ORxwOyOUoAh7BbchFnTZIm4yGL2mivxVY1ddCHbdaKVl/mMUuLi9mNz56w6ig5meOkr9YZkpQ1yu+go/bxxP2W5cUHWMaJh7X0nacJOjAwtwKahNGrlbYW7K1iZ24piUmu3qdRaRGMZ/LTQ6DegDeZSTgzXbpM2CkypJwhHuRNR7CRRD38sZ75j8aMUvqxMmHI+LPMWPMxb10nRs+twQlWwNDGPBBzlC6F12tD4KEg9wJCbE14PQsLUA6aMhoEJ8+zL4VflEi/Um3SYYf57ZrDQYbmxhk4KpWTFfs9s7TqQLBlTbOuYpBztlJU40mDuFtRoFpts8AEQtETklLReQYCIuhdJILbN7mpFfYtZZnmQiyTz3dVF2kmVFiyRlSnycJ/3/HKao6GScBc1aTEcPXY8mAJYKl+o+gaisCvZ09FabFR6bQZ86CgzbungNh/bxU1drvqGO14RWoTmRfgsbGwwP1J87YD+mpIFV2WQ/SWM3OzYMC5RM9Ms1Hc0CQXmej2wyyAKr0m5Se8BptRMG5rG4woGn1HHbvZ1ZtTSHGzF+mQpHSKPFApCPwTgZVTm0RapqTHO8LOcxSmWpdPf/JlwmqeD4IbjzMASaOHerBaUF/sJ/VSkD242I2Zfbo7lVY9VB/AlajuqP0Lk/wEQKPboiUpzHtT6x2uG6DamTWSWKLaq3V1nwEkhWp/X3GrEpot0EXarKqJm52t45/CGhgnMx3o7UZhehY+AsXjrzpnf0sLZQMgGTJUFjog1jxOVGgKBHXdW/BzRGS2uAXmj45pYasPfVpc5np+lHrdpt5r39/r43NyBoBZGeAoNL8WewBr+sN5CMD37oaOj88kPp7ev0AXHuZxalK5q9Z8um5I4i3o55u7/hKnLDTgtM12y5twecOdXQPf24yPgooC135zInq3NxIXTTvcp3GrBBxukDCDiQig2X3CzDGwdUuQnZ2Qf0exLBad/HawcWojTIRLowLLGuyzziPNFNsWwVYwcBns7pn09eTsP1XbOhZc8wJv/lNjgKpcLpEXvg9QIaqjo6ZnffK4849Zrn/P/imdYzV6nGMMj4ekGSA5fBH+UDtKMfxHUoNm9EsBlDUKLXcqtYS0sPjmYi9MRAOjsHRNlFEDjJDA/tqqjRAxuuSS/5wHr0WL7jqzD1155jF0Pf9lNmOdbV2DXUlAp/2GqOJy1K6ziuFc6siwNKnMZYQczySSH2Qf73abaXuDRaC86xPS5CzoUsQp0xoUYrC7lAZhhr39/lCIuRISMm4oIVNp0269nUPwU2cBerInDfuQAYkHEn1/RlmYCng4p2rgD/zKWBe+i9mrRhpoX9pwCavL/MhgUqIU8AkMs7rX/PeIS6/S40LRV4H9LHhn9+//VQhN5mAa6Hv/8CWykOBS2KL8b73T6L+0t3XPS5j2+NvZCJDawRixFX6y3IrfhLmj9AGHk3+t3/CTvYPCSa0pADMevEksByHyQ7zgZHnpnJ8bmaWx85M3enhyHUz4Rc/y910QOyvqfNtoXLJv4tSkp09je2R7cWCdDLqtA5pyf3h/fXB2+OJY8HDlmehYUEuQ5yWHKOEltBOxrG26qLOZM9Nnx2EP0Kyv1HrTpR32pMn4uISY57fDvxD4UlIIknXSGiDzSGFCJBovnNL6Zi4wkxza4E9YmjeufeQonhhibxCHP3NX9XvkoXTQwf1nWUVKHHUNuGPtTHuf8wSaX/i1LSAHGyv1xmqLqNozDdWBi+9AzUSDTtsla/fGa7FOjXeWIcuniSlZaB6ZD6CMlTX17LN3Pndq5Gr9MtHCsXTcYQWrmVWBMWFaDtYZQM0VYIskkQ2kxfwmU/qF93qNcumuMe4KOfyVaBsFobGyTnWE0i2R+8OLyayeiEik+Cx00cuu37acikg+cc7Md9lf18YhTneawYccThr1WcYPRq45bI0a17WICo8uIJUiKoWiaIK5oSLz1MgQr16C3/izmT/fULDgqE11MrskPY6Vd8k9Suk/TAV/DB0Z9u7BCmwhIMQXq4s+z6OqKWx5zEP0XP6517tKTKuYGHLNfrZtV9AdKnhtnzw4hLxRgvqqEloRVaCRRA4Dvxbo/Tl7w/IKrCaChLk2Hvywj9Tzc45ZWJQ5JLbBnWGe8blEo2w0XEiMlT6dYLGCMuzlkJbLwjiR9fysb7O8I0pl5QbQFYrUznRC3IgSX3SwIBbw5vhxkGbryXAgDNmTz/tkUPU4J26YePIcycsABUjvPPbnS3JCGZEVxstZ6QUx7rm6/nembprbezdVYbtjQ3+JBn64wsTO0uImLp25aJfexHheq2ygYu1fX0hFUk2z7IV+OQR5JK1gf/JN10IjevmqLN1OyRTai622Z3Y7bMaA3FpMcFklMdRpA5QUEl0jTWCLAhGfME9BoY6bV54mj3GhANg+NxerCnIQzlYiVThTztaPNDWSxOQoYwLFUCQZ8XrQQg2ixxTL5qa/6xS3CFFYWy0Q4VfbLD3dkYzLGtDvjN8tPpSOK2X1ewtUzYaMcaAZRe0lnmPd0ccRrlZ/dObY/AZw/oEgjz6GpANnlEogRxh63VSdDzjR9MWNtuJjxP+hlSbun+arwnoXlm8uy+e93p9RJZ/zGltLQpPStREZkcMXrO+AawOF1Q8XJ6y+/tHK81WEVsbJdXAf0zU8XCc/4wbHgU3XFv1epbXi9+pcQjIhUbg371T8zVto9+NOZIdsATOWfDDijHtjppsc/tpaggVdRdPmy8x170xpWekp2Ua2+PrNf7NM9zpAjp0jh/xSJGNVLEYGqF9/EaTPGSLVuEYx9DnWhH21SJn1itaxQtRRcVa0TbB1W38htqV41OfcRVMtXJHzJE1iJsaq4geGlh4EkHslRGKNFckVeSoCmIxcCvpPNbAxNlxdbGkTEi37JrnPcJY2BS7bwsEEvBXmS8hbj+2Axis7Rb5WBqg8wSreBmEEBcMxYguP6C01yaC0KFaBOHo4H9fAFPlPyZqqhBFqG2cDHxXPtu94SzC7Eon+mWD2kpTjHbogP2GQjPv7FyNQGvpPIFJskIYz3G96MdKoEF2B5zx9YNC6wZ2Rd2jbZegRRMjDS0RMFOMmXxlLJAjPK3X38AFAmTpNHVHSFPxtKCLTOW5BGH5OySeqmDlO4Xb1n6/JFEE4MbYmZZXMKomjAKFx5OTXwybCGxw4WzACDszkGIWZy8dEV1vOog5t+HC66hV9AWEF5vL4XVy0QXcWqUdQPQRzU6whKGPz0jTSN5ofD2kgjXAFr/jpnVw92k7aZWtCyNML60C6HMdUvImlcVhUCAtzC9Q7/W1XJobdUg7CSAr3TG/dX6hft3ViuLyQtiGGAhGvffB1to5EjsUSsprI2pLtwl1C+FY+ekQfGO3KslVhcDt/FEST4/sHKTKRJ16gVCNkfUTVkiIK3xgLLG7bSRWah5WP+sJ72ckoVgMJaL8O74KPQBxFVk0jNmXVUh2IVy+Exhc4xcDWaAf38bnmbRp544wL2lHZ3Pdgq8BJQuuVdbyo103pd0TXsiFjkclXwf8fB/IfPBCZRbFaIGElOTRr/810HOyg7cFvNGdYl3ko1prhS+erZWF3T3aI7gKjKR+Q7uu6v5wv7+k3kHc6RGqI4SmGcOv4EMQWLrjZ8ncFpusmO2uNQnkznHnCNUwy+I5OJ/bZJgBU23xghKG/t70CfSh+lcZUYyiZUVLaitbS2BAgGUuN3kR7k45urObmx41b7DR4IeND7mBAjYLPBN7xCF9MPAap3msBT7Vm0XlLk6mijxnTU9qvCahCgCnSxIb3zyJSI8DbCYbLy6nauKtjl3u0HZrYEmjkXtfOtMcfCqrGFlTC4+CQwD7jdPsKPfTGRy4a0J5yQP2/tCXu0R8VqeeY6NG6HLxe/l/Zpxbtrc8n5D/iDp+WbqDAy9KtG705wMGKMKNY/M9bgk7VRjAdz3Bcb8se+buxvC9LXgGSK0BIqSTR0cvcnHrbt0CNv6GtZij78DPgeuKN4uyWFCScAn2NVuQ+Rg8iaSB374NDq7aHc6cigwL6+nB196fFIUVBnZk2lVRzd7eoY4dQ5cR3T9CmX2k6h6hV4MJqrKzR7gsJ52nHGvjXwYnziSQoSljZudETv+5RFNlJFRRSUBUhVW3vAvFtOlC4VvuqB/1u1pDDGkrXUz3Fela76efi4o0VSCVzv2lZlS9aPJSETzNLRyNaCBhqJ8+AVOlA64Ka0PpYDFfN9lvKx2JmaTU0TCMo87kUy4gOhNOwVVj4Ia/PFQY7yCVAig6iiKbEtc+8tV8JYhLag7Wobb5neojaGnWYKG5pRWyra2fxqS7jLuJ+u+6pVX/bRczvcWoC6Rpk35CtrPnzshJPQP9iqQu3JNQFMun5Va0ssc795tNfkvuK0asw2XN9Zc6z4jmsIKhhHxLWWkUE0zXxBvlcaiUjvYcoRR+WINQV4c6LiT2qXc00MlGnYuN21Hm027GB4naz/kf0SGXdHFpROwvCa0ljvvXgdZA+vOnbDSgqZ6mlD+8khVK3UUWKZQyCsKtalk/lEd/LUXxpYeheYP7wyKxvdBpZA24xyWaJH3amtPR8yzzqyhCjQdXVMQFw4422COIAssdwB0XuyXkWTdKGWTSccKwuVR6gK6E668dPbMDah+3fL6S3zOtIMFPcLGezxJImNZ9NTF9AyScnQd0Y6ejBFD8z+MRvSRt9sACf9YBmU0po+O3WTL6oQ/or24TIEEY6vwyeKh3R17+zXnWg51pJ5dA/Rgfe/GhzpLDDr+DuYpdHC+XGfnOtUXyxqP2s4FbNa2NzJfR5BQgTco2FKBSZZ+Zr9wjAHnFsy/C8cuu0Px7SDKncdsLdt0mEnu3tfUZt+dw3EpR0EW9DP0aaQ9l3ooxI9pINoZRrz7bdwRmMX45A2Wln7YPO7wtjhNkk7H9ckbEcd0Z7jMoYJ+4s53YErZUsfxc2gjtSFD3JLWpo6MGoM9XKABwf9pxlCsEwUwqyDSbyACyhWET9TeCHeTPQXBak+pFRv3Y5YSLIVF1w2yuZozLt9SVGfca04U82sgaNJsfxg5x4jI+yRcuuPqMMdBZ5JqArHYzQhK3FFkZcqH2Gy4YxL/OrZDizc99XkfkQRGooz+B9KpPGEt8AqzKHhaF1RcvvhcM0TITBDVx5ju5XQf559ESTS01Q1nK8Xb1MlRsrMHYWFnbm1dMopxuEo6hky00NxpAGn9e4SdSha+9C5f3qkdIzakNKZPalOl4FgS94NHRPFa7Xrw7hQZdDJ+yatIp4cvg/Eq7KU3tan9yGFIAZF5vc3ZYqahvQ1DY4V1AgngNbhQRFpCsie+b+Ees9K6Db6/TRqXo4eNycu67HDN5yuBGIqx9u9z6SDEM1s9y1Jnq/us34o2KpZjRTnH3PoPouRWvr3Ctjrb2ynqOKYaN82wHnpSku/ip4zwKXcoenGCpP6lrSSl+DIbqzXJT95XcHNjIUDvlMEZg5m/k+vMmU5exQXtWajBmKCLHxg5TM+Ev9kGAhi6p1bZcRFMRPqPURWYiWfr6Fcz7VpC29vqAlCQBJmQDJwnH7Ky1BZTX+Q3buVvfakL3DxqSSXaN+2UWlAGBuW8kBrgQypdyePnAr4YmRUH+WFru0mK3ngb4M19ANhRX/C7H1Pkn0NytwwNt22UC88MALThkrC7HiSOaTWibqJU7KaB/xL/WDQ20b3KpVTW1GEtZwDSyKU8Y5FQtcPPJhgGp/eihuEiBVkesFruT9oJwDndAa1P893csvHj1bFGLSFaAaihYjrNUMOWS1UK1s3ZhKjcXCL6PzcEkBIWPnAHNh0PB5c56ulNSTgmf+Qe4rQd0hcTuyWmKyLffC1BmiOvb0fr+5OpAsw7umVyj+7sLlyLM4eFscQFhBKfQ6VK1yTmKbv7Zvp6fJtEzxs4hOW4UYx+7oeTiepnWl0j5+K+Vbkt6kJvub/P7DEa0QzZCjQXanxu6z2mzBLwYRpYX29ZQblmMuM8C9qAT9LxvxKlE06YbZC1Rb4bdFBPGDH/gJ7kpbCkn1wQtWEnrp1pOcbsLyKYoqoLnatT0RiDv3Em+zv82hgP9MfeTSZh95N8vgpea56vKJHePJl6VwCW9qTAKLzbdJ0oN33NDyyxLlS87C/Qhg0QBGs2edBX6FoE57FXyKmXFTYlOWL7P5Bb6yfyQLGqOuqnT7YHrBQOPDBFzxX9u/+a+2EROl9waa0FP9dOkd+xPUaJj5SopHLWjG2UxharfNF+wkayj7hkb2D4oWWTXVZPli0BA/QbAHmyob8ey4nkvRn5DBbfPk6cc0IAOggvyMuhhyMV5zbelPysRXRRNjwDN8CWYPbaqR0t9DAjGqlq6x1aY4aatcpnCpzIqtYqXs1jRN2FTYYLaNjFYAOL6YsV1LfLXknGnTuFuDNsPnCkisR7fA/5t3E+FpWCpapd2o/v7hbc/LP+necxUHf7BU3kTn90uhOWCyfnE4ThWSM5qOBRUWLgJenZhCRoI0i4cCjp5qEWWtIhrlwc1B8fkOIiG79g9zjSF9dgx4p11QUKi05P9q34npuXqnrUsXboHSAcsbfzuTYoMmWT2Krqp+e2e/hQq8+p+ZJTRElsld9PdXgWEXzUikONIpptlHgxzbod47ipXbEwvOhcgUKUsBDbA5Ix+uuX8pndP7/qp0GG9Cy") },
  { path: "/docs/index.html", mtimeNs: 1795317999602185693n, data: base64Decode("PCFkb2N0eXBlIGh0bWw+Cjx0aXRsZT5Eb2NzPC90aXRsZT4KPHA+VGhlIGRldmljZSBncmFwaDogPGNvZGU+bWlyYWdlIGRlc2NyaWJlIC0tZG90PC9jb2RlPi48L3A+Cg==") },
  { path: "/index.html", mtimeNs: 1795317999601875333n, data: base64Decode("PCFkb2N0eXBlIGh0bWw+CjxodG1sIGxhbmc9ImVuIj4KPGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjx0aXRsZT5BIFR5cGVTY3JpcHQgdW5pa2VybmVsPC90aXRsZT48bGluayByZWw9InN0eWxlc2hlZXQiIGhyZWY9Ii9jc3Mvc2l0ZS5jc3MiPjwvaGVhZD4KPGJvZHk+CjxoMT5TZXJ2ZWQgYnkgYSBUeXBlU2NyaXB0IHVuaWtlcm5lbDwvaDE+CjxwPlRoaXMgcGFnZSBjb21lcyBmcm9tIGEga2V5LXZhbHVlIHN0b3JlOiBhIGRpcmVjdG9yeSBvbiB1bml4LCBjcnVuY2hlZCBpbnRvIHRoZSBpbWFnZSBvbiBTb2xvNS48L3A+CjxwPjxhIGhyZWY9Ii9kb2NzLyI+RG9jczwvYT48L3A+CjwvYm9keT4KPC9odG1sPgo=") }
];

// mirage/main.ts
run(async () => {
  const boot = start(platform, { name: "static-website", args: [StaticWebsite.args, netifDevice.args, directStackDevice.args, crunchDevice.args, pclockDevice.args] });
  const net = await boot.connect("net", 'netif("service")', netifDevice, { "name": "service" }, {});
  const stack = await boot.connect("stack", 'directStack("10.0.0.2/24")', directStackDevice, { "ipv4": "10.0.0.2/24", "gateway": "10.0.0.1" }, { net });
  const htdocs = await boot.connect("htdocs", 'crunch("./htdocs")', crunchDevice, { entries }, {});
  const clock = await boot.connect("clock", "solo5 pclock", pclockDevice, {}, {});
  await boot.run(StaticWebsite, { stack, htdocs, clock });
});
