/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/dist/minimal/protobuf.min.js";
if ($protobuf.util.global.protobuf === $protobuf) delete $protobuf.util.global.protobuf;
$protobuf.util.Long = null;
$protobuf.configure();

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["admin"] || ($protobuf.roots["admin"] = {});

export const meshbackup = $root.meshbackup = (() => {

const meshbackup = {};

meshbackup.TaskStats = (function() {

const TaskStats = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

TaskStats.prototype.bytesRead = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.bytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.bytesStored = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksZero = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksUnchanged = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksDeduped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.rawBytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksSkippedCbt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksResumed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksSkippedFree = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksSkippedSwap = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskStats.prototype.blocksSkippedExcluded = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

TaskStats.create = function(properties) {
return new TaskStats(properties);
};

TaskStats.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.bytesRead != null && $Object.hasOwnProperty.call(message, "bytesRead") && (typeof message.bytesRead === "object" ? message.bytesRead.low || message.bytesRead.high : message.bytesRead !== 0))
writer.uint32(8).uint64(message.bytesRead);
if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent") && (typeof message.bytesSent === "object" ? message.bytesSent.low || message.bytesSent.high : message.bytesSent !== 0))
writer.uint32(16).uint64(message.bytesSent);
if (message.bytesStored != null && $Object.hasOwnProperty.call(message, "bytesStored") && (typeof message.bytesStored === "object" ? message.bytesStored.low || message.bytesStored.high : message.bytesStored !== 0))
writer.uint32(24).uint64(message.bytesStored);
if (message.blocksTotal != null && $Object.hasOwnProperty.call(message, "blocksTotal") && (typeof message.blocksTotal === "object" ? message.blocksTotal.low || message.blocksTotal.high : message.blocksTotal !== 0))
writer.uint32(32).uint64(message.blocksTotal);
if (message.blocksZero != null && $Object.hasOwnProperty.call(message, "blocksZero") && (typeof message.blocksZero === "object" ? message.blocksZero.low || message.blocksZero.high : message.blocksZero !== 0))
writer.uint32(40).uint64(message.blocksZero);
if (message.blocksUnchanged != null && $Object.hasOwnProperty.call(message, "blocksUnchanged") && (typeof message.blocksUnchanged === "object" ? message.blocksUnchanged.low || message.blocksUnchanged.high : message.blocksUnchanged !== 0))
writer.uint32(48).uint64(message.blocksUnchanged);
if (message.blocksSent != null && $Object.hasOwnProperty.call(message, "blocksSent") && (typeof message.blocksSent === "object" ? message.blocksSent.low || message.blocksSent.high : message.blocksSent !== 0))
writer.uint32(56).uint64(message.blocksSent);
if (message.blocksDeduped != null && $Object.hasOwnProperty.call(message, "blocksDeduped") && (typeof message.blocksDeduped === "object" ? message.blocksDeduped.low || message.blocksDeduped.high : message.blocksDeduped !== 0))
writer.uint32(64).uint64(message.blocksDeduped);
if (message.rawBytesSent != null && $Object.hasOwnProperty.call(message, "rawBytesSent") && (typeof message.rawBytesSent === "object" ? message.rawBytesSent.low || message.rawBytesSent.high : message.rawBytesSent !== 0))
writer.uint32(72).uint64(message.rawBytesSent);
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
writer.uint32(80).uint64(message.durationMs);
if (message.blocksSkippedCbt != null && $Object.hasOwnProperty.call(message, "blocksSkippedCbt") && (typeof message.blocksSkippedCbt === "object" ? message.blocksSkippedCbt.low || message.blocksSkippedCbt.high : message.blocksSkippedCbt !== 0))
writer.uint32(88).uint64(message.blocksSkippedCbt);
if (message.blocksResumed != null && $Object.hasOwnProperty.call(message, "blocksResumed") && (typeof message.blocksResumed === "object" ? message.blocksResumed.low || message.blocksResumed.high : message.blocksResumed !== 0))
writer.uint32(96).uint64(message.blocksResumed);
if (message.blocksSkippedFree != null && $Object.hasOwnProperty.call(message, "blocksSkippedFree") && (typeof message.blocksSkippedFree === "object" ? message.blocksSkippedFree.low || message.blocksSkippedFree.high : message.blocksSkippedFree !== 0))
writer.uint32(320).uint64(message.blocksSkippedFree);
if (message.blocksSkippedSwap != null && $Object.hasOwnProperty.call(message, "blocksSkippedSwap") && (typeof message.blocksSkippedSwap === "object" ? message.blocksSkippedSwap.low || message.blocksSkippedSwap.high : message.blocksSkippedSwap !== 0))
writer.uint32(328).uint64(message.blocksSkippedSwap);
if (message.blocksSkippedExcluded != null && $Object.hasOwnProperty.call(message, "blocksSkippedExcluded") && (typeof message.blocksSkippedExcluded === "object" ? message.blocksSkippedExcluded.low || message.blocksSkippedExcluded.high : message.blocksSkippedExcluded !== 0))
writer.uint32(336).uint64(message.blocksSkippedExcluded);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

TaskStats.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.TaskStats();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesRead = value;
else
delete message.bytesRead;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesSent = value;
else
delete message.bytesSent;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesStored = value;
else
delete message.bytesStored;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksTotal = value;
else
delete message.blocksTotal;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksZero = value;
else
delete message.blocksZero;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksUnchanged = value;
else
delete message.blocksUnchanged;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksSent = value;
else
delete message.blocksSent;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksDeduped = value;
else
delete message.blocksDeduped;
continue;
}
case 9: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.rawBytesSent = value;
else
delete message.rawBytesSent;
continue;
}
case 10: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.durationMs = value;
else
delete message.durationMs;
continue;
}
case 11: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksSkippedCbt = value;
else
delete message.blocksSkippedCbt;
continue;
}
case 12: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksResumed = value;
else
delete message.blocksResumed;
continue;
}
case 40: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksSkippedFree = value;
else
delete message.blocksSkippedFree;
continue;
}
case 41: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksSkippedSwap = value;
else
delete message.blocksSkippedSwap;
continue;
}
case 42: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksSkippedExcluded = value;
else
delete message.blocksSkippedExcluded;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


TaskStats.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesRead = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesRead = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesSent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesSent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesStored = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesStored = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksZero = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksZero = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksUnchanged = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksUnchanged = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksSent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksSent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksDeduped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksDeduped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.rawBytesSent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.rawBytesSent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksSkippedCbt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksSkippedCbt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksResumed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksResumed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksSkippedFree = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksSkippedFree = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksSkippedSwap = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksSkippedSwap = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksSkippedExcluded = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksSkippedExcluded = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.bytesRead != null && $Object.hasOwnProperty.call(message, "bytesRead"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesRead = typeof message.bytesRead === "number" ? $BigInt(message.bytesRead) : $util.Long.fromBits(message.bytesRead.low >>> 0, message.bytesRead.high >>> 0, true).toBigInt();
else if (typeof message.bytesRead === "number")
object.bytesRead = options.longs === $String ? $String(message.bytesRead) : message.bytesRead;
else
object.bytesRead = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesRead) : options.longs === $Number ? new $util.LongBits(message.bytesRead.low >>> 0, message.bytesRead.high >>> 0).toNumber(true) : message.bytesRead;
if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesSent = typeof message.bytesSent === "number" ? $BigInt(message.bytesSent) : $util.Long.fromBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0, true).toBigInt();
else if (typeof message.bytesSent === "number")
object.bytesSent = options.longs === $String ? $String(message.bytesSent) : message.bytesSent;
else
object.bytesSent = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesSent) : options.longs === $Number ? new $util.LongBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0).toNumber(true) : message.bytesSent;
if (message.bytesStored != null && $Object.hasOwnProperty.call(message, "bytesStored"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesStored = typeof message.bytesStored === "number" ? $BigInt(message.bytesStored) : $util.Long.fromBits(message.bytesStored.low >>> 0, message.bytesStored.high >>> 0, true).toBigInt();
else if (typeof message.bytesStored === "number")
object.bytesStored = options.longs === $String ? $String(message.bytesStored) : message.bytesStored;
else
object.bytesStored = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesStored) : options.longs === $Number ? new $util.LongBits(message.bytesStored.low >>> 0, message.bytesStored.high >>> 0).toNumber(true) : message.bytesStored;
if (message.blocksTotal != null && $Object.hasOwnProperty.call(message, "blocksTotal"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksTotal = typeof message.blocksTotal === "number" ? $BigInt(message.blocksTotal) : $util.Long.fromBits(message.blocksTotal.low >>> 0, message.blocksTotal.high >>> 0, true).toBigInt();
else if (typeof message.blocksTotal === "number")
object.blocksTotal = options.longs === $String ? $String(message.blocksTotal) : message.blocksTotal;
else
object.blocksTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksTotal) : options.longs === $Number ? new $util.LongBits(message.blocksTotal.low >>> 0, message.blocksTotal.high >>> 0).toNumber(true) : message.blocksTotal;
if (message.blocksZero != null && $Object.hasOwnProperty.call(message, "blocksZero"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksZero = typeof message.blocksZero === "number" ? $BigInt(message.blocksZero) : $util.Long.fromBits(message.blocksZero.low >>> 0, message.blocksZero.high >>> 0, true).toBigInt();
else if (typeof message.blocksZero === "number")
object.blocksZero = options.longs === $String ? $String(message.blocksZero) : message.blocksZero;
else
object.blocksZero = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksZero) : options.longs === $Number ? new $util.LongBits(message.blocksZero.low >>> 0, message.blocksZero.high >>> 0).toNumber(true) : message.blocksZero;
if (message.blocksUnchanged != null && $Object.hasOwnProperty.call(message, "blocksUnchanged"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksUnchanged = typeof message.blocksUnchanged === "number" ? $BigInt(message.blocksUnchanged) : $util.Long.fromBits(message.blocksUnchanged.low >>> 0, message.blocksUnchanged.high >>> 0, true).toBigInt();
else if (typeof message.blocksUnchanged === "number")
object.blocksUnchanged = options.longs === $String ? $String(message.blocksUnchanged) : message.blocksUnchanged;
else
object.blocksUnchanged = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksUnchanged) : options.longs === $Number ? new $util.LongBits(message.blocksUnchanged.low >>> 0, message.blocksUnchanged.high >>> 0).toNumber(true) : message.blocksUnchanged;
if (message.blocksSent != null && $Object.hasOwnProperty.call(message, "blocksSent"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksSent = typeof message.blocksSent === "number" ? $BigInt(message.blocksSent) : $util.Long.fromBits(message.blocksSent.low >>> 0, message.blocksSent.high >>> 0, true).toBigInt();
else if (typeof message.blocksSent === "number")
object.blocksSent = options.longs === $String ? $String(message.blocksSent) : message.blocksSent;
else
object.blocksSent = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksSent) : options.longs === $Number ? new $util.LongBits(message.blocksSent.low >>> 0, message.blocksSent.high >>> 0).toNumber(true) : message.blocksSent;
if (message.blocksDeduped != null && $Object.hasOwnProperty.call(message, "blocksDeduped"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksDeduped = typeof message.blocksDeduped === "number" ? $BigInt(message.blocksDeduped) : $util.Long.fromBits(message.blocksDeduped.low >>> 0, message.blocksDeduped.high >>> 0, true).toBigInt();
else if (typeof message.blocksDeduped === "number")
object.blocksDeduped = options.longs === $String ? $String(message.blocksDeduped) : message.blocksDeduped;
else
object.blocksDeduped = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksDeduped) : options.longs === $Number ? new $util.LongBits(message.blocksDeduped.low >>> 0, message.blocksDeduped.high >>> 0).toNumber(true) : message.blocksDeduped;
if (message.rawBytesSent != null && $Object.hasOwnProperty.call(message, "rawBytesSent"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.rawBytesSent = typeof message.rawBytesSent === "number" ? $BigInt(message.rawBytesSent) : $util.Long.fromBits(message.rawBytesSent.low >>> 0, message.rawBytesSent.high >>> 0, true).toBigInt();
else if (typeof message.rawBytesSent === "number")
object.rawBytesSent = options.longs === $String ? $String(message.rawBytesSent) : message.rawBytesSent;
else
object.rawBytesSent = options.longs === $String ? $util.Long.prototype.toString.call(message.rawBytesSent) : options.longs === $Number ? new $util.LongBits(message.rawBytesSent.low >>> 0, message.rawBytesSent.high >>> 0).toNumber(true) : message.rawBytesSent;
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
else if (typeof message.durationMs === "number")
object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
else
object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
if (message.blocksSkippedCbt != null && $Object.hasOwnProperty.call(message, "blocksSkippedCbt"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksSkippedCbt = typeof message.blocksSkippedCbt === "number" ? $BigInt(message.blocksSkippedCbt) : $util.Long.fromBits(message.blocksSkippedCbt.low >>> 0, message.blocksSkippedCbt.high >>> 0, true).toBigInt();
else if (typeof message.blocksSkippedCbt === "number")
object.blocksSkippedCbt = options.longs === $String ? $String(message.blocksSkippedCbt) : message.blocksSkippedCbt;
else
object.blocksSkippedCbt = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksSkippedCbt) : options.longs === $Number ? new $util.LongBits(message.blocksSkippedCbt.low >>> 0, message.blocksSkippedCbt.high >>> 0).toNumber(true) : message.blocksSkippedCbt;
if (message.blocksResumed != null && $Object.hasOwnProperty.call(message, "blocksResumed"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksResumed = typeof message.blocksResumed === "number" ? $BigInt(message.blocksResumed) : $util.Long.fromBits(message.blocksResumed.low >>> 0, message.blocksResumed.high >>> 0, true).toBigInt();
else if (typeof message.blocksResumed === "number")
object.blocksResumed = options.longs === $String ? $String(message.blocksResumed) : message.blocksResumed;
else
object.blocksResumed = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksResumed) : options.longs === $Number ? new $util.LongBits(message.blocksResumed.low >>> 0, message.blocksResumed.high >>> 0).toNumber(true) : message.blocksResumed;
if (message.blocksSkippedFree != null && $Object.hasOwnProperty.call(message, "blocksSkippedFree"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksSkippedFree = typeof message.blocksSkippedFree === "number" ? $BigInt(message.blocksSkippedFree) : $util.Long.fromBits(message.blocksSkippedFree.low >>> 0, message.blocksSkippedFree.high >>> 0, true).toBigInt();
else if (typeof message.blocksSkippedFree === "number")
object.blocksSkippedFree = options.longs === $String ? $String(message.blocksSkippedFree) : message.blocksSkippedFree;
else
object.blocksSkippedFree = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksSkippedFree) : options.longs === $Number ? new $util.LongBits(message.blocksSkippedFree.low >>> 0, message.blocksSkippedFree.high >>> 0).toNumber(true) : message.blocksSkippedFree;
if (message.blocksSkippedSwap != null && $Object.hasOwnProperty.call(message, "blocksSkippedSwap"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksSkippedSwap = typeof message.blocksSkippedSwap === "number" ? $BigInt(message.blocksSkippedSwap) : $util.Long.fromBits(message.blocksSkippedSwap.low >>> 0, message.blocksSkippedSwap.high >>> 0, true).toBigInt();
else if (typeof message.blocksSkippedSwap === "number")
object.blocksSkippedSwap = options.longs === $String ? $String(message.blocksSkippedSwap) : message.blocksSkippedSwap;
else
object.blocksSkippedSwap = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksSkippedSwap) : options.longs === $Number ? new $util.LongBits(message.blocksSkippedSwap.low >>> 0, message.blocksSkippedSwap.high >>> 0).toNumber(true) : message.blocksSkippedSwap;
if (message.blocksSkippedExcluded != null && $Object.hasOwnProperty.call(message, "blocksSkippedExcluded"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksSkippedExcluded = typeof message.blocksSkippedExcluded === "number" ? $BigInt(message.blocksSkippedExcluded) : $util.Long.fromBits(message.blocksSkippedExcluded.low >>> 0, message.blocksSkippedExcluded.high >>> 0, true).toBigInt();
else if (typeof message.blocksSkippedExcluded === "number")
object.blocksSkippedExcluded = options.longs === $String ? $String(message.blocksSkippedExcluded) : message.blocksSkippedExcluded;
else
object.blocksSkippedExcluded = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksSkippedExcluded) : options.longs === $Number ? new $util.LongBits(message.blocksSkippedExcluded.low >>> 0, message.blocksSkippedExcluded.high >>> 0).toNumber(true) : message.blocksSkippedExcluded;
return object;
};

TaskStats.prototype.toJSON = function() {
return TaskStats.toObject(this, $protobuf.util.toJSONOptions);
};

return TaskStats;
})();

meshbackup.HostSpec = (function() {

const HostSpec = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

HostSpec.prototype.name = "";
HostSpec.prototype.type = "";
HostSpec.prototype.path = "";
HostSpec.prototype.qmp = "";
HostSpec.prototype.nbd = "";

HostSpec.create = function(properties) {
return new HostSpec(properties);
};

HostSpec.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
writer.uint32(18).string(message.type);
if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
writer.uint32(26).string(message.path);
if (message.qmp != null && $Object.hasOwnProperty.call(message, "qmp") && message.qmp !== "")
writer.uint32(34).string(message.qmp);
if (message.nbd != null && $Object.hasOwnProperty.call(message, "nbd") && message.nbd !== "")
writer.uint32(42).string(message.nbd);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

HostSpec.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.HostSpec();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.type = value;
else
delete message.type;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.path = value;
else
delete message.path;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.qmp = value;
else
delete message.qmp;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.nbd = value;
else
delete message.nbd;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


HostSpec.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.type = "";
object.path = "";
object.qmp = "";
object.nbd = "";
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
object.type = message.type;
if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
object.path = message.path;
if (message.qmp != null && $Object.hasOwnProperty.call(message, "qmp"))
object.qmp = message.qmp;
if (message.nbd != null && $Object.hasOwnProperty.call(message, "nbd"))
object.nbd = message.nbd;
return object;
};

HostSpec.prototype.toJSON = function() {
return HostSpec.toObject(this, $protobuf.util.toJSONOptions);
};

return HostSpec;
})();

meshbackup.InventoryProblem = (function() {

const InventoryProblem = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

InventoryProblem.prototype.vm = "";
InventoryProblem.prototype.code = "";
InventoryProblem.prototype.message = "";
InventoryProblem.prototype.file = "";

InventoryProblem.create = function(properties) {
return new InventoryProblem(properties);
};

InventoryProblem.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(10).string(message.vm);
if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
writer.uint32(18).string(message.code);
if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
writer.uint32(26).string(message.message);
if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
writer.uint32(34).string(message.file);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

InventoryProblem.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.InventoryProblem();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.code = value;
else
delete message.code;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.message = value;
else
delete message.message;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.file = value;
else
delete message.file;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


InventoryProblem.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.vm = "";
object.code = "";
object.message = "";
object.file = "";
}
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
object.code = message.code;
if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
object.message = message.message;
if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
object.file = message.file;
return object;
};

InventoryProblem.prototype.toJSON = function() {
return InventoryProblem.toObject(this, $protobuf.util.toJSONOptions);
};

return InventoryProblem;
})();

meshbackup.VmInfo = (function() {

const VmInfo = function (properties) {
this.disks = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VmInfo.prototype.name = "";
VmInfo.prototype.uuid = "";
VmInfo.prototype.state = "";
VmInfo.prototype.disks = $util.emptyArray;
VmInfo.prototype.config = null;

VmInfo.create = function(properties) {
return new VmInfo(properties);
};

VmInfo.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
writer.uint32(18).string(message.uuid);
if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
writer.uint32(26).string(message.state);
if (message.disks != null && message.disks.length)
for (let i = 0; i < message.disks.length; ++i)
$root.meshbackup.DiskInfo.encode(message.disks[i], writer.uint32(34).fork(), _depth + 1).ldelim();
if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
$root.meshbackup.VmConfig.encode(message.config, writer.uint32(162).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VmInfo.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VmInfo();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.uuid = value;
else
delete message.uuid;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.state = value;
else
delete message.state;
continue;
}
case 4: {
if (wireType !== 2)
break;
if (!(message.disks && message.disks.length))
message.disks = [];
message.disks.push($root.meshbackup.DiskInfo.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 20: {
if (wireType !== 2)
break;
message.config = $root.meshbackup.VmConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VmInfo.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.disks = [];
if (options.defaults) {
object.name = "";
object.uuid = "";
object.state = "";
object.config = null;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
object.uuid = message.uuid;
if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
object.state = message.state;
if (message.disks && message.disks.length) {
object.disks = $Array(message.disks.length);
for (let j = 0; j < message.disks.length; ++j)
object.disks[j] = $root.meshbackup.DiskInfo.toObject(message.disks[j], options, _depth + 1);
}
if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
object.config = $root.meshbackup.VmConfig.toObject(message.config, options, _depth + 1);
return object;
};

VmInfo.prototype.toJSON = function() {
return VmInfo.toObject(this, $protobuf.util.toJSONOptions);
};

return VmInfo;
})();

meshbackup.DiskInfo = (function() {

const DiskInfo = function (properties) {
this.bitmaps = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

DiskInfo.prototype.index = 0;
DiskInfo.prototype.name = "";
DiskInfo.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
DiskInfo.prototype.format = "";
DiskInfo.prototype.file = "";
DiskInfo.prototype.node = "";
DiskInfo.prototype.bitmaps = $util.emptyArray;
DiskInfo.prototype.nbd = "";
DiskInfo.prototype.exportName = "";
DiskInfo.prototype.cbtBitmap = "";
DiskInfo.prototype.cbtReason = "";
DiskInfo.prototype.cbtNext = "";
DiskInfo.prototype.mtimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

DiskInfo.create = function(properties) {
return new DiskInfo(properties);
};

DiskInfo.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
writer.uint32(8).uint32(message.index);
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(18).string(message.name);
if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
writer.uint32(24).uint64(message.size);
if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
writer.uint32(34).string(message.format);
if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
writer.uint32(42).string(message.file);
if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
writer.uint32(50).string(message.node);
if (message.bitmaps != null && message.bitmaps.length)
for (let i = 0; i < message.bitmaps.length; ++i)
$root.meshbackup.BitmapInfo.encode(message.bitmaps[i], writer.uint32(58).fork(), _depth + 1).ldelim();
if (message.nbd != null && $Object.hasOwnProperty.call(message, "nbd") && message.nbd !== "")
writer.uint32(66).string(message.nbd);
if (message.exportName != null && $Object.hasOwnProperty.call(message, "exportName") && message.exportName !== "")
writer.uint32(74).string(message.exportName);
if (message.cbtBitmap != null && $Object.hasOwnProperty.call(message, "cbtBitmap") && message.cbtBitmap !== "")
writer.uint32(82).string(message.cbtBitmap);
if (message.cbtReason != null && $Object.hasOwnProperty.call(message, "cbtReason") && message.cbtReason !== "")
writer.uint32(90).string(message.cbtReason);
if (message.cbtNext != null && $Object.hasOwnProperty.call(message, "cbtNext") && message.cbtNext !== "")
writer.uint32(98).string(message.cbtNext);
if (message.mtimeMs != null && $Object.hasOwnProperty.call(message, "mtimeMs") && (typeof message.mtimeMs === "object" ? message.mtimeMs.low || message.mtimeMs.high : message.mtimeMs !== 0))
writer.uint32(104).uint64(message.mtimeMs);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

DiskInfo.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.DiskInfo();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.index = value;
else
delete message.index;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.size = value;
else
delete message.size;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.format = value;
else
delete message.format;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.file = value;
else
delete message.file;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.node = value;
else
delete message.node;
continue;
}
case 7: {
if (wireType !== 2)
break;
if (!(message.bitmaps && message.bitmaps.length))
message.bitmaps = [];
message.bitmaps.push($root.meshbackup.BitmapInfo.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 8: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.nbd = value;
else
delete message.nbd;
continue;
}
case 9: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.exportName = value;
else
delete message.exportName;
continue;
}
case 10: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.cbtBitmap = value;
else
delete message.cbtBitmap;
continue;
}
case 11: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.cbtReason = value;
else
delete message.cbtReason;
continue;
}
case 12: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.cbtNext = value;
else
delete message.cbtNext;
continue;
}
case 13: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.mtimeMs = value;
else
delete message.mtimeMs;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


DiskInfo.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.bitmaps = [];
if (options.defaults) {
object.index = 0;
object.name = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.format = "";
object.file = "";
object.node = "";
object.nbd = "";
object.exportName = "";
object.cbtBitmap = "";
object.cbtReason = "";
object.cbtNext = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.mtimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.mtimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
object.index = message.index;
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
else if (typeof message.size === "number")
object.size = options.longs === $String ? $String(message.size) : message.size;
else
object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
object.format = message.format;
if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
object.file = message.file;
if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
object.node = message.node;
if (message.bitmaps && message.bitmaps.length) {
object.bitmaps = $Array(message.bitmaps.length);
for (let j = 0; j < message.bitmaps.length; ++j)
object.bitmaps[j] = $root.meshbackup.BitmapInfo.toObject(message.bitmaps[j], options, _depth + 1);
}
if (message.nbd != null && $Object.hasOwnProperty.call(message, "nbd"))
object.nbd = message.nbd;
if (message.exportName != null && $Object.hasOwnProperty.call(message, "exportName"))
object.exportName = message.exportName;
if (message.cbtBitmap != null && $Object.hasOwnProperty.call(message, "cbtBitmap"))
object.cbtBitmap = message.cbtBitmap;
if (message.cbtReason != null && $Object.hasOwnProperty.call(message, "cbtReason"))
object.cbtReason = message.cbtReason;
if (message.cbtNext != null && $Object.hasOwnProperty.call(message, "cbtNext"))
object.cbtNext = message.cbtNext;
if (message.mtimeMs != null && $Object.hasOwnProperty.call(message, "mtimeMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.mtimeMs = typeof message.mtimeMs === "number" ? $BigInt(message.mtimeMs) : $util.Long.fromBits(message.mtimeMs.low >>> 0, message.mtimeMs.high >>> 0, true).toBigInt();
else if (typeof message.mtimeMs === "number")
object.mtimeMs = options.longs === $String ? $String(message.mtimeMs) : message.mtimeMs;
else
object.mtimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.mtimeMs) : options.longs === $Number ? new $util.LongBits(message.mtimeMs.low >>> 0, message.mtimeMs.high >>> 0).toNumber(true) : message.mtimeMs;
return object;
};

DiskInfo.prototype.toJSON = function() {
return DiskInfo.toObject(this, $protobuf.util.toJSONOptions);
};

return DiskInfo;
})();

meshbackup.BitmapInfo = (function() {

const BitmapInfo = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BitmapInfo.prototype.name = "";
BitmapInfo.prototype.persistent = false;
BitmapInfo.prototype.recording = false;
BitmapInfo.prototype.inconsistent = false;
BitmapInfo.prototype.busy = false;
BitmapInfo.prototype.granularity = 0;
BitmapInfo.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

BitmapInfo.create = function(properties) {
return new BitmapInfo(properties);
};

BitmapInfo.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.persistent != null && $Object.hasOwnProperty.call(message, "persistent") && message.persistent !== false)
writer.uint32(16).bool(message.persistent);
if (message.recording != null && $Object.hasOwnProperty.call(message, "recording") && message.recording !== false)
writer.uint32(24).bool(message.recording);
if (message.inconsistent != null && $Object.hasOwnProperty.call(message, "inconsistent") && message.inconsistent !== false)
writer.uint32(32).bool(message.inconsistent);
if (message.busy != null && $Object.hasOwnProperty.call(message, "busy") && message.busy !== false)
writer.uint32(40).bool(message.busy);
if (message.granularity != null && $Object.hasOwnProperty.call(message, "granularity") && message.granularity !== 0)
writer.uint32(48).uint32(message.granularity);
if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
writer.uint32(56).uint64(message.count);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BitmapInfo.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BitmapInfo();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.persistent = value;
else
delete message.persistent;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.recording = value;
else
delete message.recording;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.inconsistent = value;
else
delete message.inconsistent;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.busy = value;
else
delete message.busy;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.granularity = value;
else
delete message.granularity;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.count = value;
else
delete message.count;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BitmapInfo.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.persistent = false;
object.recording = false;
object.inconsistent = false;
object.busy = false;
object.granularity = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.persistent != null && $Object.hasOwnProperty.call(message, "persistent"))
object.persistent = message.persistent;
if (message.recording != null && $Object.hasOwnProperty.call(message, "recording"))
object.recording = message.recording;
if (message.inconsistent != null && $Object.hasOwnProperty.call(message, "inconsistent"))
object.inconsistent = message.inconsistent;
if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
object.busy = message.busy;
if (message.granularity != null && $Object.hasOwnProperty.call(message, "granularity"))
object.granularity = message.granularity;
if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
else if (typeof message.count === "number")
object.count = options.longs === $String ? $String(message.count) : message.count;
else
object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
return object;
};

BitmapInfo.prototype.toJSON = function() {
return BitmapInfo.toObject(this, $protobuf.util.toJSONOptions);
};

return BitmapInfo;
})();

meshbackup.VmConfig = (function() {

const VmConfig = function (properties) {
this.disks = [];
this.nics = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VmConfig.prototype.machine = "";
VmConfig.prototype.memoryMib = 0;
VmConfig.prototype.vcpus = 0;
VmConfig.prototype.disks = $util.emptyArray;
VmConfig.prototype.nics = $util.emptyArray;
VmConfig.prototype.firmware = "";
VmConfig.prototype.source = "";

VmConfig.create = function(properties) {
return new VmConfig(properties);
};

VmConfig.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.machine != null && $Object.hasOwnProperty.call(message, "machine") && message.machine !== "")
writer.uint32(10).string(message.machine);
if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib") && message.memoryMib !== 0)
writer.uint32(16).uint32(message.memoryMib);
if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
writer.uint32(24).uint32(message.vcpus);
if (message.disks != null && message.disks.length)
for (let i = 0; i < message.disks.length; ++i)
$root.meshbackup.VmDiskConfig.encode(message.disks[i], writer.uint32(34).fork(), _depth + 1).ldelim();
if (message.nics != null && message.nics.length)
for (let i = 0; i < message.nics.length; ++i)
$root.meshbackup.VmNicConfig.encode(message.nics[i], writer.uint32(42).fork(), _depth + 1).ldelim();
if (message.firmware != null && $Object.hasOwnProperty.call(message, "firmware") && message.firmware !== "")
writer.uint32(50).string(message.firmware);
if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
writer.uint32(58).string(message.source);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VmConfig.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VmConfig();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.machine = value;
else
delete message.machine;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.memoryMib = value;
else
delete message.memoryMib;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.vcpus = value;
else
delete message.vcpus;
continue;
}
case 4: {
if (wireType !== 2)
break;
if (!(message.disks && message.disks.length))
message.disks = [];
message.disks.push($root.meshbackup.VmDiskConfig.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 5: {
if (wireType !== 2)
break;
if (!(message.nics && message.nics.length))
message.nics = [];
message.nics.push($root.meshbackup.VmNicConfig.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.firmware = value;
else
delete message.firmware;
continue;
}
case 7: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.source = value;
else
delete message.source;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VmConfig.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.disks = [];
object.nics = [];
}
if (options.defaults) {
object.machine = "";
object.memoryMib = 0;
object.vcpus = 0;
object.firmware = "";
object.source = "";
}
if (message.machine != null && $Object.hasOwnProperty.call(message, "machine"))
object.machine = message.machine;
if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib"))
object.memoryMib = message.memoryMib;
if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
object.vcpus = message.vcpus;
if (message.disks && message.disks.length) {
object.disks = $Array(message.disks.length);
for (let j = 0; j < message.disks.length; ++j)
object.disks[j] = $root.meshbackup.VmDiskConfig.toObject(message.disks[j], options, _depth + 1);
}
if (message.nics && message.nics.length) {
object.nics = $Array(message.nics.length);
for (let j = 0; j < message.nics.length; ++j)
object.nics[j] = $root.meshbackup.VmNicConfig.toObject(message.nics[j], options, _depth + 1);
}
if (message.firmware != null && $Object.hasOwnProperty.call(message, "firmware"))
object.firmware = message.firmware;
if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
object.source = message.source;
return object;
};

VmConfig.prototype.toJSON = function() {
return VmConfig.toObject(this, $protobuf.util.toJSONOptions);
};

return VmConfig;
})();

meshbackup.VmDiskConfig = (function() {

const VmDiskConfig = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VmDiskConfig.prototype.index = 0;
VmDiskConfig.prototype.model = "";
VmDiskConfig.prototype.bus = "";
VmDiskConfig.prototype.bootIndex = 0;

VmDiskConfig.create = function(properties) {
return new VmDiskConfig(properties);
};

VmDiskConfig.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
writer.uint32(8).uint32(message.index);
if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
writer.uint32(18).string(message.model);
if (message.bus != null && $Object.hasOwnProperty.call(message, "bus") && message.bus !== "")
writer.uint32(26).string(message.bus);
if (message.bootIndex != null && $Object.hasOwnProperty.call(message, "bootIndex") && message.bootIndex !== 0)
writer.uint32(32).int32(message.bootIndex);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VmDiskConfig.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VmDiskConfig();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.index = value;
else
delete message.index;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.model = value;
else
delete message.model;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.bus = value;
else
delete message.bus;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.int32())
message.bootIndex = value;
else
delete message.bootIndex;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VmDiskConfig.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.index = 0;
object.model = "";
object.bus = "";
object.bootIndex = 0;
}
if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
object.index = message.index;
if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
object.model = message.model;
if (message.bus != null && $Object.hasOwnProperty.call(message, "bus"))
object.bus = message.bus;
if (message.bootIndex != null && $Object.hasOwnProperty.call(message, "bootIndex"))
object.bootIndex = message.bootIndex;
return object;
};

VmDiskConfig.prototype.toJSON = function() {
return VmDiskConfig.toObject(this, $protobuf.util.toJSONOptions);
};

return VmDiskConfig;
})();

meshbackup.VmNicConfig = (function() {

const VmNicConfig = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VmNicConfig.prototype.model = "";
VmNicConfig.prototype.mac = "";

VmNicConfig.create = function(properties) {
return new VmNicConfig(properties);
};

VmNicConfig.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
writer.uint32(10).string(message.model);
if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
writer.uint32(18).string(message.mac);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VmNicConfig.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VmNicConfig();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.model = value;
else
delete message.model;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.mac = value;
else
delete message.mac;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VmNicConfig.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.model = "";
object.mac = "";
}
if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
object.model = message.model;
if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
object.mac = message.mac;
return object;
};

VmNicConfig.prototype.toJSON = function() {
return VmNicConfig.toObject(this, $protobuf.util.toJSONOptions);
};

return VmNicConfig;
})();

meshbackup.RecoverRequest = (function() {

const RecoverRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RecoverRequest.prototype.pointId = "";
RecoverRequest.prototype.vm = "";
RecoverRequest.prototype.host = "";
RecoverRequest.prototype.name = "";
RecoverRequest.prototype.attachTo = "";
RecoverRequest.prototype.dataKey = $util.newBuffer([]);
RecoverRequest.prototype.network = false;
RecoverRequest.prototype.repository = "";

RecoverRequest.create = function(properties) {
return new RecoverRequest(properties);
};

RecoverRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
writer.uint32(26).string(message.host);
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(34).string(message.name);
if (message.attachTo != null && $Object.hasOwnProperty.call(message, "attachTo") && message.attachTo !== "")
writer.uint32(42).string(message.attachTo);
if (message.dataKey != null && $Object.hasOwnProperty.call(message, "dataKey") && message.dataKey.length)
writer.uint32(50).bytes(message.dataKey);
if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== false)
writer.uint32(56).bool(message.network);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(66).string(message.repository);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RecoverRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RecoverRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.host = value;
else
delete message.host;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.attachTo = value;
else
delete message.attachTo;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.dataKey = value;
else
delete message.dataKey;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.network = value;
else
delete message.network;
continue;
}
case 8: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RecoverRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.pointId = "";
object.vm = "";
object.host = "";
object.name = "";
object.attachTo = "";
if (options.bytes === $String)
object.dataKey = "";
else {
object.dataKey = [];
if (options.bytes !== $Array)
object.dataKey = $util.newBuffer(object.dataKey);
}
object.network = false;
object.repository = "";
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
object.host = message.host;
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.attachTo != null && $Object.hasOwnProperty.call(message, "attachTo"))
object.attachTo = message.attachTo;
if (message.dataKey != null && $Object.hasOwnProperty.call(message, "dataKey"))
object.dataKey = options.bytes === $String ? $util.base64.encode(message.dataKey, 0, message.dataKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dataKey) : message.dataKey;
if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
object.network = message.network;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
return object;
};

RecoverRequest.prototype.toJSON = function() {
return RecoverRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return RecoverRequest;
})();

meshbackup.RecoveryAction = (function() {

const RecoveryAction = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RecoveryAction.prototype.id = "";
RecoveryAction.prototype.action = "";
RecoveryAction.prototype.speed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RecoveryAction.prototype.wait = false;

RecoveryAction.create = function(properties) {
return new RecoveryAction(properties);
};

RecoveryAction.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
writer.uint32(10).string(message.id);
if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
writer.uint32(18).string(message.action);
if (message.speed != null && $Object.hasOwnProperty.call(message, "speed") && (typeof message.speed === "object" ? message.speed.low || message.speed.high : message.speed !== 0))
writer.uint32(24).uint64(message.speed);
if (message.wait != null && $Object.hasOwnProperty.call(message, "wait") && message.wait !== false)
writer.uint32(32).bool(message.wait);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RecoveryAction.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RecoveryAction();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.id = value;
else
delete message.id;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.action = value;
else
delete message.action;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.speed = value;
else
delete message.speed;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.wait = value;
else
delete message.wait;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RecoveryAction.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.id = "";
object.action = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.speed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.speed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.wait = false;
}
if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
object.id = message.id;
if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
object.action = message.action;
if (message.speed != null && $Object.hasOwnProperty.call(message, "speed"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.speed = typeof message.speed === "number" ? $BigInt(message.speed) : $util.Long.fromBits(message.speed.low >>> 0, message.speed.high >>> 0, true).toBigInt();
else if (typeof message.speed === "number")
object.speed = options.longs === $String ? $String(message.speed) : message.speed;
else
object.speed = options.longs === $String ? $util.Long.prototype.toString.call(message.speed) : options.longs === $Number ? new $util.LongBits(message.speed.low >>> 0, message.speed.high >>> 0).toNumber(true) : message.speed;
if (message.wait != null && $Object.hasOwnProperty.call(message, "wait"))
object.wait = message.wait;
return object;
};

RecoveryAction.prototype.toJSON = function() {
return RecoveryAction.toObject(this, $protobuf.util.toJSONOptions);
};

return RecoveryAction;
})();

meshbackup.RecoveryListRequest = (function() {

const RecoveryListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RecoveryListRequest.create = function(properties) {
return new RecoveryListRequest(properties);
};

RecoveryListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RecoveryListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RecoveryListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RecoveryListRequest.toObject = function () {
return {};
};

RecoveryListRequest.prototype.toJSON = function() {
return RecoveryListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return RecoveryListRequest;
})();

meshbackup.RecoveryInfo = (function() {

const RecoveryInfo = function (properties) {
this.overlays = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RecoveryInfo.prototype.id = "";
RecoveryInfo.prototype.pointId = "";
RecoveryInfo.prototype.vm = "";
RecoveryInfo.prototype.name = "";
RecoveryInfo.prototype.host = "";
RecoveryInfo.prototype.node = "";
RecoveryInfo.prototype.state = "";
RecoveryInfo.prototype.doneBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RecoveryInfo.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RecoveryInfo.prototype.bytesPerSecond = 0;
RecoveryInfo.prototype.error = "";
RecoveryInfo.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RecoveryInfo.prototype.runningAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RecoveryInfo.prototype.pid = 0;
RecoveryInfo.prototype.qmp = "";
RecoveryInfo.prototype.overlays = $util.emptyArray;
RecoveryInfo.prototype.attachedTo = "";
RecoveryInfo.prototype.repository = "";
RecoveryInfo.prototype.migratedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RecoveryInfo.prototype.restarts = 0;
RecoveryInfo.prototype.pauses = 0;
RecoveryInfo.prototype.repositoryPeer = "";
RecoveryInfo.prototype.keyFingerprint = "";
RecoveryInfo.prototype.network = false;
RecoveryInfo.prototype.adoptions = 0;

RecoveryInfo.create = function(properties) {
return new RecoveryInfo(properties);
};

RecoveryInfo.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
writer.uint32(10).string(message.id);
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(18).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(26).string(message.vm);
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(34).string(message.name);
if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
writer.uint32(42).string(message.host);
if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
writer.uint32(50).string(message.node);
if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
writer.uint32(58).string(message.state);
if (message.doneBytes != null && $Object.hasOwnProperty.call(message, "doneBytes") && (typeof message.doneBytes === "object" ? message.doneBytes.low || message.doneBytes.high : message.doneBytes !== 0))
writer.uint32(64).uint64(message.doneBytes);
if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
writer.uint32(72).uint64(message.totalBytes);
if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond") && !$Object.is(message.bytesPerSecond, 0))
writer.uint32(81).double(message.bytesPerSecond);
if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
writer.uint32(90).string(message.error);
if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
writer.uint32(96).uint64(message.createdAtMs);
if (message.runningAtMs != null && $Object.hasOwnProperty.call(message, "runningAtMs") && (typeof message.runningAtMs === "object" ? message.runningAtMs.low || message.runningAtMs.high : message.runningAtMs !== 0))
writer.uint32(104).uint64(message.runningAtMs);
if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
writer.uint32(112).uint32(message.pid);
if (message.qmp != null && $Object.hasOwnProperty.call(message, "qmp") && message.qmp !== "")
writer.uint32(122).string(message.qmp);
if (message.overlays != null && message.overlays.length)
for (let i = 0; i < message.overlays.length; ++i)
writer.uint32(130).string(message.overlays[i]);
if (message.attachedTo != null && $Object.hasOwnProperty.call(message, "attachedTo") && message.attachedTo !== "")
writer.uint32(138).string(message.attachedTo);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(146).string(message.repository);
if (message.migratedAtMs != null && $Object.hasOwnProperty.call(message, "migratedAtMs") && (typeof message.migratedAtMs === "object" ? message.migratedAtMs.low || message.migratedAtMs.high : message.migratedAtMs !== 0))
writer.uint32(152).uint64(message.migratedAtMs);
if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
writer.uint32(160).uint32(message.restarts);
if (message.pauses != null && $Object.hasOwnProperty.call(message, "pauses") && message.pauses !== 0)
writer.uint32(168).uint32(message.pauses);
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer") && message.repositoryPeer !== "")
writer.uint32(2242).string(message.repositoryPeer);
if (message.keyFingerprint != null && $Object.hasOwnProperty.call(message, "keyFingerprint") && message.keyFingerprint !== "")
writer.uint32(2250).string(message.keyFingerprint);
if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== false)
writer.uint32(2256).bool(message.network);
if (message.adoptions != null && $Object.hasOwnProperty.call(message, "adoptions") && message.adoptions !== 0)
writer.uint32(2264).uint32(message.adoptions);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RecoveryInfo.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RecoveryInfo();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.id = value;
else
delete message.id;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.host = value;
else
delete message.host;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.node = value;
else
delete message.node;
continue;
}
case 7: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.state = value;
else
delete message.state;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.doneBytes = value;
else
delete message.doneBytes;
continue;
}
case 9: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.totalBytes = value;
else
delete message.totalBytes;
continue;
}
case 10: {
if (wireType !== 1)
break;
if (!$Object.is(value = reader.double(), 0))
message.bytesPerSecond = value;
else
delete message.bytesPerSecond;
continue;
}
case 11: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.error = value;
else
delete message.error;
continue;
}
case 12: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.createdAtMs = value;
else
delete message.createdAtMs;
continue;
}
case 13: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.runningAtMs = value;
else
delete message.runningAtMs;
continue;
}
case 14: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.pid = value;
else
delete message.pid;
continue;
}
case 15: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.qmp = value;
else
delete message.qmp;
continue;
}
case 16: {
if (wireType !== 2)
break;
if (!(message.overlays && message.overlays.length))
message.overlays = [];
message.overlays.push(reader.stringVerify());
continue;
}
case 17: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.attachedTo = value;
else
delete message.attachedTo;
continue;
}
case 18: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 19: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.migratedAtMs = value;
else
delete message.migratedAtMs;
continue;
}
case 20: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.restarts = value;
else
delete message.restarts;
continue;
}
case 21: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.pauses = value;
else
delete message.pauses;
continue;
}
case 280: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repositoryPeer = value;
else
delete message.repositoryPeer;
continue;
}
case 281: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.keyFingerprint = value;
else
delete message.keyFingerprint;
continue;
}
case 282: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.network = value;
else
delete message.network;
continue;
}
case 283: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.adoptions = value;
else
delete message.adoptions;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RecoveryInfo.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.overlays = [];
if (options.defaults) {
object.id = "";
object.pointId = "";
object.vm = "";
object.name = "";
object.host = "";
object.node = "";
object.state = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.doneBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.doneBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.bytesPerSecond = 0;
object.error = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.runningAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.runningAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.pid = 0;
object.qmp = "";
object.attachedTo = "";
object.repository = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.migratedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.migratedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.restarts = 0;
object.pauses = 0;
object.repositoryPeer = "";
object.keyFingerprint = "";
object.network = false;
object.adoptions = 0;
}
if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
object.id = message.id;
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
object.host = message.host;
if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
object.node = message.node;
if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
object.state = message.state;
if (message.doneBytes != null && $Object.hasOwnProperty.call(message, "doneBytes"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.doneBytes = typeof message.doneBytes === "number" ? $BigInt(message.doneBytes) : $util.Long.fromBits(message.doneBytes.low >>> 0, message.doneBytes.high >>> 0, true).toBigInt();
else if (typeof message.doneBytes === "number")
object.doneBytes = options.longs === $String ? $String(message.doneBytes) : message.doneBytes;
else
object.doneBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.doneBytes) : options.longs === $Number ? new $util.LongBits(message.doneBytes.low >>> 0, message.doneBytes.high >>> 0).toNumber(true) : message.doneBytes;
if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
else if (typeof message.totalBytes === "number")
object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
else
object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond"))
object.bytesPerSecond = options.json && !$isFinite(message.bytesPerSecond) ? $String(message.bytesPerSecond) : message.bytesPerSecond;
if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
object.error = message.error;
if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, true).toBigInt();
else if (typeof message.createdAtMs === "number")
object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
else
object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber(true) : message.createdAtMs;
if (message.runningAtMs != null && $Object.hasOwnProperty.call(message, "runningAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.runningAtMs = typeof message.runningAtMs === "number" ? $BigInt(message.runningAtMs) : $util.Long.fromBits(message.runningAtMs.low >>> 0, message.runningAtMs.high >>> 0, true).toBigInt();
else if (typeof message.runningAtMs === "number")
object.runningAtMs = options.longs === $String ? $String(message.runningAtMs) : message.runningAtMs;
else
object.runningAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.runningAtMs) : options.longs === $Number ? new $util.LongBits(message.runningAtMs.low >>> 0, message.runningAtMs.high >>> 0).toNumber(true) : message.runningAtMs;
if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
object.pid = message.pid;
if (message.qmp != null && $Object.hasOwnProperty.call(message, "qmp"))
object.qmp = message.qmp;
if (message.overlays && message.overlays.length) {
object.overlays = $Array(message.overlays.length);
for (let j = 0; j < message.overlays.length; ++j)
object.overlays[j] = message.overlays[j];
}
if (message.attachedTo != null && $Object.hasOwnProperty.call(message, "attachedTo"))
object.attachedTo = message.attachedTo;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.migratedAtMs != null && $Object.hasOwnProperty.call(message, "migratedAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.migratedAtMs = typeof message.migratedAtMs === "number" ? $BigInt(message.migratedAtMs) : $util.Long.fromBits(message.migratedAtMs.low >>> 0, message.migratedAtMs.high >>> 0, true).toBigInt();
else if (typeof message.migratedAtMs === "number")
object.migratedAtMs = options.longs === $String ? $String(message.migratedAtMs) : message.migratedAtMs;
else
object.migratedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.migratedAtMs) : options.longs === $Number ? new $util.LongBits(message.migratedAtMs.low >>> 0, message.migratedAtMs.high >>> 0).toNumber(true) : message.migratedAtMs;
if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
object.restarts = message.restarts;
if (message.pauses != null && $Object.hasOwnProperty.call(message, "pauses"))
object.pauses = message.pauses;
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer"))
object.repositoryPeer = message.repositoryPeer;
if (message.keyFingerprint != null && $Object.hasOwnProperty.call(message, "keyFingerprint"))
object.keyFingerprint = message.keyFingerprint;
if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
object.network = message.network;
if (message.adoptions != null && $Object.hasOwnProperty.call(message, "adoptions"))
object.adoptions = message.adoptions;
return object;
};

RecoveryInfo.prototype.toJSON = function() {
return RecoveryInfo.toObject(this, $protobuf.util.toJSONOptions);
};

return RecoveryInfo;
})();

meshbackup.RecoveryList = (function() {

const RecoveryList = function (properties) {
this.recoveries = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RecoveryList.prototype.recoveries = $util.emptyArray;

RecoveryList.create = function(properties) {
return new RecoveryList(properties);
};

RecoveryList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.recoveries != null && message.recoveries.length)
for (let i = 0; i < message.recoveries.length; ++i)
$root.meshbackup.RecoveryInfo.encode(message.recoveries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RecoveryList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RecoveryList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.recoveries && message.recoveries.length))
message.recoveries = [];
message.recoveries.push($root.meshbackup.RecoveryInfo.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RecoveryList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.recoveries = [];
if (message.recoveries && message.recoveries.length) {
object.recoveries = $Array(message.recoveries.length);
for (let j = 0; j < message.recoveries.length; ++j)
object.recoveries[j] = $root.meshbackup.RecoveryInfo.toObject(message.recoveries[j], options, _depth + 1);
}
return object;
};

RecoveryList.prototype.toJSON = function() {
return RecoveryList.toObject(this, $protobuf.util.toJSONOptions);
};

return RecoveryList;
})();

meshbackup.TrafficRule = (function() {

const TrafficRule = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

TrafficRule.prototype.name = "";
TrafficRule.prototype.from = "";
TrafficRule.prototype.to = "";
TrafficRule.prototype.days = "";
TrafficRule.prototype.hours = "";
TrafficRule.prototype.rateBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TrafficRule.prototype.timeZone = "";
TrafficRule.prototype.nodeRateBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

TrafficRule.create = function(properties) {
return new TrafficRule(properties);
};

TrafficRule.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
writer.uint32(18).string(message.from);
if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
writer.uint32(26).string(message.to);
if (message.days != null && $Object.hasOwnProperty.call(message, "days") && message.days !== "")
writer.uint32(34).string(message.days);
if (message.hours != null && $Object.hasOwnProperty.call(message, "hours") && message.hours !== "")
writer.uint32(42).string(message.hours);
if (message.rateBps != null && $Object.hasOwnProperty.call(message, "rateBps") && (typeof message.rateBps === "object" ? message.rateBps.low || message.rateBps.high : message.rateBps !== 0))
writer.uint32(48).uint64(message.rateBps);
if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone") && message.timeZone !== "")
writer.uint32(58).string(message.timeZone);
if (message.nodeRateBps != null && $Object.hasOwnProperty.call(message, "nodeRateBps") && (typeof message.nodeRateBps === "object" ? message.nodeRateBps.low || message.nodeRateBps.high : message.nodeRateBps !== 0))
writer.uint32(64).uint64(message.nodeRateBps);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

TrafficRule.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.TrafficRule();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.from = value;
else
delete message.from;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.to = value;
else
delete message.to;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.days = value;
else
delete message.days;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.hours = value;
else
delete message.hours;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.rateBps = value;
else
delete message.rateBps;
continue;
}
case 7: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.timeZone = value;
else
delete message.timeZone;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.nodeRateBps = value;
else
delete message.nodeRateBps;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


TrafficRule.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.from = "";
object.to = "";
object.days = "";
object.hours = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.rateBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.rateBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.timeZone = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.nodeRateBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.nodeRateBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
object.from = message.from;
if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
object.to = message.to;
if (message.days != null && $Object.hasOwnProperty.call(message, "days"))
object.days = message.days;
if (message.hours != null && $Object.hasOwnProperty.call(message, "hours"))
object.hours = message.hours;
if (message.rateBps != null && $Object.hasOwnProperty.call(message, "rateBps"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.rateBps = typeof message.rateBps === "number" ? $BigInt(message.rateBps) : $util.Long.fromBits(message.rateBps.low >>> 0, message.rateBps.high >>> 0, true).toBigInt();
else if (typeof message.rateBps === "number")
object.rateBps = options.longs === $String ? $String(message.rateBps) : message.rateBps;
else
object.rateBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rateBps) : options.longs === $Number ? new $util.LongBits(message.rateBps.low >>> 0, message.rateBps.high >>> 0).toNumber(true) : message.rateBps;
if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone"))
object.timeZone = message.timeZone;
if (message.nodeRateBps != null && $Object.hasOwnProperty.call(message, "nodeRateBps"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.nodeRateBps = typeof message.nodeRateBps === "number" ? $BigInt(message.nodeRateBps) : $util.Long.fromBits(message.nodeRateBps.low >>> 0, message.nodeRateBps.high >>> 0, true).toBigInt();
else if (typeof message.nodeRateBps === "number")
object.nodeRateBps = options.longs === $String ? $String(message.nodeRateBps) : message.nodeRateBps;
else
object.nodeRateBps = options.longs === $String ? $util.Long.prototype.toString.call(message.nodeRateBps) : options.longs === $Number ? new $util.LongBits(message.nodeRateBps.low >>> 0, message.nodeRateBps.high >>> 0).toNumber(true) : message.nodeRateBps;
return object;
};

TrafficRule.prototype.toJSON = function() {
return TrafficRule.toObject(this, $protobuf.util.toJSONOptions);
};

return TrafficRule;
})();

meshbackup.ThrottleListRequest = (function() {

const ThrottleListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

ThrottleListRequest.create = function(properties) {
return new ThrottleListRequest(properties);
};

ThrottleListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

ThrottleListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.ThrottleListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


ThrottleListRequest.toObject = function () {
return {};
};

ThrottleListRequest.prototype.toJSON = function() {
return ThrottleListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return ThrottleListRequest;
})();

meshbackup.ThrottleRemove = (function() {

const ThrottleRemove = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

ThrottleRemove.prototype.name = "";

ThrottleRemove.create = function(properties) {
return new ThrottleRemove(properties);
};

ThrottleRemove.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

ThrottleRemove.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.ThrottleRemove();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


ThrottleRemove.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults)
object.name = "";
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
return object;
};

ThrottleRemove.prototype.toJSON = function() {
return ThrottleRemove.toObject(this, $protobuf.util.toJSONOptions);
};

return ThrottleRemove;
})();

meshbackup.ThrottleList = (function() {

const ThrottleList = function (properties) {
this.rules = [];
this.inForce = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

ThrottleList.prototype.rules = $util.emptyArray;
ThrottleList.prototype.inForce = $util.emptyArray;
ThrottleList.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

ThrottleList.create = function(properties) {
return new ThrottleList(properties);
};

ThrottleList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.rules != null && message.rules.length)
for (let i = 0; i < message.rules.length; ++i)
$root.meshbackup.TrafficRule.encode(message.rules[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.inForce != null && message.inForce.length)
for (let i = 0; i < message.inForce.length; ++i)
writer.uint32(18).string(message.inForce[i]);
if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
writer.uint32(24).uint64(message.atMs);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

ThrottleList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.ThrottleList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.rules && message.rules.length))
message.rules = [];
message.rules.push($root.meshbackup.TrafficRule.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.inForce && message.inForce.length))
message.inForce = [];
message.inForce.push(reader.stringVerify());
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.atMs = value;
else
delete message.atMs;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


ThrottleList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.rules = [];
object.inForce = [];
}
if (options.defaults)
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if (message.rules && message.rules.length) {
object.rules = $Array(message.rules.length);
for (let j = 0; j < message.rules.length; ++j)
object.rules[j] = $root.meshbackup.TrafficRule.toObject(message.rules[j], options, _depth + 1);
}
if (message.inForce && message.inForce.length) {
object.inForce = $Array(message.inForce.length);
for (let j = 0; j < message.inForce.length; ++j)
object.inForce[j] = message.inForce[j];
}
if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
else if (typeof message.atMs === "number")
object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
else
object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
return object;
};

ThrottleList.prototype.toJSON = function() {
return ThrottleList.toObject(this, $protobuf.util.toJSONOptions);
};

return ThrottleList;
})();

meshbackup.PointSummary = (function() {

const PointSummary = function (properties) {
this.disks = [];
this.badDigests = [];
this.recoveryFingerprints = [];
this.recoveryWraps = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

PointSummary.prototype.id = "";
PointSummary.prototype.job = "";
PointSummary.prototype.vm = "";
PointSummary.prototype.sessionId = "";
PointSummary.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
PointSummary.prototype.disks = $util.emptyArray;
PointSummary.prototype.repository = "";
PointSummary.prototype.repositoryPeer = "";
PointSummary.prototype.damaged = false;
PointSummary.prototype.damageReason = "";
PointSummary.prototype.verifiedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
PointSummary.prototype.badDigests = $util.emptyArray;
PointSummary.prototype.badBlocks = 0;
PointSummary.prototype.lockUntilMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
PointSummary.prototype.keyFingerprint = "";
PointSummary.prototype.recoveryFingerprints = $util.emptyArray;
PointSummary.prototype.recoveryWraps = $util.emptyArray;

PointSummary.create = function(properties) {
return new PointSummary(properties);
};

PointSummary.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
writer.uint32(10).string(message.id);
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(18).string(message.job);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(26).string(message.vm);
if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
writer.uint32(34).string(message.sessionId);
if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
writer.uint32(40).uint64(message.createdAtMs);
if (message.disks != null && message.disks.length)
for (let i = 0; i < message.disks.length; ++i)
$root.meshbackup.DiskSummary.encode(message.disks[i], writer.uint32(50).fork(), _depth + 1).ldelim();
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(58).string(message.repository);
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer") && message.repositoryPeer !== "")
writer.uint32(66).string(message.repositoryPeer);
if (message.damaged != null && $Object.hasOwnProperty.call(message, "damaged") && message.damaged !== false)
writer.uint32(72).bool(message.damaged);
if (message.damageReason != null && $Object.hasOwnProperty.call(message, "damageReason") && message.damageReason !== "")
writer.uint32(82).string(message.damageReason);
if (message.lockUntilMs != null && $Object.hasOwnProperty.call(message, "lockUntilMs") && (typeof message.lockUntilMs === "object" ? message.lockUntilMs.low || message.lockUntilMs.high : message.lockUntilMs !== 0))
writer.uint32(88).uint64(message.lockUntilMs);
if (message.verifiedAtMs != null && $Object.hasOwnProperty.call(message, "verifiedAtMs") && (typeof message.verifiedAtMs === "object" ? message.verifiedAtMs.low || message.verifiedAtMs.high : message.verifiedAtMs !== 0))
writer.uint32(160).uint64(message.verifiedAtMs);
if (message.badDigests != null && message.badDigests.length)
for (let i = 0; i < message.badDigests.length; ++i)
writer.uint32(170).bytes(message.badDigests[i]);
if (message.badBlocks != null && $Object.hasOwnProperty.call(message, "badBlocks") && message.badBlocks !== 0)
writer.uint32(176).uint32(message.badBlocks);
if (message.keyFingerprint != null && $Object.hasOwnProperty.call(message, "keyFingerprint") && message.keyFingerprint !== "")
writer.uint32(186).string(message.keyFingerprint);
if (message.recoveryFingerprints != null && message.recoveryFingerprints.length)
for (let i = 0; i < message.recoveryFingerprints.length; ++i)
writer.uint32(194).string(message.recoveryFingerprints[i]);
if (message.recoveryWraps != null && message.recoveryWraps.length)
for (let i = 0; i < message.recoveryWraps.length; ++i)
writer.uint32(202).bytes(message.recoveryWraps[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

PointSummary.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.PointSummary();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.id = value;
else
delete message.id;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.sessionId = value;
else
delete message.sessionId;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.createdAtMs = value;
else
delete message.createdAtMs;
continue;
}
case 6: {
if (wireType !== 2)
break;
if (!(message.disks && message.disks.length))
message.disks = [];
message.disks.push($root.meshbackup.DiskSummary.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 7: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 8: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repositoryPeer = value;
else
delete message.repositoryPeer;
continue;
}
case 9: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.damaged = value;
else
delete message.damaged;
continue;
}
case 10: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.damageReason = value;
else
delete message.damageReason;
continue;
}
case 20: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.verifiedAtMs = value;
else
delete message.verifiedAtMs;
continue;
}
case 21: {
if (wireType !== 2)
break;
if (!(message.badDigests && message.badDigests.length))
message.badDigests = [];
message.badDigests.push(reader.bytes());
continue;
}
case 22: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.badBlocks = value;
else
delete message.badBlocks;
continue;
}
case 11: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.lockUntilMs = value;
else
delete message.lockUntilMs;
continue;
}
case 23: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.keyFingerprint = value;
else
delete message.keyFingerprint;
continue;
}
case 24: {
if (wireType !== 2)
break;
if (!(message.recoveryFingerprints && message.recoveryFingerprints.length))
message.recoveryFingerprints = [];
message.recoveryFingerprints.push(reader.stringVerify());
continue;
}
case 25: {
if (wireType !== 2)
break;
if (!(message.recoveryWraps && message.recoveryWraps.length))
message.recoveryWraps = [];
message.recoveryWraps.push(reader.bytes());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


PointSummary.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.disks = [];
object.badDigests = [];
object.recoveryFingerprints = [];
object.recoveryWraps = [];
}
if (options.defaults) {
object.id = "";
object.job = "";
object.vm = "";
object.sessionId = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.repository = "";
object.repositoryPeer = "";
object.damaged = false;
object.damageReason = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.lockUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.lockUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.verifiedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.verifiedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.badBlocks = 0;
object.keyFingerprint = "";
}
if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
object.id = message.id;
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
object.sessionId = message.sessionId;
if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, true).toBigInt();
else if (typeof message.createdAtMs === "number")
object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
else
object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber(true) : message.createdAtMs;
if (message.disks && message.disks.length) {
object.disks = $Array(message.disks.length);
for (let j = 0; j < message.disks.length; ++j)
object.disks[j] = $root.meshbackup.DiskSummary.toObject(message.disks[j], options, _depth + 1);
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer"))
object.repositoryPeer = message.repositoryPeer;
if (message.damaged != null && $Object.hasOwnProperty.call(message, "damaged"))
object.damaged = message.damaged;
if (message.damageReason != null && $Object.hasOwnProperty.call(message, "damageReason"))
object.damageReason = message.damageReason;
if (message.lockUntilMs != null && $Object.hasOwnProperty.call(message, "lockUntilMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.lockUntilMs = typeof message.lockUntilMs === "number" ? $BigInt(message.lockUntilMs) : $util.Long.fromBits(message.lockUntilMs.low >>> 0, message.lockUntilMs.high >>> 0, true).toBigInt();
else if (typeof message.lockUntilMs === "number")
object.lockUntilMs = options.longs === $String ? $String(message.lockUntilMs) : message.lockUntilMs;
else
object.lockUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lockUntilMs) : options.longs === $Number ? new $util.LongBits(message.lockUntilMs.low >>> 0, message.lockUntilMs.high >>> 0).toNumber(true) : message.lockUntilMs;
if (message.verifiedAtMs != null && $Object.hasOwnProperty.call(message, "verifiedAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.verifiedAtMs = typeof message.verifiedAtMs === "number" ? $BigInt(message.verifiedAtMs) : $util.Long.fromBits(message.verifiedAtMs.low >>> 0, message.verifiedAtMs.high >>> 0, true).toBigInt();
else if (typeof message.verifiedAtMs === "number")
object.verifiedAtMs = options.longs === $String ? $String(message.verifiedAtMs) : message.verifiedAtMs;
else
object.verifiedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.verifiedAtMs) : options.longs === $Number ? new $util.LongBits(message.verifiedAtMs.low >>> 0, message.verifiedAtMs.high >>> 0).toNumber(true) : message.verifiedAtMs;
if (message.badDigests && message.badDigests.length) {
object.badDigests = $Array(message.badDigests.length);
for (let j = 0; j < message.badDigests.length; ++j)
object.badDigests[j] = options.bytes === $String ? $util.base64.encode(message.badDigests[j], 0, message.badDigests[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.badDigests[j]) : message.badDigests[j];
}
if (message.badBlocks != null && $Object.hasOwnProperty.call(message, "badBlocks"))
object.badBlocks = message.badBlocks;
if (message.keyFingerprint != null && $Object.hasOwnProperty.call(message, "keyFingerprint"))
object.keyFingerprint = message.keyFingerprint;
if (message.recoveryFingerprints && message.recoveryFingerprints.length) {
object.recoveryFingerprints = $Array(message.recoveryFingerprints.length);
for (let j = 0; j < message.recoveryFingerprints.length; ++j)
object.recoveryFingerprints[j] = message.recoveryFingerprints[j];
}
if (message.recoveryWraps && message.recoveryWraps.length) {
object.recoveryWraps = $Array(message.recoveryWraps.length);
for (let j = 0; j < message.recoveryWraps.length; ++j)
object.recoveryWraps[j] = options.bytes === $String ? $util.base64.encode(message.recoveryWraps[j], 0, message.recoveryWraps[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.recoveryWraps[j]) : message.recoveryWraps[j];
}
return object;
};

PointSummary.prototype.toJSON = function() {
return PointSummary.toObject(this, $protobuf.util.toJSONOptions);
};

return PointSummary;
})();

meshbackup.DiskSummary = (function() {

const DiskSummary = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

DiskSummary.prototype.index = 0;
DiskSummary.prototype.name = "";
DiskSummary.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
DiskSummary.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
DiskSummary.prototype.zeroBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
DiskSummary.prototype.cbtBitmap = "";

DiskSummary.create = function(properties) {
return new DiskSummary(properties);
};

DiskSummary.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
writer.uint32(8).uint32(message.index);
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(18).string(message.name);
if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
writer.uint32(24).uint64(message.size);
if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks") && (typeof message.blocks === "object" ? message.blocks.low || message.blocks.high : message.blocks !== 0))
writer.uint32(32).uint64(message.blocks);
if (message.zeroBlocks != null && $Object.hasOwnProperty.call(message, "zeroBlocks") && (typeof message.zeroBlocks === "object" ? message.zeroBlocks.low || message.zeroBlocks.high : message.zeroBlocks !== 0))
writer.uint32(40).uint64(message.zeroBlocks);
if (message.cbtBitmap != null && $Object.hasOwnProperty.call(message, "cbtBitmap") && message.cbtBitmap !== "")
writer.uint32(50).string(message.cbtBitmap);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

DiskSummary.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.DiskSummary();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.index = value;
else
delete message.index;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.size = value;
else
delete message.size;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocks = value;
else
delete message.blocks;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.zeroBlocks = value;
else
delete message.zeroBlocks;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.cbtBitmap = value;
else
delete message.cbtBitmap;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


DiskSummary.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.index = 0;
object.name = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.zeroBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.zeroBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.cbtBitmap = "";
}
if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
object.index = message.index;
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
else if (typeof message.size === "number")
object.size = options.longs === $String ? $String(message.size) : message.size;
else
object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocks = typeof message.blocks === "number" ? $BigInt(message.blocks) : $util.Long.fromBits(message.blocks.low >>> 0, message.blocks.high >>> 0, true).toBigInt();
else if (typeof message.blocks === "number")
object.blocks = options.longs === $String ? $String(message.blocks) : message.blocks;
else
object.blocks = options.longs === $String ? $util.Long.prototype.toString.call(message.blocks) : options.longs === $Number ? new $util.LongBits(message.blocks.low >>> 0, message.blocks.high >>> 0).toNumber(true) : message.blocks;
if (message.zeroBlocks != null && $Object.hasOwnProperty.call(message, "zeroBlocks"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.zeroBlocks = typeof message.zeroBlocks === "number" ? $BigInt(message.zeroBlocks) : $util.Long.fromBits(message.zeroBlocks.low >>> 0, message.zeroBlocks.high >>> 0, true).toBigInt();
else if (typeof message.zeroBlocks === "number")
object.zeroBlocks = options.longs === $String ? $String(message.zeroBlocks) : message.zeroBlocks;
else
object.zeroBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.zeroBlocks) : options.longs === $Number ? new $util.LongBits(message.zeroBlocks.low >>> 0, message.zeroBlocks.high >>> 0).toNumber(true) : message.zeroBlocks;
if (message.cbtBitmap != null && $Object.hasOwnProperty.call(message, "cbtBitmap"))
object.cbtBitmap = message.cbtBitmap;
return object;
};

DiskSummary.prototype.toJSON = function() {
return DiskSummary.toObject(this, $protobuf.util.toJSONOptions);
};

return DiskSummary;
})();

meshbackup.PointsListRequest = (function() {

const PointsListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

PointsListRequest.prototype.job = "";
PointsListRequest.prototype.vm = "";

PointsListRequest.create = function(properties) {
return new PointsListRequest(properties);
};

PointsListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(10).string(message.job);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

PointsListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.PointsListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


PointsListRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.job = "";
object.vm = "";
}
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
return object;
};

PointsListRequest.prototype.toJSON = function() {
return PointsListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return PointsListRequest;
})();

meshbackup.PointsList = (function() {

const PointsList = function (properties) {
this.points = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

PointsList.prototype.points = $util.emptyArray;

PointsList.create = function(properties) {
return new PointsList(properties);
};

PointsList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.points != null && message.points.length)
for (let i = 0; i < message.points.length; ++i)
$root.meshbackup.PointSummary.encode(message.points[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

PointsList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.PointsList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.points && message.points.length))
message.points = [];
message.points.push($root.meshbackup.PointSummary.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


PointsList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.points = [];
if (message.points && message.points.length) {
object.points = $Array(message.points.length);
for (let j = 0; j < message.points.length; ++j)
object.points[j] = $root.meshbackup.PointSummary.toObject(message.points[j], options, _depth + 1);
}
return object;
};

PointsList.prototype.toJSON = function() {
return PointsList.toObject(this, $protobuf.util.toJSONOptions);
};

return PointsList;
})();

meshbackup.VerifyRequest = (function() {

const VerifyRequest = function (properties) {
this.repairSources = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VerifyRequest.prototype.pointId = "";
VerifyRequest.prototype.repair = false;
VerifyRequest.prototype.repository = "";
VerifyRequest.prototype.repairSources = $util.emptyArray;

VerifyRequest.create = function(properties) {
return new VerifyRequest(properties);
};

VerifyRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.repair != null && $Object.hasOwnProperty.call(message, "repair") && message.repair !== false)
writer.uint32(16).bool(message.repair);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(26).string(message.repository);
if (message.repairSources != null && message.repairSources.length)
for (let i = 0; i < message.repairSources.length; ++i)
$root.meshbackup.RepairSource.encode(message.repairSources[i], writer.uint32(34).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VerifyRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VerifyRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.repair = value;
else
delete message.repair;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 4: {
if (wireType !== 2)
break;
if (!(message.repairSources && message.repairSources.length))
message.repairSources = [];
message.repairSources.push($root.meshbackup.RepairSource.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VerifyRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.repairSources = [];
if (options.defaults) {
object.pointId = "";
object.repair = false;
object.repository = "";
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.repair != null && $Object.hasOwnProperty.call(message, "repair"))
object.repair = message.repair;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.repairSources && message.repairSources.length) {
object.repairSources = $Array(message.repairSources.length);
for (let j = 0; j < message.repairSources.length; ++j)
object.repairSources[j] = $root.meshbackup.RepairSource.toObject(message.repairSources[j], options, _depth + 1);
}
return object;
};

VerifyRequest.prototype.toJSON = function() {
return VerifyRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return VerifyRequest;
})();

meshbackup.RepairSource = (function() {

const RepairSource = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RepairSource.prototype.peer = "";
RepairSource.prototype.repository = "";

RepairSource.create = function(properties) {
return new RepairSource(properties);
};

RepairSource.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.peer != null && $Object.hasOwnProperty.call(message, "peer") && message.peer !== "")
writer.uint32(10).string(message.peer);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(18).string(message.repository);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RepairSource.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RepairSource();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.peer = value;
else
delete message.peer;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RepairSource.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.peer = "";
object.repository = "";
}
if (message.peer != null && $Object.hasOwnProperty.call(message, "peer"))
object.peer = message.peer;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
return object;
};

RepairSource.prototype.toJSON = function() {
return RepairSource.toObject(this, $protobuf.util.toJSONOptions);
};

return RepairSource;
})();

meshbackup.RepairedFrom = (function() {

const RepairedFrom = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RepairedFrom.prototype.repository = "";
RepairedFrom.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

RepairedFrom.create = function(properties) {
return new RepairedFrom(properties);
};

RepairedFrom.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks") && (typeof message.blocks === "object" ? message.blocks.low || message.blocks.high : message.blocks !== 0))
writer.uint32(16).uint64(message.blocks);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RepairedFrom.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RepairedFrom();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocks = value;
else
delete message.blocks;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RepairedFrom.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.repository = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocks = typeof message.blocks === "number" ? $BigInt(message.blocks) : $util.Long.fromBits(message.blocks.low >>> 0, message.blocks.high >>> 0, true).toBigInt();
else if (typeof message.blocks === "number")
object.blocks = options.longs === $String ? $String(message.blocks) : message.blocks;
else
object.blocks = options.longs === $String ? $util.Long.prototype.toString.call(message.blocks) : options.longs === $Number ? new $util.LongBits(message.blocks.low >>> 0, message.blocks.high >>> 0).toNumber(true) : message.blocks;
return object;
};

RepairedFrom.prototype.toJSON = function() {
return RepairedFrom.toObject(this, $protobuf.util.toJSONOptions);
};

return RepairedFrom;
})();

meshbackup.PointLock = (function() {

const PointLock = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

PointLock.prototype.pointId = "";
PointLock.prototype.unlockAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

PointLock.create = function(properties) {
return new PointLock(properties);
};

PointLock.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.unlockAtMs != null && $Object.hasOwnProperty.call(message, "unlockAtMs") && (typeof message.unlockAtMs === "object" ? message.unlockAtMs.low || message.unlockAtMs.high : message.unlockAtMs !== 0))
writer.uint32(16).uint64(message.unlockAtMs);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

PointLock.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.PointLock();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.unlockAtMs = value;
else
delete message.unlockAtMs;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


PointLock.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.pointId = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.unlockAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.unlockAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.unlockAtMs != null && $Object.hasOwnProperty.call(message, "unlockAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.unlockAtMs = typeof message.unlockAtMs === "number" ? $BigInt(message.unlockAtMs) : $util.Long.fromBits(message.unlockAtMs.low >>> 0, message.unlockAtMs.high >>> 0, true).toBigInt();
else if (typeof message.unlockAtMs === "number")
object.unlockAtMs = options.longs === $String ? $String(message.unlockAtMs) : message.unlockAtMs;
else
object.unlockAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.unlockAtMs) : options.longs === $Number ? new $util.LongBits(message.unlockAtMs.low >>> 0, message.unlockAtMs.high >>> 0).toNumber(true) : message.unlockAtMs;
return object;
};

PointLock.prototype.toJSON = function() {
return PointLock.toObject(this, $protobuf.util.toJSONOptions);
};

return PointLock;
})();

meshbackup.LockPeriodSet = (function() {

const LockPeriodSet = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

LockPeriodSet.prototype.repository = "";
LockPeriodSet.prototype.days = 0;

LockPeriodSet.create = function(properties) {
return new LockPeriodSet(properties);
};

LockPeriodSet.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.days != null && $Object.hasOwnProperty.call(message, "days") && !$Object.is(message.days, 0))
writer.uint32(17).double(message.days);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

LockPeriodSet.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.LockPeriodSet();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 2: {
if (wireType !== 1)
break;
if (!$Object.is(value = reader.double(), 0))
message.days = value;
else
delete message.days;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


LockPeriodSet.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.repository = "";
object.days = 0;
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.days != null && $Object.hasOwnProperty.call(message, "days"))
object.days = options.json && !$isFinite(message.days) ? $String(message.days) : message.days;
return object;
};

LockPeriodSet.prototype.toJSON = function() {
return LockPeriodSet.toObject(this, $protobuf.util.toJSONOptions);
};

return LockPeriodSet;
})();

meshbackup.GcRequest = (function() {

const GcRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

GcRequest.prototype.repository = "";
GcRequest.prototype.dryRun = false;

GcRequest.create = function(properties) {
return new GcRequest(properties);
};

GcRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
writer.uint32(16).bool(message.dryRun);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

GcRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.GcRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.dryRun = value;
else
delete message.dryRun;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


GcRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.repository = "";
object.dryRun = false;
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
object.dryRun = message.dryRun;
return object;
};

GcRequest.prototype.toJSON = function() {
return GcRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return GcRequest;
})();

meshbackup.GcReport = (function() {

const GcReport = function (properties) {
this.problems = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

GcReport.prototype.repository = "";
GcReport.prototype.blocksRemoved = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
GcReport.prototype.bytesFreed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
GcReport.prototype.packsRewritten = 0;
GcReport.prototype.packsDeleted = 0;
GcReport.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
GcReport.prototype.problems = $util.emptyArray;
GcReport.prototype.packsLocked = 0;

GcReport.create = function(properties) {
return new GcReport(properties);
};

GcReport.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.blocksRemoved != null && $Object.hasOwnProperty.call(message, "blocksRemoved") && (typeof message.blocksRemoved === "object" ? message.blocksRemoved.low || message.blocksRemoved.high : message.blocksRemoved !== 0))
writer.uint32(16).uint64(message.blocksRemoved);
if (message.bytesFreed != null && $Object.hasOwnProperty.call(message, "bytesFreed") && (typeof message.bytesFreed === "object" ? message.bytesFreed.low || message.bytesFreed.high : message.bytesFreed !== 0))
writer.uint32(24).uint64(message.bytesFreed);
if (message.packsRewritten != null && $Object.hasOwnProperty.call(message, "packsRewritten") && message.packsRewritten !== 0)
writer.uint32(32).uint32(message.packsRewritten);
if (message.packsDeleted != null && $Object.hasOwnProperty.call(message, "packsDeleted") && message.packsDeleted !== 0)
writer.uint32(40).uint32(message.packsDeleted);
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
writer.uint32(48).uint64(message.durationMs);
if (message.problems != null && message.problems.length)
for (let i = 0; i < message.problems.length; ++i)
writer.uint32(58).string(message.problems[i]);
if (message.packsLocked != null && $Object.hasOwnProperty.call(message, "packsLocked") && message.packsLocked !== 0)
writer.uint32(64).uint32(message.packsLocked);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

GcReport.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.GcReport();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksRemoved = value;
else
delete message.blocksRemoved;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesFreed = value;
else
delete message.bytesFreed;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.packsRewritten = value;
else
delete message.packsRewritten;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.packsDeleted = value;
else
delete message.packsDeleted;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.durationMs = value;
else
delete message.durationMs;
continue;
}
case 7: {
if (wireType !== 2)
break;
if (!(message.problems && message.problems.length))
message.problems = [];
message.problems.push(reader.stringVerify());
continue;
}
case 8: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.packsLocked = value;
else
delete message.packsLocked;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


GcReport.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.problems = [];
if (options.defaults) {
object.repository = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksRemoved = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksRemoved = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesFreed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesFreed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.packsRewritten = 0;
object.packsDeleted = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.packsLocked = 0;
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.blocksRemoved != null && $Object.hasOwnProperty.call(message, "blocksRemoved"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksRemoved = typeof message.blocksRemoved === "number" ? $BigInt(message.blocksRemoved) : $util.Long.fromBits(message.blocksRemoved.low >>> 0, message.blocksRemoved.high >>> 0, true).toBigInt();
else if (typeof message.blocksRemoved === "number")
object.blocksRemoved = options.longs === $String ? $String(message.blocksRemoved) : message.blocksRemoved;
else
object.blocksRemoved = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksRemoved) : options.longs === $Number ? new $util.LongBits(message.blocksRemoved.low >>> 0, message.blocksRemoved.high >>> 0).toNumber(true) : message.blocksRemoved;
if (message.bytesFreed != null && $Object.hasOwnProperty.call(message, "bytesFreed"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesFreed = typeof message.bytesFreed === "number" ? $BigInt(message.bytesFreed) : $util.Long.fromBits(message.bytesFreed.low >>> 0, message.bytesFreed.high >>> 0, true).toBigInt();
else if (typeof message.bytesFreed === "number")
object.bytesFreed = options.longs === $String ? $String(message.bytesFreed) : message.bytesFreed;
else
object.bytesFreed = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesFreed) : options.longs === $Number ? new $util.LongBits(message.bytesFreed.low >>> 0, message.bytesFreed.high >>> 0).toNumber(true) : message.bytesFreed;
if (message.packsRewritten != null && $Object.hasOwnProperty.call(message, "packsRewritten"))
object.packsRewritten = message.packsRewritten;
if (message.packsDeleted != null && $Object.hasOwnProperty.call(message, "packsDeleted"))
object.packsDeleted = message.packsDeleted;
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
else if (typeof message.durationMs === "number")
object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
else
object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
if (message.problems && message.problems.length) {
object.problems = $Array(message.problems.length);
for (let j = 0; j < message.problems.length; ++j)
object.problems[j] = message.problems[j];
}
if (message.packsLocked != null && $Object.hasOwnProperty.call(message, "packsLocked"))
object.packsLocked = message.packsLocked;
return object;
};

GcReport.prototype.toJSON = function() {
return GcReport.toObject(this, $protobuf.util.toJSONOptions);
};

return GcReport;
})();

meshbackup.VerifyPassProgress = (function() {

const VerifyPassProgress = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VerifyPassProgress.prototype.repository = "";
VerifyPassProgress.prototype.blocksDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyPassProgress.prototype.blocksTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyPassProgress.prototype.bytesDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyPassProgress.prototype.bytesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyPassProgress.prototype.elapsedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyPassProgress.prototype.points = 0;

VerifyPassProgress.create = function(properties) {
return new VerifyPassProgress(properties);
};

VerifyPassProgress.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.blocksDone != null && $Object.hasOwnProperty.call(message, "blocksDone") && (typeof message.blocksDone === "object" ? message.blocksDone.low || message.blocksDone.high : message.blocksDone !== 0))
writer.uint32(16).uint64(message.blocksDone);
if (message.blocksTotal != null && $Object.hasOwnProperty.call(message, "blocksTotal") && (typeof message.blocksTotal === "object" ? message.blocksTotal.low || message.blocksTotal.high : message.blocksTotal !== 0))
writer.uint32(24).uint64(message.blocksTotal);
if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone") && (typeof message.bytesDone === "object" ? message.bytesDone.low || message.bytesDone.high : message.bytesDone !== 0))
writer.uint32(32).uint64(message.bytesDone);
if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal") && (typeof message.bytesTotal === "object" ? message.bytesTotal.low || message.bytesTotal.high : message.bytesTotal !== 0))
writer.uint32(40).uint64(message.bytesTotal);
if (message.elapsedMs != null && $Object.hasOwnProperty.call(message, "elapsedMs") && (typeof message.elapsedMs === "object" ? message.elapsedMs.low || message.elapsedMs.high : message.elapsedMs !== 0))
writer.uint32(48).uint64(message.elapsedMs);
if (message.points != null && $Object.hasOwnProperty.call(message, "points") && message.points !== 0)
writer.uint32(56).uint32(message.points);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VerifyPassProgress.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VerifyPassProgress();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksDone = value;
else
delete message.blocksDone;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksTotal = value;
else
delete message.blocksTotal;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesDone = value;
else
delete message.bytesDone;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesTotal = value;
else
delete message.bytesTotal;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.elapsedMs = value;
else
delete message.elapsedMs;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.points = value;
else
delete message.points;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VerifyPassProgress.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.repository = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksDone = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksDone = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesDone = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesDone = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.elapsedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.elapsedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.points = 0;
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.blocksDone != null && $Object.hasOwnProperty.call(message, "blocksDone"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksDone = typeof message.blocksDone === "number" ? $BigInt(message.blocksDone) : $util.Long.fromBits(message.blocksDone.low >>> 0, message.blocksDone.high >>> 0, true).toBigInt();
else if (typeof message.blocksDone === "number")
object.blocksDone = options.longs === $String ? $String(message.blocksDone) : message.blocksDone;
else
object.blocksDone = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksDone) : options.longs === $Number ? new $util.LongBits(message.blocksDone.low >>> 0, message.blocksDone.high >>> 0).toNumber(true) : message.blocksDone;
if (message.blocksTotal != null && $Object.hasOwnProperty.call(message, "blocksTotal"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksTotal = typeof message.blocksTotal === "number" ? $BigInt(message.blocksTotal) : $util.Long.fromBits(message.blocksTotal.low >>> 0, message.blocksTotal.high >>> 0, true).toBigInt();
else if (typeof message.blocksTotal === "number")
object.blocksTotal = options.longs === $String ? $String(message.blocksTotal) : message.blocksTotal;
else
object.blocksTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksTotal) : options.longs === $Number ? new $util.LongBits(message.blocksTotal.low >>> 0, message.blocksTotal.high >>> 0).toNumber(true) : message.blocksTotal;
if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesDone = typeof message.bytesDone === "number" ? $BigInt(message.bytesDone) : $util.Long.fromBits(message.bytesDone.low >>> 0, message.bytesDone.high >>> 0, true).toBigInt();
else if (typeof message.bytesDone === "number")
object.bytesDone = options.longs === $String ? $String(message.bytesDone) : message.bytesDone;
else
object.bytesDone = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesDone) : options.longs === $Number ? new $util.LongBits(message.bytesDone.low >>> 0, message.bytesDone.high >>> 0).toNumber(true) : message.bytesDone;
if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesTotal = typeof message.bytesTotal === "number" ? $BigInt(message.bytesTotal) : $util.Long.fromBits(message.bytesTotal.low >>> 0, message.bytesTotal.high >>> 0, true).toBigInt();
else if (typeof message.bytesTotal === "number")
object.bytesTotal = options.longs === $String ? $String(message.bytesTotal) : message.bytesTotal;
else
object.bytesTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesTotal) : options.longs === $Number ? new $util.LongBits(message.bytesTotal.low >>> 0, message.bytesTotal.high >>> 0).toNumber(true) : message.bytesTotal;
if (message.elapsedMs != null && $Object.hasOwnProperty.call(message, "elapsedMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.elapsedMs = typeof message.elapsedMs === "number" ? $BigInt(message.elapsedMs) : $util.Long.fromBits(message.elapsedMs.low >>> 0, message.elapsedMs.high >>> 0, true).toBigInt();
else if (typeof message.elapsedMs === "number")
object.elapsedMs = options.longs === $String ? $String(message.elapsedMs) : message.elapsedMs;
else
object.elapsedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.elapsedMs) : options.longs === $Number ? new $util.LongBits(message.elapsedMs.low >>> 0, message.elapsedMs.high >>> 0).toNumber(true) : message.elapsedMs;
if (message.points != null && $Object.hasOwnProperty.call(message, "points"))
object.points = message.points;
return object;
};

VerifyPassProgress.prototype.toJSON = function() {
return VerifyPassProgress.toObject(this, $protobuf.util.toJSONOptions);
};

return VerifyPassProgress;
})();

meshbackup.VerifyPassReport = (function() {

const VerifyPassReport = function (properties) {
this.damagedPoints = [];
this.problems = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VerifyPassReport.prototype.repository = "";
VerifyPassReport.prototype.repositoryPeer = "";
VerifyPassReport.prototype.pointsChecked = 0;
VerifyPassReport.prototype.pointsSkipped = 0;
VerifyPassReport.prototype.blocksChecked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyPassReport.prototype.bytesChecked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyPassReport.prototype.bytesRead = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyPassReport.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyPassReport.prototype.damagedPoints = $util.emptyArray;
VerifyPassReport.prototype.problems = $util.emptyArray;
VerifyPassReport.prototype.badBlocks = 0;

VerifyPassReport.create = function(properties) {
return new VerifyPassReport(properties);
};

VerifyPassReport.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer") && message.repositoryPeer !== "")
writer.uint32(18).string(message.repositoryPeer);
if (message.pointsChecked != null && $Object.hasOwnProperty.call(message, "pointsChecked") && message.pointsChecked !== 0)
writer.uint32(24).uint32(message.pointsChecked);
if (message.pointsSkipped != null && $Object.hasOwnProperty.call(message, "pointsSkipped") && message.pointsSkipped !== 0)
writer.uint32(32).uint32(message.pointsSkipped);
if (message.blocksChecked != null && $Object.hasOwnProperty.call(message, "blocksChecked") && (typeof message.blocksChecked === "object" ? message.blocksChecked.low || message.blocksChecked.high : message.blocksChecked !== 0))
writer.uint32(40).uint64(message.blocksChecked);
if (message.bytesChecked != null && $Object.hasOwnProperty.call(message, "bytesChecked") && (typeof message.bytesChecked === "object" ? message.bytesChecked.low || message.bytesChecked.high : message.bytesChecked !== 0))
writer.uint32(48).uint64(message.bytesChecked);
if (message.bytesRead != null && $Object.hasOwnProperty.call(message, "bytesRead") && (typeof message.bytesRead === "object" ? message.bytesRead.low || message.bytesRead.high : message.bytesRead !== 0))
writer.uint32(56).uint64(message.bytesRead);
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
writer.uint32(64).uint64(message.durationMs);
if (message.damagedPoints != null && message.damagedPoints.length)
for (let i = 0; i < message.damagedPoints.length; ++i)
$root.meshbackup.DamagedPoint.encode(message.damagedPoints[i], writer.uint32(74).fork(), _depth + 1).ldelim();
if (message.problems != null && message.problems.length)
for (let i = 0; i < message.problems.length; ++i)
writer.uint32(82).string(message.problems[i]);
if (message.badBlocks != null && $Object.hasOwnProperty.call(message, "badBlocks") && message.badBlocks !== 0)
writer.uint32(88).uint32(message.badBlocks);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VerifyPassReport.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VerifyPassReport();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repositoryPeer = value;
else
delete message.repositoryPeer;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.pointsChecked = value;
else
delete message.pointsChecked;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.pointsSkipped = value;
else
delete message.pointsSkipped;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksChecked = value;
else
delete message.blocksChecked;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesChecked = value;
else
delete message.bytesChecked;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesRead = value;
else
delete message.bytesRead;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.durationMs = value;
else
delete message.durationMs;
continue;
}
case 9: {
if (wireType !== 2)
break;
if (!(message.damagedPoints && message.damagedPoints.length))
message.damagedPoints = [];
message.damagedPoints.push($root.meshbackup.DamagedPoint.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 10: {
if (wireType !== 2)
break;
if (!(message.problems && message.problems.length))
message.problems = [];
message.problems.push(reader.stringVerify());
continue;
}
case 11: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.badBlocks = value;
else
delete message.badBlocks;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VerifyPassReport.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.damagedPoints = [];
object.problems = [];
}
if (options.defaults) {
object.repository = "";
object.repositoryPeer = "";
object.pointsChecked = 0;
object.pointsSkipped = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksChecked = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksChecked = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesChecked = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesChecked = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesRead = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesRead = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.badBlocks = 0;
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer"))
object.repositoryPeer = message.repositoryPeer;
if (message.pointsChecked != null && $Object.hasOwnProperty.call(message, "pointsChecked"))
object.pointsChecked = message.pointsChecked;
if (message.pointsSkipped != null && $Object.hasOwnProperty.call(message, "pointsSkipped"))
object.pointsSkipped = message.pointsSkipped;
if (message.blocksChecked != null && $Object.hasOwnProperty.call(message, "blocksChecked"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksChecked = typeof message.blocksChecked === "number" ? $BigInt(message.blocksChecked) : $util.Long.fromBits(message.blocksChecked.low >>> 0, message.blocksChecked.high >>> 0, true).toBigInt();
else if (typeof message.blocksChecked === "number")
object.blocksChecked = options.longs === $String ? $String(message.blocksChecked) : message.blocksChecked;
else
object.blocksChecked = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksChecked) : options.longs === $Number ? new $util.LongBits(message.blocksChecked.low >>> 0, message.blocksChecked.high >>> 0).toNumber(true) : message.blocksChecked;
if (message.bytesChecked != null && $Object.hasOwnProperty.call(message, "bytesChecked"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesChecked = typeof message.bytesChecked === "number" ? $BigInt(message.bytesChecked) : $util.Long.fromBits(message.bytesChecked.low >>> 0, message.bytesChecked.high >>> 0, true).toBigInt();
else if (typeof message.bytesChecked === "number")
object.bytesChecked = options.longs === $String ? $String(message.bytesChecked) : message.bytesChecked;
else
object.bytesChecked = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesChecked) : options.longs === $Number ? new $util.LongBits(message.bytesChecked.low >>> 0, message.bytesChecked.high >>> 0).toNumber(true) : message.bytesChecked;
if (message.bytesRead != null && $Object.hasOwnProperty.call(message, "bytesRead"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesRead = typeof message.bytesRead === "number" ? $BigInt(message.bytesRead) : $util.Long.fromBits(message.bytesRead.low >>> 0, message.bytesRead.high >>> 0, true).toBigInt();
else if (typeof message.bytesRead === "number")
object.bytesRead = options.longs === $String ? $String(message.bytesRead) : message.bytesRead;
else
object.bytesRead = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesRead) : options.longs === $Number ? new $util.LongBits(message.bytesRead.low >>> 0, message.bytesRead.high >>> 0).toNumber(true) : message.bytesRead;
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
else if (typeof message.durationMs === "number")
object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
else
object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
if (message.damagedPoints && message.damagedPoints.length) {
object.damagedPoints = $Array(message.damagedPoints.length);
for (let j = 0; j < message.damagedPoints.length; ++j)
object.damagedPoints[j] = $root.meshbackup.DamagedPoint.toObject(message.damagedPoints[j], options, _depth + 1);
}
if (message.problems && message.problems.length) {
object.problems = $Array(message.problems.length);
for (let j = 0; j < message.problems.length; ++j)
object.problems[j] = message.problems[j];
}
if (message.badBlocks != null && $Object.hasOwnProperty.call(message, "badBlocks"))
object.badBlocks = message.badBlocks;
return object;
};

VerifyPassReport.prototype.toJSON = function() {
return VerifyPassReport.toObject(this, $protobuf.util.toJSONOptions);
};

return VerifyPassReport;
})();

meshbackup.DamagedPoint = (function() {

const DamagedPoint = function (properties) {
this.problems = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

DamagedPoint.prototype.pointId = "";
DamagedPoint.prototype.vm = "";
DamagedPoint.prototype.job = "";
DamagedPoint.prototype.badBlocks = 0;
DamagedPoint.prototype.problems = $util.emptyArray;

DamagedPoint.create = function(properties) {
return new DamagedPoint(properties);
};

DamagedPoint.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(26).string(message.job);
if (message.badBlocks != null && $Object.hasOwnProperty.call(message, "badBlocks") && message.badBlocks !== 0)
writer.uint32(32).uint32(message.badBlocks);
if (message.problems != null && message.problems.length)
for (let i = 0; i < message.problems.length; ++i)
writer.uint32(42).string(message.problems[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

DamagedPoint.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.DamagedPoint();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.badBlocks = value;
else
delete message.badBlocks;
continue;
}
case 5: {
if (wireType !== 2)
break;
if (!(message.problems && message.problems.length))
message.problems = [];
message.problems.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


DamagedPoint.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.problems = [];
if (options.defaults) {
object.pointId = "";
object.vm = "";
object.job = "";
object.badBlocks = 0;
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.badBlocks != null && $Object.hasOwnProperty.call(message, "badBlocks"))
object.badBlocks = message.badBlocks;
if (message.problems && message.problems.length) {
object.problems = $Array(message.problems.length);
for (let j = 0; j < message.problems.length; ++j)
object.problems[j] = message.problems[j];
}
return object;
};

DamagedPoint.prototype.toJSON = function() {
return DamagedPoint.toObject(this, $protobuf.util.toJSONOptions);
};

return DamagedPoint;
})();

meshbackup.VerifyReport = (function() {

const VerifyReport = function (properties) {
this.problems = [];
this.repairedFrom = [];
this.unrepaired = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VerifyReport.prototype.pointId = "";
VerifyReport.prototype.ok = false;
VerifyReport.prototype.blocksChecked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyReport.prototype.bytesChecked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyReport.prototype.problems = $util.emptyArray;
VerifyReport.prototype.repository = "";
VerifyReport.prototype.repair = false;
VerifyReport.prototype.blocksRepaired = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VerifyReport.prototype.repairedFrom = $util.emptyArray;
VerifyReport.prototype.unrepaired = $util.emptyArray;

VerifyReport.create = function(properties) {
return new VerifyReport(properties);
};

VerifyReport.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
writer.uint32(16).bool(message.ok);
if (message.blocksChecked != null && $Object.hasOwnProperty.call(message, "blocksChecked") && (typeof message.blocksChecked === "object" ? message.blocksChecked.low || message.blocksChecked.high : message.blocksChecked !== 0))
writer.uint32(24).uint64(message.blocksChecked);
if (message.bytesChecked != null && $Object.hasOwnProperty.call(message, "bytesChecked") && (typeof message.bytesChecked === "object" ? message.bytesChecked.low || message.bytesChecked.high : message.bytesChecked !== 0))
writer.uint32(32).uint64(message.bytesChecked);
if (message.problems != null && message.problems.length)
for (let i = 0; i < message.problems.length; ++i)
writer.uint32(42).string(message.problems[i]);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(50).string(message.repository);
if (message.repair != null && $Object.hasOwnProperty.call(message, "repair") && message.repair !== false)
writer.uint32(56).bool(message.repair);
if (message.blocksRepaired != null && $Object.hasOwnProperty.call(message, "blocksRepaired") && (typeof message.blocksRepaired === "object" ? message.blocksRepaired.low || message.blocksRepaired.high : message.blocksRepaired !== 0))
writer.uint32(64).uint64(message.blocksRepaired);
if (message.repairedFrom != null && message.repairedFrom.length)
for (let i = 0; i < message.repairedFrom.length; ++i)
$root.meshbackup.RepairedFrom.encode(message.repairedFrom[i], writer.uint32(74).fork(), _depth + 1).ldelim();
if (message.unrepaired != null && message.unrepaired.length)
for (let i = 0; i < message.unrepaired.length; ++i)
writer.uint32(82).string(message.unrepaired[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VerifyReport.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VerifyReport();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.ok = value;
else
delete message.ok;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksChecked = value;
else
delete message.blocksChecked;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesChecked = value;
else
delete message.bytesChecked;
continue;
}
case 5: {
if (wireType !== 2)
break;
if (!(message.problems && message.problems.length))
message.problems = [];
message.problems.push(reader.stringVerify());
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.repair = value;
else
delete message.repair;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksRepaired = value;
else
delete message.blocksRepaired;
continue;
}
case 9: {
if (wireType !== 2)
break;
if (!(message.repairedFrom && message.repairedFrom.length))
message.repairedFrom = [];
message.repairedFrom.push($root.meshbackup.RepairedFrom.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 10: {
if (wireType !== 2)
break;
if (!(message.unrepaired && message.unrepaired.length))
message.unrepaired = [];
message.unrepaired.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VerifyReport.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.problems = [];
object.repairedFrom = [];
object.unrepaired = [];
}
if (options.defaults) {
object.pointId = "";
object.ok = false;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksChecked = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksChecked = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesChecked = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesChecked = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.repository = "";
object.repair = false;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksRepaired = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksRepaired = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
object.ok = message.ok;
if (message.blocksChecked != null && $Object.hasOwnProperty.call(message, "blocksChecked"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksChecked = typeof message.blocksChecked === "number" ? $BigInt(message.blocksChecked) : $util.Long.fromBits(message.blocksChecked.low >>> 0, message.blocksChecked.high >>> 0, true).toBigInt();
else if (typeof message.blocksChecked === "number")
object.blocksChecked = options.longs === $String ? $String(message.blocksChecked) : message.blocksChecked;
else
object.blocksChecked = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksChecked) : options.longs === $Number ? new $util.LongBits(message.blocksChecked.low >>> 0, message.blocksChecked.high >>> 0).toNumber(true) : message.blocksChecked;
if (message.bytesChecked != null && $Object.hasOwnProperty.call(message, "bytesChecked"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesChecked = typeof message.bytesChecked === "number" ? $BigInt(message.bytesChecked) : $util.Long.fromBits(message.bytesChecked.low >>> 0, message.bytesChecked.high >>> 0, true).toBigInt();
else if (typeof message.bytesChecked === "number")
object.bytesChecked = options.longs === $String ? $String(message.bytesChecked) : message.bytesChecked;
else
object.bytesChecked = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesChecked) : options.longs === $Number ? new $util.LongBits(message.bytesChecked.low >>> 0, message.bytesChecked.high >>> 0).toNumber(true) : message.bytesChecked;
if (message.problems && message.problems.length) {
object.problems = $Array(message.problems.length);
for (let j = 0; j < message.problems.length; ++j)
object.problems[j] = message.problems[j];
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.repair != null && $Object.hasOwnProperty.call(message, "repair"))
object.repair = message.repair;
if (message.blocksRepaired != null && $Object.hasOwnProperty.call(message, "blocksRepaired"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksRepaired = typeof message.blocksRepaired === "number" ? $BigInt(message.blocksRepaired) : $util.Long.fromBits(message.blocksRepaired.low >>> 0, message.blocksRepaired.high >>> 0, true).toBigInt();
else if (typeof message.blocksRepaired === "number")
object.blocksRepaired = options.longs === $String ? $String(message.blocksRepaired) : message.blocksRepaired;
else
object.blocksRepaired = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksRepaired) : options.longs === $Number ? new $util.LongBits(message.blocksRepaired.low >>> 0, message.blocksRepaired.high >>> 0).toNumber(true) : message.blocksRepaired;
if (message.repairedFrom && message.repairedFrom.length) {
object.repairedFrom = $Array(message.repairedFrom.length);
for (let j = 0; j < message.repairedFrom.length; ++j)
object.repairedFrom[j] = $root.meshbackup.RepairedFrom.toObject(message.repairedFrom[j], options, _depth + 1);
}
if (message.unrepaired && message.unrepaired.length) {
object.unrepaired = $Array(message.unrepaired.length);
for (let j = 0; j < message.unrepaired.length; ++j)
object.unrepaired[j] = message.unrepaired[j];
}
return object;
};

VerifyReport.prototype.toJSON = function() {
return VerifyReport.toObject(this, $protobuf.util.toJSONOptions);
};

return VerifyReport;
})();

meshbackup.RebuildRequest = (function() {

const RebuildRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RebuildRequest.prototype.repository = "";

RebuildRequest.create = function(properties) {
return new RebuildRequest(properties);
};

RebuildRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RebuildRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RebuildRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RebuildRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults)
object.repository = "";
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
return object;
};

RebuildRequest.prototype.toJSON = function() {
return RebuildRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return RebuildRequest;
})();

meshbackup.RebuildReport = (function() {

const RebuildReport = function (properties) {
this.damagedPoints = [];
this.incompletePoints = [];
this.problems = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RebuildReport.prototype.repository = "";
RebuildReport.prototype.repositoryPeer = "";
RebuildReport.prototype.packs = 0;
RebuildReport.prototype.bytesScanned = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RebuildReport.prototype.recordsIndexed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RebuildReport.prototype.recordsDamaged = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RebuildReport.prototype.regionsSkipped = 0;
RebuildReport.prototype.bytesSkipped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RebuildReport.prototype.points = 0;
RebuildReport.prototype.damagedPoints = $util.emptyArray;
RebuildReport.prototype.incompletePoints = $util.emptyArray;
RebuildReport.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RebuildReport.prototype.problems = $util.emptyArray;

RebuildReport.create = function(properties) {
return new RebuildReport(properties);
};

RebuildReport.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer") && message.repositoryPeer !== "")
writer.uint32(18).string(message.repositoryPeer);
if (message.packs != null && $Object.hasOwnProperty.call(message, "packs") && message.packs !== 0)
writer.uint32(24).uint32(message.packs);
if (message.bytesScanned != null && $Object.hasOwnProperty.call(message, "bytesScanned") && (typeof message.bytesScanned === "object" ? message.bytesScanned.low || message.bytesScanned.high : message.bytesScanned !== 0))
writer.uint32(32).uint64(message.bytesScanned);
if (message.recordsIndexed != null && $Object.hasOwnProperty.call(message, "recordsIndexed") && (typeof message.recordsIndexed === "object" ? message.recordsIndexed.low || message.recordsIndexed.high : message.recordsIndexed !== 0))
writer.uint32(40).uint64(message.recordsIndexed);
if (message.recordsDamaged != null && $Object.hasOwnProperty.call(message, "recordsDamaged") && (typeof message.recordsDamaged === "object" ? message.recordsDamaged.low || message.recordsDamaged.high : message.recordsDamaged !== 0))
writer.uint32(48).uint64(message.recordsDamaged);
if (message.regionsSkipped != null && $Object.hasOwnProperty.call(message, "regionsSkipped") && message.regionsSkipped !== 0)
writer.uint32(56).uint32(message.regionsSkipped);
if (message.bytesSkipped != null && $Object.hasOwnProperty.call(message, "bytesSkipped") && (typeof message.bytesSkipped === "object" ? message.bytesSkipped.low || message.bytesSkipped.high : message.bytesSkipped !== 0))
writer.uint32(64).uint64(message.bytesSkipped);
if (message.points != null && $Object.hasOwnProperty.call(message, "points") && message.points !== 0)
writer.uint32(72).uint32(message.points);
if (message.damagedPoints != null && message.damagedPoints.length)
for (let i = 0; i < message.damagedPoints.length; ++i)
writer.uint32(82).string(message.damagedPoints[i]);
if (message.incompletePoints != null && message.incompletePoints.length)
for (let i = 0; i < message.incompletePoints.length; ++i)
writer.uint32(90).string(message.incompletePoints[i]);
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
writer.uint32(96).uint64(message.durationMs);
if (message.problems != null && message.problems.length)
for (let i = 0; i < message.problems.length; ++i)
writer.uint32(106).string(message.problems[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RebuildReport.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RebuildReport();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repositoryPeer = value;
else
delete message.repositoryPeer;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.packs = value;
else
delete message.packs;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesScanned = value;
else
delete message.bytesScanned;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.recordsIndexed = value;
else
delete message.recordsIndexed;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.recordsDamaged = value;
else
delete message.recordsDamaged;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.regionsSkipped = value;
else
delete message.regionsSkipped;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesSkipped = value;
else
delete message.bytesSkipped;
continue;
}
case 9: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.points = value;
else
delete message.points;
continue;
}
case 10: {
if (wireType !== 2)
break;
if (!(message.damagedPoints && message.damagedPoints.length))
message.damagedPoints = [];
message.damagedPoints.push(reader.stringVerify());
continue;
}
case 11: {
if (wireType !== 2)
break;
if (!(message.incompletePoints && message.incompletePoints.length))
message.incompletePoints = [];
message.incompletePoints.push(reader.stringVerify());
continue;
}
case 12: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.durationMs = value;
else
delete message.durationMs;
continue;
}
case 13: {
if (wireType !== 2)
break;
if (!(message.problems && message.problems.length))
message.problems = [];
message.problems.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RebuildReport.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.damagedPoints = [];
object.incompletePoints = [];
object.problems = [];
}
if (options.defaults) {
object.repository = "";
object.repositoryPeer = "";
object.packs = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesScanned = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesScanned = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.recordsIndexed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.recordsIndexed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.recordsDamaged = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.recordsDamaged = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.regionsSkipped = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesSkipped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesSkipped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.points = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer"))
object.repositoryPeer = message.repositoryPeer;
if (message.packs != null && $Object.hasOwnProperty.call(message, "packs"))
object.packs = message.packs;
if (message.bytesScanned != null && $Object.hasOwnProperty.call(message, "bytesScanned"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesScanned = typeof message.bytesScanned === "number" ? $BigInt(message.bytesScanned) : $util.Long.fromBits(message.bytesScanned.low >>> 0, message.bytesScanned.high >>> 0, true).toBigInt();
else if (typeof message.bytesScanned === "number")
object.bytesScanned = options.longs === $String ? $String(message.bytesScanned) : message.bytesScanned;
else
object.bytesScanned = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesScanned) : options.longs === $Number ? new $util.LongBits(message.bytesScanned.low >>> 0, message.bytesScanned.high >>> 0).toNumber(true) : message.bytesScanned;
if (message.recordsIndexed != null && $Object.hasOwnProperty.call(message, "recordsIndexed"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.recordsIndexed = typeof message.recordsIndexed === "number" ? $BigInt(message.recordsIndexed) : $util.Long.fromBits(message.recordsIndexed.low >>> 0, message.recordsIndexed.high >>> 0, true).toBigInt();
else if (typeof message.recordsIndexed === "number")
object.recordsIndexed = options.longs === $String ? $String(message.recordsIndexed) : message.recordsIndexed;
else
object.recordsIndexed = options.longs === $String ? $util.Long.prototype.toString.call(message.recordsIndexed) : options.longs === $Number ? new $util.LongBits(message.recordsIndexed.low >>> 0, message.recordsIndexed.high >>> 0).toNumber(true) : message.recordsIndexed;
if (message.recordsDamaged != null && $Object.hasOwnProperty.call(message, "recordsDamaged"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.recordsDamaged = typeof message.recordsDamaged === "number" ? $BigInt(message.recordsDamaged) : $util.Long.fromBits(message.recordsDamaged.low >>> 0, message.recordsDamaged.high >>> 0, true).toBigInt();
else if (typeof message.recordsDamaged === "number")
object.recordsDamaged = options.longs === $String ? $String(message.recordsDamaged) : message.recordsDamaged;
else
object.recordsDamaged = options.longs === $String ? $util.Long.prototype.toString.call(message.recordsDamaged) : options.longs === $Number ? new $util.LongBits(message.recordsDamaged.low >>> 0, message.recordsDamaged.high >>> 0).toNumber(true) : message.recordsDamaged;
if (message.regionsSkipped != null && $Object.hasOwnProperty.call(message, "regionsSkipped"))
object.regionsSkipped = message.regionsSkipped;
if (message.bytesSkipped != null && $Object.hasOwnProperty.call(message, "bytesSkipped"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesSkipped = typeof message.bytesSkipped === "number" ? $BigInt(message.bytesSkipped) : $util.Long.fromBits(message.bytesSkipped.low >>> 0, message.bytesSkipped.high >>> 0, true).toBigInt();
else if (typeof message.bytesSkipped === "number")
object.bytesSkipped = options.longs === $String ? $String(message.bytesSkipped) : message.bytesSkipped;
else
object.bytesSkipped = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesSkipped) : options.longs === $Number ? new $util.LongBits(message.bytesSkipped.low >>> 0, message.bytesSkipped.high >>> 0).toNumber(true) : message.bytesSkipped;
if (message.points != null && $Object.hasOwnProperty.call(message, "points"))
object.points = message.points;
if (message.damagedPoints && message.damagedPoints.length) {
object.damagedPoints = $Array(message.damagedPoints.length);
for (let j = 0; j < message.damagedPoints.length; ++j)
object.damagedPoints[j] = message.damagedPoints[j];
}
if (message.incompletePoints && message.incompletePoints.length) {
object.incompletePoints = $Array(message.incompletePoints.length);
for (let j = 0; j < message.incompletePoints.length; ++j)
object.incompletePoints[j] = message.incompletePoints[j];
}
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
else if (typeof message.durationMs === "number")
object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
else
object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
if (message.problems && message.problems.length) {
object.problems = $Array(message.problems.length);
for (let j = 0; j < message.problems.length; ++j)
object.problems[j] = message.problems[j];
}
return object;
};

RebuildReport.prototype.toJSON = function() {
return RebuildReport.toObject(this, $protobuf.util.toJSONOptions);
};

return RebuildReport;
})();

meshbackup.RebuildReports = (function() {

const RebuildReports = function (properties) {
this.reports = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RebuildReports.prototype.reports = $util.emptyArray;

RebuildReports.create = function(properties) {
return new RebuildReports(properties);
};

RebuildReports.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.reports != null && message.reports.length)
for (let i = 0; i < message.reports.length; ++i)
$root.meshbackup.RebuildReport.encode(message.reports[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RebuildReports.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RebuildReports();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.reports && message.reports.length))
message.reports = [];
message.reports.push($root.meshbackup.RebuildReport.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RebuildReports.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.reports = [];
if (message.reports && message.reports.length) {
object.reports = $Array(message.reports.length);
for (let j = 0; j < message.reports.length; ++j)
object.reports[j] = $root.meshbackup.RebuildReport.toObject(message.reports[j], options, _depth + 1);
}
return object;
};

RebuildReports.prototype.toJSON = function() {
return RebuildReports.toObject(this, $protobuf.util.toJSONOptions);
};

return RebuildReports;
})();

meshbackup.Ok = (function() {

const Ok = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

Ok.create = function(properties) {
return new Ok(properties);
};

Ok.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

Ok.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.Ok();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


Ok.toObject = function () {
return {};
};

Ok.prototype.toJSON = function() {
return Ok.toObject(this, $protobuf.util.toJSONOptions);
};

return Ok;
})();

meshbackup.AdminRequest = (function() {

const AdminRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

AdminRequest.prototype.status = null;
AdminRequest.prototype.membersAdd = null;
AdminRequest.prototype.hostAdd = null;
AdminRequest.prototype.hostList = null;
AdminRequest.prototype.jobAdd = null;
AdminRequest.prototype.jobList = null;
AdminRequest.prototype.jobRun = null;
AdminRequest.prototype.sessionShow = null;
AdminRequest.prototype.pointsList = null;
AdminRequest.prototype.restore = null;
AdminRequest.prototype.verify = null;
AdminRequest.prototype.sessionList = null;
AdminRequest.prototype.gc = null;
AdminRequest.prototype.hostCheck = null;
AdminRequest.prototype.hostRemove = null;
AdminRequest.prototype.jobRemove = null;
AdminRequest.prototype.jobEdit = null;
AdminRequest.prototype.pointsForget = null;
AdminRequest.prototype.membersRemove = null;
AdminRequest.prototype.events = null;
AdminRequest.prototype.lockPeriod = null;
AdminRequest.prototype.rebuild = null;
AdminRequest.prototype.verifyJobAdd = null;
AdminRequest.prototype.verifyJobList = null;
AdminRequest.prototype.keyCreate = null;
AdminRequest.prototype.keyList = null;
AdminRequest.prototype.keyExport = null;
AdminRequest.prototype.keyImport = null;
AdminRequest.prototype.keyChangePassphrase = null;
AdminRequest.prototype.keyGet = null;
AdminRequest.prototype.verifyJobRemove = null;
AdminRequest.prototype.verifyJobRun = null;
AdminRequest.prototype.copyJobAdd = null;
AdminRequest.prototype.copyJobList = null;
AdminRequest.prototype.copyJobRemove = null;
AdminRequest.prototype.copyJobRun = null;
AdminRequest.prototype.throttleAdd = null;
AdminRequest.prototype.throttleList = null;
AdminRequest.prototype.throttleRemove = null;
AdminRequest.prototype.filesList = null;
AdminRequest.prototype.filesFind = null;
AdminRequest.prototype.filesGet = null;
AdminRequest.prototype.recover = null;
AdminRequest.prototype.recoveryAction = null;
AdminRequest.prototype.recoveryList = null;
AdminRequest.prototype.bootCheckBegin = null;
AdminRequest.prototype.bootCheckRecord = null;
AdminRequest.prototype.bootCheckList = null;
AdminRequest.prototype.bootCheckScreenshot = null;
AdminRequest.prototype.protection = null;
AdminRequest.prototype.bootCheck = null;
AdminRequest.prototype.bootCheckJobAdd = null;
AdminRequest.prototype.bootCheckJobList = null;
AdminRequest.prototype.bootCheckJobRemove = null;
AdminRequest.prototype.bootCheckJobRun = null;

let $oneOfFields;

$Object.defineProperty(AdminRequest.prototype, "request", {
get: $util.oneOfGetter($oneOfFields = ["status", "membersAdd", "hostAdd", "hostList", "jobAdd", "jobList", "jobRun", "sessionShow", "pointsList", "restore", "verify", "sessionList", "gc", "hostCheck", "hostRemove", "jobRemove", "jobEdit", "pointsForget", "membersRemove", "events", "lockPeriod", "rebuild", "verifyJobAdd", "verifyJobList", "keyCreate", "keyList", "keyExport", "keyImport", "keyChangePassphrase", "keyGet", "verifyJobRemove", "verifyJobRun", "copyJobAdd", "copyJobList", "copyJobRemove", "copyJobRun", "throttleAdd", "throttleList", "throttleRemove", "filesList", "filesFind", "filesGet", "recover", "recoveryAction", "recoveryList", "bootCheckBegin", "bootCheckRecord", "bootCheckList", "bootCheckScreenshot", "protection", "bootCheck", "bootCheckJobAdd", "bootCheckJobList", "bootCheckJobRemove", "bootCheckJobRun"]),
set: $util.oneOfSetter($oneOfFields)
});

AdminRequest.create = function(properties) {
return new AdminRequest(properties);
};

AdminRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
$root.meshbackup.StatusRequest.encode(message.status, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.membersAdd != null && $Object.hasOwnProperty.call(message, "membersAdd"))
$root.meshbackup.MembersAdd.encode(message.membersAdd, writer.uint32(18).fork(), _depth + 1).ldelim();
if (message.hostAdd != null && $Object.hasOwnProperty.call(message, "hostAdd"))
$root.meshbackup.HostSpec.encode(message.hostAdd, writer.uint32(26).fork(), _depth + 1).ldelim();
if (message.hostList != null && $Object.hasOwnProperty.call(message, "hostList"))
$root.meshbackup.HostListRequest.encode(message.hostList, writer.uint32(34).fork(), _depth + 1).ldelim();
if (message.jobAdd != null && $Object.hasOwnProperty.call(message, "jobAdd"))
$root.meshbackup.Job.encode(message.jobAdd, writer.uint32(42).fork(), _depth + 1).ldelim();
if (message.jobList != null && $Object.hasOwnProperty.call(message, "jobList"))
$root.meshbackup.JobListRequest.encode(message.jobList, writer.uint32(50).fork(), _depth + 1).ldelim();
if (message.jobRun != null && $Object.hasOwnProperty.call(message, "jobRun"))
$root.meshbackup.JobRun.encode(message.jobRun, writer.uint32(58).fork(), _depth + 1).ldelim();
if (message.sessionShow != null && $Object.hasOwnProperty.call(message, "sessionShow"))
$root.meshbackup.SessionShow.encode(message.sessionShow, writer.uint32(66).fork(), _depth + 1).ldelim();
if (message.pointsList != null && $Object.hasOwnProperty.call(message, "pointsList"))
$root.meshbackup.PointsListRequest.encode(message.pointsList, writer.uint32(74).fork(), _depth + 1).ldelim();
if (message.restore != null && $Object.hasOwnProperty.call(message, "restore"))
$root.meshbackup.RestoreDisk.encode(message.restore, writer.uint32(82).fork(), _depth + 1).ldelim();
if (message.verify != null && $Object.hasOwnProperty.call(message, "verify"))
$root.meshbackup.VerifyRequest.encode(message.verify, writer.uint32(90).fork(), _depth + 1).ldelim();
if (message.sessionList != null && $Object.hasOwnProperty.call(message, "sessionList"))
$root.meshbackup.SessionList.encode(message.sessionList, writer.uint32(98).fork(), _depth + 1).ldelim();
if (message.gc != null && $Object.hasOwnProperty.call(message, "gc"))
$root.meshbackup.GcRequest.encode(message.gc, writer.uint32(106).fork(), _depth + 1).ldelim();
if (message.hostCheck != null && $Object.hasOwnProperty.call(message, "hostCheck"))
$root.meshbackup.HostCheck.encode(message.hostCheck, writer.uint32(114).fork(), _depth + 1).ldelim();
if (message.hostRemove != null && $Object.hasOwnProperty.call(message, "hostRemove"))
$root.meshbackup.HostRemove.encode(message.hostRemove, writer.uint32(122).fork(), _depth + 1).ldelim();
if (message.jobRemove != null && $Object.hasOwnProperty.call(message, "jobRemove"))
$root.meshbackup.JobRemove.encode(message.jobRemove, writer.uint32(130).fork(), _depth + 1).ldelim();
if (message.jobEdit != null && $Object.hasOwnProperty.call(message, "jobEdit"))
$root.meshbackup.JobEdit.encode(message.jobEdit, writer.uint32(138).fork(), _depth + 1).ldelim();
if (message.pointsForget != null && $Object.hasOwnProperty.call(message, "pointsForget"))
$root.meshbackup.PointsForget.encode(message.pointsForget, writer.uint32(146).fork(), _depth + 1).ldelim();
if (message.membersRemove != null && $Object.hasOwnProperty.call(message, "membersRemove"))
$root.meshbackup.MembersRemove.encode(message.membersRemove, writer.uint32(154).fork(), _depth + 1).ldelim();
if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
$root.meshbackup.EventsRequest.encode(message.events, writer.uint32(162).fork(), _depth + 1).ldelim();
if (message.rebuild != null && $Object.hasOwnProperty.call(message, "rebuild"))
$root.meshbackup.RebuildRequest.encode(message.rebuild, writer.uint32(242).fork(), _depth + 1).ldelim();
if (message.lockPeriod != null && $Object.hasOwnProperty.call(message, "lockPeriod"))
$root.meshbackup.LockPeriodSet.encode(message.lockPeriod, writer.uint32(250).fork(), _depth + 1).ldelim();
if (message.verifyJobAdd != null && $Object.hasOwnProperty.call(message, "verifyJobAdd"))
$root.meshbackup.VerifyJob.encode(message.verifyJobAdd, writer.uint32(482).fork(), _depth + 1).ldelim();
if (message.verifyJobList != null && $Object.hasOwnProperty.call(message, "verifyJobList"))
$root.meshbackup.VerifyJobListRequest.encode(message.verifyJobList, writer.uint32(490).fork(), _depth + 1).ldelim();
if (message.verifyJobRemove != null && $Object.hasOwnProperty.call(message, "verifyJobRemove"))
$root.meshbackup.JobRemove.encode(message.verifyJobRemove, writer.uint32(498).fork(), _depth + 1).ldelim();
if (message.verifyJobRun != null && $Object.hasOwnProperty.call(message, "verifyJobRun"))
$root.meshbackup.JobRun.encode(message.verifyJobRun, writer.uint32(506).fork(), _depth + 1).ldelim();
if (message.keyCreate != null && $Object.hasOwnProperty.call(message, "keyCreate"))
$root.meshbackup.KeyCreate.encode(message.keyCreate, writer.uint32(562).fork(), _depth + 1).ldelim();
if (message.keyList != null && $Object.hasOwnProperty.call(message, "keyList"))
$root.meshbackup.KeyListRequest.encode(message.keyList, writer.uint32(570).fork(), _depth + 1).ldelim();
if (message.keyExport != null && $Object.hasOwnProperty.call(message, "keyExport"))
$root.meshbackup.KeyExport.encode(message.keyExport, writer.uint32(578).fork(), _depth + 1).ldelim();
if (message.keyImport != null && $Object.hasOwnProperty.call(message, "keyImport"))
$root.meshbackup.KeyImport.encode(message.keyImport, writer.uint32(586).fork(), _depth + 1).ldelim();
if (message.keyChangePassphrase != null && $Object.hasOwnProperty.call(message, "keyChangePassphrase"))
$root.meshbackup.KeyChangePassphrase.encode(message.keyChangePassphrase, writer.uint32(594).fork(), _depth + 1).ldelim();
if (message.keyGet != null && $Object.hasOwnProperty.call(message, "keyGet"))
$root.meshbackup.KeyGet.encode(message.keyGet, writer.uint32(602).fork(), _depth + 1).ldelim();
if (message.copyJobAdd != null && $Object.hasOwnProperty.call(message, "copyJobAdd"))
$root.meshbackup.CopyJob.encode(message.copyJobAdd, writer.uint32(722).fork(), _depth + 1).ldelim();
if (message.copyJobList != null && $Object.hasOwnProperty.call(message, "copyJobList"))
$root.meshbackup.CopyJobListRequest.encode(message.copyJobList, writer.uint32(730).fork(), _depth + 1).ldelim();
if (message.copyJobRemove != null && $Object.hasOwnProperty.call(message, "copyJobRemove"))
$root.meshbackup.JobRemove.encode(message.copyJobRemove, writer.uint32(738).fork(), _depth + 1).ldelim();
if (message.copyJobRun != null && $Object.hasOwnProperty.call(message, "copyJobRun"))
$root.meshbackup.JobRun.encode(message.copyJobRun, writer.uint32(746).fork(), _depth + 1).ldelim();
if (message.throttleAdd != null && $Object.hasOwnProperty.call(message, "throttleAdd"))
$root.meshbackup.TrafficRule.encode(message.throttleAdd, writer.uint32(762).fork(), _depth + 1).ldelim();
if (message.throttleList != null && $Object.hasOwnProperty.call(message, "throttleList"))
$root.meshbackup.ThrottleListRequest.encode(message.throttleList, writer.uint32(770).fork(), _depth + 1).ldelim();
if (message.throttleRemove != null && $Object.hasOwnProperty.call(message, "throttleRemove"))
$root.meshbackup.ThrottleRemove.encode(message.throttleRemove, writer.uint32(778).fork(), _depth + 1).ldelim();
if (message.recover != null && $Object.hasOwnProperty.call(message, "recover"))
$root.meshbackup.RecoverRequest.encode(message.recover, writer.uint32(802).fork(), _depth + 1).ldelim();
if (message.recoveryAction != null && $Object.hasOwnProperty.call(message, "recoveryAction"))
$root.meshbackup.RecoveryAction.encode(message.recoveryAction, writer.uint32(810).fork(), _depth + 1).ldelim();
if (message.recoveryList != null && $Object.hasOwnProperty.call(message, "recoveryList"))
$root.meshbackup.RecoveryListRequest.encode(message.recoveryList, writer.uint32(818).fork(), _depth + 1).ldelim();
if (message.bootCheckBegin != null && $Object.hasOwnProperty.call(message, "bootCheckBegin"))
$root.meshbackup.BootCheckBegin.encode(message.bootCheckBegin, writer.uint32(882).fork(), _depth + 1).ldelim();
if (message.bootCheckRecord != null && $Object.hasOwnProperty.call(message, "bootCheckRecord"))
$root.meshbackup.BootCheckRecord.encode(message.bootCheckRecord, writer.uint32(890).fork(), _depth + 1).ldelim();
if (message.bootCheckList != null && $Object.hasOwnProperty.call(message, "bootCheckList"))
$root.meshbackup.BootCheckListRequest.encode(message.bootCheckList, writer.uint32(898).fork(), _depth + 1).ldelim();
if (message.bootCheckScreenshot != null && $Object.hasOwnProperty.call(message, "bootCheckScreenshot"))
$root.meshbackup.BootCheckScreenshotRequest.encode(message.bootCheckScreenshot, writer.uint32(906).fork(), _depth + 1).ldelim();
if (message.protection != null && $Object.hasOwnProperty.call(message, "protection"))
$root.meshbackup.ProtectionRequest.encode(message.protection, writer.uint32(914).fork(), _depth + 1).ldelim();
if (message.bootCheck != null && $Object.hasOwnProperty.call(message, "bootCheck"))
$root.meshbackup.BootCheckRequest.encode(message.bootCheck, writer.uint32(922).fork(), _depth + 1).ldelim();
if (message.filesList != null && $Object.hasOwnProperty.call(message, "filesList"))
$root.meshbackup.FilesList.encode(message.filesList, writer.uint32(962).fork(), _depth + 1).ldelim();
if (message.filesFind != null && $Object.hasOwnProperty.call(message, "filesFind"))
$root.meshbackup.FilesFind.encode(message.filesFind, writer.uint32(970).fork(), _depth + 1).ldelim();
if (message.filesGet != null && $Object.hasOwnProperty.call(message, "filesGet"))
$root.meshbackup.FilesGet.encode(message.filesGet, writer.uint32(978).fork(), _depth + 1).ldelim();
if (message.bootCheckJobAdd != null && $Object.hasOwnProperty.call(message, "bootCheckJobAdd"))
$root.meshbackup.BootCheckJob.encode(message.bootCheckJobAdd, writer.uint32(1042).fork(), _depth + 1).ldelim();
if (message.bootCheckJobList != null && $Object.hasOwnProperty.call(message, "bootCheckJobList"))
$root.meshbackup.BootCheckJobListRequest.encode(message.bootCheckJobList, writer.uint32(1050).fork(), _depth + 1).ldelim();
if (message.bootCheckJobRemove != null && $Object.hasOwnProperty.call(message, "bootCheckJobRemove"))
$root.meshbackup.JobRemove.encode(message.bootCheckJobRemove, writer.uint32(1058).fork(), _depth + 1).ldelim();
if (message.bootCheckJobRun != null && $Object.hasOwnProperty.call(message, "bootCheckJobRun"))
$root.meshbackup.JobRun.encode(message.bootCheckJobRun, writer.uint32(1066).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

AdminRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.AdminRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.status = $root.meshbackup.StatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
message.request = "status";
continue;
}
case 2: {
if (wireType !== 2)
break;
message.membersAdd = $root.meshbackup.MembersAdd.decode(reader, reader.size(), $undefined, _depth + 1, message.membersAdd);
message.request = "membersAdd";
continue;
}
case 3: {
if (wireType !== 2)
break;
message.hostAdd = $root.meshbackup.HostSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.hostAdd);
message.request = "hostAdd";
continue;
}
case 4: {
if (wireType !== 2)
break;
message.hostList = $root.meshbackup.HostListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.hostList);
message.request = "hostList";
continue;
}
case 5: {
if (wireType !== 2)
break;
message.jobAdd = $root.meshbackup.Job.decode(reader, reader.size(), $undefined, _depth + 1, message.jobAdd);
message.request = "jobAdd";
continue;
}
case 6: {
if (wireType !== 2)
break;
message.jobList = $root.meshbackup.JobListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.jobList);
message.request = "jobList";
continue;
}
case 7: {
if (wireType !== 2)
break;
message.jobRun = $root.meshbackup.JobRun.decode(reader, reader.size(), $undefined, _depth + 1, message.jobRun);
message.request = "jobRun";
continue;
}
case 8: {
if (wireType !== 2)
break;
message.sessionShow = $root.meshbackup.SessionShow.decode(reader, reader.size(), $undefined, _depth + 1, message.sessionShow);
message.request = "sessionShow";
continue;
}
case 9: {
if (wireType !== 2)
break;
message.pointsList = $root.meshbackup.PointsListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pointsList);
message.request = "pointsList";
continue;
}
case 10: {
if (wireType !== 2)
break;
message.restore = $root.meshbackup.RestoreDisk.decode(reader, reader.size(), $undefined, _depth + 1, message.restore);
message.request = "restore";
continue;
}
case 11: {
if (wireType !== 2)
break;
message.verify = $root.meshbackup.VerifyRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.verify);
message.request = "verify";
continue;
}
case 12: {
if (wireType !== 2)
break;
message.sessionList = $root.meshbackup.SessionList.decode(reader, reader.size(), $undefined, _depth + 1, message.sessionList);
message.request = "sessionList";
continue;
}
case 13: {
if (wireType !== 2)
break;
message.gc = $root.meshbackup.GcRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.gc);
message.request = "gc";
continue;
}
case 14: {
if (wireType !== 2)
break;
message.hostCheck = $root.meshbackup.HostCheck.decode(reader, reader.size(), $undefined, _depth + 1, message.hostCheck);
message.request = "hostCheck";
continue;
}
case 15: {
if (wireType !== 2)
break;
message.hostRemove = $root.meshbackup.HostRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.hostRemove);
message.request = "hostRemove";
continue;
}
case 16: {
if (wireType !== 2)
break;
message.jobRemove = $root.meshbackup.JobRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.jobRemove);
message.request = "jobRemove";
continue;
}
case 17: {
if (wireType !== 2)
break;
message.jobEdit = $root.meshbackup.JobEdit.decode(reader, reader.size(), $undefined, _depth + 1, message.jobEdit);
message.request = "jobEdit";
continue;
}
case 18: {
if (wireType !== 2)
break;
message.pointsForget = $root.meshbackup.PointsForget.decode(reader, reader.size(), $undefined, _depth + 1, message.pointsForget);
message.request = "pointsForget";
continue;
}
case 19: {
if (wireType !== 2)
break;
message.membersRemove = $root.meshbackup.MembersRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.membersRemove);
message.request = "membersRemove";
continue;
}
case 20: {
if (wireType !== 2)
break;
message.events = $root.meshbackup.EventsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.events);
message.request = "events";
continue;
}
case 31: {
if (wireType !== 2)
break;
message.lockPeriod = $root.meshbackup.LockPeriodSet.decode(reader, reader.size(), $undefined, _depth + 1, message.lockPeriod);
message.request = "lockPeriod";
continue;
}
case 30: {
if (wireType !== 2)
break;
message.rebuild = $root.meshbackup.RebuildRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.rebuild);
message.request = "rebuild";
continue;
}
case 60: {
if (wireType !== 2)
break;
message.verifyJobAdd = $root.meshbackup.VerifyJob.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyJobAdd);
message.request = "verifyJobAdd";
continue;
}
case 61: {
if (wireType !== 2)
break;
message.verifyJobList = $root.meshbackup.VerifyJobListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyJobList);
message.request = "verifyJobList";
continue;
}
case 70: {
if (wireType !== 2)
break;
message.keyCreate = $root.meshbackup.KeyCreate.decode(reader, reader.size(), $undefined, _depth + 1, message.keyCreate);
message.request = "keyCreate";
continue;
}
case 71: {
if (wireType !== 2)
break;
message.keyList = $root.meshbackup.KeyListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.keyList);
message.request = "keyList";
continue;
}
case 72: {
if (wireType !== 2)
break;
message.keyExport = $root.meshbackup.KeyExport.decode(reader, reader.size(), $undefined, _depth + 1, message.keyExport);
message.request = "keyExport";
continue;
}
case 73: {
if (wireType !== 2)
break;
message.keyImport = $root.meshbackup.KeyImport.decode(reader, reader.size(), $undefined, _depth + 1, message.keyImport);
message.request = "keyImport";
continue;
}
case 74: {
if (wireType !== 2)
break;
message.keyChangePassphrase = $root.meshbackup.KeyChangePassphrase.decode(reader, reader.size(), $undefined, _depth + 1, message.keyChangePassphrase);
message.request = "keyChangePassphrase";
continue;
}
case 75: {
if (wireType !== 2)
break;
message.keyGet = $root.meshbackup.KeyGet.decode(reader, reader.size(), $undefined, _depth + 1, message.keyGet);
message.request = "keyGet";
continue;
}
case 62: {
if (wireType !== 2)
break;
message.verifyJobRemove = $root.meshbackup.JobRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyJobRemove);
message.request = "verifyJobRemove";
continue;
}
case 63: {
if (wireType !== 2)
break;
message.verifyJobRun = $root.meshbackup.JobRun.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyJobRun);
message.request = "verifyJobRun";
continue;
}
case 90: {
if (wireType !== 2)
break;
message.copyJobAdd = $root.meshbackup.CopyJob.decode(reader, reader.size(), $undefined, _depth + 1, message.copyJobAdd);
message.request = "copyJobAdd";
continue;
}
case 91: {
if (wireType !== 2)
break;
message.copyJobList = $root.meshbackup.CopyJobListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.copyJobList);
message.request = "copyJobList";
continue;
}
case 92: {
if (wireType !== 2)
break;
message.copyJobRemove = $root.meshbackup.JobRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.copyJobRemove);
message.request = "copyJobRemove";
continue;
}
case 93: {
if (wireType !== 2)
break;
message.copyJobRun = $root.meshbackup.JobRun.decode(reader, reader.size(), $undefined, _depth + 1, message.copyJobRun);
message.request = "copyJobRun";
continue;
}
case 95: {
if (wireType !== 2)
break;
message.throttleAdd = $root.meshbackup.TrafficRule.decode(reader, reader.size(), $undefined, _depth + 1, message.throttleAdd);
message.request = "throttleAdd";
continue;
}
case 96: {
if (wireType !== 2)
break;
message.throttleList = $root.meshbackup.ThrottleListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.throttleList);
message.request = "throttleList";
continue;
}
case 97: {
if (wireType !== 2)
break;
message.throttleRemove = $root.meshbackup.ThrottleRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.throttleRemove);
message.request = "throttleRemove";
continue;
}
case 120: {
if (wireType !== 2)
break;
message.filesList = $root.meshbackup.FilesList.decode(reader, reader.size(), $undefined, _depth + 1, message.filesList);
message.request = "filesList";
continue;
}
case 121: {
if (wireType !== 2)
break;
message.filesFind = $root.meshbackup.FilesFind.decode(reader, reader.size(), $undefined, _depth + 1, message.filesFind);
message.request = "filesFind";
continue;
}
case 122: {
if (wireType !== 2)
break;
message.filesGet = $root.meshbackup.FilesGet.decode(reader, reader.size(), $undefined, _depth + 1, message.filesGet);
message.request = "filesGet";
continue;
}
case 100: {
if (wireType !== 2)
break;
message.recover = $root.meshbackup.RecoverRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.recover);
message.request = "recover";
continue;
}
case 101: {
if (wireType !== 2)
break;
message.recoveryAction = $root.meshbackup.RecoveryAction.decode(reader, reader.size(), $undefined, _depth + 1, message.recoveryAction);
message.request = "recoveryAction";
continue;
}
case 102: {
if (wireType !== 2)
break;
message.recoveryList = $root.meshbackup.RecoveryListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.recoveryList);
message.request = "recoveryList";
continue;
}
case 110: {
if (wireType !== 2)
break;
message.bootCheckBegin = $root.meshbackup.BootCheckBegin.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckBegin);
message.request = "bootCheckBegin";
continue;
}
case 111: {
if (wireType !== 2)
break;
message.bootCheckRecord = $root.meshbackup.BootCheckRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckRecord);
message.request = "bootCheckRecord";
continue;
}
case 112: {
if (wireType !== 2)
break;
message.bootCheckList = $root.meshbackup.BootCheckListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckList);
message.request = "bootCheckList";
continue;
}
case 113: {
if (wireType !== 2)
break;
message.bootCheckScreenshot = $root.meshbackup.BootCheckScreenshotRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckScreenshot);
message.request = "bootCheckScreenshot";
continue;
}
case 114: {
if (wireType !== 2)
break;
message.protection = $root.meshbackup.ProtectionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.protection);
message.request = "protection";
continue;
}
case 115: {
if (wireType !== 2)
break;
message.bootCheck = $root.meshbackup.BootCheckRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheck);
message.request = "bootCheck";
continue;
}
case 130: {
if (wireType !== 2)
break;
message.bootCheckJobAdd = $root.meshbackup.BootCheckJob.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckJobAdd);
message.request = "bootCheckJobAdd";
continue;
}
case 131: {
if (wireType !== 2)
break;
message.bootCheckJobList = $root.meshbackup.BootCheckJobListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckJobList);
message.request = "bootCheckJobList";
continue;
}
case 132: {
if (wireType !== 2)
break;
message.bootCheckJobRemove = $root.meshbackup.JobRemove.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckJobRemove);
message.request = "bootCheckJobRemove";
continue;
}
case 133: {
if (wireType !== 2)
break;
message.bootCheckJobRun = $root.meshbackup.JobRun.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckJobRun);
message.request = "bootCheckJobRun";
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


AdminRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
object.status = $root.meshbackup.StatusRequest.toObject(message.status, options, _depth + 1);
if (options.oneofs)
object.request = "status";
}
if (message.membersAdd != null && $Object.hasOwnProperty.call(message, "membersAdd")) {
object.membersAdd = $root.meshbackup.MembersAdd.toObject(message.membersAdd, options, _depth + 1);
if (options.oneofs)
object.request = "membersAdd";
}
if (message.hostAdd != null && $Object.hasOwnProperty.call(message, "hostAdd")) {
object.hostAdd = $root.meshbackup.HostSpec.toObject(message.hostAdd, options, _depth + 1);
if (options.oneofs)
object.request = "hostAdd";
}
if (message.hostList != null && $Object.hasOwnProperty.call(message, "hostList")) {
object.hostList = $root.meshbackup.HostListRequest.toObject(message.hostList, options, _depth + 1);
if (options.oneofs)
object.request = "hostList";
}
if (message.jobAdd != null && $Object.hasOwnProperty.call(message, "jobAdd")) {
object.jobAdd = $root.meshbackup.Job.toObject(message.jobAdd, options, _depth + 1);
if (options.oneofs)
object.request = "jobAdd";
}
if (message.jobList != null && $Object.hasOwnProperty.call(message, "jobList")) {
object.jobList = $root.meshbackup.JobListRequest.toObject(message.jobList, options, _depth + 1);
if (options.oneofs)
object.request = "jobList";
}
if (message.jobRun != null && $Object.hasOwnProperty.call(message, "jobRun")) {
object.jobRun = $root.meshbackup.JobRun.toObject(message.jobRun, options, _depth + 1);
if (options.oneofs)
object.request = "jobRun";
}
if (message.sessionShow != null && $Object.hasOwnProperty.call(message, "sessionShow")) {
object.sessionShow = $root.meshbackup.SessionShow.toObject(message.sessionShow, options, _depth + 1);
if (options.oneofs)
object.request = "sessionShow";
}
if (message.pointsList != null && $Object.hasOwnProperty.call(message, "pointsList")) {
object.pointsList = $root.meshbackup.PointsListRequest.toObject(message.pointsList, options, _depth + 1);
if (options.oneofs)
object.request = "pointsList";
}
if (message.restore != null && $Object.hasOwnProperty.call(message, "restore")) {
object.restore = $root.meshbackup.RestoreDisk.toObject(message.restore, options, _depth + 1);
if (options.oneofs)
object.request = "restore";
}
if (message.verify != null && $Object.hasOwnProperty.call(message, "verify")) {
object.verify = $root.meshbackup.VerifyRequest.toObject(message.verify, options, _depth + 1);
if (options.oneofs)
object.request = "verify";
}
if (message.sessionList != null && $Object.hasOwnProperty.call(message, "sessionList")) {
object.sessionList = $root.meshbackup.SessionList.toObject(message.sessionList, options, _depth + 1);
if (options.oneofs)
object.request = "sessionList";
}
if (message.gc != null && $Object.hasOwnProperty.call(message, "gc")) {
object.gc = $root.meshbackup.GcRequest.toObject(message.gc, options, _depth + 1);
if (options.oneofs)
object.request = "gc";
}
if (message.hostCheck != null && $Object.hasOwnProperty.call(message, "hostCheck")) {
object.hostCheck = $root.meshbackup.HostCheck.toObject(message.hostCheck, options, _depth + 1);
if (options.oneofs)
object.request = "hostCheck";
}
if (message.hostRemove != null && $Object.hasOwnProperty.call(message, "hostRemove")) {
object.hostRemove = $root.meshbackup.HostRemove.toObject(message.hostRemove, options, _depth + 1);
if (options.oneofs)
object.request = "hostRemove";
}
if (message.jobRemove != null && $Object.hasOwnProperty.call(message, "jobRemove")) {
object.jobRemove = $root.meshbackup.JobRemove.toObject(message.jobRemove, options, _depth + 1);
if (options.oneofs)
object.request = "jobRemove";
}
if (message.jobEdit != null && $Object.hasOwnProperty.call(message, "jobEdit")) {
object.jobEdit = $root.meshbackup.JobEdit.toObject(message.jobEdit, options, _depth + 1);
if (options.oneofs)
object.request = "jobEdit";
}
if (message.pointsForget != null && $Object.hasOwnProperty.call(message, "pointsForget")) {
object.pointsForget = $root.meshbackup.PointsForget.toObject(message.pointsForget, options, _depth + 1);
if (options.oneofs)
object.request = "pointsForget";
}
if (message.membersRemove != null && $Object.hasOwnProperty.call(message, "membersRemove")) {
object.membersRemove = $root.meshbackup.MembersRemove.toObject(message.membersRemove, options, _depth + 1);
if (options.oneofs)
object.request = "membersRemove";
}
if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
object.events = $root.meshbackup.EventsRequest.toObject(message.events, options, _depth + 1);
if (options.oneofs)
object.request = "events";
}
if (message.rebuild != null && $Object.hasOwnProperty.call(message, "rebuild")) {
object.rebuild = $root.meshbackup.RebuildRequest.toObject(message.rebuild, options, _depth + 1);
if (options.oneofs)
object.request = "rebuild";
}
if (message.lockPeriod != null && $Object.hasOwnProperty.call(message, "lockPeriod")) {
object.lockPeriod = $root.meshbackup.LockPeriodSet.toObject(message.lockPeriod, options, _depth + 1);
if (options.oneofs)
object.request = "lockPeriod";
}
if (message.verifyJobAdd != null && $Object.hasOwnProperty.call(message, "verifyJobAdd")) {
object.verifyJobAdd = $root.meshbackup.VerifyJob.toObject(message.verifyJobAdd, options, _depth + 1);
if (options.oneofs)
object.request = "verifyJobAdd";
}
if (message.verifyJobList != null && $Object.hasOwnProperty.call(message, "verifyJobList")) {
object.verifyJobList = $root.meshbackup.VerifyJobListRequest.toObject(message.verifyJobList, options, _depth + 1);
if (options.oneofs)
object.request = "verifyJobList";
}
if (message.verifyJobRemove != null && $Object.hasOwnProperty.call(message, "verifyJobRemove")) {
object.verifyJobRemove = $root.meshbackup.JobRemove.toObject(message.verifyJobRemove, options, _depth + 1);
if (options.oneofs)
object.request = "verifyJobRemove";
}
if (message.verifyJobRun != null && $Object.hasOwnProperty.call(message, "verifyJobRun")) {
object.verifyJobRun = $root.meshbackup.JobRun.toObject(message.verifyJobRun, options, _depth + 1);
if (options.oneofs)
object.request = "verifyJobRun";
}
if (message.keyCreate != null && $Object.hasOwnProperty.call(message, "keyCreate")) {
object.keyCreate = $root.meshbackup.KeyCreate.toObject(message.keyCreate, options, _depth + 1);
if (options.oneofs)
object.request = "keyCreate";
}
if (message.keyList != null && $Object.hasOwnProperty.call(message, "keyList")) {
object.keyList = $root.meshbackup.KeyListRequest.toObject(message.keyList, options, _depth + 1);
if (options.oneofs)
object.request = "keyList";
}
if (message.keyExport != null && $Object.hasOwnProperty.call(message, "keyExport")) {
object.keyExport = $root.meshbackup.KeyExport.toObject(message.keyExport, options, _depth + 1);
if (options.oneofs)
object.request = "keyExport";
}
if (message.keyImport != null && $Object.hasOwnProperty.call(message, "keyImport")) {
object.keyImport = $root.meshbackup.KeyImport.toObject(message.keyImport, options, _depth + 1);
if (options.oneofs)
object.request = "keyImport";
}
if (message.keyChangePassphrase != null && $Object.hasOwnProperty.call(message, "keyChangePassphrase")) {
object.keyChangePassphrase = $root.meshbackup.KeyChangePassphrase.toObject(message.keyChangePassphrase, options, _depth + 1);
if (options.oneofs)
object.request = "keyChangePassphrase";
}
if (message.keyGet != null && $Object.hasOwnProperty.call(message, "keyGet")) {
object.keyGet = $root.meshbackup.KeyGet.toObject(message.keyGet, options, _depth + 1);
if (options.oneofs)
object.request = "keyGet";
}
if (message.copyJobAdd != null && $Object.hasOwnProperty.call(message, "copyJobAdd")) {
object.copyJobAdd = $root.meshbackup.CopyJob.toObject(message.copyJobAdd, options, _depth + 1);
if (options.oneofs)
object.request = "copyJobAdd";
}
if (message.copyJobList != null && $Object.hasOwnProperty.call(message, "copyJobList")) {
object.copyJobList = $root.meshbackup.CopyJobListRequest.toObject(message.copyJobList, options, _depth + 1);
if (options.oneofs)
object.request = "copyJobList";
}
if (message.copyJobRemove != null && $Object.hasOwnProperty.call(message, "copyJobRemove")) {
object.copyJobRemove = $root.meshbackup.JobRemove.toObject(message.copyJobRemove, options, _depth + 1);
if (options.oneofs)
object.request = "copyJobRemove";
}
if (message.copyJobRun != null && $Object.hasOwnProperty.call(message, "copyJobRun")) {
object.copyJobRun = $root.meshbackup.JobRun.toObject(message.copyJobRun, options, _depth + 1);
if (options.oneofs)
object.request = "copyJobRun";
}
if (message.throttleAdd != null && $Object.hasOwnProperty.call(message, "throttleAdd")) {
object.throttleAdd = $root.meshbackup.TrafficRule.toObject(message.throttleAdd, options, _depth + 1);
if (options.oneofs)
object.request = "throttleAdd";
}
if (message.throttleList != null && $Object.hasOwnProperty.call(message, "throttleList")) {
object.throttleList = $root.meshbackup.ThrottleListRequest.toObject(message.throttleList, options, _depth + 1);
if (options.oneofs)
object.request = "throttleList";
}
if (message.throttleRemove != null && $Object.hasOwnProperty.call(message, "throttleRemove")) {
object.throttleRemove = $root.meshbackup.ThrottleRemove.toObject(message.throttleRemove, options, _depth + 1);
if (options.oneofs)
object.request = "throttleRemove";
}
if (message.recover != null && $Object.hasOwnProperty.call(message, "recover")) {
object.recover = $root.meshbackup.RecoverRequest.toObject(message.recover, options, _depth + 1);
if (options.oneofs)
object.request = "recover";
}
if (message.recoveryAction != null && $Object.hasOwnProperty.call(message, "recoveryAction")) {
object.recoveryAction = $root.meshbackup.RecoveryAction.toObject(message.recoveryAction, options, _depth + 1);
if (options.oneofs)
object.request = "recoveryAction";
}
if (message.recoveryList != null && $Object.hasOwnProperty.call(message, "recoveryList")) {
object.recoveryList = $root.meshbackup.RecoveryListRequest.toObject(message.recoveryList, options, _depth + 1);
if (options.oneofs)
object.request = "recoveryList";
}
if (message.bootCheckBegin != null && $Object.hasOwnProperty.call(message, "bootCheckBegin")) {
object.bootCheckBegin = $root.meshbackup.BootCheckBegin.toObject(message.bootCheckBegin, options, _depth + 1);
if (options.oneofs)
object.request = "bootCheckBegin";
}
if (message.bootCheckRecord != null && $Object.hasOwnProperty.call(message, "bootCheckRecord")) {
object.bootCheckRecord = $root.meshbackup.BootCheckRecord.toObject(message.bootCheckRecord, options, _depth + 1);
if (options.oneofs)
object.request = "bootCheckRecord";
}
if (message.bootCheckList != null && $Object.hasOwnProperty.call(message, "bootCheckList")) {
object.bootCheckList = $root.meshbackup.BootCheckListRequest.toObject(message.bootCheckList, options, _depth + 1);
if (options.oneofs)
object.request = "bootCheckList";
}
if (message.bootCheckScreenshot != null && $Object.hasOwnProperty.call(message, "bootCheckScreenshot")) {
object.bootCheckScreenshot = $root.meshbackup.BootCheckScreenshotRequest.toObject(message.bootCheckScreenshot, options, _depth + 1);
if (options.oneofs)
object.request = "bootCheckScreenshot";
}
if (message.protection != null && $Object.hasOwnProperty.call(message, "protection")) {
object.protection = $root.meshbackup.ProtectionRequest.toObject(message.protection, options, _depth + 1);
if (options.oneofs)
object.request = "protection";
}
if (message.bootCheck != null && $Object.hasOwnProperty.call(message, "bootCheck")) {
object.bootCheck = $root.meshbackup.BootCheckRequest.toObject(message.bootCheck, options, _depth + 1);
if (options.oneofs)
object.request = "bootCheck";
}
if (message.filesList != null && $Object.hasOwnProperty.call(message, "filesList")) {
object.filesList = $root.meshbackup.FilesList.toObject(message.filesList, options, _depth + 1);
if (options.oneofs)
object.request = "filesList";
}
if (message.filesFind != null && $Object.hasOwnProperty.call(message, "filesFind")) {
object.filesFind = $root.meshbackup.FilesFind.toObject(message.filesFind, options, _depth + 1);
if (options.oneofs)
object.request = "filesFind";
}
if (message.filesGet != null && $Object.hasOwnProperty.call(message, "filesGet")) {
object.filesGet = $root.meshbackup.FilesGet.toObject(message.filesGet, options, _depth + 1);
if (options.oneofs)
object.request = "filesGet";
}
if (message.bootCheckJobAdd != null && $Object.hasOwnProperty.call(message, "bootCheckJobAdd")) {
object.bootCheckJobAdd = $root.meshbackup.BootCheckJob.toObject(message.bootCheckJobAdd, options, _depth + 1);
if (options.oneofs)
object.request = "bootCheckJobAdd";
}
if (message.bootCheckJobList != null && $Object.hasOwnProperty.call(message, "bootCheckJobList")) {
object.bootCheckJobList = $root.meshbackup.BootCheckJobListRequest.toObject(message.bootCheckJobList, options, _depth + 1);
if (options.oneofs)
object.request = "bootCheckJobList";
}
if (message.bootCheckJobRemove != null && $Object.hasOwnProperty.call(message, "bootCheckJobRemove")) {
object.bootCheckJobRemove = $root.meshbackup.JobRemove.toObject(message.bootCheckJobRemove, options, _depth + 1);
if (options.oneofs)
object.request = "bootCheckJobRemove";
}
if (message.bootCheckJobRun != null && $Object.hasOwnProperty.call(message, "bootCheckJobRun")) {
object.bootCheckJobRun = $root.meshbackup.JobRun.toObject(message.bootCheckJobRun, options, _depth + 1);
if (options.oneofs)
object.request = "bootCheckJobRun";
}
return object;
};

AdminRequest.prototype.toJSON = function() {
return AdminRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return AdminRequest;
})();

meshbackup.AdminReply = (function() {

const AdminReply = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

AdminReply.prototype.ok = null;
AdminReply.prototype.error = null;
AdminReply.prototype.status = null;
AdminReply.prototype.hosts = null;
AdminReply.prototype.jobs = null;
AdminReply.prototype.session = null;
AdminReply.prototype.points = null;
AdminReply.prototype.verifyReport = null;
AdminReply.prototype.progress = null;
AdminReply.prototype.restoreDone = null;
AdminReply.prototype.sessions = null;
AdminReply.prototype.gcReport = null;
AdminReply.prototype.hostCheck = null;
AdminReply.prototype.pointsForgotten = null;
AdminReply.prototype.events = null;
AdminReply.prototype.rebuildReports = null;
AdminReply.prototype.verifyJobs = null;
AdminReply.prototype.verifyJob = null;
AdminReply.prototype.copyJobs = null;
AdminReply.prototype.copyJob = null;
AdminReply.prototype.keys = null;
AdminReply.prototype.key = null;
AdminReply.prototype.throttleRules = null;
AdminReply.prototype.recovery = null;
AdminReply.prototype.recoveries = null;
AdminReply.prototype.keyExported = null;
AdminReply.prototype.keyMaterial = null;
AdminReply.prototype.filesListing = null;
AdminReply.prototype.filesGot = null;
AdminReply.prototype.bootCheck = null;
AdminReply.prototype.bootChecks = null;
AdminReply.prototype.bootCheckScreenshot = null;
AdminReply.prototype.protection = null;
AdminReply.prototype.bootCheckJobs = null;
AdminReply.prototype.bootCheckJob = null;

let $oneOfFields;

$Object.defineProperty(AdminReply.prototype, "reply", {
get: $util.oneOfGetter($oneOfFields = ["ok", "error", "status", "hosts", "jobs", "session", "points", "verifyReport", "progress", "restoreDone", "sessions", "gcReport", "hostCheck", "pointsForgotten", "events", "rebuildReports", "verifyJobs", "verifyJob", "copyJobs", "copyJob", "keys", "key", "throttleRules", "recovery", "recoveries", "keyExported", "keyMaterial", "filesListing", "filesGot", "bootCheck", "bootChecks", "bootCheckScreenshot", "protection", "bootCheckJobs", "bootCheckJob"]),
set: $util.oneOfSetter($oneOfFields)
});

AdminReply.create = function(properties) {
return new AdminReply(properties);
};

AdminReply.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
$root.meshbackup.Ok.encode(message.ok, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
$root.meshbackup.AdminError.encode(message.error, writer.uint32(18).fork(), _depth + 1).ldelim();
if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
$root.meshbackup.StatusReply.encode(message.status, writer.uint32(26).fork(), _depth + 1).ldelim();
if (message.hosts != null && $Object.hasOwnProperty.call(message, "hosts"))
$root.meshbackup.HostList.encode(message.hosts, writer.uint32(34).fork(), _depth + 1).ldelim();
if (message.jobs != null && $Object.hasOwnProperty.call(message, "jobs"))
$root.meshbackup.JobList.encode(message.jobs, writer.uint32(42).fork(), _depth + 1).ldelim();
if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
$root.meshbackup.SessionRecord.encode(message.session, writer.uint32(50).fork(), _depth + 1).ldelim();
if (message.points != null && $Object.hasOwnProperty.call(message, "points"))
$root.meshbackup.PointsList.encode(message.points, writer.uint32(58).fork(), _depth + 1).ldelim();
if (message.verifyReport != null && $Object.hasOwnProperty.call(message, "verifyReport"))
$root.meshbackup.VerifyReport.encode(message.verifyReport, writer.uint32(66).fork(), _depth + 1).ldelim();
if (message.progress != null && $Object.hasOwnProperty.call(message, "progress"))
$root.meshbackup.Progress.encode(message.progress, writer.uint32(74).fork(), _depth + 1).ldelim();
if (message.restoreDone != null && $Object.hasOwnProperty.call(message, "restoreDone"))
$root.meshbackup.RestoreDone.encode(message.restoreDone, writer.uint32(82).fork(), _depth + 1).ldelim();
if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions"))
$root.meshbackup.SessionRecords.encode(message.sessions, writer.uint32(90).fork(), _depth + 1).ldelim();
if (message.gcReport != null && $Object.hasOwnProperty.call(message, "gcReport"))
$root.meshbackup.GcReport.encode(message.gcReport, writer.uint32(98).fork(), _depth + 1).ldelim();
if (message.hostCheck != null && $Object.hasOwnProperty.call(message, "hostCheck"))
$root.meshbackup.HostCheckReply.encode(message.hostCheck, writer.uint32(106).fork(), _depth + 1).ldelim();
if (message.pointsForgotten != null && $Object.hasOwnProperty.call(message, "pointsForgotten"))
$root.meshbackup.PointsForgotten.encode(message.pointsForgotten, writer.uint32(114).fork(), _depth + 1).ldelim();
if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
$root.meshbackup.EventList.encode(message.events, writer.uint32(122).fork(), _depth + 1).ldelim();
if (message.rebuildReports != null && $Object.hasOwnProperty.call(message, "rebuildReports"))
$root.meshbackup.RebuildReports.encode(message.rebuildReports, writer.uint32(242).fork(), _depth + 1).ldelim();
if (message.verifyJobs != null && $Object.hasOwnProperty.call(message, "verifyJobs"))
$root.meshbackup.VerifyJobList.encode(message.verifyJobs, writer.uint32(482).fork(), _depth + 1).ldelim();
if (message.verifyJob != null && $Object.hasOwnProperty.call(message, "verifyJob"))
$root.meshbackup.VerifyJob.encode(message.verifyJob, writer.uint32(490).fork(), _depth + 1).ldelim();
if (message.keys != null && $Object.hasOwnProperty.call(message, "keys"))
$root.meshbackup.KeyList.encode(message.keys, writer.uint32(562).fork(), _depth + 1).ldelim();
if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
$root.meshbackup.KeyInfo.encode(message.key, writer.uint32(570).fork(), _depth + 1).ldelim();
if (message.keyExported != null && $Object.hasOwnProperty.call(message, "keyExported"))
$root.meshbackup.KeyExported.encode(message.keyExported, writer.uint32(578).fork(), _depth + 1).ldelim();
if (message.keyMaterial != null && $Object.hasOwnProperty.call(message, "keyMaterial"))
$root.meshbackup.KeyMaterial.encode(message.keyMaterial, writer.uint32(586).fork(), _depth + 1).ldelim();
if (message.copyJobs != null && $Object.hasOwnProperty.call(message, "copyJobs"))
$root.meshbackup.CopyJobList.encode(message.copyJobs, writer.uint32(722).fork(), _depth + 1).ldelim();
if (message.copyJob != null && $Object.hasOwnProperty.call(message, "copyJob"))
$root.meshbackup.CopyJob.encode(message.copyJob, writer.uint32(730).fork(), _depth + 1).ldelim();
if (message.throttleRules != null && $Object.hasOwnProperty.call(message, "throttleRules"))
$root.meshbackup.ThrottleList.encode(message.throttleRules, writer.uint32(762).fork(), _depth + 1).ldelim();
if (message.recovery != null && $Object.hasOwnProperty.call(message, "recovery"))
$root.meshbackup.RecoveryInfo.encode(message.recovery, writer.uint32(802).fork(), _depth + 1).ldelim();
if (message.recoveries != null && $Object.hasOwnProperty.call(message, "recoveries"))
$root.meshbackup.RecoveryList.encode(message.recoveries, writer.uint32(810).fork(), _depth + 1).ldelim();
if (message.bootCheck != null && $Object.hasOwnProperty.call(message, "bootCheck"))
$root.meshbackup.BootCheck.encode(message.bootCheck, writer.uint32(882).fork(), _depth + 1).ldelim();
if (message.bootChecks != null && $Object.hasOwnProperty.call(message, "bootChecks"))
$root.meshbackup.BootCheckList.encode(message.bootChecks, writer.uint32(890).fork(), _depth + 1).ldelim();
if (message.bootCheckScreenshot != null && $Object.hasOwnProperty.call(message, "bootCheckScreenshot"))
$root.meshbackup.BootCheckScreenshot.encode(message.bootCheckScreenshot, writer.uint32(898).fork(), _depth + 1).ldelim();
if (message.protection != null && $Object.hasOwnProperty.call(message, "protection"))
$root.meshbackup.ProtectionReport.encode(message.protection, writer.uint32(906).fork(), _depth + 1).ldelim();
if (message.filesListing != null && $Object.hasOwnProperty.call(message, "filesListing"))
$root.meshbackup.FilesListing.encode(message.filesListing, writer.uint32(962).fork(), _depth + 1).ldelim();
if (message.filesGot != null && $Object.hasOwnProperty.call(message, "filesGot"))
$root.meshbackup.FilesGot.encode(message.filesGot, writer.uint32(970).fork(), _depth + 1).ldelim();
if (message.bootCheckJobs != null && $Object.hasOwnProperty.call(message, "bootCheckJobs"))
$root.meshbackup.BootCheckJobList.encode(message.bootCheckJobs, writer.uint32(1042).fork(), _depth + 1).ldelim();
if (message.bootCheckJob != null && $Object.hasOwnProperty.call(message, "bootCheckJob"))
$root.meshbackup.BootCheckJob.encode(message.bootCheckJob, writer.uint32(1050).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

AdminReply.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.AdminReply();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.ok = $root.meshbackup.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
message.reply = "ok";
continue;
}
case 2: {
if (wireType !== 2)
break;
message.error = $root.meshbackup.AdminError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
message.reply = "error";
continue;
}
case 3: {
if (wireType !== 2)
break;
message.status = $root.meshbackup.StatusReply.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
message.reply = "status";
continue;
}
case 4: {
if (wireType !== 2)
break;
message.hosts = $root.meshbackup.HostList.decode(reader, reader.size(), $undefined, _depth + 1, message.hosts);
message.reply = "hosts";
continue;
}
case 5: {
if (wireType !== 2)
break;
message.jobs = $root.meshbackup.JobList.decode(reader, reader.size(), $undefined, _depth + 1, message.jobs);
message.reply = "jobs";
continue;
}
case 6: {
if (wireType !== 2)
break;
message.session = $root.meshbackup.SessionRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.session);
message.reply = "session";
continue;
}
case 7: {
if (wireType !== 2)
break;
message.points = $root.meshbackup.PointsList.decode(reader, reader.size(), $undefined, _depth + 1, message.points);
message.reply = "points";
continue;
}
case 8: {
if (wireType !== 2)
break;
message.verifyReport = $root.meshbackup.VerifyReport.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyReport);
message.reply = "verifyReport";
continue;
}
case 9: {
if (wireType !== 2)
break;
message.progress = $root.meshbackup.Progress.decode(reader, reader.size(), $undefined, _depth + 1, message.progress);
message.reply = "progress";
continue;
}
case 10: {
if (wireType !== 2)
break;
message.restoreDone = $root.meshbackup.RestoreDone.decode(reader, reader.size(), $undefined, _depth + 1, message.restoreDone);
message.reply = "restoreDone";
continue;
}
case 11: {
if (wireType !== 2)
break;
message.sessions = $root.meshbackup.SessionRecords.decode(reader, reader.size(), $undefined, _depth + 1, message.sessions);
message.reply = "sessions";
continue;
}
case 12: {
if (wireType !== 2)
break;
message.gcReport = $root.meshbackup.GcReport.decode(reader, reader.size(), $undefined, _depth + 1, message.gcReport);
message.reply = "gcReport";
continue;
}
case 13: {
if (wireType !== 2)
break;
message.hostCheck = $root.meshbackup.HostCheckReply.decode(reader, reader.size(), $undefined, _depth + 1, message.hostCheck);
message.reply = "hostCheck";
continue;
}
case 14: {
if (wireType !== 2)
break;
message.pointsForgotten = $root.meshbackup.PointsForgotten.decode(reader, reader.size(), $undefined, _depth + 1, message.pointsForgotten);
message.reply = "pointsForgotten";
continue;
}
case 15: {
if (wireType !== 2)
break;
message.events = $root.meshbackup.EventList.decode(reader, reader.size(), $undefined, _depth + 1, message.events);
message.reply = "events";
continue;
}
case 30: {
if (wireType !== 2)
break;
message.rebuildReports = $root.meshbackup.RebuildReports.decode(reader, reader.size(), $undefined, _depth + 1, message.rebuildReports);
message.reply = "rebuildReports";
continue;
}
case 60: {
if (wireType !== 2)
break;
message.verifyJobs = $root.meshbackup.VerifyJobList.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyJobs);
message.reply = "verifyJobs";
continue;
}
case 61: {
if (wireType !== 2)
break;
message.verifyJob = $root.meshbackup.VerifyJob.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyJob);
message.reply = "verifyJob";
continue;
}
case 90: {
if (wireType !== 2)
break;
message.copyJobs = $root.meshbackup.CopyJobList.decode(reader, reader.size(), $undefined, _depth + 1, message.copyJobs);
message.reply = "copyJobs";
continue;
}
case 91: {
if (wireType !== 2)
break;
message.copyJob = $root.meshbackup.CopyJob.decode(reader, reader.size(), $undefined, _depth + 1, message.copyJob);
message.reply = "copyJob";
continue;
}
case 70: {
if (wireType !== 2)
break;
message.keys = $root.meshbackup.KeyList.decode(reader, reader.size(), $undefined, _depth + 1, message.keys);
message.reply = "keys";
continue;
}
case 71: {
if (wireType !== 2)
break;
message.key = $root.meshbackup.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
message.reply = "key";
continue;
}
case 95: {
if (wireType !== 2)
break;
message.throttleRules = $root.meshbackup.ThrottleList.decode(reader, reader.size(), $undefined, _depth + 1, message.throttleRules);
message.reply = "throttleRules";
continue;
}
case 100: {
if (wireType !== 2)
break;
message.recovery = $root.meshbackup.RecoveryInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.recovery);
message.reply = "recovery";
continue;
}
case 101: {
if (wireType !== 2)
break;
message.recoveries = $root.meshbackup.RecoveryList.decode(reader, reader.size(), $undefined, _depth + 1, message.recoveries);
message.reply = "recoveries";
continue;
}
case 72: {
if (wireType !== 2)
break;
message.keyExported = $root.meshbackup.KeyExported.decode(reader, reader.size(), $undefined, _depth + 1, message.keyExported);
message.reply = "keyExported";
continue;
}
case 73: {
if (wireType !== 2)
break;
message.keyMaterial = $root.meshbackup.KeyMaterial.decode(reader, reader.size(), $undefined, _depth + 1, message.keyMaterial);
message.reply = "keyMaterial";
continue;
}
case 120: {
if (wireType !== 2)
break;
message.filesListing = $root.meshbackup.FilesListing.decode(reader, reader.size(), $undefined, _depth + 1, message.filesListing);
message.reply = "filesListing";
continue;
}
case 121: {
if (wireType !== 2)
break;
message.filesGot = $root.meshbackup.FilesGot.decode(reader, reader.size(), $undefined, _depth + 1, message.filesGot);
message.reply = "filesGot";
continue;
}
case 110: {
if (wireType !== 2)
break;
message.bootCheck = $root.meshbackup.BootCheck.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheck);
message.reply = "bootCheck";
continue;
}
case 111: {
if (wireType !== 2)
break;
message.bootChecks = $root.meshbackup.BootCheckList.decode(reader, reader.size(), $undefined, _depth + 1, message.bootChecks);
message.reply = "bootChecks";
continue;
}
case 112: {
if (wireType !== 2)
break;
message.bootCheckScreenshot = $root.meshbackup.BootCheckScreenshot.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckScreenshot);
message.reply = "bootCheckScreenshot";
continue;
}
case 113: {
if (wireType !== 2)
break;
message.protection = $root.meshbackup.ProtectionReport.decode(reader, reader.size(), $undefined, _depth + 1, message.protection);
message.reply = "protection";
continue;
}
case 130: {
if (wireType !== 2)
break;
message.bootCheckJobs = $root.meshbackup.BootCheckJobList.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckJobs);
message.reply = "bootCheckJobs";
continue;
}
case 131: {
if (wireType !== 2)
break;
message.bootCheckJob = $root.meshbackup.BootCheckJob.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheckJob);
message.reply = "bootCheckJob";
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


AdminReply.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
object.ok = $root.meshbackup.Ok.toObject(message.ok, options, _depth + 1);
if (options.oneofs)
object.reply = "ok";
}
if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
object.error = $root.meshbackup.AdminError.toObject(message.error, options, _depth + 1);
if (options.oneofs)
object.reply = "error";
}
if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
object.status = $root.meshbackup.StatusReply.toObject(message.status, options, _depth + 1);
if (options.oneofs)
object.reply = "status";
}
if (message.hosts != null && $Object.hasOwnProperty.call(message, "hosts")) {
object.hosts = $root.meshbackup.HostList.toObject(message.hosts, options, _depth + 1);
if (options.oneofs)
object.reply = "hosts";
}
if (message.jobs != null && $Object.hasOwnProperty.call(message, "jobs")) {
object.jobs = $root.meshbackup.JobList.toObject(message.jobs, options, _depth + 1);
if (options.oneofs)
object.reply = "jobs";
}
if (message.session != null && $Object.hasOwnProperty.call(message, "session")) {
object.session = $root.meshbackup.SessionRecord.toObject(message.session, options, _depth + 1);
if (options.oneofs)
object.reply = "session";
}
if (message.points != null && $Object.hasOwnProperty.call(message, "points")) {
object.points = $root.meshbackup.PointsList.toObject(message.points, options, _depth + 1);
if (options.oneofs)
object.reply = "points";
}
if (message.verifyReport != null && $Object.hasOwnProperty.call(message, "verifyReport")) {
object.verifyReport = $root.meshbackup.VerifyReport.toObject(message.verifyReport, options, _depth + 1);
if (options.oneofs)
object.reply = "verifyReport";
}
if (message.progress != null && $Object.hasOwnProperty.call(message, "progress")) {
object.progress = $root.meshbackup.Progress.toObject(message.progress, options, _depth + 1);
if (options.oneofs)
object.reply = "progress";
}
if (message.restoreDone != null && $Object.hasOwnProperty.call(message, "restoreDone")) {
object.restoreDone = $root.meshbackup.RestoreDone.toObject(message.restoreDone, options, _depth + 1);
if (options.oneofs)
object.reply = "restoreDone";
}
if (message.sessions != null && $Object.hasOwnProperty.call(message, "sessions")) {
object.sessions = $root.meshbackup.SessionRecords.toObject(message.sessions, options, _depth + 1);
if (options.oneofs)
object.reply = "sessions";
}
if (message.gcReport != null && $Object.hasOwnProperty.call(message, "gcReport")) {
object.gcReport = $root.meshbackup.GcReport.toObject(message.gcReport, options, _depth + 1);
if (options.oneofs)
object.reply = "gcReport";
}
if (message.hostCheck != null && $Object.hasOwnProperty.call(message, "hostCheck")) {
object.hostCheck = $root.meshbackup.HostCheckReply.toObject(message.hostCheck, options, _depth + 1);
if (options.oneofs)
object.reply = "hostCheck";
}
if (message.pointsForgotten != null && $Object.hasOwnProperty.call(message, "pointsForgotten")) {
object.pointsForgotten = $root.meshbackup.PointsForgotten.toObject(message.pointsForgotten, options, _depth + 1);
if (options.oneofs)
object.reply = "pointsForgotten";
}
if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
object.events = $root.meshbackup.EventList.toObject(message.events, options, _depth + 1);
if (options.oneofs)
object.reply = "events";
}
if (message.rebuildReports != null && $Object.hasOwnProperty.call(message, "rebuildReports")) {
object.rebuildReports = $root.meshbackup.RebuildReports.toObject(message.rebuildReports, options, _depth + 1);
if (options.oneofs)
object.reply = "rebuildReports";
}
if (message.verifyJobs != null && $Object.hasOwnProperty.call(message, "verifyJobs")) {
object.verifyJobs = $root.meshbackup.VerifyJobList.toObject(message.verifyJobs, options, _depth + 1);
if (options.oneofs)
object.reply = "verifyJobs";
}
if (message.verifyJob != null && $Object.hasOwnProperty.call(message, "verifyJob")) {
object.verifyJob = $root.meshbackup.VerifyJob.toObject(message.verifyJob, options, _depth + 1);
if (options.oneofs)
object.reply = "verifyJob";
}
if (message.keys != null && $Object.hasOwnProperty.call(message, "keys")) {
object.keys = $root.meshbackup.KeyList.toObject(message.keys, options, _depth + 1);
if (options.oneofs)
object.reply = "keys";
}
if (message.key != null && $Object.hasOwnProperty.call(message, "key")) {
object.key = $root.meshbackup.KeyInfo.toObject(message.key, options, _depth + 1);
if (options.oneofs)
object.reply = "key";
}
if (message.keyExported != null && $Object.hasOwnProperty.call(message, "keyExported")) {
object.keyExported = $root.meshbackup.KeyExported.toObject(message.keyExported, options, _depth + 1);
if (options.oneofs)
object.reply = "keyExported";
}
if (message.keyMaterial != null && $Object.hasOwnProperty.call(message, "keyMaterial")) {
object.keyMaterial = $root.meshbackup.KeyMaterial.toObject(message.keyMaterial, options, _depth + 1);
if (options.oneofs)
object.reply = "keyMaterial";
}
if (message.copyJobs != null && $Object.hasOwnProperty.call(message, "copyJobs")) {
object.copyJobs = $root.meshbackup.CopyJobList.toObject(message.copyJobs, options, _depth + 1);
if (options.oneofs)
object.reply = "copyJobs";
}
if (message.copyJob != null && $Object.hasOwnProperty.call(message, "copyJob")) {
object.copyJob = $root.meshbackup.CopyJob.toObject(message.copyJob, options, _depth + 1);
if (options.oneofs)
object.reply = "copyJob";
}
if (message.throttleRules != null && $Object.hasOwnProperty.call(message, "throttleRules")) {
object.throttleRules = $root.meshbackup.ThrottleList.toObject(message.throttleRules, options, _depth + 1);
if (options.oneofs)
object.reply = "throttleRules";
}
if (message.recovery != null && $Object.hasOwnProperty.call(message, "recovery")) {
object.recovery = $root.meshbackup.RecoveryInfo.toObject(message.recovery, options, _depth + 1);
if (options.oneofs)
object.reply = "recovery";
}
if (message.recoveries != null && $Object.hasOwnProperty.call(message, "recoveries")) {
object.recoveries = $root.meshbackup.RecoveryList.toObject(message.recoveries, options, _depth + 1);
if (options.oneofs)
object.reply = "recoveries";
}
if (message.bootCheck != null && $Object.hasOwnProperty.call(message, "bootCheck")) {
object.bootCheck = $root.meshbackup.BootCheck.toObject(message.bootCheck, options, _depth + 1);
if (options.oneofs)
object.reply = "bootCheck";
}
if (message.bootChecks != null && $Object.hasOwnProperty.call(message, "bootChecks")) {
object.bootChecks = $root.meshbackup.BootCheckList.toObject(message.bootChecks, options, _depth + 1);
if (options.oneofs)
object.reply = "bootChecks";
}
if (message.bootCheckScreenshot != null && $Object.hasOwnProperty.call(message, "bootCheckScreenshot")) {
object.bootCheckScreenshot = $root.meshbackup.BootCheckScreenshot.toObject(message.bootCheckScreenshot, options, _depth + 1);
if (options.oneofs)
object.reply = "bootCheckScreenshot";
}
if (message.protection != null && $Object.hasOwnProperty.call(message, "protection")) {
object.protection = $root.meshbackup.ProtectionReport.toObject(message.protection, options, _depth + 1);
if (options.oneofs)
object.reply = "protection";
}
if (message.filesListing != null && $Object.hasOwnProperty.call(message, "filesListing")) {
object.filesListing = $root.meshbackup.FilesListing.toObject(message.filesListing, options, _depth + 1);
if (options.oneofs)
object.reply = "filesListing";
}
if (message.filesGot != null && $Object.hasOwnProperty.call(message, "filesGot")) {
object.filesGot = $root.meshbackup.FilesGot.toObject(message.filesGot, options, _depth + 1);
if (options.oneofs)
object.reply = "filesGot";
}
if (message.bootCheckJobs != null && $Object.hasOwnProperty.call(message, "bootCheckJobs")) {
object.bootCheckJobs = $root.meshbackup.BootCheckJobList.toObject(message.bootCheckJobs, options, _depth + 1);
if (options.oneofs)
object.reply = "bootCheckJobs";
}
if (message.bootCheckJob != null && $Object.hasOwnProperty.call(message, "bootCheckJob")) {
object.bootCheckJob = $root.meshbackup.BootCheckJob.toObject(message.bootCheckJob, options, _depth + 1);
if (options.oneofs)
object.reply = "bootCheckJob";
}
return object;
};

AdminReply.prototype.toJSON = function() {
return AdminReply.toObject(this, $protobuf.util.toJSONOptions);
};

return AdminReply;
})();

meshbackup.SessionList = (function() {

const SessionList = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

SessionList.prototype.job = "";
SessionList.prototype.limit = 0;

SessionList.create = function(properties) {
return new SessionList(properties);
};

SessionList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(10).string(message.job);
if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
writer.uint32(16).uint32(message.limit);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

SessionList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.SessionList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.limit = value;
else
delete message.limit;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


SessionList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.job = "";
object.limit = 0;
}
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
object.limit = message.limit;
return object;
};

SessionList.prototype.toJSON = function() {
return SessionList.toObject(this, $protobuf.util.toJSONOptions);
};

return SessionList;
})();

meshbackup.SessionRecords = (function() {

const SessionRecords = function (properties) {
this.sessions = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

SessionRecords.prototype.sessions = $util.emptyArray;

SessionRecords.create = function(properties) {
return new SessionRecords(properties);
};

SessionRecords.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.sessions != null && message.sessions.length)
for (let i = 0; i < message.sessions.length; ++i)
$root.meshbackup.SessionRecord.encode(message.sessions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

SessionRecords.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.SessionRecords();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.sessions && message.sessions.length))
message.sessions = [];
message.sessions.push($root.meshbackup.SessionRecord.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


SessionRecords.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.sessions = [];
if (message.sessions && message.sessions.length) {
object.sessions = $Array(message.sessions.length);
for (let j = 0; j < message.sessions.length; ++j)
object.sessions[j] = $root.meshbackup.SessionRecord.toObject(message.sessions[j], options, _depth + 1);
}
return object;
};

SessionRecords.prototype.toJSON = function() {
return SessionRecords.toObject(this, $protobuf.util.toJSONOptions);
};

return SessionRecords;
})();

meshbackup.AdminError = (function() {

const AdminError = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

AdminError.prototype.code = "";
AdminError.prototype.message = "";

AdminError.create = function(properties) {
return new AdminError(properties);
};

AdminError.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
writer.uint32(10).string(message.code);
if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
writer.uint32(18).string(message.message);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

AdminError.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.AdminError();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.code = value;
else
delete message.code;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.message = value;
else
delete message.message;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


AdminError.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.code = "";
object.message = "";
}
if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
object.code = message.code;
if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
object.message = message.message;
return object;
};

AdminError.prototype.toJSON = function() {
return AdminError.toObject(this, $protobuf.util.toJSONOptions);
};

return AdminError;
})();

meshbackup.StatusRequest = (function() {

const StatusRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

StatusRequest.create = function(properties) {
return new StatusRequest(properties);
};

StatusRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

StatusRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.StatusRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


StatusRequest.toObject = function () {
return {};
};

StatusRequest.prototype.toJSON = function() {
return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return StatusRequest;
})();

meshbackup.StatusReply = (function() {

const StatusReply = function (properties) {
this.roles = [];
this.addrs = [];
this.connected = [];
this.capacity = [];
this.members = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

StatusReply.prototype.peerId = "";
StatusReply.prototype.roles = $util.emptyArray;
StatusReply.prototype.addrs = $util.emptyArray;
StatusReply.prototype.connected = $util.emptyArray;
StatusReply.prototype.capacity = $util.emptyArray;
StatusReply.prototype.members = $util.emptyArray;

StatusReply.create = function(properties) {
return new StatusReply(properties);
};

StatusReply.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
writer.uint32(10).string(message.peerId);
if (message.roles != null && message.roles.length)
for (let i = 0; i < message.roles.length; ++i)
writer.uint32(18).string(message.roles[i]);
if (message.addrs != null && message.addrs.length)
for (let i = 0; i < message.addrs.length; ++i)
writer.uint32(26).string(message.addrs[i]);
if (message.connected != null && message.connected.length)
for (let i = 0; i < message.connected.length; ++i)
writer.uint32(34).string(message.connected[i]);
if (message.capacity != null && message.capacity.length)
for (let i = 0; i < message.capacity.length; ++i)
$root.meshbackup.CapacityEntry.encode(message.capacity[i], writer.uint32(42).fork(), _depth + 1).ldelim();
if (message.members != null && message.members.length)
for (let i = 0; i < message.members.length; ++i)
writer.uint32(50).string(message.members[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

StatusReply.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.StatusReply();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.peerId = value;
else
delete message.peerId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.roles && message.roles.length))
message.roles = [];
message.roles.push(reader.stringVerify());
continue;
}
case 3: {
if (wireType !== 2)
break;
if (!(message.addrs && message.addrs.length))
message.addrs = [];
message.addrs.push(reader.stringVerify());
continue;
}
case 4: {
if (wireType !== 2)
break;
if (!(message.connected && message.connected.length))
message.connected = [];
message.connected.push(reader.stringVerify());
continue;
}
case 5: {
if (wireType !== 2)
break;
if (!(message.capacity && message.capacity.length))
message.capacity = [];
message.capacity.push($root.meshbackup.CapacityEntry.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 6: {
if (wireType !== 2)
break;
if (!(message.members && message.members.length))
message.members = [];
message.members.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


StatusReply.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.roles = [];
object.addrs = [];
object.connected = [];
object.capacity = [];
object.members = [];
}
if (options.defaults)
object.peerId = "";
if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
object.peerId = message.peerId;
if (message.roles && message.roles.length) {
object.roles = $Array(message.roles.length);
for (let j = 0; j < message.roles.length; ++j)
object.roles[j] = message.roles[j];
}
if (message.addrs && message.addrs.length) {
object.addrs = $Array(message.addrs.length);
for (let j = 0; j < message.addrs.length; ++j)
object.addrs[j] = message.addrs[j];
}
if (message.connected && message.connected.length) {
object.connected = $Array(message.connected.length);
for (let j = 0; j < message.connected.length; ++j)
object.connected[j] = message.connected[j];
}
if (message.capacity && message.capacity.length) {
object.capacity = $Array(message.capacity.length);
for (let j = 0; j < message.capacity.length; ++j)
object.capacity[j] = $root.meshbackup.CapacityEntry.toObject(message.capacity[j], options, _depth + 1);
}
if (message.members && message.members.length) {
object.members = $Array(message.members.length);
for (let j = 0; j < message.members.length; ++j)
object.members[j] = message.members[j];
}
return object;
};

StatusReply.prototype.toJSON = function() {
return StatusReply.toObject(this, $protobuf.util.toJSONOptions);
};

return StatusReply;
})();

meshbackup.CapacityEntry = (function() {

const CapacityEntry = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

CapacityEntry.prototype.announcement = null;
CapacityEntry.prototype.ageMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

CapacityEntry.create = function(properties) {
return new CapacityEntry(properties);
};

CapacityEntry.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.announcement != null && $Object.hasOwnProperty.call(message, "announcement"))
$root.meshbackup.Announcement.encode(message.announcement, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.ageMs != null && $Object.hasOwnProperty.call(message, "ageMs") && (typeof message.ageMs === "object" ? message.ageMs.low || message.ageMs.high : message.ageMs !== 0))
writer.uint32(16).uint64(message.ageMs);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

CapacityEntry.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.CapacityEntry();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.announcement = $root.meshbackup.Announcement.decode(reader, reader.size(), $undefined, _depth + 1, message.announcement);
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.ageMs = value;
else
delete message.ageMs;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


CapacityEntry.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.announcement = null;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.ageMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.ageMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.announcement != null && $Object.hasOwnProperty.call(message, "announcement"))
object.announcement = $root.meshbackup.Announcement.toObject(message.announcement, options, _depth + 1);
if (message.ageMs != null && $Object.hasOwnProperty.call(message, "ageMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.ageMs = typeof message.ageMs === "number" ? $BigInt(message.ageMs) : $util.Long.fromBits(message.ageMs.low >>> 0, message.ageMs.high >>> 0, true).toBigInt();
else if (typeof message.ageMs === "number")
object.ageMs = options.longs === $String ? $String(message.ageMs) : message.ageMs;
else
object.ageMs = options.longs === $String ? $util.Long.prototype.toString.call(message.ageMs) : options.longs === $Number ? new $util.LongBits(message.ageMs.low >>> 0, message.ageMs.high >>> 0).toNumber(true) : message.ageMs;
return object;
};

CapacityEntry.prototype.toJSON = function() {
return CapacityEntry.toObject(this, $protobuf.util.toJSONOptions);
};

return CapacityEntry;
})();

meshbackup.MembersAdd = (function() {

const MembersAdd = function (properties) {
this.peerIds = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

MembersAdd.prototype.peerIds = $util.emptyArray;

MembersAdd.create = function(properties) {
return new MembersAdd(properties);
};

MembersAdd.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.peerIds != null && message.peerIds.length)
for (let i = 0; i < message.peerIds.length; ++i)
writer.uint32(10).string(message.peerIds[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

MembersAdd.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.MembersAdd();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.peerIds && message.peerIds.length))
message.peerIds = [];
message.peerIds.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


MembersAdd.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.peerIds = [];
if (message.peerIds && message.peerIds.length) {
object.peerIds = $Array(message.peerIds.length);
for (let j = 0; j < message.peerIds.length; ++j)
object.peerIds[j] = message.peerIds[j];
}
return object;
};

MembersAdd.prototype.toJSON = function() {
return MembersAdd.toObject(this, $protobuf.util.toJSONOptions);
};

return MembersAdd;
})();

meshbackup.MembersRemove = (function() {

const MembersRemove = function (properties) {
this.peerIds = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

MembersRemove.prototype.peerIds = $util.emptyArray;

MembersRemove.create = function(properties) {
return new MembersRemove(properties);
};

MembersRemove.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.peerIds != null && message.peerIds.length)
for (let i = 0; i < message.peerIds.length; ++i)
writer.uint32(10).string(message.peerIds[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

MembersRemove.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.MembersRemove();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.peerIds && message.peerIds.length))
message.peerIds = [];
message.peerIds.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


MembersRemove.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.peerIds = [];
if (message.peerIds && message.peerIds.length) {
object.peerIds = $Array(message.peerIds.length);
for (let j = 0; j < message.peerIds.length; ++j)
object.peerIds[j] = message.peerIds[j];
}
return object;
};

MembersRemove.prototype.toJSON = function() {
return MembersRemove.toObject(this, $protobuf.util.toJSONOptions);
};

return MembersRemove;
})();

meshbackup.HostCheck = (function() {

const HostCheck = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

HostCheck.prototype.name = "";

HostCheck.create = function(properties) {
return new HostCheck(properties);
};

HostCheck.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

HostCheck.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.HostCheck();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


HostCheck.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults)
object.name = "";
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
return object;
};

HostCheck.prototype.toJSON = function() {
return HostCheck.toObject(this, $protobuf.util.toJSONOptions);
};

return HostCheck;
})();

meshbackup.HostCheckReply = (function() {

const HostCheckReply = function (properties) {
this.vms = [];
this.problems = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

HostCheckReply.prototype.host = null;
HostCheckReply.prototype.vms = $util.emptyArray;
HostCheckReply.prototype.problems = $util.emptyArray;
HostCheckReply.prototype.checkedBy = "";

HostCheckReply.create = function(properties) {
return new HostCheckReply(properties);
};

HostCheckReply.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
$root.meshbackup.HostSpec.encode(message.host, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.vms != null && message.vms.length)
for (let i = 0; i < message.vms.length; ++i)
$root.meshbackup.VmInfo.encode(message.vms[i], writer.uint32(18).fork(), _depth + 1).ldelim();
if (message.problems != null && message.problems.length)
for (let i = 0; i < message.problems.length; ++i)
$root.meshbackup.InventoryProblem.encode(message.problems[i], writer.uint32(26).fork(), _depth + 1).ldelim();
if (message.checkedBy != null && $Object.hasOwnProperty.call(message, "checkedBy") && message.checkedBy !== "")
writer.uint32(34).string(message.checkedBy);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

HostCheckReply.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.HostCheckReply();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.host = $root.meshbackup.HostSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.host);
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.vms && message.vms.length))
message.vms = [];
message.vms.push($root.meshbackup.VmInfo.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 3: {
if (wireType !== 2)
break;
if (!(message.problems && message.problems.length))
message.problems = [];
message.problems.push($root.meshbackup.InventoryProblem.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.checkedBy = value;
else
delete message.checkedBy;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


HostCheckReply.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.vms = [];
object.problems = [];
}
if (options.defaults) {
object.host = null;
object.checkedBy = "";
}
if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
object.host = $root.meshbackup.HostSpec.toObject(message.host, options, _depth + 1);
if (message.vms && message.vms.length) {
object.vms = $Array(message.vms.length);
for (let j = 0; j < message.vms.length; ++j)
object.vms[j] = $root.meshbackup.VmInfo.toObject(message.vms[j], options, _depth + 1);
}
if (message.problems && message.problems.length) {
object.problems = $Array(message.problems.length);
for (let j = 0; j < message.problems.length; ++j)
object.problems[j] = $root.meshbackup.InventoryProblem.toObject(message.problems[j], options, _depth + 1);
}
if (message.checkedBy != null && $Object.hasOwnProperty.call(message, "checkedBy"))
object.checkedBy = message.checkedBy;
return object;
};

HostCheckReply.prototype.toJSON = function() {
return HostCheckReply.toObject(this, $protobuf.util.toJSONOptions);
};

return HostCheckReply;
})();

meshbackup.HostRemove = (function() {

const HostRemove = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

HostRemove.prototype.name = "";
HostRemove.prototype.force = false;

HostRemove.create = function(properties) {
return new HostRemove(properties);
};

HostRemove.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
writer.uint32(16).bool(message.force);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

HostRemove.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.HostRemove();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.force = value;
else
delete message.force;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


HostRemove.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.force = false;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
object.force = message.force;
return object;
};

HostRemove.prototype.toJSON = function() {
return HostRemove.toObject(this, $protobuf.util.toJSONOptions);
};

return HostRemove;
})();

meshbackup.JobRemove = (function() {

const JobRemove = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

JobRemove.prototype.name = "";

JobRemove.create = function(properties) {
return new JobRemove(properties);
};

JobRemove.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

JobRemove.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.JobRemove();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


JobRemove.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults)
object.name = "";
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
return object;
};

JobRemove.prototype.toJSON = function() {
return JobRemove.toObject(this, $protobuf.util.toJSONOptions);
};

return JobRemove;
})();

meshbackup.JobEdit = (function() {

const JobEdit = function (properties) {
this.fields = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

JobEdit.prototype.job = null;
JobEdit.prototype.fields = $util.emptyArray;

JobEdit.create = function(properties) {
return new JobEdit(properties);
};

JobEdit.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
$root.meshbackup.Job.encode(message.job, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.fields != null && message.fields.length)
for (let i = 0; i < message.fields.length; ++i)
writer.uint32(18).string(message.fields[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

JobEdit.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.JobEdit();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.job = $root.meshbackup.Job.decode(reader, reader.size(), $undefined, _depth + 1, message.job);
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.fields && message.fields.length))
message.fields = [];
message.fields.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


JobEdit.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.fields = [];
if (options.defaults)
object.job = null;
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = $root.meshbackup.Job.toObject(message.job, options, _depth + 1);
if (message.fields && message.fields.length) {
object.fields = $Array(message.fields.length);
for (let j = 0; j < message.fields.length; ++j)
object.fields[j] = message.fields[j];
}
return object;
};

JobEdit.prototype.toJSON = function() {
return JobEdit.toObject(this, $protobuf.util.toJSONOptions);
};

return JobEdit;
})();

meshbackup.PointsForget = (function() {

const PointsForget = function (properties) {
this.pointIds = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

PointsForget.prototype.pointIds = $util.emptyArray;
PointsForget.prototype.dryRun = false;

PointsForget.create = function(properties) {
return new PointsForget(properties);
};

PointsForget.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointIds != null && message.pointIds.length)
for (let i = 0; i < message.pointIds.length; ++i)
writer.uint32(10).string(message.pointIds[i]);
if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
writer.uint32(16).bool(message.dryRun);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

PointsForget.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.PointsForget();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.pointIds && message.pointIds.length))
message.pointIds = [];
message.pointIds.push(reader.stringVerify());
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.dryRun = value;
else
delete message.dryRun;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


PointsForget.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.pointIds = [];
if (options.defaults)
object.dryRun = false;
if (message.pointIds && message.pointIds.length) {
object.pointIds = $Array(message.pointIds.length);
for (let j = 0; j < message.pointIds.length; ++j)
object.pointIds[j] = message.pointIds[j];
}
if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
object.dryRun = message.dryRun;
return object;
};

PointsForget.prototype.toJSON = function() {
return PointsForget.toObject(this, $protobuf.util.toJSONOptions);
};

return PointsForget;
})();

meshbackup.PointsForgotten = (function() {

const PointsForgotten = function (properties) {
this.forgotten = [];
this.kept = [];
this.unknown = [];
this.locked = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

PointsForgotten.prototype.forgotten = $util.emptyArray;
PointsForgotten.prototype.kept = $util.emptyArray;
PointsForgotten.prototype.dryRun = false;
PointsForgotten.prototype.unknown = $util.emptyArray;
PointsForgotten.prototype.locked = $util.emptyArray;

PointsForgotten.create = function(properties) {
return new PointsForgotten(properties);
};

PointsForgotten.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.forgotten != null && message.forgotten.length)
for (let i = 0; i < message.forgotten.length; ++i)
writer.uint32(10).string(message.forgotten[i]);
if (message.kept != null && message.kept.length)
for (let i = 0; i < message.kept.length; ++i)
writer.uint32(18).string(message.kept[i]);
if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
writer.uint32(24).bool(message.dryRun);
if (message.unknown != null && message.unknown.length)
for (let i = 0; i < message.unknown.length; ++i)
writer.uint32(34).string(message.unknown[i]);
if (message.locked != null && message.locked.length)
for (let i = 0; i < message.locked.length; ++i)
$root.meshbackup.PointLock.encode(message.locked[i], writer.uint32(42).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

PointsForgotten.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.PointsForgotten();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.forgotten && message.forgotten.length))
message.forgotten = [];
message.forgotten.push(reader.stringVerify());
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.kept && message.kept.length))
message.kept = [];
message.kept.push(reader.stringVerify());
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.dryRun = value;
else
delete message.dryRun;
continue;
}
case 4: {
if (wireType !== 2)
break;
if (!(message.unknown && message.unknown.length))
message.unknown = [];
message.unknown.push(reader.stringVerify());
continue;
}
case 5: {
if (wireType !== 2)
break;
if (!(message.locked && message.locked.length))
message.locked = [];
message.locked.push($root.meshbackup.PointLock.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


PointsForgotten.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.forgotten = [];
object.kept = [];
object.unknown = [];
object.locked = [];
}
if (options.defaults)
object.dryRun = false;
if (message.forgotten && message.forgotten.length) {
object.forgotten = $Array(message.forgotten.length);
for (let j = 0; j < message.forgotten.length; ++j)
object.forgotten[j] = message.forgotten[j];
}
if (message.kept && message.kept.length) {
object.kept = $Array(message.kept.length);
for (let j = 0; j < message.kept.length; ++j)
object.kept[j] = message.kept[j];
}
if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
object.dryRun = message.dryRun;
if (message.unknown && message.unknown.length) {
object.unknown = $Array(message.unknown.length);
for (let j = 0; j < message.unknown.length; ++j)
object.unknown[j] = message.unknown[j];
}
if (message.locked && message.locked.length) {
object.locked = $Array(message.locked.length);
for (let j = 0; j < message.locked.length; ++j)
object.locked[j] = $root.meshbackup.PointLock.toObject(message.locked[j], options, _depth + 1);
}
return object;
};

PointsForgotten.prototype.toJSON = function() {
return PointsForgotten.toObject(this, $protobuf.util.toJSONOptions);
};

return PointsForgotten;
})();

meshbackup.EventsRequest = (function() {

const EventsRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

EventsRequest.prototype.limit = 0;

EventsRequest.create = function(properties) {
return new EventsRequest(properties);
};

EventsRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
writer.uint32(8).uint32(message.limit);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

EventsRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.EventsRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.limit = value;
else
delete message.limit;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


EventsRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults)
object.limit = 0;
if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
object.limit = message.limit;
return object;
};

EventsRequest.prototype.toJSON = function() {
return EventsRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return EventsRequest;
})();

meshbackup.EventList = (function() {

const EventList = function (properties) {
this.events = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

EventList.prototype.events = $util.emptyArray;

EventList.create = function(properties) {
return new EventList(properties);
};

EventList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.events != null && message.events.length)
for (let i = 0; i < message.events.length; ++i)
$root.meshbackup.Event.encode(message.events[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

EventList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.EventList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.events && message.events.length))
message.events = [];
message.events.push($root.meshbackup.Event.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


EventList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.events = [];
if (message.events && message.events.length) {
object.events = $Array(message.events.length);
for (let j = 0; j < message.events.length; ++j)
object.events[j] = $root.meshbackup.Event.toObject(message.events[j], options, _depth + 1);
}
return object;
};

EventList.prototype.toJSON = function() {
return EventList.toObject(this, $protobuf.util.toJSONOptions);
};

return EventList;
})();

meshbackup.Event = (function() {

const Event = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

Event.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
Event.prototype.kind = "";
Event.prototype.subject = "";
Event.prototype.detail = "";
Event.prototype.node = "";

Event.create = function(properties) {
return new Event(properties);
};

Event.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
writer.uint32(8).uint64(message.atMs);
if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
writer.uint32(18).string(message.kind);
if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
writer.uint32(26).string(message.subject);
if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
writer.uint32(34).string(message.detail);
if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
writer.uint32(42).string(message.node);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

Event.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.Event();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.atMs = value;
else
delete message.atMs;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.kind = value;
else
delete message.kind;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.subject = value;
else
delete message.subject;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.detail = value;
else
delete message.detail;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.node = value;
else
delete message.node;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


Event.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.kind = "";
object.subject = "";
object.detail = "";
object.node = "";
}
if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
else if (typeof message.atMs === "number")
object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
else
object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
object.kind = message.kind;
if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
object.subject = message.subject;
if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
object.detail = message.detail;
if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
object.node = message.node;
return object;
};

Event.prototype.toJSON = function() {
return Event.toObject(this, $protobuf.util.toJSONOptions);
};

return Event;
})();

meshbackup.HostListRequest = (function() {

const HostListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

HostListRequest.create = function(properties) {
return new HostListRequest(properties);
};

HostListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

HostListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.HostListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


HostListRequest.toObject = function () {
return {};
};

HostListRequest.prototype.toJSON = function() {
return HostListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return HostListRequest;
})();

meshbackup.HostList = (function() {

const HostList = function (properties) {
this.hosts = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

HostList.prototype.hosts = $util.emptyArray;

HostList.create = function(properties) {
return new HostList(properties);
};

HostList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.hosts != null && message.hosts.length)
for (let i = 0; i < message.hosts.length; ++i)
$root.meshbackup.HostSpec.encode(message.hosts[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

HostList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.HostList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.hosts && message.hosts.length))
message.hosts = [];
message.hosts.push($root.meshbackup.HostSpec.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


HostList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.hosts = [];
if (message.hosts && message.hosts.length) {
object.hosts = $Array(message.hosts.length);
for (let j = 0; j < message.hosts.length; ++j)
object.hosts[j] = $root.meshbackup.HostSpec.toObject(message.hosts[j], options, _depth + 1);
}
return object;
};

HostList.prototype.toJSON = function() {
return HostList.toObject(this, $protobuf.util.toJSONOptions);
};

return HostList;
})();

meshbackup.Job = (function() {

const Job = function (properties) {
this.vms = [];
this.exclude = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

Job.prototype.name = "";
Job.prototype.host = "";
Job.prototype.vms = $util.emptyArray;
Job.prototype.repository = "";
Job.prototype.blockSize = 0;
Job.prototype.compression = "";
Job.prototype.compressionLevel = 0;
Job.prototype.rateLimitBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
Job.prototype.mode = "";
Job.prototype.noCbt = false;
Job.prototype.key = "";
Job.prototype.guest = null;
Job.prototype.schedule = "";
Job.prototype.retention = null;
Job.prototype.notify = null;
Job.prototype.noSkipFree = false;
Job.prototype.noSkipSwap = false;
Job.prototype.exclude = $util.emptyArray;
Job.prototype.excludeNarrowedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

Job.create = function(properties) {
return new Job(properties);
};

Job.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
writer.uint32(18).string(message.host);
if (message.vms != null && message.vms.length)
for (let i = 0; i < message.vms.length; ++i)
writer.uint32(26).string(message.vms[i]);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(34).string(message.repository);
if (message.blockSize != null && $Object.hasOwnProperty.call(message, "blockSize") && message.blockSize !== 0)
writer.uint32(40).uint32(message.blockSize);
if (message.compression != null && $Object.hasOwnProperty.call(message, "compression") && message.compression !== "")
writer.uint32(50).string(message.compression);
if (message.compressionLevel != null && $Object.hasOwnProperty.call(message, "compressionLevel") && message.compressionLevel !== 0)
writer.uint32(56).int32(message.compressionLevel);
if (message.rateLimitBps != null && $Object.hasOwnProperty.call(message, "rateLimitBps") && (typeof message.rateLimitBps === "object" ? message.rateLimitBps.low || message.rateLimitBps.high : message.rateLimitBps !== 0))
writer.uint32(64).uint64(message.rateLimitBps);
if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
writer.uint32(74).string(message.mode);
if (message.noCbt != null && $Object.hasOwnProperty.call(message, "noCbt") && message.noCbt !== false)
writer.uint32(80).bool(message.noCbt);
if (message.guest != null && $Object.hasOwnProperty.call(message, "guest"))
$root.meshbackup.GuestProcessing.encode(message.guest, writer.uint32(90).fork(), _depth + 1).ldelim();
if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
writer.uint32(98).string(message.schedule);
if (message.retention != null && $Object.hasOwnProperty.call(message, "retention"))
$root.meshbackup.Retention.encode(message.retention, writer.uint32(106).fork(), _depth + 1).ldelim();
if (message.notify != null && $Object.hasOwnProperty.call(message, "notify"))
$root.meshbackup.Notify.encode(message.notify, writer.uint32(114).fork(), _depth + 1).ldelim();
if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
writer.uint32(122).string(message.key);
if (message.noSkipFree != null && $Object.hasOwnProperty.call(message, "noSkipFree") && message.noSkipFree !== false)
writer.uint32(320).bool(message.noSkipFree);
if (message.noSkipSwap != null && $Object.hasOwnProperty.call(message, "noSkipSwap") && message.noSkipSwap !== false)
writer.uint32(328).bool(message.noSkipSwap);
if (message.exclude != null && message.exclude.length)
for (let i = 0; i < message.exclude.length; ++i)
writer.uint32(338).string(message.exclude[i]);
if (message.excludeNarrowedMs != null && $Object.hasOwnProperty.call(message, "excludeNarrowedMs") && (typeof message.excludeNarrowedMs === "object" ? message.excludeNarrowedMs.low || message.excludeNarrowedMs.high : message.excludeNarrowedMs !== 0))
writer.uint32(344).uint64(message.excludeNarrowedMs);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

Job.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.Job();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.host = value;
else
delete message.host;
continue;
}
case 3: {
if (wireType !== 2)
break;
if (!(message.vms && message.vms.length))
message.vms = [];
message.vms.push(reader.stringVerify());
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.blockSize = value;
else
delete message.blockSize;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.compression = value;
else
delete message.compression;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (value = reader.int32())
message.compressionLevel = value;
else
delete message.compressionLevel;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.rateLimitBps = value;
else
delete message.rateLimitBps;
continue;
}
case 9: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.mode = value;
else
delete message.mode;
continue;
}
case 10: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.noCbt = value;
else
delete message.noCbt;
continue;
}
case 15: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.key = value;
else
delete message.key;
continue;
}
case 11: {
if (wireType !== 2)
break;
message.guest = $root.meshbackup.GuestProcessing.decode(reader, reader.size(), $undefined, _depth + 1, message.guest);
continue;
}
case 12: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.schedule = value;
else
delete message.schedule;
continue;
}
case 13: {
if (wireType !== 2)
break;
message.retention = $root.meshbackup.Retention.decode(reader, reader.size(), $undefined, _depth + 1, message.retention);
continue;
}
case 14: {
if (wireType !== 2)
break;
message.notify = $root.meshbackup.Notify.decode(reader, reader.size(), $undefined, _depth + 1, message.notify);
continue;
}
case 40: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.noSkipFree = value;
else
delete message.noSkipFree;
continue;
}
case 41: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.noSkipSwap = value;
else
delete message.noSkipSwap;
continue;
}
case 42: {
if (wireType !== 2)
break;
if (!(message.exclude && message.exclude.length))
message.exclude = [];
message.exclude.push(reader.stringVerify());
continue;
}
case 43: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.excludeNarrowedMs = value;
else
delete message.excludeNarrowedMs;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


Job.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.vms = [];
object.exclude = [];
}
if (options.defaults) {
object.name = "";
object.host = "";
object.repository = "";
object.blockSize = 0;
object.compression = "";
object.compressionLevel = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.rateLimitBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.rateLimitBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.mode = "";
object.noCbt = false;
object.guest = null;
object.schedule = "";
object.retention = null;
object.notify = null;
object.key = "";
object.noSkipFree = false;
object.noSkipSwap = false;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.excludeNarrowedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.excludeNarrowedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
object.host = message.host;
if (message.vms && message.vms.length) {
object.vms = $Array(message.vms.length);
for (let j = 0; j < message.vms.length; ++j)
object.vms[j] = message.vms[j];
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.blockSize != null && $Object.hasOwnProperty.call(message, "blockSize"))
object.blockSize = message.blockSize;
if (message.compression != null && $Object.hasOwnProperty.call(message, "compression"))
object.compression = message.compression;
if (message.compressionLevel != null && $Object.hasOwnProperty.call(message, "compressionLevel"))
object.compressionLevel = message.compressionLevel;
if (message.rateLimitBps != null && $Object.hasOwnProperty.call(message, "rateLimitBps"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.rateLimitBps = typeof message.rateLimitBps === "number" ? $BigInt(message.rateLimitBps) : $util.Long.fromBits(message.rateLimitBps.low >>> 0, message.rateLimitBps.high >>> 0, true).toBigInt();
else if (typeof message.rateLimitBps === "number")
object.rateLimitBps = options.longs === $String ? $String(message.rateLimitBps) : message.rateLimitBps;
else
object.rateLimitBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rateLimitBps) : options.longs === $Number ? new $util.LongBits(message.rateLimitBps.low >>> 0, message.rateLimitBps.high >>> 0).toNumber(true) : message.rateLimitBps;
if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
object.mode = message.mode;
if (message.noCbt != null && $Object.hasOwnProperty.call(message, "noCbt"))
object.noCbt = message.noCbt;
if (message.guest != null && $Object.hasOwnProperty.call(message, "guest"))
object.guest = $root.meshbackup.GuestProcessing.toObject(message.guest, options, _depth + 1);
if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
object.schedule = message.schedule;
if (message.retention != null && $Object.hasOwnProperty.call(message, "retention"))
object.retention = $root.meshbackup.Retention.toObject(message.retention, options, _depth + 1);
if (message.notify != null && $Object.hasOwnProperty.call(message, "notify"))
object.notify = $root.meshbackup.Notify.toObject(message.notify, options, _depth + 1);
if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
object.key = message.key;
if (message.noSkipFree != null && $Object.hasOwnProperty.call(message, "noSkipFree"))
object.noSkipFree = message.noSkipFree;
if (message.noSkipSwap != null && $Object.hasOwnProperty.call(message, "noSkipSwap"))
object.noSkipSwap = message.noSkipSwap;
if (message.exclude && message.exclude.length) {
object.exclude = $Array(message.exclude.length);
for (let j = 0; j < message.exclude.length; ++j)
object.exclude[j] = message.exclude[j];
}
if (message.excludeNarrowedMs != null && $Object.hasOwnProperty.call(message, "excludeNarrowedMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.excludeNarrowedMs = typeof message.excludeNarrowedMs === "number" ? $BigInt(message.excludeNarrowedMs) : $util.Long.fromBits(message.excludeNarrowedMs.low >>> 0, message.excludeNarrowedMs.high >>> 0, true).toBigInt();
else if (typeof message.excludeNarrowedMs === "number")
object.excludeNarrowedMs = options.longs === $String ? $String(message.excludeNarrowedMs) : message.excludeNarrowedMs;
else
object.excludeNarrowedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.excludeNarrowedMs) : options.longs === $Number ? new $util.LongBits(message.excludeNarrowedMs.low >>> 0, message.excludeNarrowedMs.high >>> 0).toNumber(true) : message.excludeNarrowedMs;
return object;
};

Job.prototype.toJSON = function() {
return Job.toObject(this, $protobuf.util.toJSONOptions);
};

return Job;
})();

meshbackup.Retention = (function() {

const Retention = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

Retention.prototype.keepLast = 0;
Retention.prototype.keepDays = 0;
Retention.prototype.weekly = 0;
Retention.prototype.monthly = 0;

Retention.create = function(properties) {
return new Retention(properties);
};

Retention.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.keepLast != null && $Object.hasOwnProperty.call(message, "keepLast") && message.keepLast !== 0)
writer.uint32(8).uint32(message.keepLast);
if (message.keepDays != null && $Object.hasOwnProperty.call(message, "keepDays") && message.keepDays !== 0)
writer.uint32(16).uint32(message.keepDays);
if (message.weekly != null && $Object.hasOwnProperty.call(message, "weekly") && message.weekly !== 0)
writer.uint32(24).uint32(message.weekly);
if (message.monthly != null && $Object.hasOwnProperty.call(message, "monthly") && message.monthly !== 0)
writer.uint32(32).uint32(message.monthly);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

Retention.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.Retention();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.keepLast = value;
else
delete message.keepLast;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.keepDays = value;
else
delete message.keepDays;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.weekly = value;
else
delete message.weekly;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.monthly = value;
else
delete message.monthly;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


Retention.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.keepLast = 0;
object.keepDays = 0;
object.weekly = 0;
object.monthly = 0;
}
if (message.keepLast != null && $Object.hasOwnProperty.call(message, "keepLast"))
object.keepLast = message.keepLast;
if (message.keepDays != null && $Object.hasOwnProperty.call(message, "keepDays"))
object.keepDays = message.keepDays;
if (message.weekly != null && $Object.hasOwnProperty.call(message, "weekly"))
object.weekly = message.weekly;
if (message.monthly != null && $Object.hasOwnProperty.call(message, "monthly"))
object.monthly = message.monthly;
return object;
};

Retention.prototype.toJSON = function() {
return Retention.toObject(this, $protobuf.util.toJSONOptions);
};

return Retention;
})();

meshbackup.Notify = (function() {

const Notify = function (properties) {
this.on = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

Notify.prototype.webhook = "";
Notify.prototype.on = $util.emptyArray;

Notify.create = function(properties) {
return new Notify(properties);
};

Notify.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.webhook != null && $Object.hasOwnProperty.call(message, "webhook") && message.webhook !== "")
writer.uint32(10).string(message.webhook);
if (message.on != null && message.on.length)
for (let i = 0; i < message.on.length; ++i)
writer.uint32(18).string(message.on[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

Notify.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.Notify();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.webhook = value;
else
delete message.webhook;
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.on && message.on.length))
message.on = [];
message.on.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


Notify.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.on = [];
if (options.defaults)
object.webhook = "";
if (message.webhook != null && $Object.hasOwnProperty.call(message, "webhook"))
object.webhook = message.webhook;
if (message.on && message.on.length) {
object.on = $Array(message.on.length);
for (let j = 0; j < message.on.length; ++j)
object.on[j] = message.on[j];
}
return object;
};

Notify.prototype.toJSON = function() {
return Notify.toObject(this, $protobuf.util.toJSONOptions);
};

return Notify;
})();

meshbackup.GuestProcessing = (function() {

const GuestProcessing = function (properties) {
this.vms = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

GuestProcessing.prototype.enabled = false;
GuestProcessing.prototype.preFreeze = "";
GuestProcessing.prototype.postThaw = "";
GuestProcessing.prototype.credentials = null;
GuestProcessing.prototype.vms = $util.emptyArray;
GuestProcessing.prototype.scriptTimeoutS = 0;
GuestProcessing.prototype.failurePolicy = "";
GuestProcessing.prototype.qga = "";

GuestProcessing.create = function(properties) {
return new GuestProcessing(properties);
};

GuestProcessing.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
writer.uint32(8).bool(message.enabled);
if (message.preFreeze != null && $Object.hasOwnProperty.call(message, "preFreeze") && message.preFreeze !== "")
writer.uint32(18).string(message.preFreeze);
if (message.postThaw != null && $Object.hasOwnProperty.call(message, "postThaw") && message.postThaw !== "")
writer.uint32(26).string(message.postThaw);
if (message.credentials != null && $Object.hasOwnProperty.call(message, "credentials"))
$root.meshbackup.GuestCredentials.encode(message.credentials, writer.uint32(34).fork(), _depth + 1).ldelim();
if (message.vms != null && message.vms.length)
for (let i = 0; i < message.vms.length; ++i)
$root.meshbackup.GuestVm.encode(message.vms[i], writer.uint32(42).fork(), _depth + 1).ldelim();
if (message.scriptTimeoutS != null && $Object.hasOwnProperty.call(message, "scriptTimeoutS") && message.scriptTimeoutS !== 0)
writer.uint32(48).uint32(message.scriptTimeoutS);
if (message.failurePolicy != null && $Object.hasOwnProperty.call(message, "failurePolicy") && message.failurePolicy !== "")
writer.uint32(58).string(message.failurePolicy);
if (message.qga != null && $Object.hasOwnProperty.call(message, "qga") && message.qga !== "")
writer.uint32(66).string(message.qga);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

GuestProcessing.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.GuestProcessing();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.enabled = value;
else
delete message.enabled;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.preFreeze = value;
else
delete message.preFreeze;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.postThaw = value;
else
delete message.postThaw;
continue;
}
case 4: {
if (wireType !== 2)
break;
message.credentials = $root.meshbackup.GuestCredentials.decode(reader, reader.size(), $undefined, _depth + 1, message.credentials);
continue;
}
case 5: {
if (wireType !== 2)
break;
if (!(message.vms && message.vms.length))
message.vms = [];
message.vms.push($root.meshbackup.GuestVm.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 6: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.scriptTimeoutS = value;
else
delete message.scriptTimeoutS;
continue;
}
case 7: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.failurePolicy = value;
else
delete message.failurePolicy;
continue;
}
case 8: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.qga = value;
else
delete message.qga;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


GuestProcessing.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.vms = [];
if (options.defaults) {
object.enabled = false;
object.preFreeze = "";
object.postThaw = "";
object.credentials = null;
object.scriptTimeoutS = 0;
object.failurePolicy = "";
object.qga = "";
}
if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
object.enabled = message.enabled;
if (message.preFreeze != null && $Object.hasOwnProperty.call(message, "preFreeze"))
object.preFreeze = message.preFreeze;
if (message.postThaw != null && $Object.hasOwnProperty.call(message, "postThaw"))
object.postThaw = message.postThaw;
if (message.credentials != null && $Object.hasOwnProperty.call(message, "credentials"))
object.credentials = $root.meshbackup.GuestCredentials.toObject(message.credentials, options, _depth + 1);
if (message.vms && message.vms.length) {
object.vms = $Array(message.vms.length);
for (let j = 0; j < message.vms.length; ++j)
object.vms[j] = $root.meshbackup.GuestVm.toObject(message.vms[j], options, _depth + 1);
}
if (message.scriptTimeoutS != null && $Object.hasOwnProperty.call(message, "scriptTimeoutS"))
object.scriptTimeoutS = message.scriptTimeoutS;
if (message.failurePolicy != null && $Object.hasOwnProperty.call(message, "failurePolicy"))
object.failurePolicy = message.failurePolicy;
if (message.qga != null && $Object.hasOwnProperty.call(message, "qga"))
object.qga = message.qga;
return object;
};

GuestProcessing.prototype.toJSON = function() {
return GuestProcessing.toObject(this, $protobuf.util.toJSONOptions);
};

return GuestProcessing;
})();

meshbackup.GuestCredentials = (function() {

const GuestCredentials = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

GuestCredentials.prototype.user = "";
GuestCredentials.prototype.privateKey = "";
GuestCredentials.prototype.password = "";

GuestCredentials.create = function(properties) {
return new GuestCredentials(properties);
};

GuestCredentials.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
writer.uint32(10).string(message.user);
if (message.privateKey != null && $Object.hasOwnProperty.call(message, "privateKey") && message.privateKey !== "")
writer.uint32(18).string(message.privateKey);
if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
writer.uint32(26).string(message.password);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

GuestCredentials.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.GuestCredentials();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.user = value;
else
delete message.user;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.privateKey = value;
else
delete message.privateKey;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.password = value;
else
delete message.password;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


GuestCredentials.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.user = "";
object.privateKey = "";
object.password = "";
}
if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
object.user = message.user;
if (message.privateKey != null && $Object.hasOwnProperty.call(message, "privateKey"))
object.privateKey = message.privateKey;
if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
object.password = message.password;
return object;
};

GuestCredentials.prototype.toJSON = function() {
return GuestCredentials.toObject(this, $protobuf.util.toJSONOptions);
};

return GuestCredentials;
})();

meshbackup.GuestVm = (function() {

const GuestVm = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

GuestVm.prototype.vm = "";
GuestVm.prototype.address = "";
GuestVm.prototype.credentials = null;
GuestVm.prototype.qga = "";
GuestVm.prototype.hostKey = "";

GuestVm.create = function(properties) {
return new GuestVm(properties);
};

GuestVm.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(10).string(message.vm);
if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
writer.uint32(18).string(message.address);
if (message.credentials != null && $Object.hasOwnProperty.call(message, "credentials"))
$root.meshbackup.GuestCredentials.encode(message.credentials, writer.uint32(26).fork(), _depth + 1).ldelim();
if (message.qga != null && $Object.hasOwnProperty.call(message, "qga") && message.qga !== "")
writer.uint32(34).string(message.qga);
if (message.hostKey != null && $Object.hasOwnProperty.call(message, "hostKey") && message.hostKey !== "")
writer.uint32(42).string(message.hostKey);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

GuestVm.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.GuestVm();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.address = value;
else
delete message.address;
continue;
}
case 3: {
if (wireType !== 2)
break;
message.credentials = $root.meshbackup.GuestCredentials.decode(reader, reader.size(), $undefined, _depth + 1, message.credentials);
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.qga = value;
else
delete message.qga;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.hostKey = value;
else
delete message.hostKey;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


GuestVm.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.vm = "";
object.address = "";
object.credentials = null;
object.qga = "";
object.hostKey = "";
}
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
object.address = message.address;
if (message.credentials != null && $Object.hasOwnProperty.call(message, "credentials"))
object.credentials = $root.meshbackup.GuestCredentials.toObject(message.credentials, options, _depth + 1);
if (message.qga != null && $Object.hasOwnProperty.call(message, "qga"))
object.qga = message.qga;
if (message.hostKey != null && $Object.hasOwnProperty.call(message, "hostKey"))
object.hostKey = message.hostKey;
return object;
};

GuestVm.prototype.toJSON = function() {
return GuestVm.toObject(this, $protobuf.util.toJSONOptions);
};

return GuestVm;
})();

meshbackup.JobListRequest = (function() {

const JobListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

JobListRequest.create = function(properties) {
return new JobListRequest(properties);
};

JobListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

JobListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.JobListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


JobListRequest.toObject = function () {
return {};
};

JobListRequest.prototype.toJSON = function() {
return JobListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return JobListRequest;
})();

meshbackup.JobList = (function() {

const JobList = function (properties) {
this.jobs = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

JobList.prototype.jobs = $util.emptyArray;

JobList.create = function(properties) {
return new JobList(properties);
};

JobList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.jobs != null && message.jobs.length)
for (let i = 0; i < message.jobs.length; ++i)
$root.meshbackup.Job.encode(message.jobs[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

JobList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.JobList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.jobs && message.jobs.length))
message.jobs = [];
message.jobs.push($root.meshbackup.Job.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


JobList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.jobs = [];
if (message.jobs && message.jobs.length) {
object.jobs = $Array(message.jobs.length);
for (let j = 0; j < message.jobs.length; ++j)
object.jobs[j] = $root.meshbackup.Job.toObject(message.jobs[j], options, _depth + 1);
}
return object;
};

JobList.prototype.toJSON = function() {
return JobList.toObject(this, $protobuf.util.toJSONOptions);
};

return JobList;
})();

meshbackup.JobRun = (function() {

const JobRun = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

JobRun.prototype.name = "";
JobRun.prototype.wait = false;

JobRun.create = function(properties) {
return new JobRun(properties);
};

JobRun.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.wait != null && $Object.hasOwnProperty.call(message, "wait") && message.wait !== false)
writer.uint32(16).bool(message.wait);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

JobRun.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.JobRun();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.wait = value;
else
delete message.wait;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


JobRun.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.wait = false;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.wait != null && $Object.hasOwnProperty.call(message, "wait"))
object.wait = message.wait;
return object;
};

JobRun.prototype.toJSON = function() {
return JobRun.toObject(this, $protobuf.util.toJSONOptions);
};

return JobRun;
})();

meshbackup.SessionShow = (function() {

const SessionShow = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

SessionShow.prototype.id = "";

SessionShow.create = function(properties) {
return new SessionShow(properties);
};

SessionShow.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
writer.uint32(10).string(message.id);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

SessionShow.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.SessionShow();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.id = value;
else
delete message.id;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


SessionShow.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults)
object.id = "";
if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
object.id = message.id;
return object;
};

SessionShow.prototype.toJSON = function() {
return SessionShow.toObject(this, $protobuf.util.toJSONOptions);
};

return SessionShow;
})();

meshbackup.SessionRecord = (function() {

const SessionRecord = function (properties) {
this.tasks = [];
this.log = [];
this.points = [];
this.failedVms = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

SessionRecord.prototype.id = "";
SessionRecord.prototype.job = "";
SessionRecord.prototype.state = "";
SessionRecord.prototype.trigger = "";
SessionRecord.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
SessionRecord.prototype.endedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
SessionRecord.prototype.tasks = $util.emptyArray;
SessionRecord.prototype.log = $util.emptyArray;
SessionRecord.prototype.points = $util.emptyArray;
SessionRecord.prototype.failedVms = $util.emptyArray;
SessionRecord.prototype.kind = "";
SessionRecord.prototype.verifyProgress = null;
SessionRecord.prototype.verifyReport = null;
SessionRecord.prototype.copyProgress = null;
SessionRecord.prototype.copyReport = null;
SessionRecord.prototype.bootCheck = null;

SessionRecord.create = function(properties) {
return new SessionRecord(properties);
};

SessionRecord.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
writer.uint32(10).string(message.id);
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(18).string(message.job);
if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
writer.uint32(26).string(message.state);
if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
writer.uint32(32).uint64(message.startedAtMs);
if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs") && (typeof message.endedAtMs === "object" ? message.endedAtMs.low || message.endedAtMs.high : message.endedAtMs !== 0))
writer.uint32(40).uint64(message.endedAtMs);
if (message.tasks != null && message.tasks.length)
for (let i = 0; i < message.tasks.length; ++i)
$root.meshbackup.TaskRecord.encode(message.tasks[i], writer.uint32(50).fork(), _depth + 1).ldelim();
if (message.log != null && message.log.length)
for (let i = 0; i < message.log.length; ++i)
writer.uint32(58).string(message.log[i]);
if (message.points != null && message.points.length)
for (let i = 0; i < message.points.length; ++i)
writer.uint32(66).string(message.points[i]);
if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger") && message.trigger !== "")
writer.uint32(74).string(message.trigger);
if (message.failedVms != null && message.failedVms.length)
for (let i = 0; i < message.failedVms.length; ++i)
$root.meshbackup.VmFailure.encode(message.failedVms[i], writer.uint32(82).fork(), _depth + 1).ldelim();
if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
writer.uint32(162).string(message.kind);
if (message.verifyProgress != null && $Object.hasOwnProperty.call(message, "verifyProgress"))
$root.meshbackup.VerifyPassProgress.encode(message.verifyProgress, writer.uint32(170).fork(), _depth + 1).ldelim();
if (message.verifyReport != null && $Object.hasOwnProperty.call(message, "verifyReport"))
$root.meshbackup.VerifyPassReport.encode(message.verifyReport, writer.uint32(178).fork(), _depth + 1).ldelim();
if (message.copyProgress != null && $Object.hasOwnProperty.call(message, "copyProgress"))
$root.meshbackup.CopyProgress.encode(message.copyProgress, writer.uint32(186).fork(), _depth + 1).ldelim();
if (message.copyReport != null && $Object.hasOwnProperty.call(message, "copyReport"))
$root.meshbackup.CopyReport.encode(message.copyReport, writer.uint32(194).fork(), _depth + 1).ldelim();
if (message.bootCheck != null && $Object.hasOwnProperty.call(message, "bootCheck"))
$root.meshbackup.BootCheck.encode(message.bootCheck, writer.uint32(242).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

SessionRecord.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.SessionRecord();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.id = value;
else
delete message.id;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.state = value;
else
delete message.state;
continue;
}
case 9: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.trigger = value;
else
delete message.trigger;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.startedAtMs = value;
else
delete message.startedAtMs;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.endedAtMs = value;
else
delete message.endedAtMs;
continue;
}
case 6: {
if (wireType !== 2)
break;
if (!(message.tasks && message.tasks.length))
message.tasks = [];
message.tasks.push($root.meshbackup.TaskRecord.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 7: {
if (wireType !== 2)
break;
if (!(message.log && message.log.length))
message.log = [];
message.log.push(reader.stringVerify());
continue;
}
case 8: {
if (wireType !== 2)
break;
if (!(message.points && message.points.length))
message.points = [];
message.points.push(reader.stringVerify());
continue;
}
case 10: {
if (wireType !== 2)
break;
if (!(message.failedVms && message.failedVms.length))
message.failedVms = [];
message.failedVms.push($root.meshbackup.VmFailure.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 20: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.kind = value;
else
delete message.kind;
continue;
}
case 21: {
if (wireType !== 2)
break;
message.verifyProgress = $root.meshbackup.VerifyPassProgress.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyProgress);
continue;
}
case 22: {
if (wireType !== 2)
break;
message.verifyReport = $root.meshbackup.VerifyPassReport.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyReport);
continue;
}
case 23: {
if (wireType !== 2)
break;
message.copyProgress = $root.meshbackup.CopyProgress.decode(reader, reader.size(), $undefined, _depth + 1, message.copyProgress);
continue;
}
case 24: {
if (wireType !== 2)
break;
message.copyReport = $root.meshbackup.CopyReport.decode(reader, reader.size(), $undefined, _depth + 1, message.copyReport);
continue;
}
case 30: {
if (wireType !== 2)
break;
message.bootCheck = $root.meshbackup.BootCheck.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheck);
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


SessionRecord.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.tasks = [];
object.log = [];
object.points = [];
object.failedVms = [];
}
if (options.defaults) {
object.id = "";
object.job = "";
object.state = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.endedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.endedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.trigger = "";
object.kind = "";
object.verifyProgress = null;
object.verifyReport = null;
object.copyProgress = null;
object.copyReport = null;
object.bootCheck = null;
}
if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
object.id = message.id;
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
object.state = message.state;
if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
else if (typeof message.startedAtMs === "number")
object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
else
object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.endedAtMs = typeof message.endedAtMs === "number" ? $BigInt(message.endedAtMs) : $util.Long.fromBits(message.endedAtMs.low >>> 0, message.endedAtMs.high >>> 0, true).toBigInt();
else if (typeof message.endedAtMs === "number")
object.endedAtMs = options.longs === $String ? $String(message.endedAtMs) : message.endedAtMs;
else
object.endedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endedAtMs) : options.longs === $Number ? new $util.LongBits(message.endedAtMs.low >>> 0, message.endedAtMs.high >>> 0).toNumber(true) : message.endedAtMs;
if (message.tasks && message.tasks.length) {
object.tasks = $Array(message.tasks.length);
for (let j = 0; j < message.tasks.length; ++j)
object.tasks[j] = $root.meshbackup.TaskRecord.toObject(message.tasks[j], options, _depth + 1);
}
if (message.log && message.log.length) {
object.log = $Array(message.log.length);
for (let j = 0; j < message.log.length; ++j)
object.log[j] = message.log[j];
}
if (message.points && message.points.length) {
object.points = $Array(message.points.length);
for (let j = 0; j < message.points.length; ++j)
object.points[j] = message.points[j];
}
if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
object.trigger = message.trigger;
if (message.failedVms && message.failedVms.length) {
object.failedVms = $Array(message.failedVms.length);
for (let j = 0; j < message.failedVms.length; ++j)
object.failedVms[j] = $root.meshbackup.VmFailure.toObject(message.failedVms[j], options, _depth + 1);
}
if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
object.kind = message.kind;
if (message.verifyProgress != null && $Object.hasOwnProperty.call(message, "verifyProgress"))
object.verifyProgress = $root.meshbackup.VerifyPassProgress.toObject(message.verifyProgress, options, _depth + 1);
if (message.verifyReport != null && $Object.hasOwnProperty.call(message, "verifyReport"))
object.verifyReport = $root.meshbackup.VerifyPassReport.toObject(message.verifyReport, options, _depth + 1);
if (message.copyProgress != null && $Object.hasOwnProperty.call(message, "copyProgress"))
object.copyProgress = $root.meshbackup.CopyProgress.toObject(message.copyProgress, options, _depth + 1);
if (message.copyReport != null && $Object.hasOwnProperty.call(message, "copyReport"))
object.copyReport = $root.meshbackup.CopyReport.toObject(message.copyReport, options, _depth + 1);
if (message.bootCheck != null && $Object.hasOwnProperty.call(message, "bootCheck"))
object.bootCheck = $root.meshbackup.BootCheck.toObject(message.bootCheck, options, _depth + 1);
return object;
};

SessionRecord.prototype.toJSON = function() {
return SessionRecord.toObject(this, $protobuf.util.toJSONOptions);
};

return SessionRecord;
})();

meshbackup.VerifyJob = (function() {

const VerifyJob = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VerifyJob.prototype.name = "";
VerifyJob.prototype.repository = "";
VerifyJob.prototype.schedule = "";
VerifyJob.prototype.olderThanDays = 0;
VerifyJob.prototype.notify = null;

VerifyJob.create = function(properties) {
return new VerifyJob(properties);
};

VerifyJob.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(18).string(message.repository);
if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
writer.uint32(26).string(message.schedule);
if (message.olderThanDays != null && $Object.hasOwnProperty.call(message, "olderThanDays") && message.olderThanDays !== 0)
writer.uint32(32).uint32(message.olderThanDays);
if (message.notify != null && $Object.hasOwnProperty.call(message, "notify"))
$root.meshbackup.Notify.encode(message.notify, writer.uint32(42).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VerifyJob.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VerifyJob();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.schedule = value;
else
delete message.schedule;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.olderThanDays = value;
else
delete message.olderThanDays;
continue;
}
case 5: {
if (wireType !== 2)
break;
message.notify = $root.meshbackup.Notify.decode(reader, reader.size(), $undefined, _depth + 1, message.notify);
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VerifyJob.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.repository = "";
object.schedule = "";
object.olderThanDays = 0;
object.notify = null;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
object.schedule = message.schedule;
if (message.olderThanDays != null && $Object.hasOwnProperty.call(message, "olderThanDays"))
object.olderThanDays = message.olderThanDays;
if (message.notify != null && $Object.hasOwnProperty.call(message, "notify"))
object.notify = $root.meshbackup.Notify.toObject(message.notify, options, _depth + 1);
return object;
};

VerifyJob.prototype.toJSON = function() {
return VerifyJob.toObject(this, $protobuf.util.toJSONOptions);
};

return VerifyJob;
})();

meshbackup.VerifyJobListRequest = (function() {

const VerifyJobListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VerifyJobListRequest.create = function(properties) {
return new VerifyJobListRequest(properties);
};

VerifyJobListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VerifyJobListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VerifyJobListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VerifyJobListRequest.toObject = function () {
return {};
};

VerifyJobListRequest.prototype.toJSON = function() {
return VerifyJobListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return VerifyJobListRequest;
})();

meshbackup.VerifyJobList = (function() {

const VerifyJobList = function (properties) {
this.jobs = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VerifyJobList.prototype.jobs = $util.emptyArray;

VerifyJobList.create = function(properties) {
return new VerifyJobList(properties);
};

VerifyJobList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.jobs != null && message.jobs.length)
for (let i = 0; i < message.jobs.length; ++i)
$root.meshbackup.VerifyJob.encode(message.jobs[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VerifyJobList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VerifyJobList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.jobs && message.jobs.length))
message.jobs = [];
message.jobs.push($root.meshbackup.VerifyJob.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VerifyJobList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.jobs = [];
if (message.jobs && message.jobs.length) {
object.jobs = $Array(message.jobs.length);
for (let j = 0; j < message.jobs.length; ++j)
object.jobs[j] = $root.meshbackup.VerifyJob.toObject(message.jobs[j], options, _depth + 1);
}
return object;
};

VerifyJobList.prototype.toJSON = function() {
return VerifyJobList.toObject(this, $protobuf.util.toJSONOptions);
};

return VerifyJobList;
})();

meshbackup.VmFailure = (function() {

const VmFailure = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VmFailure.prototype.vm = "";
VmFailure.prototype.reason = "";
VmFailure.prototype.code = "";

VmFailure.create = function(properties) {
return new VmFailure(properties);
};

VmFailure.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(10).string(message.vm);
if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
writer.uint32(18).string(message.reason);
if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
writer.uint32(26).string(message.code);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VmFailure.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VmFailure();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.reason = value;
else
delete message.reason;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.code = value;
else
delete message.code;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VmFailure.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.vm = "";
object.reason = "";
object.code = "";
}
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
object.reason = message.reason;
if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
object.code = message.code;
return object;
};

VmFailure.prototype.toJSON = function() {
return VmFailure.toObject(this, $protobuf.util.toJSONOptions);
};

return VmFailure;
})();

meshbackup.TaskRecord = (function() {

const TaskRecord = function (properties) {
this.warnings = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

TaskRecord.prototype.taskId = "";
TaskRecord.prototype.vm = "";
TaskRecord.prototype.disk = 0;
TaskRecord.prototype.diskName = "";
TaskRecord.prototype.state = "";
TaskRecord.prototype.proxy = "";
TaskRecord.prototype.repository = "";
TaskRecord.prototype.attempts = 0;
TaskRecord.prototype.stats = null;
TaskRecord.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskRecord.prototype.blocksDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskRecord.prototype.warnings = $util.emptyArray;
TaskRecord.prototype.error = "";
TaskRecord.prototype.mode = "";
TaskRecord.prototype.changeDetection = "";
TaskRecord.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
TaskRecord.prototype.endedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

TaskRecord.create = function(properties) {
return new TaskRecord(properties);
};

TaskRecord.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
writer.uint32(10).string(message.taskId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
writer.uint32(24).uint32(message.disk);
if (message.diskName != null && $Object.hasOwnProperty.call(message, "diskName") && message.diskName !== "")
writer.uint32(34).string(message.diskName);
if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
writer.uint32(42).string(message.state);
if (message.proxy != null && $Object.hasOwnProperty.call(message, "proxy") && message.proxy !== "")
writer.uint32(50).string(message.proxy);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(58).string(message.repository);
if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && message.attempts !== 0)
writer.uint32(64).uint32(message.attempts);
if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
$root.meshbackup.TaskStats.encode(message.stats, writer.uint32(74).fork(), _depth + 1).ldelim();
if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
writer.uint32(80).uint64(message.size);
if (message.blocksDone != null && $Object.hasOwnProperty.call(message, "blocksDone") && (typeof message.blocksDone === "object" ? message.blocksDone.low || message.blocksDone.high : message.blocksDone !== 0))
writer.uint32(88).uint64(message.blocksDone);
if (message.warnings != null && message.warnings.length)
for (let i = 0; i < message.warnings.length; ++i)
writer.uint32(98).string(message.warnings[i]);
if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
writer.uint32(106).string(message.error);
if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
writer.uint32(114).string(message.mode);
if (message.changeDetection != null && $Object.hasOwnProperty.call(message, "changeDetection") && message.changeDetection !== "")
writer.uint32(122).string(message.changeDetection);
if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
writer.uint32(128).uint64(message.startedAtMs);
if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs") && (typeof message.endedAtMs === "object" ? message.endedAtMs.low || message.endedAtMs.high : message.endedAtMs !== 0))
writer.uint32(136).uint64(message.endedAtMs);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

TaskRecord.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.TaskRecord();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.taskId = value;
else
delete message.taskId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.disk = value;
else
delete message.disk;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.diskName = value;
else
delete message.diskName;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.state = value;
else
delete message.state;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.proxy = value;
else
delete message.proxy;
continue;
}
case 7: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.attempts = value;
else
delete message.attempts;
continue;
}
case 9: {
if (wireType !== 2)
break;
message.stats = $root.meshbackup.TaskStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
continue;
}
case 10: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.size = value;
else
delete message.size;
continue;
}
case 11: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksDone = value;
else
delete message.blocksDone;
continue;
}
case 12: {
if (wireType !== 2)
break;
if (!(message.warnings && message.warnings.length))
message.warnings = [];
message.warnings.push(reader.stringVerify());
continue;
}
case 13: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.error = value;
else
delete message.error;
continue;
}
case 14: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.mode = value;
else
delete message.mode;
continue;
}
case 15: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.changeDetection = value;
else
delete message.changeDetection;
continue;
}
case 16: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.startedAtMs = value;
else
delete message.startedAtMs;
continue;
}
case 17: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.endedAtMs = value;
else
delete message.endedAtMs;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


TaskRecord.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.warnings = [];
if (options.defaults) {
object.taskId = "";
object.vm = "";
object.disk = 0;
object.diskName = "";
object.state = "";
object.proxy = "";
object.repository = "";
object.attempts = 0;
object.stats = null;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksDone = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksDone = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.error = "";
object.mode = "";
object.changeDetection = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.endedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.endedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
object.taskId = message.taskId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
object.disk = message.disk;
if (message.diskName != null && $Object.hasOwnProperty.call(message, "diskName"))
object.diskName = message.diskName;
if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
object.state = message.state;
if (message.proxy != null && $Object.hasOwnProperty.call(message, "proxy"))
object.proxy = message.proxy;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
object.attempts = message.attempts;
if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
object.stats = $root.meshbackup.TaskStats.toObject(message.stats, options, _depth + 1);
if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
else if (typeof message.size === "number")
object.size = options.longs === $String ? $String(message.size) : message.size;
else
object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
if (message.blocksDone != null && $Object.hasOwnProperty.call(message, "blocksDone"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksDone = typeof message.blocksDone === "number" ? $BigInt(message.blocksDone) : $util.Long.fromBits(message.blocksDone.low >>> 0, message.blocksDone.high >>> 0, true).toBigInt();
else if (typeof message.blocksDone === "number")
object.blocksDone = options.longs === $String ? $String(message.blocksDone) : message.blocksDone;
else
object.blocksDone = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksDone) : options.longs === $Number ? new $util.LongBits(message.blocksDone.low >>> 0, message.blocksDone.high >>> 0).toNumber(true) : message.blocksDone;
if (message.warnings && message.warnings.length) {
object.warnings = $Array(message.warnings.length);
for (let j = 0; j < message.warnings.length; ++j)
object.warnings[j] = message.warnings[j];
}
if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
object.error = message.error;
if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
object.mode = message.mode;
if (message.changeDetection != null && $Object.hasOwnProperty.call(message, "changeDetection"))
object.changeDetection = message.changeDetection;
if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
else if (typeof message.startedAtMs === "number")
object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
else
object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.endedAtMs = typeof message.endedAtMs === "number" ? $BigInt(message.endedAtMs) : $util.Long.fromBits(message.endedAtMs.low >>> 0, message.endedAtMs.high >>> 0, true).toBigInt();
else if (typeof message.endedAtMs === "number")
object.endedAtMs = options.longs === $String ? $String(message.endedAtMs) : message.endedAtMs;
else
object.endedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endedAtMs) : options.longs === $Number ? new $util.LongBits(message.endedAtMs.low >>> 0, message.endedAtMs.high >>> 0).toNumber(true) : message.endedAtMs;
return object;
};

TaskRecord.prototype.toJSON = function() {
return TaskRecord.toObject(this, $protobuf.util.toJSONOptions);
};

return TaskRecord;
})();

meshbackup.RestoreDisk = (function() {

const RestoreDisk = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RestoreDisk.prototype.pointId = "";
RestoreDisk.prototype.vm = "";
RestoreDisk.prototype.disk = 0;
RestoreDisk.prototype.to = "";
RestoreDisk.prototype.format = "";
RestoreDisk.prototype.attach = "";
RestoreDisk.prototype.force = false;
RestoreDisk.prototype.allowDamaged = false;
RestoreDisk.prototype.dataKey = $util.newBuffer([]);
RestoreDisk.prototype.checkOnly = false;
RestoreDisk.prototype.repository = "";

RestoreDisk.create = function(properties) {
return new RestoreDisk(properties);
};

RestoreDisk.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
writer.uint32(24).int32(message.disk);
if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
writer.uint32(34).string(message.to);
if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
writer.uint32(42).string(message.format);
if (message.attach != null && $Object.hasOwnProperty.call(message, "attach") && message.attach !== "")
writer.uint32(50).string(message.attach);
if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
writer.uint32(56).bool(message.force);
if (message.allowDamaged != null && $Object.hasOwnProperty.call(message, "allowDamaged") && message.allowDamaged !== false)
writer.uint32(160).bool(message.allowDamaged);
if (message.dataKey != null && $Object.hasOwnProperty.call(message, "dataKey") && message.dataKey.length)
writer.uint32(170).bytes(message.dataKey);
if (message.checkOnly != null && $Object.hasOwnProperty.call(message, "checkOnly") && message.checkOnly !== false)
writer.uint32(176).bool(message.checkOnly);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(186).string(message.repository);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RestoreDisk.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RestoreDisk();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.int32())
message.disk = value;
else
delete message.disk;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.to = value;
else
delete message.to;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.format = value;
else
delete message.format;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.attach = value;
else
delete message.attach;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.force = value;
else
delete message.force;
continue;
}
case 20: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.allowDamaged = value;
else
delete message.allowDamaged;
continue;
}
case 21: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.dataKey = value;
else
delete message.dataKey;
continue;
}
case 22: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.checkOnly = value;
else
delete message.checkOnly;
continue;
}
case 23: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RestoreDisk.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.pointId = "";
object.vm = "";
object.disk = 0;
object.to = "";
object.format = "";
object.attach = "";
object.force = false;
object.allowDamaged = false;
if (options.bytes === $String)
object.dataKey = "";
else {
object.dataKey = [];
if (options.bytes !== $Array)
object.dataKey = $util.newBuffer(object.dataKey);
}
object.checkOnly = false;
object.repository = "";
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
object.disk = message.disk;
if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
object.to = message.to;
if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
object.format = message.format;
if (message.attach != null && $Object.hasOwnProperty.call(message, "attach"))
object.attach = message.attach;
if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
object.force = message.force;
if (message.allowDamaged != null && $Object.hasOwnProperty.call(message, "allowDamaged"))
object.allowDamaged = message.allowDamaged;
if (message.dataKey != null && $Object.hasOwnProperty.call(message, "dataKey"))
object.dataKey = options.bytes === $String ? $util.base64.encode(message.dataKey, 0, message.dataKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dataKey) : message.dataKey;
if (message.checkOnly != null && $Object.hasOwnProperty.call(message, "checkOnly"))
object.checkOnly = message.checkOnly;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
return object;
};

RestoreDisk.prototype.toJSON = function() {
return RestoreDisk.toObject(this, $protobuf.util.toJSONOptions);
};

return RestoreDisk;
})();

meshbackup.Progress = (function() {

const Progress = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

Progress.prototype.what = "";
Progress.prototype.doneBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
Progress.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
Progress.prototype.bytesPerSecond = 0;
Progress.prototype.session = null;

Progress.create = function(properties) {
return new Progress(properties);
};

Progress.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.what != null && $Object.hasOwnProperty.call(message, "what") && message.what !== "")
writer.uint32(10).string(message.what);
if (message.doneBytes != null && $Object.hasOwnProperty.call(message, "doneBytes") && (typeof message.doneBytes === "object" ? message.doneBytes.low || message.doneBytes.high : message.doneBytes !== 0))
writer.uint32(16).uint64(message.doneBytes);
if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
writer.uint32(24).uint64(message.totalBytes);
if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond") && !$Object.is(message.bytesPerSecond, 0))
writer.uint32(33).double(message.bytesPerSecond);
if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
$root.meshbackup.SessionRecord.encode(message.session, writer.uint32(42).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

Progress.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.Progress();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.what = value;
else
delete message.what;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.doneBytes = value;
else
delete message.doneBytes;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.totalBytes = value;
else
delete message.totalBytes;
continue;
}
case 4: {
if (wireType !== 1)
break;
if (!$Object.is(value = reader.double(), 0))
message.bytesPerSecond = value;
else
delete message.bytesPerSecond;
continue;
}
case 5: {
if (wireType !== 2)
break;
message.session = $root.meshbackup.SessionRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.session);
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


Progress.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.what = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.doneBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.doneBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.bytesPerSecond = 0;
object.session = null;
}
if (message.what != null && $Object.hasOwnProperty.call(message, "what"))
object.what = message.what;
if (message.doneBytes != null && $Object.hasOwnProperty.call(message, "doneBytes"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.doneBytes = typeof message.doneBytes === "number" ? $BigInt(message.doneBytes) : $util.Long.fromBits(message.doneBytes.low >>> 0, message.doneBytes.high >>> 0, true).toBigInt();
else if (typeof message.doneBytes === "number")
object.doneBytes = options.longs === $String ? $String(message.doneBytes) : message.doneBytes;
else
object.doneBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.doneBytes) : options.longs === $Number ? new $util.LongBits(message.doneBytes.low >>> 0, message.doneBytes.high >>> 0).toNumber(true) : message.doneBytes;
if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
else if (typeof message.totalBytes === "number")
object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
else
object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond"))
object.bytesPerSecond = options.json && !$isFinite(message.bytesPerSecond) ? $String(message.bytesPerSecond) : message.bytesPerSecond;
if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
object.session = $root.meshbackup.SessionRecord.toObject(message.session, options, _depth + 1);
return object;
};

Progress.prototype.toJSON = function() {
return Progress.toObject(this, $protobuf.util.toJSONOptions);
};

return Progress;
})();

meshbackup.RestoreDone = (function() {

const RestoreDone = function (properties) {
this.files = [];
this.attached = [];
this.damagedRanges = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RestoreDone.prototype.files = $util.emptyArray;
RestoreDone.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RestoreDone.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RestoreDone.prototype.attached = $util.emptyArray;
RestoreDone.prototype.damagedRanges = $util.emptyArray;

RestoreDone.create = function(properties) {
return new RestoreDone(properties);
};

RestoreDone.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.files != null && message.files.length)
for (let i = 0; i < message.files.length; ++i)
writer.uint32(10).string(message.files[i]);
if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
writer.uint32(16).uint64(message.bytes);
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
writer.uint32(24).uint64(message.durationMs);
if (message.attached != null && message.attached.length)
for (let i = 0; i < message.attached.length; ++i)
writer.uint32(34).string(message.attached[i]);
if (message.damagedRanges != null && message.damagedRanges.length)
for (let i = 0; i < message.damagedRanges.length; ++i)
writer.uint32(162).string(message.damagedRanges[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RestoreDone.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RestoreDone();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.files && message.files.length))
message.files = [];
message.files.push(reader.stringVerify());
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytes = value;
else
delete message.bytes;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.durationMs = value;
else
delete message.durationMs;
continue;
}
case 4: {
if (wireType !== 2)
break;
if (!(message.attached && message.attached.length))
message.attached = [];
message.attached.push(reader.stringVerify());
continue;
}
case 20: {
if (wireType !== 2)
break;
if (!(message.damagedRanges && message.damagedRanges.length))
message.damagedRanges = [];
message.damagedRanges.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RestoreDone.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.files = [];
object.attached = [];
object.damagedRanges = [];
}
if (options.defaults) {
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.files && message.files.length) {
object.files = $Array(message.files.length);
for (let j = 0; j < message.files.length; ++j)
object.files[j] = message.files[j];
}
if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
else if (typeof message.bytes === "number")
object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
else
object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
else if (typeof message.durationMs === "number")
object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
else
object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
if (message.attached && message.attached.length) {
object.attached = $Array(message.attached.length);
for (let j = 0; j < message.attached.length; ++j)
object.attached[j] = message.attached[j];
}
if (message.damagedRanges && message.damagedRanges.length) {
object.damagedRanges = $Array(message.damagedRanges.length);
for (let j = 0; j < message.damagedRanges.length; ++j)
object.damagedRanges[j] = message.damagedRanges[j];
}
return object;
};

RestoreDone.prototype.toJSON = function() {
return RestoreDone.toObject(this, $protobuf.util.toJSONOptions);
};

return RestoreDone;
})();

meshbackup.KeyCreate = (function() {

const KeyCreate = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyCreate.prototype.name = "";
KeyCreate.prototype.passphrase = $util.newBuffer([]);
KeyCreate.prototype.recovery = false;

KeyCreate.create = function(properties) {
return new KeyCreate(properties);
};

KeyCreate.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.passphrase != null && $Object.hasOwnProperty.call(message, "passphrase") && message.passphrase.length)
writer.uint32(18).bytes(message.passphrase);
if (message.recovery != null && $Object.hasOwnProperty.call(message, "recovery") && message.recovery !== false)
writer.uint32(24).bool(message.recovery);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyCreate.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyCreate();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.passphrase = value;
else
delete message.passphrase;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.recovery = value;
else
delete message.recovery;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyCreate.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
if (options.bytes === $String)
object.passphrase = "";
else {
object.passphrase = [];
if (options.bytes !== $Array)
object.passphrase = $util.newBuffer(object.passphrase);
}
object.recovery = false;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.passphrase != null && $Object.hasOwnProperty.call(message, "passphrase"))
object.passphrase = options.bytes === $String ? $util.base64.encode(message.passphrase, 0, message.passphrase.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.passphrase) : message.passphrase;
if (message.recovery != null && $Object.hasOwnProperty.call(message, "recovery"))
object.recovery = message.recovery;
return object;
};

KeyCreate.prototype.toJSON = function() {
return KeyCreate.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyCreate;
})();

meshbackup.KeyListRequest = (function() {

const KeyListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyListRequest.create = function(properties) {
return new KeyListRequest(properties);
};

KeyListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyListRequest.toObject = function () {
return {};
};

KeyListRequest.prototype.toJSON = function() {
return KeyListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyListRequest;
})();

meshbackup.KeyInfo = (function() {

const KeyInfo = function (properties) {
this.jobs = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyInfo.prototype.name = "";
KeyInfo.prototype.fingerprint = "";
KeyInfo.prototype.kind = "";
KeyInfo.prototype.created = "";
KeyInfo.prototype.jobs = $util.emptyArray;

KeyInfo.create = function(properties) {
return new KeyInfo(properties);
};

KeyInfo.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint !== "")
writer.uint32(18).string(message.fingerprint);
if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
writer.uint32(26).string(message.kind);
if (message.created != null && $Object.hasOwnProperty.call(message, "created") && message.created !== "")
writer.uint32(34).string(message.created);
if (message.jobs != null && message.jobs.length)
for (let i = 0; i < message.jobs.length; ++i)
writer.uint32(42).string(message.jobs[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyInfo.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyInfo();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.fingerprint = value;
else
delete message.fingerprint;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.kind = value;
else
delete message.kind;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.created = value;
else
delete message.created;
continue;
}
case 5: {
if (wireType !== 2)
break;
if (!(message.jobs && message.jobs.length))
message.jobs = [];
message.jobs.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyInfo.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.jobs = [];
if (options.defaults) {
object.name = "";
object.fingerprint = "";
object.kind = "";
object.created = "";
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
object.fingerprint = message.fingerprint;
if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
object.kind = message.kind;
if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
object.created = message.created;
if (message.jobs && message.jobs.length) {
object.jobs = $Array(message.jobs.length);
for (let j = 0; j < message.jobs.length; ++j)
object.jobs[j] = message.jobs[j];
}
return object;
};

KeyInfo.prototype.toJSON = function() {
return KeyInfo.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyInfo;
})();

meshbackup.KeyList = (function() {

const KeyList = function (properties) {
this.keys = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyList.prototype.keys = $util.emptyArray;

KeyList.create = function(properties) {
return new KeyList(properties);
};

KeyList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.keys != null && message.keys.length)
for (let i = 0; i < message.keys.length; ++i)
$root.meshbackup.KeyInfo.encode(message.keys[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.keys && message.keys.length))
message.keys = [];
message.keys.push($root.meshbackup.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.keys = [];
if (message.keys && message.keys.length) {
object.keys = $Array(message.keys.length);
for (let j = 0; j < message.keys.length; ++j)
object.keys[j] = $root.meshbackup.KeyInfo.toObject(message.keys[j], options, _depth + 1);
}
return object;
};

KeyList.prototype.toJSON = function() {
return KeyList.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyList;
})();

meshbackup.KeyExport = (function() {

const KeyExport = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyExport.prototype.name = "";
KeyExport.prototype.paper = false;
KeyExport.prototype.qr = false;

KeyExport.create = function(properties) {
return new KeyExport(properties);
};

KeyExport.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.paper != null && $Object.hasOwnProperty.call(message, "paper") && message.paper !== false)
writer.uint32(16).bool(message.paper);
if (message.qr != null && $Object.hasOwnProperty.call(message, "qr") && message.qr !== false)
writer.uint32(24).bool(message.qr);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyExport.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyExport();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.paper = value;
else
delete message.paper;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.qr = value;
else
delete message.qr;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyExport.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.paper = false;
object.qr = false;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.paper != null && $Object.hasOwnProperty.call(message, "paper"))
object.paper = message.paper;
if (message.qr != null && $Object.hasOwnProperty.call(message, "qr"))
object.qr = message.qr;
return object;
};

KeyExport.prototype.toJSON = function() {
return KeyExport.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyExport;
})();

meshbackup.KeyExported = (function() {

const KeyExported = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyExported.prototype.key = null;
KeyExported.prototype.text = "";
KeyExported.prototype.qrPng = $util.newBuffer([]);

KeyExported.create = function(properties) {
return new KeyExported(properties);
};

KeyExported.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
$root.meshbackup.KeyInfo.encode(message.key, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
writer.uint32(18).string(message.text);
if (message.qrPng != null && $Object.hasOwnProperty.call(message, "qrPng") && message.qrPng.length)
writer.uint32(26).bytes(message.qrPng);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyExported.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyExported();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.key = $root.meshbackup.KeyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.text = value;
else
delete message.text;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.qrPng = value;
else
delete message.qrPng;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyExported.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.key = null;
object.text = "";
if (options.bytes === $String)
object.qrPng = "";
else {
object.qrPng = [];
if (options.bytes !== $Array)
object.qrPng = $util.newBuffer(object.qrPng);
}
}
if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
object.key = $root.meshbackup.KeyInfo.toObject(message.key, options, _depth + 1);
if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
object.text = message.text;
if (message.qrPng != null && $Object.hasOwnProperty.call(message, "qrPng"))
object.qrPng = options.bytes === $String ? $util.base64.encode(message.qrPng, 0, message.qrPng.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.qrPng) : message.qrPng;
return object;
};

KeyExported.prototype.toJSON = function() {
return KeyExported.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyExported;
})();

meshbackup.KeyImport = (function() {

const KeyImport = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyImport.prototype.text = "";
KeyImport.prototype.name = "";
KeyImport.prototype.passphrase = $util.newBuffer([]);

KeyImport.create = function(properties) {
return new KeyImport(properties);
};

KeyImport.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
writer.uint32(10).string(message.text);
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(18).string(message.name);
if (message.passphrase != null && $Object.hasOwnProperty.call(message, "passphrase") && message.passphrase.length)
writer.uint32(26).bytes(message.passphrase);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyImport.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyImport();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.text = value;
else
delete message.text;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.passphrase = value;
else
delete message.passphrase;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyImport.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.text = "";
object.name = "";
if (options.bytes === $String)
object.passphrase = "";
else {
object.passphrase = [];
if (options.bytes !== $Array)
object.passphrase = $util.newBuffer(object.passphrase);
}
}
if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
object.text = message.text;
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.passphrase != null && $Object.hasOwnProperty.call(message, "passphrase"))
object.passphrase = options.bytes === $String ? $util.base64.encode(message.passphrase, 0, message.passphrase.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.passphrase) : message.passphrase;
return object;
};

KeyImport.prototype.toJSON = function() {
return KeyImport.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyImport;
})();

meshbackup.KeyChangePassphrase = (function() {

const KeyChangePassphrase = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyChangePassphrase.prototype.name = "";
KeyChangePassphrase.prototype.oldPassphrase = $util.newBuffer([]);
KeyChangePassphrase.prototype.newPassphrase = $util.newBuffer([]);

KeyChangePassphrase.create = function(properties) {
return new KeyChangePassphrase(properties);
};

KeyChangePassphrase.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.oldPassphrase != null && $Object.hasOwnProperty.call(message, "oldPassphrase") && message.oldPassphrase.length)
writer.uint32(18).bytes(message.oldPassphrase);
if (message.newPassphrase != null && $Object.hasOwnProperty.call(message, "newPassphrase") && message.newPassphrase.length)
writer.uint32(26).bytes(message.newPassphrase);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyChangePassphrase.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyChangePassphrase();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.oldPassphrase = value;
else
delete message.oldPassphrase;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.newPassphrase = value;
else
delete message.newPassphrase;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyChangePassphrase.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
if (options.bytes === $String)
object.oldPassphrase = "";
else {
object.oldPassphrase = [];
if (options.bytes !== $Array)
object.oldPassphrase = $util.newBuffer(object.oldPassphrase);
}
if (options.bytes === $String)
object.newPassphrase = "";
else {
object.newPassphrase = [];
if (options.bytes !== $Array)
object.newPassphrase = $util.newBuffer(object.newPassphrase);
}
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.oldPassphrase != null && $Object.hasOwnProperty.call(message, "oldPassphrase"))
object.oldPassphrase = options.bytes === $String ? $util.base64.encode(message.oldPassphrase, 0, message.oldPassphrase.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.oldPassphrase) : message.oldPassphrase;
if (message.newPassphrase != null && $Object.hasOwnProperty.call(message, "newPassphrase"))
object.newPassphrase = options.bytes === $String ? $util.base64.encode(message.newPassphrase, 0, message.newPassphrase.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.newPassphrase) : message.newPassphrase;
return object;
};

KeyChangePassphrase.prototype.toJSON = function() {
return KeyChangePassphrase.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyChangePassphrase;
})();

meshbackup.KeyGet = (function() {

const KeyGet = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyGet.prototype.fingerprint = "";

KeyGet.create = function(properties) {
return new KeyGet(properties);
};

KeyGet.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint !== "")
writer.uint32(10).string(message.fingerprint);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyGet.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyGet();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.fingerprint = value;
else
delete message.fingerprint;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyGet.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults)
object.fingerprint = "";
if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
object.fingerprint = message.fingerprint;
return object;
};

KeyGet.prototype.toJSON = function() {
return KeyGet.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyGet;
})();

meshbackup.KeyMaterial = (function() {

const KeyMaterial = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

KeyMaterial.prototype.name = "";
KeyMaterial.prototype.fingerprint = "";
KeyMaterial.prototype.dataKey = $util.newBuffer([]);

KeyMaterial.create = function(properties) {
return new KeyMaterial(properties);
};

KeyMaterial.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint !== "")
writer.uint32(18).string(message.fingerprint);
if (message.dataKey != null && $Object.hasOwnProperty.call(message, "dataKey") && message.dataKey.length)
writer.uint32(26).bytes(message.dataKey);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

KeyMaterial.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.KeyMaterial();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.fingerprint = value;
else
delete message.fingerprint;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.dataKey = value;
else
delete message.dataKey;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


KeyMaterial.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.fingerprint = "";
if (options.bytes === $String)
object.dataKey = "";
else {
object.dataKey = [];
if (options.bytes !== $Array)
object.dataKey = $util.newBuffer(object.dataKey);
}
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
object.fingerprint = message.fingerprint;
if (message.dataKey != null && $Object.hasOwnProperty.call(message, "dataKey"))
object.dataKey = options.bytes === $String ? $util.base64.encode(message.dataKey, 0, message.dataKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dataKey) : message.dataKey;
return object;
};

KeyMaterial.prototype.toJSON = function() {
return KeyMaterial.toObject(this, $protobuf.util.toJSONOptions);
};

return KeyMaterial;
})();

meshbackup.Announcement = (function() {

const Announcement = function (properties) {
this.addrs = [];
this.roles = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

Announcement.prototype.peerId = "";
Announcement.prototype.addrs = $util.emptyArray;
Announcement.prototype.roles = $util.emptyArray;
Announcement.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
Announcement.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
Announcement.prototype.periodMs = 0;
Announcement.prototype.proxy = null;
Announcement.prototype.repository = null;
Announcement.prototype.manager = null;
Announcement.prototype.bootCheck = null;

Announcement.create = function(properties) {
return new Announcement(properties);
};

Announcement.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
writer.uint32(10).string(message.peerId);
if (message.addrs != null && message.addrs.length)
for (let i = 0; i < message.addrs.length; ++i)
writer.uint32(18).string(message.addrs[i]);
if (message.roles != null && message.roles.length)
for (let i = 0; i < message.roles.length; ++i)
writer.uint32(26).string(message.roles[i]);
if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
writer.uint32(32).uint64(message.seq);
if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
writer.uint32(40).uint64(message.sentAtMs);
if (message.periodMs != null && $Object.hasOwnProperty.call(message, "periodMs") && message.periodMs !== 0)
writer.uint32(48).uint32(message.periodMs);
if (message.proxy != null && $Object.hasOwnProperty.call(message, "proxy"))
$root.meshbackup.ProxyCapacity.encode(message.proxy, writer.uint32(58).fork(), _depth + 1).ldelim();
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
$root.meshbackup.RepositoryCapacity.encode(message.repository, writer.uint32(66).fork(), _depth + 1).ldelim();
if (message.manager != null && $Object.hasOwnProperty.call(message, "manager"))
$root.meshbackup.ManagerInfo.encode(message.manager, writer.uint32(74).fork(), _depth + 1).ldelim();
if (message.bootCheck != null && $Object.hasOwnProperty.call(message, "bootCheck"))
$root.meshbackup.BootCheckCapacity.encode(message.bootCheck, writer.uint32(82).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

Announcement.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.Announcement();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.peerId = value;
else
delete message.peerId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.addrs && message.addrs.length))
message.addrs = [];
message.addrs.push(reader.stringVerify());
continue;
}
case 3: {
if (wireType !== 2)
break;
if (!(message.roles && message.roles.length))
message.roles = [];
message.roles.push(reader.stringVerify());
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.seq = value;
else
delete message.seq;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.sentAtMs = value;
else
delete message.sentAtMs;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.periodMs = value;
else
delete message.periodMs;
continue;
}
case 7: {
if (wireType !== 2)
break;
message.proxy = $root.meshbackup.ProxyCapacity.decode(reader, reader.size(), $undefined, _depth + 1, message.proxy);
continue;
}
case 8: {
if (wireType !== 2)
break;
message.repository = $root.meshbackup.RepositoryCapacity.decode(reader, reader.size(), $undefined, _depth + 1, message.repository);
continue;
}
case 9: {
if (wireType !== 2)
break;
message.manager = $root.meshbackup.ManagerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.manager);
continue;
}
case 10: {
if (wireType !== 2)
break;
message.bootCheck = $root.meshbackup.BootCheckCapacity.decode(reader, reader.size(), $undefined, _depth + 1, message.bootCheck);
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


Announcement.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.addrs = [];
object.roles = [];
}
if (options.defaults) {
object.peerId = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.periodMs = 0;
object.proxy = null;
object.repository = null;
object.manager = null;
object.bootCheck = null;
}
if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
object.peerId = message.peerId;
if (message.addrs && message.addrs.length) {
object.addrs = $Array(message.addrs.length);
for (let j = 0; j < message.addrs.length; ++j)
object.addrs[j] = message.addrs[j];
}
if (message.roles && message.roles.length) {
object.roles = $Array(message.roles.length);
for (let j = 0; j < message.roles.length; ++j)
object.roles[j] = message.roles[j];
}
if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
else if (typeof message.seq === "number")
object.seq = options.longs === $String ? $String(message.seq) : message.seq;
else
object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, true).toBigInt();
else if (typeof message.sentAtMs === "number")
object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
else
object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber(true) : message.sentAtMs;
if (message.periodMs != null && $Object.hasOwnProperty.call(message, "periodMs"))
object.periodMs = message.periodMs;
if (message.proxy != null && $Object.hasOwnProperty.call(message, "proxy"))
object.proxy = $root.meshbackup.ProxyCapacity.toObject(message.proxy, options, _depth + 1);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = $root.meshbackup.RepositoryCapacity.toObject(message.repository, options, _depth + 1);
if (message.manager != null && $Object.hasOwnProperty.call(message, "manager"))
object.manager = $root.meshbackup.ManagerInfo.toObject(message.manager, options, _depth + 1);
if (message.bootCheck != null && $Object.hasOwnProperty.call(message, "bootCheck"))
object.bootCheck = $root.meshbackup.BootCheckCapacity.toObject(message.bootCheck, options, _depth + 1);
return object;
};

Announcement.prototype.toJSON = function() {
return Announcement.toObject(this, $protobuf.util.toJSONOptions);
};

return Announcement;
})();

meshbackup.BootCheckCapacity = (function() {

const BootCheckCapacity = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckCapacity.prototype.slots = 0;
BootCheckCapacity.prototype.active = 0;

BootCheckCapacity.create = function(properties) {
return new BootCheckCapacity(properties);
};

BootCheckCapacity.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
writer.uint32(8).uint32(message.slots);
if (message.active != null && $Object.hasOwnProperty.call(message, "active") && message.active !== 0)
writer.uint32(16).uint32(message.active);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckCapacity.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckCapacity();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.slots = value;
else
delete message.slots;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.active = value;
else
delete message.active;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckCapacity.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.slots = 0;
object.active = 0;
}
if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
object.slots = message.slots;
if (message.active != null && $Object.hasOwnProperty.call(message, "active"))
object.active = message.active;
return object;
};

BootCheckCapacity.prototype.toJSON = function() {
return BootCheckCapacity.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckCapacity;
})();

meshbackup.ProxyCapacity = (function() {

const ProxyCapacity = function (properties) {
this.hosts = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

ProxyCapacity.prototype.slots = 0;
ProxyCapacity.prototype.active = 0;
ProxyCapacity.prototype.throughputBps = 0;
ProxyCapacity.prototype.hosts = $util.emptyArray;

ProxyCapacity.create = function(properties) {
return new ProxyCapacity(properties);
};

ProxyCapacity.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
writer.uint32(8).uint32(message.slots);
if (message.active != null && $Object.hasOwnProperty.call(message, "active") && message.active !== 0)
writer.uint32(16).uint32(message.active);
if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps") && !$Object.is(message.throughputBps, 0))
writer.uint32(25).double(message.throughputBps);
if (message.hosts != null && message.hosts.length)
for (let i = 0; i < message.hosts.length; ++i)
$root.meshbackup.HostReach.encode(message.hosts[i], writer.uint32(34).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

ProxyCapacity.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.ProxyCapacity();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.slots = value;
else
delete message.slots;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.active = value;
else
delete message.active;
continue;
}
case 3: {
if (wireType !== 1)
break;
if (!$Object.is(value = reader.double(), 0))
message.throughputBps = value;
else
delete message.throughputBps;
continue;
}
case 4: {
if (wireType !== 2)
break;
if (!(message.hosts && message.hosts.length))
message.hosts = [];
message.hosts.push($root.meshbackup.HostReach.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


ProxyCapacity.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.hosts = [];
if (options.defaults) {
object.slots = 0;
object.active = 0;
object.throughputBps = 0;
}
if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
object.slots = message.slots;
if (message.active != null && $Object.hasOwnProperty.call(message, "active"))
object.active = message.active;
if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps"))
object.throughputBps = options.json && !$isFinite(message.throughputBps) ? $String(message.throughputBps) : message.throughputBps;
if (message.hosts && message.hosts.length) {
object.hosts = $Array(message.hosts.length);
for (let j = 0; j < message.hosts.length; ++j)
object.hosts[j] = $root.meshbackup.HostReach.toObject(message.hosts[j], options, _depth + 1);
}
return object;
};

ProxyCapacity.prototype.toJSON = function() {
return ProxyCapacity.toObject(this, $protobuf.util.toJSONOptions);
};

return ProxyCapacity;
})();

meshbackup.HostReach = (function() {

const HostReach = function (properties) {
this.modes = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

HostReach.prototype.host = "";
HostReach.prototype.modes = $util.emptyArray;

HostReach.create = function(properties) {
return new HostReach(properties);
};

HostReach.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
writer.uint32(10).string(message.host);
if (message.modes != null && message.modes.length)
for (let i = 0; i < message.modes.length; ++i)
writer.uint32(18).string(message.modes[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

HostReach.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.HostReach();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.host = value;
else
delete message.host;
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.modes && message.modes.length))
message.modes = [];
message.modes.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


HostReach.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.modes = [];
if (options.defaults)
object.host = "";
if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
object.host = message.host;
if (message.modes && message.modes.length) {
object.modes = $Array(message.modes.length);
for (let j = 0; j < message.modes.length; ++j)
object.modes[j] = message.modes[j];
}
return object;
};

HostReach.prototype.toJSON = function() {
return HostReach.toObject(this, $protobuf.util.toJSONOptions);
};

return HostReach;
})();

meshbackup.RepositoryCapacity = (function() {

const RepositoryCapacity = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

RepositoryCapacity.prototype.name = "";
RepositoryCapacity.prototype.slots = 0;
RepositoryCapacity.prototype.active = 0;
RepositoryCapacity.prototype.freeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RepositoryCapacity.prototype.throughputBps = 0;
RepositoryCapacity.prototype.writingBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
RepositoryCapacity.prototype.lockDays = 0;
RepositoryCapacity.prototype.immutableFiles = false;
RepositoryCapacity.prototype.immutableNote = "";
RepositoryCapacity.prototype.storage = "";
RepositoryCapacity.prototype.offsite = false;

RepositoryCapacity.create = function(properties) {
return new RepositoryCapacity(properties);
};

RepositoryCapacity.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
writer.uint32(16).uint32(message.slots);
if (message.active != null && $Object.hasOwnProperty.call(message, "active") && message.active !== 0)
writer.uint32(24).uint32(message.active);
if (message.freeBytes != null && $Object.hasOwnProperty.call(message, "freeBytes") && (typeof message.freeBytes === "object" ? message.freeBytes.low || message.freeBytes.high : message.freeBytes !== 0))
writer.uint32(32).uint64(message.freeBytes);
if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps") && !$Object.is(message.throughputBps, 0))
writer.uint32(41).double(message.throughputBps);
if (message.writingBytes != null && $Object.hasOwnProperty.call(message, "writingBytes") && (typeof message.writingBytes === "object" ? message.writingBytes.low || message.writingBytes.high : message.writingBytes !== 0))
writer.uint32(48).uint64(message.writingBytes);
if (message.lockDays != null && $Object.hasOwnProperty.call(message, "lockDays") && !$Object.is(message.lockDays, 0))
writer.uint32(57).double(message.lockDays);
if (message.immutableFiles != null && $Object.hasOwnProperty.call(message, "immutableFiles") && message.immutableFiles !== false)
writer.uint32(64).bool(message.immutableFiles);
if (message.immutableNote != null && $Object.hasOwnProperty.call(message, "immutableNote") && message.immutableNote !== "")
writer.uint32(74).string(message.immutableNote);
if (message.storage != null && $Object.hasOwnProperty.call(message, "storage") && message.storage !== "")
writer.uint32(162).string(message.storage);
if (message.offsite != null && $Object.hasOwnProperty.call(message, "offsite") && message.offsite !== false)
writer.uint32(168).bool(message.offsite);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

RepositoryCapacity.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.RepositoryCapacity();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.slots = value;
else
delete message.slots;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.active = value;
else
delete message.active;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.freeBytes = value;
else
delete message.freeBytes;
continue;
}
case 5: {
if (wireType !== 1)
break;
if (!$Object.is(value = reader.double(), 0))
message.throughputBps = value;
else
delete message.throughputBps;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.writingBytes = value;
else
delete message.writingBytes;
continue;
}
case 7: {
if (wireType !== 1)
break;
if (!$Object.is(value = reader.double(), 0))
message.lockDays = value;
else
delete message.lockDays;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.immutableFiles = value;
else
delete message.immutableFiles;
continue;
}
case 9: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.immutableNote = value;
else
delete message.immutableNote;
continue;
}
case 20: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.storage = value;
else
delete message.storage;
continue;
}
case 21: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.offsite = value;
else
delete message.offsite;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


RepositoryCapacity.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.slots = 0;
object.active = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.freeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.freeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.throughputBps = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.writingBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.writingBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.lockDays = 0;
object.immutableFiles = false;
object.immutableNote = "";
object.storage = "";
object.offsite = false;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
object.slots = message.slots;
if (message.active != null && $Object.hasOwnProperty.call(message, "active"))
object.active = message.active;
if (message.freeBytes != null && $Object.hasOwnProperty.call(message, "freeBytes"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.freeBytes = typeof message.freeBytes === "number" ? $BigInt(message.freeBytes) : $util.Long.fromBits(message.freeBytes.low >>> 0, message.freeBytes.high >>> 0, true).toBigInt();
else if (typeof message.freeBytes === "number")
object.freeBytes = options.longs === $String ? $String(message.freeBytes) : message.freeBytes;
else
object.freeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.freeBytes) : options.longs === $Number ? new $util.LongBits(message.freeBytes.low >>> 0, message.freeBytes.high >>> 0).toNumber(true) : message.freeBytes;
if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps"))
object.throughputBps = options.json && !$isFinite(message.throughputBps) ? $String(message.throughputBps) : message.throughputBps;
if (message.writingBytes != null && $Object.hasOwnProperty.call(message, "writingBytes"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.writingBytes = typeof message.writingBytes === "number" ? $BigInt(message.writingBytes) : $util.Long.fromBits(message.writingBytes.low >>> 0, message.writingBytes.high >>> 0, true).toBigInt();
else if (typeof message.writingBytes === "number")
object.writingBytes = options.longs === $String ? $String(message.writingBytes) : message.writingBytes;
else
object.writingBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.writingBytes) : options.longs === $Number ? new $util.LongBits(message.writingBytes.low >>> 0, message.writingBytes.high >>> 0).toNumber(true) : message.writingBytes;
if (message.lockDays != null && $Object.hasOwnProperty.call(message, "lockDays"))
object.lockDays = options.json && !$isFinite(message.lockDays) ? $String(message.lockDays) : message.lockDays;
if (message.immutableFiles != null && $Object.hasOwnProperty.call(message, "immutableFiles"))
object.immutableFiles = message.immutableFiles;
if (message.immutableNote != null && $Object.hasOwnProperty.call(message, "immutableNote"))
object.immutableNote = message.immutableNote;
if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
object.storage = message.storage;
if (message.offsite != null && $Object.hasOwnProperty.call(message, "offsite"))
object.offsite = message.offsite;
return object;
};

RepositoryCapacity.prototype.toJSON = function() {
return RepositoryCapacity.toObject(this, $protobuf.util.toJSONOptions);
};

return RepositoryCapacity;
})();

meshbackup.ManagerInfo = (function() {

const ManagerInfo = function (properties) {
this.hosts = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

ManagerInfo.prototype.hosts = $util.emptyArray;

ManagerInfo.create = function(properties) {
return new ManagerInfo(properties);
};

ManagerInfo.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.hosts != null && message.hosts.length)
for (let i = 0; i < message.hosts.length; ++i)
$root.meshbackup.HostSpec.encode(message.hosts[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

ManagerInfo.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.ManagerInfo();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.hosts && message.hosts.length))
message.hosts = [];
message.hosts.push($root.meshbackup.HostSpec.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


ManagerInfo.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.hosts = [];
if (message.hosts && message.hosts.length) {
object.hosts = $Array(message.hosts.length);
for (let j = 0; j < message.hosts.length; ++j)
object.hosts[j] = $root.meshbackup.HostSpec.toObject(message.hosts[j], options, _depth + 1);
}
return object;
};

ManagerInfo.prototype.toJSON = function() {
return ManagerInfo.toObject(this, $protobuf.util.toJSONOptions);
};

return ManagerInfo;
})();

meshbackup.CopyJob = (function() {

const CopyJob = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

CopyJob.prototype.name = "";
CopyJob.prototype.from = "";
CopyJob.prototype.to = "";
CopyJob.prototype.job = "";
CopyJob.prototype.vm = "";
CopyJob.prototype.schedule = "";
CopyJob.prototype.retention = null;
CopyJob.prototype.notify = null;
CopyJob.prototype.rateLimitBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

CopyJob.create = function(properties) {
return new CopyJob(properties);
};

CopyJob.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
writer.uint32(18).string(message.from);
if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
writer.uint32(26).string(message.to);
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(34).string(message.job);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(42).string(message.vm);
if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
writer.uint32(50).string(message.schedule);
if (message.retention != null && $Object.hasOwnProperty.call(message, "retention"))
$root.meshbackup.Retention.encode(message.retention, writer.uint32(58).fork(), _depth + 1).ldelim();
if (message.notify != null && $Object.hasOwnProperty.call(message, "notify"))
$root.meshbackup.Notify.encode(message.notify, writer.uint32(66).fork(), _depth + 1).ldelim();
if (message.rateLimitBps != null && $Object.hasOwnProperty.call(message, "rateLimitBps") && (typeof message.rateLimitBps === "object" ? message.rateLimitBps.low || message.rateLimitBps.high : message.rateLimitBps !== 0))
writer.uint32(72).uint64(message.rateLimitBps);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

CopyJob.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.CopyJob();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.from = value;
else
delete message.from;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.to = value;
else
delete message.to;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.schedule = value;
else
delete message.schedule;
continue;
}
case 7: {
if (wireType !== 2)
break;
message.retention = $root.meshbackup.Retention.decode(reader, reader.size(), $undefined, _depth + 1, message.retention);
continue;
}
case 8: {
if (wireType !== 2)
break;
message.notify = $root.meshbackup.Notify.decode(reader, reader.size(), $undefined, _depth + 1, message.notify);
continue;
}
case 9: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.rateLimitBps = value;
else
delete message.rateLimitBps;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


CopyJob.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.from = "";
object.to = "";
object.job = "";
object.vm = "";
object.schedule = "";
object.retention = null;
object.notify = null;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.rateLimitBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.rateLimitBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
object.from = message.from;
if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
object.to = message.to;
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
object.schedule = message.schedule;
if (message.retention != null && $Object.hasOwnProperty.call(message, "retention"))
object.retention = $root.meshbackup.Retention.toObject(message.retention, options, _depth + 1);
if (message.notify != null && $Object.hasOwnProperty.call(message, "notify"))
object.notify = $root.meshbackup.Notify.toObject(message.notify, options, _depth + 1);
if (message.rateLimitBps != null && $Object.hasOwnProperty.call(message, "rateLimitBps"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.rateLimitBps = typeof message.rateLimitBps === "number" ? $BigInt(message.rateLimitBps) : $util.Long.fromBits(message.rateLimitBps.low >>> 0, message.rateLimitBps.high >>> 0, true).toBigInt();
else if (typeof message.rateLimitBps === "number")
object.rateLimitBps = options.longs === $String ? $String(message.rateLimitBps) : message.rateLimitBps;
else
object.rateLimitBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rateLimitBps) : options.longs === $Number ? new $util.LongBits(message.rateLimitBps.low >>> 0, message.rateLimitBps.high >>> 0).toNumber(true) : message.rateLimitBps;
return object;
};

CopyJob.prototype.toJSON = function() {
return CopyJob.toObject(this, $protobuf.util.toJSONOptions);
};

return CopyJob;
})();

meshbackup.CopyJobListRequest = (function() {

const CopyJobListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

CopyJobListRequest.create = function(properties) {
return new CopyJobListRequest(properties);
};

CopyJobListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

CopyJobListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.CopyJobListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


CopyJobListRequest.toObject = function () {
return {};
};

CopyJobListRequest.prototype.toJSON = function() {
return CopyJobListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return CopyJobListRequest;
})();

meshbackup.CopyJobList = (function() {

const CopyJobList = function (properties) {
this.jobs = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

CopyJobList.prototype.jobs = $util.emptyArray;

CopyJobList.create = function(properties) {
return new CopyJobList(properties);
};

CopyJobList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.jobs != null && message.jobs.length)
for (let i = 0; i < message.jobs.length; ++i)
$root.meshbackup.CopyJob.encode(message.jobs[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

CopyJobList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.CopyJobList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.jobs && message.jobs.length))
message.jobs = [];
message.jobs.push($root.meshbackup.CopyJob.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


CopyJobList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.jobs = [];
if (message.jobs && message.jobs.length) {
object.jobs = $Array(message.jobs.length);
for (let j = 0; j < message.jobs.length; ++j)
object.jobs[j] = $root.meshbackup.CopyJob.toObject(message.jobs[j], options, _depth + 1);
}
return object;
};

CopyJobList.prototype.toJSON = function() {
return CopyJobList.toObject(this, $protobuf.util.toJSONOptions);
};

return CopyJobList;
})();

meshbackup.CopyProgress = (function() {

const CopyProgress = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

CopyProgress.prototype.repository = "";
CopyProgress.prototype.pointsTotal = 0;
CopyProgress.prototype.pointsDone = 0;
CopyProgress.prototype.bytesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyProgress.prototype.bytesDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyProgress.prototype.bytesFetched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyProgress.prototype.blocksFetched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyProgress.prototype.blocksPresent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyProgress.prototype.elapsedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyProgress.prototype.pointId = "";

CopyProgress.create = function(properties) {
return new CopyProgress(properties);
};

CopyProgress.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.pointsTotal != null && $Object.hasOwnProperty.call(message, "pointsTotal") && message.pointsTotal !== 0)
writer.uint32(16).uint32(message.pointsTotal);
if (message.pointsDone != null && $Object.hasOwnProperty.call(message, "pointsDone") && message.pointsDone !== 0)
writer.uint32(24).uint32(message.pointsDone);
if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal") && (typeof message.bytesTotal === "object" ? message.bytesTotal.low || message.bytesTotal.high : message.bytesTotal !== 0))
writer.uint32(32).uint64(message.bytesTotal);
if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone") && (typeof message.bytesDone === "object" ? message.bytesDone.low || message.bytesDone.high : message.bytesDone !== 0))
writer.uint32(40).uint64(message.bytesDone);
if (message.bytesFetched != null && $Object.hasOwnProperty.call(message, "bytesFetched") && (typeof message.bytesFetched === "object" ? message.bytesFetched.low || message.bytesFetched.high : message.bytesFetched !== 0))
writer.uint32(48).uint64(message.bytesFetched);
if (message.blocksFetched != null && $Object.hasOwnProperty.call(message, "blocksFetched") && (typeof message.blocksFetched === "object" ? message.blocksFetched.low || message.blocksFetched.high : message.blocksFetched !== 0))
writer.uint32(56).uint64(message.blocksFetched);
if (message.blocksPresent != null && $Object.hasOwnProperty.call(message, "blocksPresent") && (typeof message.blocksPresent === "object" ? message.blocksPresent.low || message.blocksPresent.high : message.blocksPresent !== 0))
writer.uint32(64).uint64(message.blocksPresent);
if (message.elapsedMs != null && $Object.hasOwnProperty.call(message, "elapsedMs") && (typeof message.elapsedMs === "object" ? message.elapsedMs.low || message.elapsedMs.high : message.elapsedMs !== 0))
writer.uint32(72).uint64(message.elapsedMs);
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(82).string(message.pointId);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

CopyProgress.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.CopyProgress();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.pointsTotal = value;
else
delete message.pointsTotal;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.pointsDone = value;
else
delete message.pointsDone;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesTotal = value;
else
delete message.bytesTotal;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesDone = value;
else
delete message.bytesDone;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesFetched = value;
else
delete message.bytesFetched;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksFetched = value;
else
delete message.blocksFetched;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksPresent = value;
else
delete message.blocksPresent;
continue;
}
case 9: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.elapsedMs = value;
else
delete message.elapsedMs;
continue;
}
case 10: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


CopyProgress.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.repository = "";
object.pointsTotal = 0;
object.pointsDone = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesDone = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesDone = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesFetched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesFetched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksFetched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksFetched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksPresent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksPresent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.elapsedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.elapsedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.pointId = "";
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.pointsTotal != null && $Object.hasOwnProperty.call(message, "pointsTotal"))
object.pointsTotal = message.pointsTotal;
if (message.pointsDone != null && $Object.hasOwnProperty.call(message, "pointsDone"))
object.pointsDone = message.pointsDone;
if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesTotal = typeof message.bytesTotal === "number" ? $BigInt(message.bytesTotal) : $util.Long.fromBits(message.bytesTotal.low >>> 0, message.bytesTotal.high >>> 0, true).toBigInt();
else if (typeof message.bytesTotal === "number")
object.bytesTotal = options.longs === $String ? $String(message.bytesTotal) : message.bytesTotal;
else
object.bytesTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesTotal) : options.longs === $Number ? new $util.LongBits(message.bytesTotal.low >>> 0, message.bytesTotal.high >>> 0).toNumber(true) : message.bytesTotal;
if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesDone = typeof message.bytesDone === "number" ? $BigInt(message.bytesDone) : $util.Long.fromBits(message.bytesDone.low >>> 0, message.bytesDone.high >>> 0, true).toBigInt();
else if (typeof message.bytesDone === "number")
object.bytesDone = options.longs === $String ? $String(message.bytesDone) : message.bytesDone;
else
object.bytesDone = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesDone) : options.longs === $Number ? new $util.LongBits(message.bytesDone.low >>> 0, message.bytesDone.high >>> 0).toNumber(true) : message.bytesDone;
if (message.bytesFetched != null && $Object.hasOwnProperty.call(message, "bytesFetched"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesFetched = typeof message.bytesFetched === "number" ? $BigInt(message.bytesFetched) : $util.Long.fromBits(message.bytesFetched.low >>> 0, message.bytesFetched.high >>> 0, true).toBigInt();
else if (typeof message.bytesFetched === "number")
object.bytesFetched = options.longs === $String ? $String(message.bytesFetched) : message.bytesFetched;
else
object.bytesFetched = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesFetched) : options.longs === $Number ? new $util.LongBits(message.bytesFetched.low >>> 0, message.bytesFetched.high >>> 0).toNumber(true) : message.bytesFetched;
if (message.blocksFetched != null && $Object.hasOwnProperty.call(message, "blocksFetched"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksFetched = typeof message.blocksFetched === "number" ? $BigInt(message.blocksFetched) : $util.Long.fromBits(message.blocksFetched.low >>> 0, message.blocksFetched.high >>> 0, true).toBigInt();
else if (typeof message.blocksFetched === "number")
object.blocksFetched = options.longs === $String ? $String(message.blocksFetched) : message.blocksFetched;
else
object.blocksFetched = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksFetched) : options.longs === $Number ? new $util.LongBits(message.blocksFetched.low >>> 0, message.blocksFetched.high >>> 0).toNumber(true) : message.blocksFetched;
if (message.blocksPresent != null && $Object.hasOwnProperty.call(message, "blocksPresent"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksPresent = typeof message.blocksPresent === "number" ? $BigInt(message.blocksPresent) : $util.Long.fromBits(message.blocksPresent.low >>> 0, message.blocksPresent.high >>> 0, true).toBigInt();
else if (typeof message.blocksPresent === "number")
object.blocksPresent = options.longs === $String ? $String(message.blocksPresent) : message.blocksPresent;
else
object.blocksPresent = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksPresent) : options.longs === $Number ? new $util.LongBits(message.blocksPresent.low >>> 0, message.blocksPresent.high >>> 0).toNumber(true) : message.blocksPresent;
if (message.elapsedMs != null && $Object.hasOwnProperty.call(message, "elapsedMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.elapsedMs = typeof message.elapsedMs === "number" ? $BigInt(message.elapsedMs) : $util.Long.fromBits(message.elapsedMs.low >>> 0, message.elapsedMs.high >>> 0, true).toBigInt();
else if (typeof message.elapsedMs === "number")
object.elapsedMs = options.longs === $String ? $String(message.elapsedMs) : message.elapsedMs;
else
object.elapsedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.elapsedMs) : options.longs === $Number ? new $util.LongBits(message.elapsedMs.low >>> 0, message.elapsedMs.high >>> 0).toNumber(true) : message.elapsedMs;
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
return object;
};

CopyProgress.prototype.toJSON = function() {
return CopyProgress.toObject(this, $protobuf.util.toJSONOptions);
};

return CopyProgress;
})();

meshbackup.CopiedPoint = (function() {

const CopiedPoint = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

CopiedPoint.prototype.pointId = "";
CopiedPoint.prototype.vm = "";
CopiedPoint.prototype.job = "";
CopiedPoint.prototype.blocksFetched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopiedPoint.prototype.bytesFetched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopiedPoint.prototype.blocksPresent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

CopiedPoint.create = function(properties) {
return new CopiedPoint(properties);
};

CopiedPoint.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(26).string(message.job);
if (message.blocksFetched != null && $Object.hasOwnProperty.call(message, "blocksFetched") && (typeof message.blocksFetched === "object" ? message.blocksFetched.low || message.blocksFetched.high : message.blocksFetched !== 0))
writer.uint32(32).uint64(message.blocksFetched);
if (message.bytesFetched != null && $Object.hasOwnProperty.call(message, "bytesFetched") && (typeof message.bytesFetched === "object" ? message.bytesFetched.low || message.bytesFetched.high : message.bytesFetched !== 0))
writer.uint32(40).uint64(message.bytesFetched);
if (message.blocksPresent != null && $Object.hasOwnProperty.call(message, "blocksPresent") && (typeof message.blocksPresent === "object" ? message.blocksPresent.low || message.blocksPresent.high : message.blocksPresent !== 0))
writer.uint32(48).uint64(message.blocksPresent);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

CopiedPoint.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.CopiedPoint();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksFetched = value;
else
delete message.blocksFetched;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesFetched = value;
else
delete message.bytesFetched;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksPresent = value;
else
delete message.blocksPresent;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


CopiedPoint.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.pointId = "";
object.vm = "";
object.job = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksFetched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksFetched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesFetched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesFetched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksPresent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksPresent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.blocksFetched != null && $Object.hasOwnProperty.call(message, "blocksFetched"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksFetched = typeof message.blocksFetched === "number" ? $BigInt(message.blocksFetched) : $util.Long.fromBits(message.blocksFetched.low >>> 0, message.blocksFetched.high >>> 0, true).toBigInt();
else if (typeof message.blocksFetched === "number")
object.blocksFetched = options.longs === $String ? $String(message.blocksFetched) : message.blocksFetched;
else
object.blocksFetched = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksFetched) : options.longs === $Number ? new $util.LongBits(message.blocksFetched.low >>> 0, message.blocksFetched.high >>> 0).toNumber(true) : message.blocksFetched;
if (message.bytesFetched != null && $Object.hasOwnProperty.call(message, "bytesFetched"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesFetched = typeof message.bytesFetched === "number" ? $BigInt(message.bytesFetched) : $util.Long.fromBits(message.bytesFetched.low >>> 0, message.bytesFetched.high >>> 0, true).toBigInt();
else if (typeof message.bytesFetched === "number")
object.bytesFetched = options.longs === $String ? $String(message.bytesFetched) : message.bytesFetched;
else
object.bytesFetched = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesFetched) : options.longs === $Number ? new $util.LongBits(message.bytesFetched.low >>> 0, message.bytesFetched.high >>> 0).toNumber(true) : message.bytesFetched;
if (message.blocksPresent != null && $Object.hasOwnProperty.call(message, "blocksPresent"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksPresent = typeof message.blocksPresent === "number" ? $BigInt(message.blocksPresent) : $util.Long.fromBits(message.blocksPresent.low >>> 0, message.blocksPresent.high >>> 0, true).toBigInt();
else if (typeof message.blocksPresent === "number")
object.blocksPresent = options.longs === $String ? $String(message.blocksPresent) : message.blocksPresent;
else
object.blocksPresent = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksPresent) : options.longs === $Number ? new $util.LongBits(message.blocksPresent.low >>> 0, message.blocksPresent.high >>> 0).toNumber(true) : message.blocksPresent;
return object;
};

CopiedPoint.prototype.toJSON = function() {
return CopiedPoint.toObject(this, $protobuf.util.toJSONOptions);
};

return CopiedPoint;
})();

meshbackup.CopyFailure = (function() {

const CopyFailure = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

CopyFailure.prototype.pointId = "";
CopyFailure.prototype.vm = "";
CopyFailure.prototype.code = "";
CopyFailure.prototype.message = "";

CopyFailure.create = function(properties) {
return new CopyFailure(properties);
};

CopyFailure.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
writer.uint32(26).string(message.code);
if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
writer.uint32(34).string(message.message);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

CopyFailure.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.CopyFailure();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.code = value;
else
delete message.code;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.message = value;
else
delete message.message;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


CopyFailure.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.pointId = "";
object.vm = "";
object.code = "";
object.message = "";
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
object.code = message.code;
if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
object.message = message.message;
return object;
};

CopyFailure.prototype.toJSON = function() {
return CopyFailure.toObject(this, $protobuf.util.toJSONOptions);
};

return CopyFailure;
})();

meshbackup.CopyReport = (function() {

const CopyReport = function (properties) {
this.copied = [];
this.failed = [];
this.problems = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

CopyReport.prototype.repository = "";
CopyReport.prototype.repositoryPeer = "";
CopyReport.prototype.copied = $util.emptyArray;
CopyReport.prototype.failed = $util.emptyArray;
CopyReport.prototype.blocksFetched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyReport.prototype.bytesFetched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyReport.prototype.blocksPresent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyReport.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
CopyReport.prototype.problems = $util.emptyArray;

CopyReport.create = function(properties) {
return new CopyReport(properties);
};

CopyReport.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(10).string(message.repository);
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer") && message.repositoryPeer !== "")
writer.uint32(18).string(message.repositoryPeer);
if (message.copied != null && message.copied.length)
for (let i = 0; i < message.copied.length; ++i)
$root.meshbackup.CopiedPoint.encode(message.copied[i], writer.uint32(26).fork(), _depth + 1).ldelim();
if (message.failed != null && message.failed.length)
for (let i = 0; i < message.failed.length; ++i)
$root.meshbackup.CopyFailure.encode(message.failed[i], writer.uint32(34).fork(), _depth + 1).ldelim();
if (message.blocksFetched != null && $Object.hasOwnProperty.call(message, "blocksFetched") && (typeof message.blocksFetched === "object" ? message.blocksFetched.low || message.blocksFetched.high : message.blocksFetched !== 0))
writer.uint32(40).uint64(message.blocksFetched);
if (message.bytesFetched != null && $Object.hasOwnProperty.call(message, "bytesFetched") && (typeof message.bytesFetched === "object" ? message.bytesFetched.low || message.bytesFetched.high : message.bytesFetched !== 0))
writer.uint32(48).uint64(message.bytesFetched);
if (message.blocksPresent != null && $Object.hasOwnProperty.call(message, "blocksPresent") && (typeof message.blocksPresent === "object" ? message.blocksPresent.low || message.blocksPresent.high : message.blocksPresent !== 0))
writer.uint32(56).uint64(message.blocksPresent);
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
writer.uint32(64).uint64(message.durationMs);
if (message.problems != null && message.problems.length)
for (let i = 0; i < message.problems.length; ++i)
writer.uint32(74).string(message.problems[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

CopyReport.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.CopyReport();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repositoryPeer = value;
else
delete message.repositoryPeer;
continue;
}
case 3: {
if (wireType !== 2)
break;
if (!(message.copied && message.copied.length))
message.copied = [];
message.copied.push($root.meshbackup.CopiedPoint.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 4: {
if (wireType !== 2)
break;
if (!(message.failed && message.failed.length))
message.failed = [];
message.failed.push($root.meshbackup.CopyFailure.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 5: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksFetched = value;
else
delete message.blocksFetched;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytesFetched = value;
else
delete message.bytesFetched;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.blocksPresent = value;
else
delete message.blocksPresent;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.durationMs = value;
else
delete message.durationMs;
continue;
}
case 9: {
if (wireType !== 2)
break;
if (!(message.problems && message.problems.length))
message.problems = [];
message.problems.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


CopyReport.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.copied = [];
object.failed = [];
object.problems = [];
}
if (options.defaults) {
object.repository = "";
object.repositoryPeer = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksFetched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksFetched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytesFetched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytesFetched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.blocksPresent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.blocksPresent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer"))
object.repositoryPeer = message.repositoryPeer;
if (message.copied && message.copied.length) {
object.copied = $Array(message.copied.length);
for (let j = 0; j < message.copied.length; ++j)
object.copied[j] = $root.meshbackup.CopiedPoint.toObject(message.copied[j], options, _depth + 1);
}
if (message.failed && message.failed.length) {
object.failed = $Array(message.failed.length);
for (let j = 0; j < message.failed.length; ++j)
object.failed[j] = $root.meshbackup.CopyFailure.toObject(message.failed[j], options, _depth + 1);
}
if (message.blocksFetched != null && $Object.hasOwnProperty.call(message, "blocksFetched"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksFetched = typeof message.blocksFetched === "number" ? $BigInt(message.blocksFetched) : $util.Long.fromBits(message.blocksFetched.low >>> 0, message.blocksFetched.high >>> 0, true).toBigInt();
else if (typeof message.blocksFetched === "number")
object.blocksFetched = options.longs === $String ? $String(message.blocksFetched) : message.blocksFetched;
else
object.blocksFetched = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksFetched) : options.longs === $Number ? new $util.LongBits(message.blocksFetched.low >>> 0, message.blocksFetched.high >>> 0).toNumber(true) : message.blocksFetched;
if (message.bytesFetched != null && $Object.hasOwnProperty.call(message, "bytesFetched"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytesFetched = typeof message.bytesFetched === "number" ? $BigInt(message.bytesFetched) : $util.Long.fromBits(message.bytesFetched.low >>> 0, message.bytesFetched.high >>> 0, true).toBigInt();
else if (typeof message.bytesFetched === "number")
object.bytesFetched = options.longs === $String ? $String(message.bytesFetched) : message.bytesFetched;
else
object.bytesFetched = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesFetched) : options.longs === $Number ? new $util.LongBits(message.bytesFetched.low >>> 0, message.bytesFetched.high >>> 0).toNumber(true) : message.bytesFetched;
if (message.blocksPresent != null && $Object.hasOwnProperty.call(message, "blocksPresent"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.blocksPresent = typeof message.blocksPresent === "number" ? $BigInt(message.blocksPresent) : $util.Long.fromBits(message.blocksPresent.low >>> 0, message.blocksPresent.high >>> 0, true).toBigInt();
else if (typeof message.blocksPresent === "number")
object.blocksPresent = options.longs === $String ? $String(message.blocksPresent) : message.blocksPresent;
else
object.blocksPresent = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksPresent) : options.longs === $Number ? new $util.LongBits(message.blocksPresent.low >>> 0, message.blocksPresent.high >>> 0).toNumber(true) : message.blocksPresent;
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
else if (typeof message.durationMs === "number")
object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
else
object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
if (message.problems && message.problems.length) {
object.problems = $Array(message.problems.length);
for (let j = 0; j < message.problems.length; ++j)
object.problems[j] = message.problems[j];
}
return object;
};

CopyReport.prototype.toJSON = function() {
return CopyReport.toObject(this, $protobuf.util.toJSONOptions);
};

return CopyReport;
})();

meshbackup.GuestDisk = (function() {

const GuestDisk = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

GuestDisk.prototype.pointId = "";
GuestDisk.prototype.vm = "";
GuestDisk.prototype.disk = 0;
GuestDisk.prototype.partition = "";
GuestDisk.prototype.file = "";
GuestDisk.prototype.nbdAddress = "";
GuestDisk.prototype.nbdExport = "";

GuestDisk.create = function(properties) {
return new GuestDisk(properties);
};

GuestDisk.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
writer.uint32(24).int32(message.disk);
if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== "")
writer.uint32(34).string(message.partition);
if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
writer.uint32(42).string(message.file);
if (message.nbdAddress != null && $Object.hasOwnProperty.call(message, "nbdAddress") && message.nbdAddress !== "")
writer.uint32(50).string(message.nbdAddress);
if (message.nbdExport != null && $Object.hasOwnProperty.call(message, "nbdExport") && message.nbdExport !== "")
writer.uint32(58).string(message.nbdExport);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

GuestDisk.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.GuestDisk();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.int32())
message.disk = value;
else
delete message.disk;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.partition = value;
else
delete message.partition;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.file = value;
else
delete message.file;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.nbdAddress = value;
else
delete message.nbdAddress;
continue;
}
case 7: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.nbdExport = value;
else
delete message.nbdExport;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


GuestDisk.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.pointId = "";
object.vm = "";
object.disk = 0;
object.partition = "";
object.file = "";
object.nbdAddress = "";
object.nbdExport = "";
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
object.disk = message.disk;
if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
object.partition = message.partition;
if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
object.file = message.file;
if (message.nbdAddress != null && $Object.hasOwnProperty.call(message, "nbdAddress"))
object.nbdAddress = message.nbdAddress;
if (message.nbdExport != null && $Object.hasOwnProperty.call(message, "nbdExport"))
object.nbdExport = message.nbdExport;
return object;
};

GuestDisk.prototype.toJSON = function() {
return GuestDisk.toObject(this, $protobuf.util.toJSONOptions);
};

return GuestDisk;
})();

meshbackup.FilesList = (function() {

const FilesList = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

FilesList.prototype.disk = null;
FilesList.prototype.path = "";

FilesList.create = function(properties) {
return new FilesList(properties);
};

FilesList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
$root.meshbackup.GuestDisk.encode(message.disk, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
writer.uint32(18).string(message.path);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

FilesList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.FilesList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.disk = $root.meshbackup.GuestDisk.decode(reader, reader.size(), $undefined, _depth + 1, message.disk);
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.path = value;
else
delete message.path;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


FilesList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.disk = null;
object.path = "";
}
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
object.disk = $root.meshbackup.GuestDisk.toObject(message.disk, options, _depth + 1);
if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
object.path = message.path;
return object;
};

FilesList.prototype.toJSON = function() {
return FilesList.toObject(this, $protobuf.util.toJSONOptions);
};

return FilesList;
})();

meshbackup.FilesFind = (function() {

const FilesFind = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

FilesFind.prototype.disk = null;
FilesFind.prototype.pattern = "";
FilesFind.prototype.under = "";
FilesFind.prototype.limit = 0;

FilesFind.create = function(properties) {
return new FilesFind(properties);
};

FilesFind.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
$root.meshbackup.GuestDisk.encode(message.disk, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern") && message.pattern !== "")
writer.uint32(18).string(message.pattern);
if (message.under != null && $Object.hasOwnProperty.call(message, "under") && message.under !== "")
writer.uint32(26).string(message.under);
if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
writer.uint32(32).uint32(message.limit);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

FilesFind.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.FilesFind();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.disk = $root.meshbackup.GuestDisk.decode(reader, reader.size(), $undefined, _depth + 1, message.disk);
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pattern = value;
else
delete message.pattern;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.under = value;
else
delete message.under;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.limit = value;
else
delete message.limit;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


FilesFind.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.disk = null;
object.pattern = "";
object.under = "";
object.limit = 0;
}
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
object.disk = $root.meshbackup.GuestDisk.toObject(message.disk, options, _depth + 1);
if (message.pattern != null && $Object.hasOwnProperty.call(message, "pattern"))
object.pattern = message.pattern;
if (message.under != null && $Object.hasOwnProperty.call(message, "under"))
object.under = message.under;
if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
object.limit = message.limit;
return object;
};

FilesFind.prototype.toJSON = function() {
return FilesFind.toObject(this, $protobuf.util.toJSONOptions);
};

return FilesFind;
})();

meshbackup.FilesGet = (function() {

const FilesGet = function (properties) {
this.paths = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

FilesGet.prototype.disk = null;
FilesGet.prototype.paths = $util.emptyArray;
FilesGet.prototype.to = "";

FilesGet.create = function(properties) {
return new FilesGet(properties);
};

FilesGet.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
$root.meshbackup.GuestDisk.encode(message.disk, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.paths != null && message.paths.length)
for (let i = 0; i < message.paths.length; ++i)
writer.uint32(18).string(message.paths[i]);
if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
writer.uint32(26).string(message.to);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

FilesGet.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.FilesGet();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.disk = $root.meshbackup.GuestDisk.decode(reader, reader.size(), $undefined, _depth + 1, message.disk);
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.paths && message.paths.length))
message.paths = [];
message.paths.push(reader.stringVerify());
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.to = value;
else
delete message.to;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


FilesGet.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.paths = [];
if (options.defaults) {
object.disk = null;
object.to = "";
}
if (message.disk != null && $Object.hasOwnProperty.call(message, "disk"))
object.disk = $root.meshbackup.GuestDisk.toObject(message.disk, options, _depth + 1);
if (message.paths && message.paths.length) {
object.paths = $Array(message.paths.length);
for (let j = 0; j < message.paths.length; ++j)
object.paths[j] = message.paths[j];
}
if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
object.to = message.to;
return object;
};

FilesGet.prototype.toJSON = function() {
return FilesGet.toObject(this, $protobuf.util.toJSONOptions);
};

return FilesGet;
})();

meshbackup.GuestEntry = (function() {

const GuestEntry = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

GuestEntry.prototype.name = "";
GuestEntry.prototype.path = "";
GuestEntry.prototype.type = "";
GuestEntry.prototype.mode = 0;
GuestEntry.prototype.uid = 0;
GuestEntry.prototype.gid = 0;
GuestEntry.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
GuestEntry.prototype.mtimeSec = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
GuestEntry.prototype.mtimeNsec = 0;
GuestEntry.prototype.target = "";
GuestEntry.prototype.inode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
GuestEntry.prototype.links = 0;

GuestEntry.create = function(properties) {
return new GuestEntry(properties);
};

GuestEntry.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
writer.uint32(18).string(message.path);
if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
writer.uint32(26).string(message.type);
if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
writer.uint32(32).uint32(message.mode);
if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
writer.uint32(40).uint32(message.uid);
if (message.gid != null && $Object.hasOwnProperty.call(message, "gid") && message.gid !== 0)
writer.uint32(48).uint32(message.gid);
if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
writer.uint32(56).uint64(message.size);
if (message.mtimeSec != null && $Object.hasOwnProperty.call(message, "mtimeSec") && (typeof message.mtimeSec === "object" ? message.mtimeSec.low || message.mtimeSec.high : message.mtimeSec !== 0))
writer.uint32(64).int64(message.mtimeSec);
if (message.mtimeNsec != null && $Object.hasOwnProperty.call(message, "mtimeNsec") && message.mtimeNsec !== 0)
writer.uint32(72).uint32(message.mtimeNsec);
if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
writer.uint32(82).string(message.target);
if (message.inode != null && $Object.hasOwnProperty.call(message, "inode") && (typeof message.inode === "object" ? message.inode.low || message.inode.high : message.inode !== 0))
writer.uint32(88).uint64(message.inode);
if (message.links != null && $Object.hasOwnProperty.call(message, "links") && message.links !== 0)
writer.uint32(96).uint32(message.links);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

GuestEntry.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.GuestEntry();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.path = value;
else
delete message.path;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.type = value;
else
delete message.type;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.mode = value;
else
delete message.mode;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.uid = value;
else
delete message.uid;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.gid = value;
else
delete message.gid;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.size = value;
else
delete message.size;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
message.mtimeSec = value;
else
delete message.mtimeSec;
continue;
}
case 9: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.mtimeNsec = value;
else
delete message.mtimeNsec;
continue;
}
case 10: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.target = value;
else
delete message.target;
continue;
}
case 11: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.inode = value;
else
delete message.inode;
continue;
}
case 12: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.links = value;
else
delete message.links;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


GuestEntry.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
object.path = "";
object.type = "";
object.mode = 0;
object.uid = 0;
object.gid = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, false);
object.mtimeSec = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.mtimeSec = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.mtimeNsec = 0;
object.target = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.inode = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.inode = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.links = 0;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
object.path = message.path;
if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
object.type = message.type;
if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
object.mode = message.mode;
if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
object.uid = message.uid;
if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
object.gid = message.gid;
if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
else if (typeof message.size === "number")
object.size = options.longs === $String ? $String(message.size) : message.size;
else
object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
if (message.mtimeSec != null && $Object.hasOwnProperty.call(message, "mtimeSec"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.mtimeSec = typeof message.mtimeSec === "number" ? $BigInt(message.mtimeSec) : $util.Long.fromBits(message.mtimeSec.low >>> 0, message.mtimeSec.high >>> 0, false).toBigInt();
else if (typeof message.mtimeSec === "number")
object.mtimeSec = options.longs === $String ? $String(message.mtimeSec) : message.mtimeSec;
else
object.mtimeSec = options.longs === $String ? $util.Long.prototype.toString.call(message.mtimeSec) : options.longs === $Number ? new $util.LongBits(message.mtimeSec.low >>> 0, message.mtimeSec.high >>> 0).toNumber() : message.mtimeSec;
if (message.mtimeNsec != null && $Object.hasOwnProperty.call(message, "mtimeNsec"))
object.mtimeNsec = message.mtimeNsec;
if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
object.target = message.target;
if (message.inode != null && $Object.hasOwnProperty.call(message, "inode"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.inode = typeof message.inode === "number" ? $BigInt(message.inode) : $util.Long.fromBits(message.inode.low >>> 0, message.inode.high >>> 0, true).toBigInt();
else if (typeof message.inode === "number")
object.inode = options.longs === $String ? $String(message.inode) : message.inode;
else
object.inode = options.longs === $String ? $util.Long.prototype.toString.call(message.inode) : options.longs === $Number ? new $util.LongBits(message.inode.low >>> 0, message.inode.high >>> 0).toNumber(true) : message.inode;
if (message.links != null && $Object.hasOwnProperty.call(message, "links"))
object.links = message.links;
return object;
};

GuestEntry.prototype.toJSON = function() {
return GuestEntry.toObject(this, $protobuf.util.toJSONOptions);
};

return GuestEntry;
})();

meshbackup.GuestVolume = (function() {

const GuestVolume = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

GuestVolume.prototype.name = "";
GuestVolume.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
GuestVolume.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
GuestVolume.prototype.filesystem = "";
GuestVolume.prototype.label = "";
GuestVolume.prototype.partitionType = "";

GuestVolume.create = function(properties) {
return new GuestVolume(properties);
};

GuestVolume.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
writer.uint32(16).uint64(message.offset);
if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
writer.uint32(24).uint64(message.size);
if (message.filesystem != null && $Object.hasOwnProperty.call(message, "filesystem") && message.filesystem !== "")
writer.uint32(34).string(message.filesystem);
if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
writer.uint32(42).string(message.label);
if (message.partitionType != null && $Object.hasOwnProperty.call(message, "partitionType") && message.partitionType !== "")
writer.uint32(50).string(message.partitionType);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

GuestVolume.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.GuestVolume();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.offset = value;
else
delete message.offset;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.size = value;
else
delete message.size;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.filesystem = value;
else
delete message.filesystem;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.label = value;
else
delete message.label;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.partitionType = value;
else
delete message.partitionType;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


GuestVolume.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.name = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.filesystem = "";
object.label = "";
object.partitionType = "";
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
else if (typeof message.offset === "number")
object.offset = options.longs === $String ? $String(message.offset) : message.offset;
else
object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
else if (typeof message.size === "number")
object.size = options.longs === $String ? $String(message.size) : message.size;
else
object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
if (message.filesystem != null && $Object.hasOwnProperty.call(message, "filesystem"))
object.filesystem = message.filesystem;
if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
object.label = message.label;
if (message.partitionType != null && $Object.hasOwnProperty.call(message, "partitionType"))
object.partitionType = message.partitionType;
return object;
};

GuestVolume.prototype.toJSON = function() {
return GuestVolume.toObject(this, $protobuf.util.toJSONOptions);
};

return GuestVolume;
})();

meshbackup.FilesListing = (function() {

const FilesListing = function (properties) {
this.volumes = [];
this.entries = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

FilesListing.prototype.volume = "";
FilesListing.prototype.volumes = $util.emptyArray;
FilesListing.prototype.entries = $util.emptyArray;
FilesListing.prototype.truncated = false;

FilesListing.create = function(properties) {
return new FilesListing(properties);
};

FilesListing.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume !== "")
writer.uint32(10).string(message.volume);
if (message.volumes != null && message.volumes.length)
for (let i = 0; i < message.volumes.length; ++i)
$root.meshbackup.GuestVolume.encode(message.volumes[i], writer.uint32(18).fork(), _depth + 1).ldelim();
if (message.entries != null && message.entries.length)
for (let i = 0; i < message.entries.length; ++i)
$root.meshbackup.GuestEntry.encode(message.entries[i], writer.uint32(26).fork(), _depth + 1).ldelim();
if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
writer.uint32(32).bool(message.truncated);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

FilesListing.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.FilesListing();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.volume = value;
else
delete message.volume;
continue;
}
case 2: {
if (wireType !== 2)
break;
if (!(message.volumes && message.volumes.length))
message.volumes = [];
message.volumes.push($root.meshbackup.GuestVolume.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 3: {
if (wireType !== 2)
break;
if (!(message.entries && message.entries.length))
message.entries = [];
message.entries.push($root.meshbackup.GuestEntry.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.truncated = value;
else
delete message.truncated;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


FilesListing.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.volumes = [];
object.entries = [];
}
if (options.defaults) {
object.volume = "";
object.truncated = false;
}
if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
object.volume = message.volume;
if (message.volumes && message.volumes.length) {
object.volumes = $Array(message.volumes.length);
for (let j = 0; j < message.volumes.length; ++j)
object.volumes[j] = $root.meshbackup.GuestVolume.toObject(message.volumes[j], options, _depth + 1);
}
if (message.entries && message.entries.length) {
object.entries = $Array(message.entries.length);
for (let j = 0; j < message.entries.length; ++j)
object.entries[j] = $root.meshbackup.GuestEntry.toObject(message.entries[j], options, _depth + 1);
}
if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated"))
object.truncated = message.truncated;
return object;
};

FilesListing.prototype.toJSON = function() {
return FilesListing.toObject(this, $protobuf.util.toJSONOptions);
};

return FilesListing;
})();

meshbackup.FilesGot = (function() {

const FilesGot = function (properties) {
this.skipped = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

FilesGot.prototype.volume = "";
FilesGot.prototype.to = "";
FilesGot.prototype.files = 0;
FilesGot.prototype.dirs = 0;
FilesGot.prototype.symlinks = 0;
FilesGot.prototype.hardlinks = 0;
FilesGot.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
FilesGot.prototype.skipped = $util.emptyArray;
FilesGot.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

FilesGot.create = function(properties) {
return new FilesGot(properties);
};

FilesGot.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume !== "")
writer.uint32(10).string(message.volume);
if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
writer.uint32(18).string(message.to);
if (message.files != null && $Object.hasOwnProperty.call(message, "files") && message.files !== 0)
writer.uint32(24).uint32(message.files);
if (message.dirs != null && $Object.hasOwnProperty.call(message, "dirs") && message.dirs !== 0)
writer.uint32(32).uint32(message.dirs);
if (message.symlinks != null && $Object.hasOwnProperty.call(message, "symlinks") && message.symlinks !== 0)
writer.uint32(40).uint32(message.symlinks);
if (message.hardlinks != null && $Object.hasOwnProperty.call(message, "hardlinks") && message.hardlinks !== 0)
writer.uint32(48).uint32(message.hardlinks);
if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
writer.uint32(56).uint64(message.bytes);
if (message.skipped != null && message.skipped.length)
for (let i = 0; i < message.skipped.length; ++i)
writer.uint32(66).string(message.skipped[i]);
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
writer.uint32(72).uint64(message.durationMs);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

FilesGot.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.FilesGot();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.volume = value;
else
delete message.volume;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.to = value;
else
delete message.to;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.files = value;
else
delete message.files;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.dirs = value;
else
delete message.dirs;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.symlinks = value;
else
delete message.symlinks;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.hardlinks = value;
else
delete message.hardlinks;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bytes = value;
else
delete message.bytes;
continue;
}
case 8: {
if (wireType !== 2)
break;
if (!(message.skipped && message.skipped.length))
message.skipped = [];
message.skipped.push(reader.stringVerify());
continue;
}
case 9: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.durationMs = value;
else
delete message.durationMs;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


FilesGot.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.skipped = [];
if (options.defaults) {
object.volume = "";
object.to = "";
object.files = 0;
object.dirs = 0;
object.symlinks = 0;
object.hardlinks = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
object.volume = message.volume;
if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
object.to = message.to;
if (message.files != null && $Object.hasOwnProperty.call(message, "files"))
object.files = message.files;
if (message.dirs != null && $Object.hasOwnProperty.call(message, "dirs"))
object.dirs = message.dirs;
if (message.symlinks != null && $Object.hasOwnProperty.call(message, "symlinks"))
object.symlinks = message.symlinks;
if (message.hardlinks != null && $Object.hasOwnProperty.call(message, "hardlinks"))
object.hardlinks = message.hardlinks;
if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
else if (typeof message.bytes === "number")
object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
else
object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
if (message.skipped && message.skipped.length) {
object.skipped = $Array(message.skipped.length);
for (let j = 0; j < message.skipped.length; ++j)
object.skipped[j] = message.skipped[j];
}
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
else if (typeof message.durationMs === "number")
object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
else
object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
return object;
};

FilesGot.prototype.toJSON = function() {
return FilesGot.toObject(this, $protobuf.util.toJSONOptions);
};

return FilesGot;
})();

meshbackup.BootCheck = (function() {

const BootCheck = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheck.prototype.id = "";
BootCheck.prototype.pointId = "";
BootCheck.prototype.vm = "";
BootCheck.prototype.job = "";
BootCheck.prototype.pass = false;
BootCheck.prototype.code = "";
BootCheck.prototype.reason = "";
BootCheck.prototype.bootMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
BootCheck.prototype.scriptRan = false;
BootCheck.prototype.scriptExit = 0;
BootCheck.prototype.output = "";
BootCheck.prototype.screenshotId = "";
BootCheck.prototype.checkedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
BootCheck.prototype.heartbeat = "";
BootCheck.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
BootCheck.prototype.sessionId = "";
BootCheck.prototype.repository = "";
BootCheck.prototype.host = "";

BootCheck.create = function(properties) {
return new BootCheck(properties);
};

BootCheck.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
writer.uint32(10).string(message.id);
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(18).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(26).string(message.vm);
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(34).string(message.job);
if (message.pass != null && $Object.hasOwnProperty.call(message, "pass") && message.pass !== false)
writer.uint32(40).bool(message.pass);
if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
writer.uint32(50).string(message.code);
if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
writer.uint32(58).string(message.reason);
if (message.bootMs != null && $Object.hasOwnProperty.call(message, "bootMs") && (typeof message.bootMs === "object" ? message.bootMs.low || message.bootMs.high : message.bootMs !== 0))
writer.uint32(64).uint64(message.bootMs);
if (message.scriptRan != null && $Object.hasOwnProperty.call(message, "scriptRan") && message.scriptRan !== false)
writer.uint32(72).bool(message.scriptRan);
if (message.scriptExit != null && $Object.hasOwnProperty.call(message, "scriptExit") && message.scriptExit !== 0)
writer.uint32(80).int32(message.scriptExit);
if (message.output != null && $Object.hasOwnProperty.call(message, "output") && message.output !== "")
writer.uint32(90).string(message.output);
if (message.screenshotId != null && $Object.hasOwnProperty.call(message, "screenshotId") && message.screenshotId !== "")
writer.uint32(98).string(message.screenshotId);
if (message.checkedAtMs != null && $Object.hasOwnProperty.call(message, "checkedAtMs") && (typeof message.checkedAtMs === "object" ? message.checkedAtMs.low || message.checkedAtMs.high : message.checkedAtMs !== 0))
writer.uint32(104).uint64(message.checkedAtMs);
if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat") && message.heartbeat !== "")
writer.uint32(114).string(message.heartbeat);
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
writer.uint32(120).uint64(message.durationMs);
if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
writer.uint32(130).string(message.sessionId);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(138).string(message.repository);
if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
writer.uint32(146).string(message.host);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheck.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheck();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.id = value;
else
delete message.id;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.pass = value;
else
delete message.pass;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.code = value;
else
delete message.code;
continue;
}
case 7: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.reason = value;
else
delete message.reason;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bootMs = value;
else
delete message.bootMs;
continue;
}
case 9: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.scriptRan = value;
else
delete message.scriptRan;
continue;
}
case 10: {
if (wireType !== 0)
break;
if (value = reader.int32())
message.scriptExit = value;
else
delete message.scriptExit;
continue;
}
case 11: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.output = value;
else
delete message.output;
continue;
}
case 12: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.screenshotId = value;
else
delete message.screenshotId;
continue;
}
case 13: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.checkedAtMs = value;
else
delete message.checkedAtMs;
continue;
}
case 14: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.heartbeat = value;
else
delete message.heartbeat;
continue;
}
case 15: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.durationMs = value;
else
delete message.durationMs;
continue;
}
case 16: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.sessionId = value;
else
delete message.sessionId;
continue;
}
case 17: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 18: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.host = value;
else
delete message.host;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheck.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.id = "";
object.pointId = "";
object.vm = "";
object.job = "";
object.pass = false;
object.code = "";
object.reason = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bootMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bootMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.scriptRan = false;
object.scriptExit = 0;
object.output = "";
object.screenshotId = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.checkedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.checkedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.heartbeat = "";
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object.sessionId = "";
object.repository = "";
object.host = "";
}
if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
object.id = message.id;
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.pass != null && $Object.hasOwnProperty.call(message, "pass"))
object.pass = message.pass;
if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
object.code = message.code;
if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
object.reason = message.reason;
if (message.bootMs != null && $Object.hasOwnProperty.call(message, "bootMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bootMs = typeof message.bootMs === "number" ? $BigInt(message.bootMs) : $util.Long.fromBits(message.bootMs.low >>> 0, message.bootMs.high >>> 0, true).toBigInt();
else if (typeof message.bootMs === "number")
object.bootMs = options.longs === $String ? $String(message.bootMs) : message.bootMs;
else
object.bootMs = options.longs === $String ? $util.Long.prototype.toString.call(message.bootMs) : options.longs === $Number ? new $util.LongBits(message.bootMs.low >>> 0, message.bootMs.high >>> 0).toNumber(true) : message.bootMs;
if (message.scriptRan != null && $Object.hasOwnProperty.call(message, "scriptRan"))
object.scriptRan = message.scriptRan;
if (message.scriptExit != null && $Object.hasOwnProperty.call(message, "scriptExit"))
object.scriptExit = message.scriptExit;
if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
object.output = message.output;
if (message.screenshotId != null && $Object.hasOwnProperty.call(message, "screenshotId"))
object.screenshotId = message.screenshotId;
if (message.checkedAtMs != null && $Object.hasOwnProperty.call(message, "checkedAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.checkedAtMs = typeof message.checkedAtMs === "number" ? $BigInt(message.checkedAtMs) : $util.Long.fromBits(message.checkedAtMs.low >>> 0, message.checkedAtMs.high >>> 0, true).toBigInt();
else if (typeof message.checkedAtMs === "number")
object.checkedAtMs = options.longs === $String ? $String(message.checkedAtMs) : message.checkedAtMs;
else
object.checkedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.checkedAtMs) : options.longs === $Number ? new $util.LongBits(message.checkedAtMs.low >>> 0, message.checkedAtMs.high >>> 0).toNumber(true) : message.checkedAtMs;
if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
object.heartbeat = message.heartbeat;
if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
else if (typeof message.durationMs === "number")
object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
else
object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
object.sessionId = message.sessionId;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
object.host = message.host;
return object;
};

BootCheck.prototype.toJSON = function() {
return BootCheck.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheck;
})();

meshbackup.BootCheckRequest = (function() {

const BootCheckRequest = function (properties) {
this.scriptArgs = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckRequest.prototype.pointId = "";
BootCheckRequest.prototype.vm = "";
BootCheckRequest.prototype.host = "";
BootCheckRequest.prototype.repository = "";
BootCheckRequest.prototype.noAgent = false;
BootCheckRequest.prototype.heartbeatLine = "";
BootCheckRequest.prototype.bootTimeoutS = 0;
BootCheckRequest.prototype.scriptText = "";
BootCheckRequest.prototype.scriptPath = "";
BootCheckRequest.prototype.scriptArgs = $util.emptyArray;
BootCheckRequest.prototype.scriptTimeoutS = 0;
BootCheckRequest.prototype.dataKey = $util.newBuffer([]);

BootCheckRequest.create = function(properties) {
return new BootCheckRequest(properties);
};

BootCheckRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
writer.uint32(26).string(message.host);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(34).string(message.repository);
if (message.noAgent != null && $Object.hasOwnProperty.call(message, "noAgent") && message.noAgent !== false)
writer.uint32(40).bool(message.noAgent);
if (message.heartbeatLine != null && $Object.hasOwnProperty.call(message, "heartbeatLine") && message.heartbeatLine !== "")
writer.uint32(50).string(message.heartbeatLine);
if (message.bootTimeoutS != null && $Object.hasOwnProperty.call(message, "bootTimeoutS") && message.bootTimeoutS !== 0)
writer.uint32(56).uint32(message.bootTimeoutS);
if (message.scriptText != null && $Object.hasOwnProperty.call(message, "scriptText") && message.scriptText !== "")
writer.uint32(66).string(message.scriptText);
if (message.scriptPath != null && $Object.hasOwnProperty.call(message, "scriptPath") && message.scriptPath !== "")
writer.uint32(74).string(message.scriptPath);
if (message.scriptArgs != null && message.scriptArgs.length)
for (let i = 0; i < message.scriptArgs.length; ++i)
writer.uint32(82).string(message.scriptArgs[i]);
if (message.scriptTimeoutS != null && $Object.hasOwnProperty.call(message, "scriptTimeoutS") && message.scriptTimeoutS !== 0)
writer.uint32(88).uint32(message.scriptTimeoutS);
if (message.dataKey != null && $Object.hasOwnProperty.call(message, "dataKey") && message.dataKey.length)
writer.uint32(98).bytes(message.dataKey);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.host = value;
else
delete message.host;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.noAgent = value;
else
delete message.noAgent;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.heartbeatLine = value;
else
delete message.heartbeatLine;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.bootTimeoutS = value;
else
delete message.bootTimeoutS;
continue;
}
case 8: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.scriptText = value;
else
delete message.scriptText;
continue;
}
case 9: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.scriptPath = value;
else
delete message.scriptPath;
continue;
}
case 10: {
if (wireType !== 2)
break;
if (!(message.scriptArgs && message.scriptArgs.length))
message.scriptArgs = [];
message.scriptArgs.push(reader.stringVerify());
continue;
}
case 11: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.scriptTimeoutS = value;
else
delete message.scriptTimeoutS;
continue;
}
case 12: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.dataKey = value;
else
delete message.dataKey;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.scriptArgs = [];
if (options.defaults) {
object.pointId = "";
object.vm = "";
object.host = "";
object.repository = "";
object.noAgent = false;
object.heartbeatLine = "";
object.bootTimeoutS = 0;
object.scriptText = "";
object.scriptPath = "";
object.scriptTimeoutS = 0;
if (options.bytes === $String)
object.dataKey = "";
else {
object.dataKey = [];
if (options.bytes !== $Array)
object.dataKey = $util.newBuffer(object.dataKey);
}
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
object.host = message.host;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.noAgent != null && $Object.hasOwnProperty.call(message, "noAgent"))
object.noAgent = message.noAgent;
if (message.heartbeatLine != null && $Object.hasOwnProperty.call(message, "heartbeatLine"))
object.heartbeatLine = message.heartbeatLine;
if (message.bootTimeoutS != null && $Object.hasOwnProperty.call(message, "bootTimeoutS"))
object.bootTimeoutS = message.bootTimeoutS;
if (message.scriptText != null && $Object.hasOwnProperty.call(message, "scriptText"))
object.scriptText = message.scriptText;
if (message.scriptPath != null && $Object.hasOwnProperty.call(message, "scriptPath"))
object.scriptPath = message.scriptPath;
if (message.scriptArgs && message.scriptArgs.length) {
object.scriptArgs = $Array(message.scriptArgs.length);
for (let j = 0; j < message.scriptArgs.length; ++j)
object.scriptArgs[j] = message.scriptArgs[j];
}
if (message.scriptTimeoutS != null && $Object.hasOwnProperty.call(message, "scriptTimeoutS"))
object.scriptTimeoutS = message.scriptTimeoutS;
if (message.dataKey != null && $Object.hasOwnProperty.call(message, "dataKey"))
object.dataKey = options.bytes === $String ? $util.base64.encode(message.dataKey, 0, message.dataKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dataKey) : message.dataKey;
return object;
};

BootCheckRequest.prototype.toJSON = function() {
return BootCheckRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckRequest;
})();

meshbackup.BootCheckBegin = (function() {

const BootCheckBegin = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckBegin.prototype.pointId = "";
BootCheckBegin.prototype.vm = "";
BootCheckBegin.prototype.job = "";
BootCheckBegin.prototype.repository = "";
BootCheckBegin.prototype.host = "";

BootCheckBegin.create = function(properties) {
return new BootCheckBegin(properties);
};

BootCheckBegin.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(26).string(message.job);
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
writer.uint32(34).string(message.repository);
if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
writer.uint32(42).string(message.host);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckBegin.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckBegin();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.repository = value;
else
delete message.repository;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.host = value;
else
delete message.host;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckBegin.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.pointId = "";
object.vm = "";
object.job = "";
object.repository = "";
object.host = "";
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
object.repository = message.repository;
if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
object.host = message.host;
return object;
};

BootCheckBegin.prototype.toJSON = function() {
return BootCheckBegin.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckBegin;
})();

meshbackup.BootCheckRecord = (function() {

const BootCheckRecord = function (properties) {
this.log = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckRecord.prototype.check = null;
BootCheckRecord.prototype.screenshotPng = $util.newBuffer([]);
BootCheckRecord.prototype.log = $util.emptyArray;
BootCheckRecord.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

BootCheckRecord.create = function(properties) {
return new BootCheckRecord(properties);
};

BootCheckRecord.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.check != null && $Object.hasOwnProperty.call(message, "check"))
$root.meshbackup.BootCheck.encode(message.check, writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.screenshotPng != null && $Object.hasOwnProperty.call(message, "screenshotPng") && message.screenshotPng.length)
writer.uint32(18).bytes(message.screenshotPng);
if (message.log != null && message.log.length)
for (let i = 0; i < message.log.length; ++i)
writer.uint32(26).string(message.log[i]);
if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
writer.uint32(32).uint64(message.startedAtMs);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckRecord.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckRecord();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
message.check = $root.meshbackup.BootCheck.decode(reader, reader.size(), $undefined, _depth + 1, message.check);
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.screenshotPng = value;
else
delete message.screenshotPng;
continue;
}
case 3: {
if (wireType !== 2)
break;
if (!(message.log && message.log.length))
message.log = [];
message.log.push(reader.stringVerify());
continue;
}
case 4: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.startedAtMs = value;
else
delete message.startedAtMs;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckRecord.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.log = [];
if (options.defaults) {
object.check = null;
if (options.bytes === $String)
object.screenshotPng = "";
else {
object.screenshotPng = [];
if (options.bytes !== $Array)
object.screenshotPng = $util.newBuffer(object.screenshotPng);
}
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
}
if (message.check != null && $Object.hasOwnProperty.call(message, "check"))
object.check = $root.meshbackup.BootCheck.toObject(message.check, options, _depth + 1);
if (message.screenshotPng != null && $Object.hasOwnProperty.call(message, "screenshotPng"))
object.screenshotPng = options.bytes === $String ? $util.base64.encode(message.screenshotPng, 0, message.screenshotPng.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.screenshotPng) : message.screenshotPng;
if (message.log && message.log.length) {
object.log = $Array(message.log.length);
for (let j = 0; j < message.log.length; ++j)
object.log[j] = message.log[j];
}
if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
else if (typeof message.startedAtMs === "number")
object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
else
object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
return object;
};

BootCheckRecord.prototype.toJSON = function() {
return BootCheckRecord.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckRecord;
})();

meshbackup.BootCheckListRequest = (function() {

const BootCheckListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckListRequest.prototype.pointId = "";
BootCheckListRequest.prototype.vm = "";
BootCheckListRequest.prototype.limit = 0;
BootCheckListRequest.prototype.latestPerPoint = false;

BootCheckListRequest.create = function(properties) {
return new BootCheckListRequest(properties);
};

BootCheckListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(10).string(message.pointId);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
writer.uint32(24).uint32(message.limit);
if (message.latestPerPoint != null && $Object.hasOwnProperty.call(message, "latestPerPoint") && message.latestPerPoint !== false)
writer.uint32(32).bool(message.latestPerPoint);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.limit = value;
else
delete message.limit;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.latestPerPoint = value;
else
delete message.latestPerPoint;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckListRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.pointId = "";
object.vm = "";
object.limit = 0;
object.latestPerPoint = false;
}
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
object.limit = message.limit;
if (message.latestPerPoint != null && $Object.hasOwnProperty.call(message, "latestPerPoint"))
object.latestPerPoint = message.latestPerPoint;
return object;
};

BootCheckListRequest.prototype.toJSON = function() {
return BootCheckListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckListRequest;
})();

meshbackup.BootCheckList = (function() {

const BootCheckList = function (properties) {
this.checks = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckList.prototype.checks = $util.emptyArray;

BootCheckList.create = function(properties) {
return new BootCheckList(properties);
};

BootCheckList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.checks != null && message.checks.length)
for (let i = 0; i < message.checks.length; ++i)
$root.meshbackup.BootCheck.encode(message.checks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.checks && message.checks.length))
message.checks = [];
message.checks.push($root.meshbackup.BootCheck.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.checks = [];
if (message.checks && message.checks.length) {
object.checks = $Array(message.checks.length);
for (let j = 0; j < message.checks.length; ++j)
object.checks[j] = $root.meshbackup.BootCheck.toObject(message.checks[j], options, _depth + 1);
}
return object;
};

BootCheckList.prototype.toJSON = function() {
return BootCheckList.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckList;
})();

meshbackup.BootCheckScreenshotRequest = (function() {

const BootCheckScreenshotRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckScreenshotRequest.prototype.id = "";

BootCheckScreenshotRequest.create = function(properties) {
return new BootCheckScreenshotRequest(properties);
};

BootCheckScreenshotRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
writer.uint32(10).string(message.id);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckScreenshotRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckScreenshotRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.id = value;
else
delete message.id;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckScreenshotRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults)
object.id = "";
if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
object.id = message.id;
return object;
};

BootCheckScreenshotRequest.prototype.toJSON = function() {
return BootCheckScreenshotRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckScreenshotRequest;
})();

meshbackup.BootCheckScreenshot = (function() {

const BootCheckScreenshot = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckScreenshot.prototype.id = "";
BootCheckScreenshot.prototype.png = $util.newBuffer([]);

BootCheckScreenshot.create = function(properties) {
return new BootCheckScreenshot(properties);
};

BootCheckScreenshot.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
writer.uint32(10).string(message.id);
if (message.png != null && $Object.hasOwnProperty.call(message, "png") && message.png.length)
writer.uint32(18).bytes(message.png);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckScreenshot.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckScreenshot();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.id = value;
else
delete message.id;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.bytes()).length)
message.png = value;
else
delete message.png;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckScreenshot.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.id = "";
if (options.bytes === $String)
object.png = "";
else {
object.png = [];
if (options.bytes !== $Array)
object.png = $util.newBuffer(object.png);
}
}
if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
object.id = message.id;
if (message.png != null && $Object.hasOwnProperty.call(message, "png"))
object.png = options.bytes === $String ? $util.base64.encode(message.png, 0, message.png.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.png) : message.png;
return object;
};

BootCheckScreenshot.prototype.toJSON = function() {
return BootCheckScreenshot.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckScreenshot;
})();

meshbackup.ProtectionRequest = (function() {

const ProtectionRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

ProtectionRequest.prototype.job = "";
ProtectionRequest.prototype.vm = "";

ProtectionRequest.create = function(properties) {
return new ProtectionRequest(properties);
};

ProtectionRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(10).string(message.job);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

ProtectionRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.ProtectionRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


ProtectionRequest.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.defaults) {
object.job = "";
object.vm = "";
}
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
return object;
};

ProtectionRequest.prototype.toJSON = function() {
return ProtectionRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return ProtectionRequest;
})();

meshbackup.ProtectionReport = (function() {

const ProtectionReport = function (properties) {
this.vms = [];
this.problems = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

ProtectionReport.prototype.vms = $util.emptyArray;
ProtectionReport.prototype.computedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
ProtectionReport.prototype["protected"] = 0;
ProtectionReport.prototype.short = 0;
ProtectionReport.prototype.problems = $util.emptyArray;

ProtectionReport.create = function(properties) {
return new ProtectionReport(properties);
};

ProtectionReport.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.vms != null && message.vms.length)
for (let i = 0; i < message.vms.length; ++i)
$root.meshbackup.VmProtection.encode(message.vms[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.computedAtMs != null && $Object.hasOwnProperty.call(message, "computedAtMs") && (typeof message.computedAtMs === "object" ? message.computedAtMs.low || message.computedAtMs.high : message.computedAtMs !== 0))
writer.uint32(16).uint64(message.computedAtMs);
if (message["protected"] != null && $Object.hasOwnProperty.call(message, "protected") && message["protected"] !== 0)
writer.uint32(24).uint32(message["protected"]);
if (message.short != null && $Object.hasOwnProperty.call(message, "short") && message.short !== 0)
writer.uint32(32).uint32(message.short);
if (message.problems != null && message.problems.length)
for (let i = 0; i < message.problems.length; ++i)
writer.uint32(42).string(message.problems[i]);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

ProtectionReport.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.ProtectionReport();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.vms && message.vms.length))
message.vms = [];
message.vms.push($root.meshbackup.VmProtection.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
case 2: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.computedAtMs = value;
else
delete message.computedAtMs;
continue;
}
case 3: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message["protected"] = value;
else
delete message["protected"];
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.short = value;
else
delete message.short;
continue;
}
case 5: {
if (wireType !== 2)
break;
if (!(message.problems && message.problems.length))
message.problems = [];
message.problems.push(reader.stringVerify());
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


ProtectionReport.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.vms = [];
object.problems = [];
}
if (options.defaults) {
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.computedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.computedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object["protected"] = 0;
object.short = 0;
}
if (message.vms && message.vms.length) {
object.vms = $Array(message.vms.length);
for (let j = 0; j < message.vms.length; ++j)
object.vms[j] = $root.meshbackup.VmProtection.toObject(message.vms[j], options, _depth + 1);
}
if (message.computedAtMs != null && $Object.hasOwnProperty.call(message, "computedAtMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.computedAtMs = typeof message.computedAtMs === "number" ? $BigInt(message.computedAtMs) : $util.Long.fromBits(message.computedAtMs.low >>> 0, message.computedAtMs.high >>> 0, true).toBigInt();
else if (typeof message.computedAtMs === "number")
object.computedAtMs = options.longs === $String ? $String(message.computedAtMs) : message.computedAtMs;
else
object.computedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.computedAtMs) : options.longs === $Number ? new $util.LongBits(message.computedAtMs.low >>> 0, message.computedAtMs.high >>> 0).toNumber(true) : message.computedAtMs;
if (message["protected"] != null && $Object.hasOwnProperty.call(message, "protected"))
object["protected"] = message["protected"];
if (message.short != null && $Object.hasOwnProperty.call(message, "short"))
object.short = message.short;
if (message.problems && message.problems.length) {
object.problems = $Array(message.problems.length);
for (let j = 0; j < message.problems.length; ++j)
object.problems[j] = message.problems[j];
}
return object;
};

ProtectionReport.prototype.toJSON = function() {
return ProtectionReport.toObject(this, $protobuf.util.toJSONOptions);
};

return ProtectionReport;
})();

meshbackup.VmProtection = (function() {

const VmProtection = function (properties) {
this.errorList = [];
this.missing = [];
this.copyRepositories = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

VmProtection.prototype.job = "";
VmProtection.prototype.vm = "";
VmProtection.prototype.pointId = "";
VmProtection.prototype.copies = 0;
VmProtection.prototype.repositories = 0;
VmProtection.prototype.offsite = 0;
VmProtection.prototype.locked = 0;
VmProtection.prototype.errors = 0;
VmProtection.prototype.errorList = $util.emptyArray;
VmProtection.prototype.pointAgeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VmProtection.prototype.bootCheckAgeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
VmProtection.prototype["protected"] = false;
VmProtection.prototype.missing = $util.emptyArray;
VmProtection.prototype.copyRepositories = $util.emptyArray;
VmProtection.prototype.lastBootCheck = "";

VmProtection.create = function(properties) {
return new VmProtection(properties);
};

VmProtection.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(10).string(message.job);
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
writer.uint32(18).string(message.vm);
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
writer.uint32(26).string(message.pointId);
if (message.copies != null && $Object.hasOwnProperty.call(message, "copies") && message.copies !== 0)
writer.uint32(32).uint32(message.copies);
if (message.repositories != null && $Object.hasOwnProperty.call(message, "repositories") && message.repositories !== 0)
writer.uint32(40).uint32(message.repositories);
if (message.offsite != null && $Object.hasOwnProperty.call(message, "offsite") && message.offsite !== 0)
writer.uint32(48).uint32(message.offsite);
if (message.locked != null && $Object.hasOwnProperty.call(message, "locked") && message.locked !== 0)
writer.uint32(56).uint32(message.locked);
if (message.errors != null && $Object.hasOwnProperty.call(message, "errors") && message.errors !== 0)
writer.uint32(64).uint32(message.errors);
if (message.errorList != null && message.errorList.length)
for (let i = 0; i < message.errorList.length; ++i)
writer.uint32(74).string(message.errorList[i]);
if (message.pointAgeMs != null && $Object.hasOwnProperty.call(message, "pointAgeMs") && (typeof message.pointAgeMs === "object" ? message.pointAgeMs.low || message.pointAgeMs.high : message.pointAgeMs !== 0))
writer.uint32(80).uint64(message.pointAgeMs);
if (message.bootCheckAgeMs != null && $Object.hasOwnProperty.call(message, "bootCheckAgeMs") && (typeof message.bootCheckAgeMs === "object" ? message.bootCheckAgeMs.low || message.bootCheckAgeMs.high : message.bootCheckAgeMs !== 0))
writer.uint32(88).uint64(message.bootCheckAgeMs);
if (message["protected"] != null && $Object.hasOwnProperty.call(message, "protected") && message["protected"] !== false)
writer.uint32(96).bool(message["protected"]);
if (message.missing != null && message.missing.length)
for (let i = 0; i < message.missing.length; ++i)
writer.uint32(106).string(message.missing[i]);
if (message.copyRepositories != null && message.copyRepositories.length)
for (let i = 0; i < message.copyRepositories.length; ++i)
writer.uint32(114).string(message.copyRepositories[i]);
if (message.lastBootCheck != null && $Object.hasOwnProperty.call(message, "lastBootCheck") && message.lastBootCheck !== "")
writer.uint32(122).string(message.lastBootCheck);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

VmProtection.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.VmProtection();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.vm = value;
else
delete message.vm;
continue;
}
case 3: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.pointId = value;
else
delete message.pointId;
continue;
}
case 4: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.copies = value;
else
delete message.copies;
continue;
}
case 5: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.repositories = value;
else
delete message.repositories;
continue;
}
case 6: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.offsite = value;
else
delete message.offsite;
continue;
}
case 7: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.locked = value;
else
delete message.locked;
continue;
}
case 8: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.errors = value;
else
delete message.errors;
continue;
}
case 9: {
if (wireType !== 2)
break;
if (!(message.errorList && message.errorList.length))
message.errorList = [];
message.errorList.push(reader.stringVerify());
continue;
}
case 10: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.pointAgeMs = value;
else
delete message.pointAgeMs;
continue;
}
case 11: {
if (wireType !== 0)
break;
if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
message.bootCheckAgeMs = value;
else
delete message.bootCheckAgeMs;
continue;
}
case 12: {
if (wireType !== 0)
break;
if (value = reader.bool())
message["protected"] = value;
else
delete message["protected"];
continue;
}
case 13: {
if (wireType !== 2)
break;
if (!(message.missing && message.missing.length))
message.missing = [];
message.missing.push(reader.stringVerify());
continue;
}
case 14: {
if (wireType !== 2)
break;
if (!(message.copyRepositories && message.copyRepositories.length))
message.copyRepositories = [];
message.copyRepositories.push(reader.stringVerify());
continue;
}
case 15: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.lastBootCheck = value;
else
delete message.lastBootCheck;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


VmProtection.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.errorList = [];
object.missing = [];
object.copyRepositories = [];
}
if (options.defaults) {
object.job = "";
object.vm = "";
object.pointId = "";
object.copies = 0;
object.repositories = 0;
object.offsite = 0;
object.locked = 0;
object.errors = 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.pointAgeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.pointAgeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
if ($util.Long) {
let long = new $util.Long(0, 0, true);
object.bootCheckAgeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
} else
object.bootCheckAgeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
object["protected"] = false;
object.lastBootCheck = "";
}
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
object.vm = message.vm;
if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId"))
object.pointId = message.pointId;
if (message.copies != null && $Object.hasOwnProperty.call(message, "copies"))
object.copies = message.copies;
if (message.repositories != null && $Object.hasOwnProperty.call(message, "repositories"))
object.repositories = message.repositories;
if (message.offsite != null && $Object.hasOwnProperty.call(message, "offsite"))
object.offsite = message.offsite;
if (message.locked != null && $Object.hasOwnProperty.call(message, "locked"))
object.locked = message.locked;
if (message.errors != null && $Object.hasOwnProperty.call(message, "errors"))
object.errors = message.errors;
if (message.errorList && message.errorList.length) {
object.errorList = $Array(message.errorList.length);
for (let j = 0; j < message.errorList.length; ++j)
object.errorList[j] = message.errorList[j];
}
if (message.pointAgeMs != null && $Object.hasOwnProperty.call(message, "pointAgeMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.pointAgeMs = typeof message.pointAgeMs === "number" ? $BigInt(message.pointAgeMs) : $util.Long.fromBits(message.pointAgeMs.low >>> 0, message.pointAgeMs.high >>> 0, true).toBigInt();
else if (typeof message.pointAgeMs === "number")
object.pointAgeMs = options.longs === $String ? $String(message.pointAgeMs) : message.pointAgeMs;
else
object.pointAgeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.pointAgeMs) : options.longs === $Number ? new $util.LongBits(message.pointAgeMs.low >>> 0, message.pointAgeMs.high >>> 0).toNumber(true) : message.pointAgeMs;
if (message.bootCheckAgeMs != null && $Object.hasOwnProperty.call(message, "bootCheckAgeMs"))
if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
object.bootCheckAgeMs = typeof message.bootCheckAgeMs === "number" ? $BigInt(message.bootCheckAgeMs) : $util.Long.fromBits(message.bootCheckAgeMs.low >>> 0, message.bootCheckAgeMs.high >>> 0, true).toBigInt();
else if (typeof message.bootCheckAgeMs === "number")
object.bootCheckAgeMs = options.longs === $String ? $String(message.bootCheckAgeMs) : message.bootCheckAgeMs;
else
object.bootCheckAgeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.bootCheckAgeMs) : options.longs === $Number ? new $util.LongBits(message.bootCheckAgeMs.low >>> 0, message.bootCheckAgeMs.high >>> 0).toNumber(true) : message.bootCheckAgeMs;
if (message["protected"] != null && $Object.hasOwnProperty.call(message, "protected"))
object["protected"] = message["protected"];
if (message.missing && message.missing.length) {
object.missing = $Array(message.missing.length);
for (let j = 0; j < message.missing.length; ++j)
object.missing[j] = message.missing[j];
}
if (message.copyRepositories && message.copyRepositories.length) {
object.copyRepositories = $Array(message.copyRepositories.length);
for (let j = 0; j < message.copyRepositories.length; ++j)
object.copyRepositories[j] = message.copyRepositories[j];
}
if (message.lastBootCheck != null && $Object.hasOwnProperty.call(message, "lastBootCheck"))
object.lastBootCheck = message.lastBootCheck;
return object;
};

VmProtection.prototype.toJSON = function() {
return VmProtection.toObject(this, $protobuf.util.toJSONOptions);
};

return VmProtection;
})();

meshbackup.BootCheckJob = (function() {

const BootCheckJob = function (properties) {
this.vms = [];
this.scriptArgs = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckJob.prototype.name = "";
BootCheckJob.prototype.job = "";
BootCheckJob.prototype.vms = $util.emptyArray;
BootCheckJob.prototype.schedule = "";
BootCheckJob.prototype.on = "";
BootCheckJob.prototype.scriptText = "";
BootCheckJob.prototype.scriptPath = "";
BootCheckJob.prototype.scriptArgs = $util.emptyArray;
BootCheckJob.prototype.scriptTimeoutS = 0;
BootCheckJob.prototype.heartbeatLine = "";
BootCheckJob.prototype.noAgent = false;
BootCheckJob.prototype.bootTimeoutS = 0;

BootCheckJob.create = function(properties) {
return new BootCheckJob(properties);
};

BootCheckJob.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
writer.uint32(10).string(message.name);
if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
writer.uint32(18).string(message.job);
if (message.vms != null && message.vms.length)
for (let i = 0; i < message.vms.length; ++i)
writer.uint32(26).string(message.vms[i]);
if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
writer.uint32(34).string(message.schedule);
if (message.on != null && $Object.hasOwnProperty.call(message, "on") && message.on !== "")
writer.uint32(42).string(message.on);
if (message.scriptText != null && $Object.hasOwnProperty.call(message, "scriptText") && message.scriptText !== "")
writer.uint32(50).string(message.scriptText);
if (message.scriptPath != null && $Object.hasOwnProperty.call(message, "scriptPath") && message.scriptPath !== "")
writer.uint32(58).string(message.scriptPath);
if (message.scriptArgs != null && message.scriptArgs.length)
for (let i = 0; i < message.scriptArgs.length; ++i)
writer.uint32(66).string(message.scriptArgs[i]);
if (message.scriptTimeoutS != null && $Object.hasOwnProperty.call(message, "scriptTimeoutS") && message.scriptTimeoutS !== 0)
writer.uint32(72).uint32(message.scriptTimeoutS);
if (message.heartbeatLine != null && $Object.hasOwnProperty.call(message, "heartbeatLine") && message.heartbeatLine !== "")
writer.uint32(82).string(message.heartbeatLine);
if (message.noAgent != null && $Object.hasOwnProperty.call(message, "noAgent") && message.noAgent !== false)
writer.uint32(88).bool(message.noAgent);
if (message.bootTimeoutS != null && $Object.hasOwnProperty.call(message, "bootTimeoutS") && message.bootTimeoutS !== 0)
writer.uint32(96).uint32(message.bootTimeoutS);
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckJob.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message, value;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckJob();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.name = value;
else
delete message.name;
continue;
}
case 2: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.job = value;
else
delete message.job;
continue;
}
case 3: {
if (wireType !== 2)
break;
if (!(message.vms && message.vms.length))
message.vms = [];
message.vms.push(reader.stringVerify());
continue;
}
case 4: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.schedule = value;
else
delete message.schedule;
continue;
}
case 5: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.on = value;
else
delete message.on;
continue;
}
case 6: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.scriptText = value;
else
delete message.scriptText;
continue;
}
case 7: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.scriptPath = value;
else
delete message.scriptPath;
continue;
}
case 8: {
if (wireType !== 2)
break;
if (!(message.scriptArgs && message.scriptArgs.length))
message.scriptArgs = [];
message.scriptArgs.push(reader.stringVerify());
continue;
}
case 9: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.scriptTimeoutS = value;
else
delete message.scriptTimeoutS;
continue;
}
case 10: {
if (wireType !== 2)
break;
if ((value = reader.stringVerify()).length)
message.heartbeatLine = value;
else
delete message.heartbeatLine;
continue;
}
case 11: {
if (wireType !== 0)
break;
if (value = reader.bool())
message.noAgent = value;
else
delete message.noAgent;
continue;
}
case 12: {
if (wireType !== 0)
break;
if (value = reader.uint32())
message.bootTimeoutS = value;
else
delete message.bootTimeoutS;
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckJob.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults) {
object.vms = [];
object.scriptArgs = [];
}
if (options.defaults) {
object.name = "";
object.job = "";
object.schedule = "";
object.on = "";
object.scriptText = "";
object.scriptPath = "";
object.scriptTimeoutS = 0;
object.heartbeatLine = "";
object.noAgent = false;
object.bootTimeoutS = 0;
}
if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
object.name = message.name;
if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
object.job = message.job;
if (message.vms && message.vms.length) {
object.vms = $Array(message.vms.length);
for (let j = 0; j < message.vms.length; ++j)
object.vms[j] = message.vms[j];
}
if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
object.schedule = message.schedule;
if (message.on != null && $Object.hasOwnProperty.call(message, "on"))
object.on = message.on;
if (message.scriptText != null && $Object.hasOwnProperty.call(message, "scriptText"))
object.scriptText = message.scriptText;
if (message.scriptPath != null && $Object.hasOwnProperty.call(message, "scriptPath"))
object.scriptPath = message.scriptPath;
if (message.scriptArgs && message.scriptArgs.length) {
object.scriptArgs = $Array(message.scriptArgs.length);
for (let j = 0; j < message.scriptArgs.length; ++j)
object.scriptArgs[j] = message.scriptArgs[j];
}
if (message.scriptTimeoutS != null && $Object.hasOwnProperty.call(message, "scriptTimeoutS"))
object.scriptTimeoutS = message.scriptTimeoutS;
if (message.heartbeatLine != null && $Object.hasOwnProperty.call(message, "heartbeatLine"))
object.heartbeatLine = message.heartbeatLine;
if (message.noAgent != null && $Object.hasOwnProperty.call(message, "noAgent"))
object.noAgent = message.noAgent;
if (message.bootTimeoutS != null && $Object.hasOwnProperty.call(message, "bootTimeoutS"))
object.bootTimeoutS = message.bootTimeoutS;
return object;
};

BootCheckJob.prototype.toJSON = function() {
return BootCheckJob.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckJob;
})();

meshbackup.BootCheckJobListRequest = (function() {

const BootCheckJobListRequest = function (properties) {
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckJobListRequest.create = function(properties) {
return new BootCheckJobListRequest(properties);
};

BootCheckJobListRequest.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckJobListRequest.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckJobListRequest();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
reader.skipType(tag & 7, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckJobListRequest.toObject = function () {
return {};
};

BootCheckJobListRequest.prototype.toJSON = function() {
return BootCheckJobListRequest.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckJobListRequest;
})();

meshbackup.BootCheckJobList = (function() {

const BootCheckJobList = function (properties) {
this.jobs = [];
if (properties)
for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
if (properties[keys[i]] != null && keys[i] !== "__proto__")
this[keys[i]] = properties[keys[i]];
};

BootCheckJobList.prototype.jobs = $util.emptyArray;

BootCheckJobList.create = function(properties) {
return new BootCheckJobList(properties);
};

BootCheckJobList.encode = function (message, writer, _depth) {
if (!writer)
writer = $Writer.create();
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
if (message.jobs != null && message.jobs.length)
for (let i = 0; i < message.jobs.length; ++i)
$root.meshbackup.BootCheckJob.encode(message.jobs[i], writer.uint32(10).fork(), _depth + 1).ldelim();
if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
for (let i = 0; i < message.$unknowns.length; ++i)
writer.raw(message.$unknowns[i]);
return writer;
};

BootCheckJobList.decode = function (reader, length, _end, _depth, _target) {
if (!(reader instanceof $Reader))
reader = $Reader.create(reader);
if (_depth === $undefined)
_depth = 0;
if (_depth > $Reader.recursionLimit)
throw $Error("max depth exceeded");
let end, message;
if (length === $undefined)
end = reader.len;
else {
end = reader.pos + length;
if (end > reader.len)
throw $RangeError("index out of range");
length = reader.len;
reader.len = end;
}
message = _target || new $root.meshbackup.BootCheckJobList();
while (reader.pos < end) {
let start = reader.pos;
let tag = reader.tag();
if (tag === _end) {
_end = $undefined;
break;
}
let wireType = tag & 7;
switch (tag >>>= 3) {
case 1: {
if (wireType !== 2)
break;
if (!(message.jobs && message.jobs.length))
message.jobs = [];
message.jobs.push($root.meshbackup.BootCheckJob.decode(reader, reader.size(), $undefined, _depth + 1));
continue;
}
}
reader.skipType(wireType, _depth, tag);
if (!reader.discardUnknown) {
$util.makeProp(message, "$unknowns", false);
(message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
}
}
if (length !== $undefined) {
if (reader.pos !== end)
throw $RangeError("index out of range");
reader.len = length;
}
if (_end !== $undefined)
throw $Error("missing end group");
return message;
};


BootCheckJobList.toObject = function (message, options, _depth) {
if (!options)
options = {};
if (_depth === $undefined)
_depth = 0;
if (_depth > $util.recursionLimit)
throw $Error("max depth exceeded");
let object = {};
if (options.arrays || options.defaults)
object.jobs = [];
if (message.jobs && message.jobs.length) {
object.jobs = $Array(message.jobs.length);
for (let j = 0; j < message.jobs.length; ++j)
object.jobs[j] = $root.meshbackup.BootCheckJob.toObject(message.jobs[j], options, _depth + 1);
}
return object;
};

BootCheckJobList.prototype.toJSON = function() {
return BootCheckJobList.toObject(this, $protobuf.util.toJSONOptions);
};

return BootCheckJobList;
})();

return meshbackup;
})();

export {
$root as default
};
