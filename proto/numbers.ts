// 64-bit fields decode to plain numbers: byte counts and timestamps stay far below 2^53, and a
// Long object in every stats field would leak into the whole codebase. Imported before the codecs.
import $protobuf from 'protobufjs/minimal.js'

$protobuf.util.Long = null as unknown as typeof $protobuf.util.Long
$protobuf.configure()
