/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const meshbackup = $root.meshbackup = (() => {

    /**
     * Namespace meshbackup.
     * @exports meshbackup
     * @namespace
     */
    const meshbackup = {};

    meshbackup.Envelope = (function() {

        /**
         * Properties of an Envelope.
         * @typedef {Object} meshbackup.Envelope.$Properties
         * @property {string|null} [to] Envelope to
         * @property {string|null} [from] Envelope from
         * @property {number|null} [correlation] Envelope correlation
         * @property {number|null} [kind] Envelope kind
         * @property {meshbackup.ActorMessage.$Properties|null} [body] Envelope body
         * @property {string|null} [error] Envelope error
         * @property {string|null} [errorCode] Envelope errorCode
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Envelope.
         * @memberof meshbackup
         * @interface IEnvelope
         * @augments meshbackup.Envelope.$Properties
         * @deprecated Use meshbackup.Envelope.$Properties instead.
         */

        /**
         * Shape of an Envelope.
         * @typedef {{
         *   to?: string|null;
         *   from?: string|null;
         *   correlation?: number|null;
         *   kind?: number|null;
         *   body?: meshbackup.ActorMessage.$Shape|null;
         *   error?: string|null;
         *   errorCode?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} meshbackup.Envelope.$Shape
         */

        /**
         * Constructs a new Envelope.
         * @memberof meshbackup
         * @classdesc Represents an Envelope.
         * @constructor
         * @param {meshbackup.Envelope.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Envelope = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Envelope to.
         * @member {string} to
         * @memberof meshbackup.Envelope
         * @instance
         */
        Envelope.prototype.to = "";

        /**
         * Envelope from.
         * @member {string} from
         * @memberof meshbackup.Envelope
         * @instance
         */
        Envelope.prototype.from = "";

        /**
         * Envelope correlation.
         * @member {number} correlation
         * @memberof meshbackup.Envelope
         * @instance
         */
        Envelope.prototype.correlation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Envelope kind.
         * @member {number} kind
         * @memberof meshbackup.Envelope
         * @instance
         */
        Envelope.prototype.kind = 0;

        /**
         * Envelope body.
         * @member {meshbackup.ActorMessage.$Properties|null|undefined} body
         * @memberof meshbackup.Envelope
         * @instance
         */
        Envelope.prototype.body = null;

        /**
         * Envelope error.
         * @member {string} error
         * @memberof meshbackup.Envelope
         * @instance
         */
        Envelope.prototype.error = "";

        /**
         * Envelope errorCode.
         * @member {string} errorCode
         * @memberof meshbackup.Envelope
         * @instance
         */
        Envelope.prototype.errorCode = "";

        /**
         * Creates a new Envelope instance using the specified properties.
         * @function create
         * @memberof meshbackup.Envelope
         * @static
         * @param {meshbackup.Envelope.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Envelope} Envelope instance
         * @type {{
         *   (properties: meshbackup.Envelope.$Shape): meshbackup.Envelope & meshbackup.Envelope.$Shape;
         *   (properties?: meshbackup.Envelope.$Properties): meshbackup.Envelope;
         * }}
         */
        Envelope.create = function(properties) {
            return new Envelope(properties);
        };

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link meshbackup.Envelope.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Envelope
         * @static
         * @param {meshbackup.Envelope.$Properties} message Envelope message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.to);
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
            if (message.correlation != null && $Object.hasOwnProperty.call(message, "correlation") && (typeof message.correlation === "object" ? message.correlation.low || message.correlation.high : message.correlation !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.correlation);
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.kind);
            if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                $root.meshbackup.ActorMessage.encode(message.body, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.error);
            if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.errorCode);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.Envelope & meshbackup.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.Envelope();
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
                            message.to = value;
                        else
                            delete message.to;
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
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.correlation = value;
                        else
                            delete message.correlation;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.body = $root.meshbackup.ActorMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.body);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorCode = value;
                        else
                            delete message.errorCode;
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

        return Envelope;
    })();

    meshbackup.ActorMessage = (function() {

        /**
         * Properties of an ActorMessage.
         * @typedef {Object} meshbackup.ActorMessage.$Properties
         * @property {meshbackup.Ok.$Properties|null} [ok] ActorMessage ok
         * @property {meshbackup.LeaseRequest.$Properties|null} [leaseRequest] ActorMessage leaseRequest
         * @property {meshbackup.LeaseGrant.$Properties|null} [leaseGrant] ActorMessage leaseGrant
         * @property {meshbackup.LeaseRefusal.$Properties|null} [leaseRefusal] ActorMessage leaseRefusal
         * @property {meshbackup.LeaseRelease.$Properties|null} [leaseRelease] ActorMessage leaseRelease
         * @property {meshbackup.PlaceTask.$Properties|null} [placeTask] ActorMessage placeTask
         * @property {meshbackup.TaskPlaced.$Properties|null} [taskPlaced] ActorMessage taskPlaced
         * @property {meshbackup.PlacementFailed.$Properties|null} [placementFailed] ActorMessage placementFailed
         * @property {meshbackup.CancelPlacement.$Properties|null} [cancelPlacement] ActorMessage cancelPlacement
         * @property {meshbackup.TaskAssignment.$Properties|null} [taskAssignment] ActorMessage taskAssignment
         * @property {meshbackup.TaskProgress.$Properties|null} [taskProgress] ActorMessage taskProgress
         * @property {meshbackup.TaskResult.$Properties|null} [taskResult] ActorMessage taskResult
         * @property {meshbackup.HostInventoryRequest.$Properties|null} [hostInventoryRequest] ActorMessage hostInventoryRequest
         * @property {meshbackup.HostInventory.$Properties|null} [hostInventory] ActorMessage hostInventory
         * @property {meshbackup.SnapshotRequest.$Properties|null} [snapshotRequest] ActorMessage snapshotRequest
         * @property {meshbackup.SnapshotReply.$Properties|null} [snapshotReply] ActorMessage snapshotReply
         * @property {meshbackup.ReleaseRequest.$Properties|null} [releaseRequest] ActorMessage releaseRequest
         * @property {meshbackup.CommitPoint.$Properties|null} [commitPoint] ActorMessage commitPoint
         * @property {meshbackup.PointCommitted.$Properties|null} [pointCommitted] ActorMessage pointCommitted
         * @property {meshbackup.PointsListRequest.$Properties|null} [pointsListRequest] ActorMessage pointsListRequest
         * @property {meshbackup.PointsList.$Properties|null} [pointsList] ActorMessage pointsList
         * @property {meshbackup.VerifyRequest.$Properties|null} [verifyRequest] ActorMessage verifyRequest
         * @property {meshbackup.VerifyReport.$Properties|null} [verifyReport] ActorMessage verifyReport
         * @property {meshbackup.AdminRequest.$Properties|null} [adminRequest] ActorMessage adminRequest
         * @property {meshbackup.AdminReply.$Properties|null} [adminReply] ActorMessage adminReply
         * @property {meshbackup.Tick.$Properties|null} [tick] ActorMessage tick
         * @property {"ok"|"leaseRequest"|"leaseGrant"|"leaseRefusal"|"leaseRelease"|"placeTask"|"taskPlaced"|"placementFailed"|"cancelPlacement"|"taskAssignment"|"taskProgress"|"taskResult"|"hostInventoryRequest"|"hostInventory"|"snapshotRequest"|"snapshotReply"|"releaseRequest"|"commitPoint"|"pointCommitted"|"pointsListRequest"|"pointsList"|"verifyRequest"|"verifyReport"|"adminRequest"|"adminReply"|"tick"} [body] ActorMessage body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ActorMessage.
         * @memberof meshbackup
         * @interface IActorMessage
         * @augments meshbackup.ActorMessage.$Properties
         * @deprecated Use meshbackup.ActorMessage.$Properties instead.
         */

        /**
         * Narrowed shape of an ActorMessage.
         * @typedef {{
         *   ok?: meshbackup.Ok.$Shape|null;
         *   leaseRequest?: meshbackup.LeaseRequest.$Shape|null;
         *   leaseGrant?: meshbackup.LeaseGrant.$Shape|null;
         *   leaseRefusal?: meshbackup.LeaseRefusal.$Shape|null;
         *   leaseRelease?: meshbackup.LeaseRelease.$Shape|null;
         *   placeTask?: meshbackup.PlaceTask.$Shape|null;
         *   taskPlaced?: meshbackup.TaskPlaced.$Shape|null;
         *   placementFailed?: meshbackup.PlacementFailed.$Shape|null;
         *   cancelPlacement?: meshbackup.CancelPlacement.$Shape|null;
         *   taskAssignment?: meshbackup.TaskAssignment.$Shape|null;
         *   taskProgress?: meshbackup.TaskProgress.$Shape|null;
         *   taskResult?: meshbackup.TaskResult.$Shape|null;
         *   hostInventoryRequest?: meshbackup.HostInventoryRequest.$Shape|null;
         *   hostInventory?: meshbackup.HostInventory.$Shape|null;
         *   snapshotRequest?: meshbackup.SnapshotRequest.$Shape|null;
         *   snapshotReply?: meshbackup.SnapshotReply.$Shape|null;
         *   releaseRequest?: meshbackup.ReleaseRequest.$Shape|null;
         *   commitPoint?: meshbackup.CommitPoint.$Shape|null;
         *   pointCommitted?: meshbackup.PointCommitted.$Shape|null;
         *   pointsListRequest?: meshbackup.PointsListRequest.$Shape|null;
         *   pointsList?: meshbackup.PointsList.$Shape|null;
         *   verifyRequest?: meshbackup.VerifyRequest.$Shape|null;
         *   verifyReport?: meshbackup.VerifyReport.$Shape|null;
         *   adminRequest?: meshbackup.AdminRequest.$Shape|null;
         *   adminReply?: meshbackup.AdminReply.$Shape|null;
         *   tick?: meshbackup.Tick.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "ok"; ok: meshbackup.Ok.$Shape; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "leaseRequest"; ok?: null; leaseRequest: meshbackup.LeaseRequest.$Shape; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "leaseGrant"; ok?: null; leaseRequest?: null; leaseGrant: meshbackup.LeaseGrant.$Shape; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "leaseRefusal"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal: meshbackup.LeaseRefusal.$Shape; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "leaseRelease"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease: meshbackup.LeaseRelease.$Shape; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "placeTask"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask: meshbackup.PlaceTask.$Shape; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "taskPlaced"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced: meshbackup.TaskPlaced.$Shape; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "placementFailed"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed: meshbackup.PlacementFailed.$Shape; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "cancelPlacement"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement: meshbackup.CancelPlacement.$Shape; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "taskAssignment"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment: meshbackup.TaskAssignment.$Shape; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "taskProgress"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress: meshbackup.TaskProgress.$Shape; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "taskResult"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult: meshbackup.TaskResult.$Shape; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "hostInventoryRequest"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest: meshbackup.HostInventoryRequest.$Shape; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "hostInventory"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory: meshbackup.HostInventory.$Shape; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "snapshotRequest"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest: meshbackup.SnapshotRequest.$Shape; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "snapshotReply"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply: meshbackup.SnapshotReply.$Shape; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "releaseRequest"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest: meshbackup.ReleaseRequest.$Shape; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "commitPoint"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint: meshbackup.CommitPoint.$Shape; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "pointCommitted"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted: meshbackup.PointCommitted.$Shape; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "pointsListRequest"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest: meshbackup.PointsListRequest.$Shape; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "pointsList"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList: meshbackup.PointsList.$Shape; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "verifyRequest"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest: meshbackup.VerifyRequest.$Shape; verifyReport?: null; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "verifyReport"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport: meshbackup.VerifyReport.$Shape; adminRequest?: null; adminReply?: null; tick?: null }|{ body?: "adminRequest"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest: meshbackup.AdminRequest.$Shape; adminReply?: null; tick?: null }|{ body?: "adminReply"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply: meshbackup.AdminReply.$Shape; tick?: null }|{ body?: "tick"; ok?: null; leaseRequest?: null; leaseGrant?: null; leaseRefusal?: null; leaseRelease?: null; placeTask?: null; taskPlaced?: null; placementFailed?: null; cancelPlacement?: null; taskAssignment?: null; taskProgress?: null; taskResult?: null; hostInventoryRequest?: null; hostInventory?: null; snapshotRequest?: null; snapshotReply?: null; releaseRequest?: null; commitPoint?: null; pointCommitted?: null; pointsListRequest?: null; pointsList?: null; verifyRequest?: null; verifyReport?: null; adminRequest?: null; adminReply?: null; tick: meshbackup.Tick.$Shape })
         * )} meshbackup.ActorMessage.$Shape
         */

        /**
         * Constructs a new ActorMessage.
         * @memberof meshbackup
         * @classdesc Represents an ActorMessage.
         * @constructor
         * @param {meshbackup.ActorMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ActorMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ActorMessage ok.
         * @member {meshbackup.Ok.$Properties|null|undefined} ok
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.ok = null;

        /**
         * ActorMessage leaseRequest.
         * @member {meshbackup.LeaseRequest.$Properties|null|undefined} leaseRequest
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.leaseRequest = null;

        /**
         * ActorMessage leaseGrant.
         * @member {meshbackup.LeaseGrant.$Properties|null|undefined} leaseGrant
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.leaseGrant = null;

        /**
         * ActorMessage leaseRefusal.
         * @member {meshbackup.LeaseRefusal.$Properties|null|undefined} leaseRefusal
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.leaseRefusal = null;

        /**
         * ActorMessage leaseRelease.
         * @member {meshbackup.LeaseRelease.$Properties|null|undefined} leaseRelease
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.leaseRelease = null;

        /**
         * ActorMessage placeTask.
         * @member {meshbackup.PlaceTask.$Properties|null|undefined} placeTask
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.placeTask = null;

        /**
         * ActorMessage taskPlaced.
         * @member {meshbackup.TaskPlaced.$Properties|null|undefined} taskPlaced
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.taskPlaced = null;

        /**
         * ActorMessage placementFailed.
         * @member {meshbackup.PlacementFailed.$Properties|null|undefined} placementFailed
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.placementFailed = null;

        /**
         * ActorMessage cancelPlacement.
         * @member {meshbackup.CancelPlacement.$Properties|null|undefined} cancelPlacement
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.cancelPlacement = null;

        /**
         * ActorMessage taskAssignment.
         * @member {meshbackup.TaskAssignment.$Properties|null|undefined} taskAssignment
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.taskAssignment = null;

        /**
         * ActorMessage taskProgress.
         * @member {meshbackup.TaskProgress.$Properties|null|undefined} taskProgress
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.taskProgress = null;

        /**
         * ActorMessage taskResult.
         * @member {meshbackup.TaskResult.$Properties|null|undefined} taskResult
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.taskResult = null;

        /**
         * ActorMessage hostInventoryRequest.
         * @member {meshbackup.HostInventoryRequest.$Properties|null|undefined} hostInventoryRequest
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.hostInventoryRequest = null;

        /**
         * ActorMessage hostInventory.
         * @member {meshbackup.HostInventory.$Properties|null|undefined} hostInventory
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.hostInventory = null;

        /**
         * ActorMessage snapshotRequest.
         * @member {meshbackup.SnapshotRequest.$Properties|null|undefined} snapshotRequest
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.snapshotRequest = null;

        /**
         * ActorMessage snapshotReply.
         * @member {meshbackup.SnapshotReply.$Properties|null|undefined} snapshotReply
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.snapshotReply = null;

        /**
         * ActorMessage releaseRequest.
         * @member {meshbackup.ReleaseRequest.$Properties|null|undefined} releaseRequest
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.releaseRequest = null;

        /**
         * ActorMessage commitPoint.
         * @member {meshbackup.CommitPoint.$Properties|null|undefined} commitPoint
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.commitPoint = null;

        /**
         * ActorMessage pointCommitted.
         * @member {meshbackup.PointCommitted.$Properties|null|undefined} pointCommitted
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.pointCommitted = null;

        /**
         * ActorMessage pointsListRequest.
         * @member {meshbackup.PointsListRequest.$Properties|null|undefined} pointsListRequest
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.pointsListRequest = null;

        /**
         * ActorMessage pointsList.
         * @member {meshbackup.PointsList.$Properties|null|undefined} pointsList
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.pointsList = null;

        /**
         * ActorMessage verifyRequest.
         * @member {meshbackup.VerifyRequest.$Properties|null|undefined} verifyRequest
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.verifyRequest = null;

        /**
         * ActorMessage verifyReport.
         * @member {meshbackup.VerifyReport.$Properties|null|undefined} verifyReport
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.verifyReport = null;

        /**
         * ActorMessage adminRequest.
         * @member {meshbackup.AdminRequest.$Properties|null|undefined} adminRequest
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.adminRequest = null;

        /**
         * ActorMessage adminReply.
         * @member {meshbackup.AdminReply.$Properties|null|undefined} adminReply
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.adminReply = null;

        /**
         * ActorMessage tick.
         * @member {meshbackup.Tick.$Properties|null|undefined} tick
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        ActorMessage.prototype.tick = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ActorMessage body.
         * @member {"ok"|"leaseRequest"|"leaseGrant"|"leaseRefusal"|"leaseRelease"|"placeTask"|"taskPlaced"|"placementFailed"|"cancelPlacement"|"taskAssignment"|"taskProgress"|"taskResult"|"hostInventoryRequest"|"hostInventory"|"snapshotRequest"|"snapshotReply"|"releaseRequest"|"commitPoint"|"pointCommitted"|"pointsListRequest"|"pointsList"|"verifyRequest"|"verifyReport"|"adminRequest"|"adminReply"|"tick"|undefined} body
         * @memberof meshbackup.ActorMessage
         * @instance
         */
        $Object.defineProperty(ActorMessage.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["ok", "leaseRequest", "leaseGrant", "leaseRefusal", "leaseRelease", "placeTask", "taskPlaced", "placementFailed", "cancelPlacement", "taskAssignment", "taskProgress", "taskResult", "hostInventoryRequest", "hostInventory", "snapshotRequest", "snapshotReply", "releaseRequest", "commitPoint", "pointCommitted", "pointsListRequest", "pointsList", "verifyRequest", "verifyReport", "adminRequest", "adminReply", "tick"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ActorMessage instance using the specified properties.
         * @function create
         * @memberof meshbackup.ActorMessage
         * @static
         * @param {meshbackup.ActorMessage.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ActorMessage} ActorMessage instance
         * @type {{
         *   (properties: meshbackup.ActorMessage.$Shape): meshbackup.ActorMessage & meshbackup.ActorMessage.$Shape;
         *   (properties?: meshbackup.ActorMessage.$Properties): meshbackup.ActorMessage;
         * }}
         */
        ActorMessage.create = function(properties) {
            return new ActorMessage(properties);
        };

        /**
         * Encodes the specified ActorMessage message. Does not implicitly {@link meshbackup.ActorMessage.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ActorMessage
         * @static
         * @param {meshbackup.ActorMessage.$Properties} message ActorMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ActorMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                $root.meshbackup.Ok.encode(message.ok, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.leaseRequest != null && $Object.hasOwnProperty.call(message, "leaseRequest"))
                $root.meshbackup.LeaseRequest.encode(message.leaseRequest, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.leaseGrant != null && $Object.hasOwnProperty.call(message, "leaseGrant"))
                $root.meshbackup.LeaseGrant.encode(message.leaseGrant, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.leaseRefusal != null && $Object.hasOwnProperty.call(message, "leaseRefusal"))
                $root.meshbackup.LeaseRefusal.encode(message.leaseRefusal, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.leaseRelease != null && $Object.hasOwnProperty.call(message, "leaseRelease"))
                $root.meshbackup.LeaseRelease.encode(message.leaseRelease, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.placeTask != null && $Object.hasOwnProperty.call(message, "placeTask"))
                $root.meshbackup.PlaceTask.encode(message.placeTask, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.taskPlaced != null && $Object.hasOwnProperty.call(message, "taskPlaced"))
                $root.meshbackup.TaskPlaced.encode(message.taskPlaced, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.placementFailed != null && $Object.hasOwnProperty.call(message, "placementFailed"))
                $root.meshbackup.PlacementFailed.encode(message.placementFailed, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.cancelPlacement != null && $Object.hasOwnProperty.call(message, "cancelPlacement"))
                $root.meshbackup.CancelPlacement.encode(message.cancelPlacement, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.taskAssignment != null && $Object.hasOwnProperty.call(message, "taskAssignment"))
                $root.meshbackup.TaskAssignment.encode(message.taskAssignment, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
            if (message.taskProgress != null && $Object.hasOwnProperty.call(message, "taskProgress"))
                $root.meshbackup.TaskProgress.encode(message.taskProgress, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
            if (message.taskResult != null && $Object.hasOwnProperty.call(message, "taskResult"))
                $root.meshbackup.TaskResult.encode(message.taskResult, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
            if (message.hostInventoryRequest != null && $Object.hasOwnProperty.call(message, "hostInventoryRequest"))
                $root.meshbackup.HostInventoryRequest.encode(message.hostInventoryRequest, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
            if (message.hostInventory != null && $Object.hasOwnProperty.call(message, "hostInventory"))
                $root.meshbackup.HostInventory.encode(message.hostInventory, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
            if (message.snapshotRequest != null && $Object.hasOwnProperty.call(message, "snapshotRequest"))
                $root.meshbackup.SnapshotRequest.encode(message.snapshotRequest, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
            if (message.snapshotReply != null && $Object.hasOwnProperty.call(message, "snapshotReply"))
                $root.meshbackup.SnapshotReply.encode(message.snapshotReply, writer.uint32(/* id 43, wireType 2 =*/346).fork(), _depth + 1).ldelim();
            if (message.releaseRequest != null && $Object.hasOwnProperty.call(message, "releaseRequest"))
                $root.meshbackup.ReleaseRequest.encode(message.releaseRequest, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
            if (message.commitPoint != null && $Object.hasOwnProperty.call(message, "commitPoint"))
                $root.meshbackup.CommitPoint.encode(message.commitPoint, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
            if (message.pointCommitted != null && $Object.hasOwnProperty.call(message, "pointCommitted"))
                $root.meshbackup.PointCommitted.encode(message.pointCommitted, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
            if (message.pointsListRequest != null && $Object.hasOwnProperty.call(message, "pointsListRequest"))
                $root.meshbackup.PointsListRequest.encode(message.pointsListRequest, writer.uint32(/* id 52, wireType 2 =*/418).fork(), _depth + 1).ldelim();
            if (message.pointsList != null && $Object.hasOwnProperty.call(message, "pointsList"))
                $root.meshbackup.PointsList.encode(message.pointsList, writer.uint32(/* id 53, wireType 2 =*/426).fork(), _depth + 1).ldelim();
            if (message.verifyRequest != null && $Object.hasOwnProperty.call(message, "verifyRequest"))
                $root.meshbackup.VerifyRequest.encode(message.verifyRequest, writer.uint32(/* id 54, wireType 2 =*/434).fork(), _depth + 1).ldelim();
            if (message.verifyReport != null && $Object.hasOwnProperty.call(message, "verifyReport"))
                $root.meshbackup.VerifyReport.encode(message.verifyReport, writer.uint32(/* id 55, wireType 2 =*/442).fork(), _depth + 1).ldelim();
            if (message.adminRequest != null && $Object.hasOwnProperty.call(message, "adminRequest"))
                $root.meshbackup.AdminRequest.encode(message.adminRequest, writer.uint32(/* id 60, wireType 2 =*/482).fork(), _depth + 1).ldelim();
            if (message.adminReply != null && $Object.hasOwnProperty.call(message, "adminReply"))
                $root.meshbackup.AdminReply.encode(message.adminReply, writer.uint32(/* id 61, wireType 2 =*/490).fork(), _depth + 1).ldelim();
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                $root.meshbackup.Tick.encode(message.tick, writer.uint32(/* id 70, wireType 2 =*/562).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ActorMessage message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ActorMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.ActorMessage & meshbackup.ActorMessage.$Shape} ActorMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ActorMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.ActorMessage();
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
                        message.body = "ok";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.leaseRequest = $root.meshbackup.LeaseRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.leaseRequest);
                        message.body = "leaseRequest";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.leaseGrant = $root.meshbackup.LeaseGrant.decode(reader, reader.size(), $undefined, _depth + 1, message.leaseGrant);
                        message.body = "leaseGrant";
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.leaseRefusal = $root.meshbackup.LeaseRefusal.decode(reader, reader.size(), $undefined, _depth + 1, message.leaseRefusal);
                        message.body = "leaseRefusal";
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.leaseRelease = $root.meshbackup.LeaseRelease.decode(reader, reader.size(), $undefined, _depth + 1, message.leaseRelease);
                        message.body = "leaseRelease";
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.placeTask = $root.meshbackup.PlaceTask.decode(reader, reader.size(), $undefined, _depth + 1, message.placeTask);
                        message.body = "placeTask";
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.taskPlaced = $root.meshbackup.TaskPlaced.decode(reader, reader.size(), $undefined, _depth + 1, message.taskPlaced);
                        message.body = "taskPlaced";
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.placementFailed = $root.meshbackup.PlacementFailed.decode(reader, reader.size(), $undefined, _depth + 1, message.placementFailed);
                        message.body = "placementFailed";
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        message.cancelPlacement = $root.meshbackup.CancelPlacement.decode(reader, reader.size(), $undefined, _depth + 1, message.cancelPlacement);
                        message.body = "cancelPlacement";
                        continue;
                    }
                case 30: {
                        if (wireType !== 2)
                            break;
                        message.taskAssignment = $root.meshbackup.TaskAssignment.decode(reader, reader.size(), $undefined, _depth + 1, message.taskAssignment);
                        message.body = "taskAssignment";
                        continue;
                    }
                case 31: {
                        if (wireType !== 2)
                            break;
                        message.taskProgress = $root.meshbackup.TaskProgress.decode(reader, reader.size(), $undefined, _depth + 1, message.taskProgress);
                        message.body = "taskProgress";
                        continue;
                    }
                case 32: {
                        if (wireType !== 2)
                            break;
                        message.taskResult = $root.meshbackup.TaskResult.decode(reader, reader.size(), $undefined, _depth + 1, message.taskResult);
                        message.body = "taskResult";
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        message.hostInventoryRequest = $root.meshbackup.HostInventoryRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.hostInventoryRequest);
                        message.body = "hostInventoryRequest";
                        continue;
                    }
                case 41: {
                        if (wireType !== 2)
                            break;
                        message.hostInventory = $root.meshbackup.HostInventory.decode(reader, reader.size(), $undefined, _depth + 1, message.hostInventory);
                        message.body = "hostInventory";
                        continue;
                    }
                case 42: {
                        if (wireType !== 2)
                            break;
                        message.snapshotRequest = $root.meshbackup.SnapshotRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotRequest);
                        message.body = "snapshotRequest";
                        continue;
                    }
                case 43: {
                        if (wireType !== 2)
                            break;
                        message.snapshotReply = $root.meshbackup.SnapshotReply.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotReply);
                        message.body = "snapshotReply";
                        continue;
                    }
                case 44: {
                        if (wireType !== 2)
                            break;
                        message.releaseRequest = $root.meshbackup.ReleaseRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.releaseRequest);
                        message.body = "releaseRequest";
                        continue;
                    }
                case 50: {
                        if (wireType !== 2)
                            break;
                        message.commitPoint = $root.meshbackup.CommitPoint.decode(reader, reader.size(), $undefined, _depth + 1, message.commitPoint);
                        message.body = "commitPoint";
                        continue;
                    }
                case 51: {
                        if (wireType !== 2)
                            break;
                        message.pointCommitted = $root.meshbackup.PointCommitted.decode(reader, reader.size(), $undefined, _depth + 1, message.pointCommitted);
                        message.body = "pointCommitted";
                        continue;
                    }
                case 52: {
                        if (wireType !== 2)
                            break;
                        message.pointsListRequest = $root.meshbackup.PointsListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pointsListRequest);
                        message.body = "pointsListRequest";
                        continue;
                    }
                case 53: {
                        if (wireType !== 2)
                            break;
                        message.pointsList = $root.meshbackup.PointsList.decode(reader, reader.size(), $undefined, _depth + 1, message.pointsList);
                        message.body = "pointsList";
                        continue;
                    }
                case 54: {
                        if (wireType !== 2)
                            break;
                        message.verifyRequest = $root.meshbackup.VerifyRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyRequest);
                        message.body = "verifyRequest";
                        continue;
                    }
                case 55: {
                        if (wireType !== 2)
                            break;
                        message.verifyReport = $root.meshbackup.VerifyReport.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyReport);
                        message.body = "verifyReport";
                        continue;
                    }
                case 60: {
                        if (wireType !== 2)
                            break;
                        message.adminRequest = $root.meshbackup.AdminRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.adminRequest);
                        message.body = "adminRequest";
                        continue;
                    }
                case 61: {
                        if (wireType !== 2)
                            break;
                        message.adminReply = $root.meshbackup.AdminReply.decode(reader, reader.size(), $undefined, _depth + 1, message.adminReply);
                        message.body = "adminReply";
                        continue;
                    }
                case 70: {
                        if (wireType !== 2)
                            break;
                        message.tick = $root.meshbackup.Tick.decode(reader, reader.size(), $undefined, _depth + 1, message.tick);
                        message.body = "tick";
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

        return ActorMessage;
    })();

    meshbackup.Tick = (function() {

        /**
         * Properties of a Tick.
         * @typedef {Object} meshbackup.Tick.$Properties
         * @property {string|null} [name] Tick name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Tick.
         * @memberof meshbackup
         * @interface ITick
         * @augments meshbackup.Tick.$Properties
         * @deprecated Use meshbackup.Tick.$Properties instead.
         */

        /**
         * Shape of a Tick.
         * @typedef {meshbackup.Tick.$Properties} meshbackup.Tick.$Shape
         */

        /**
         * Constructs a new Tick.
         * @memberof meshbackup
         * @classdesc Represents a Tick.
         * @constructor
         * @param {meshbackup.Tick.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Tick = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Tick name.
         * @member {string} name
         * @memberof meshbackup.Tick
         * @instance
         */
        Tick.prototype.name = "";

        /**
         * Creates a new Tick instance using the specified properties.
         * @function create
         * @memberof meshbackup.Tick
         * @static
         * @param {meshbackup.Tick.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Tick} Tick instance
         * @type {{
         *   (properties: meshbackup.Tick.$Shape): meshbackup.Tick & meshbackup.Tick.$Shape;
         *   (properties?: meshbackup.Tick.$Properties): meshbackup.Tick;
         * }}
         */
        Tick.create = function(properties) {
            return new Tick(properties);
        };

        /**
         * Encodes the specified Tick message. Does not implicitly {@link meshbackup.Tick.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Tick
         * @static
         * @param {meshbackup.Tick.$Properties} message Tick message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Tick.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Tick message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Tick
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.Tick & meshbackup.Tick.$Shape} Tick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Tick.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.Tick();
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

        return Tick;
    })();

    meshbackup.LeaseRequest = (function() {

        /**
         * Properties of a LeaseRequest.
         * @typedef {Object} meshbackup.LeaseRequest.$Properties
         * @property {string|null} [taskId] LeaseRequest taskId
         * @property {number|null} [ttlMs] LeaseRequest ttlMs
         * @property {string|null} [holder] LeaseRequest holder
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LeaseRequest.
         * @memberof meshbackup
         * @interface ILeaseRequest
         * @augments meshbackup.LeaseRequest.$Properties
         * @deprecated Use meshbackup.LeaseRequest.$Properties instead.
         */

        /**
         * Shape of a LeaseRequest.
         * @typedef {meshbackup.LeaseRequest.$Properties} meshbackup.LeaseRequest.$Shape
         */

        /**
         * Constructs a new LeaseRequest.
         * @memberof meshbackup
         * @classdesc Represents a LeaseRequest.
         * @constructor
         * @param {meshbackup.LeaseRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LeaseRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LeaseRequest taskId.
         * @member {string} taskId
         * @memberof meshbackup.LeaseRequest
         * @instance
         */
        LeaseRequest.prototype.taskId = "";

        /**
         * LeaseRequest ttlMs.
         * @member {number} ttlMs
         * @memberof meshbackup.LeaseRequest
         * @instance
         */
        LeaseRequest.prototype.ttlMs = 0;

        /**
         * LeaseRequest holder.
         * @member {string} holder
         * @memberof meshbackup.LeaseRequest
         * @instance
         */
        LeaseRequest.prototype.holder = "";

        /**
         * Creates a new LeaseRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.LeaseRequest
         * @static
         * @param {meshbackup.LeaseRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.LeaseRequest} LeaseRequest instance
         * @type {{
         *   (properties: meshbackup.LeaseRequest.$Shape): meshbackup.LeaseRequest & meshbackup.LeaseRequest.$Shape;
         *   (properties?: meshbackup.LeaseRequest.$Properties): meshbackup.LeaseRequest;
         * }}
         */
        LeaseRequest.create = function(properties) {
            return new LeaseRequest(properties);
        };

        /**
         * Encodes the specified LeaseRequest message. Does not implicitly {@link meshbackup.LeaseRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.LeaseRequest
         * @static
         * @param {meshbackup.LeaseRequest.$Properties} message LeaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
            if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && message.ttlMs !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ttlMs);
            if (message.holder != null && $Object.hasOwnProperty.call(message, "holder") && message.holder !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.holder);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a LeaseRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.LeaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.LeaseRequest & meshbackup.LeaseRequest.$Shape} LeaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.LeaseRequest();
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
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.ttlMs = value;
                        else
                            delete message.ttlMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.holder = value;
                        else
                            delete message.holder;
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

        return LeaseRequest;
    })();

    meshbackup.LeaseGrant = (function() {

        /**
         * Properties of a LeaseGrant.
         * @typedef {Object} meshbackup.LeaseGrant.$Properties
         * @property {string|null} [leaseId] LeaseGrant leaseId
         * @property {number|null} [expiresAtMs] LeaseGrant expiresAtMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LeaseGrant.
         * @memberof meshbackup
         * @interface ILeaseGrant
         * @augments meshbackup.LeaseGrant.$Properties
         * @deprecated Use meshbackup.LeaseGrant.$Properties instead.
         */

        /**
         * Shape of a LeaseGrant.
         * @typedef {meshbackup.LeaseGrant.$Properties} meshbackup.LeaseGrant.$Shape
         */

        /**
         * Constructs a new LeaseGrant.
         * @memberof meshbackup
         * @classdesc Represents a LeaseGrant.
         * @constructor
         * @param {meshbackup.LeaseGrant.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LeaseGrant = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LeaseGrant leaseId.
         * @member {string} leaseId
         * @memberof meshbackup.LeaseGrant
         * @instance
         */
        LeaseGrant.prototype.leaseId = "";

        /**
         * LeaseGrant expiresAtMs.
         * @member {number} expiresAtMs
         * @memberof meshbackup.LeaseGrant
         * @instance
         */
        LeaseGrant.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new LeaseGrant instance using the specified properties.
         * @function create
         * @memberof meshbackup.LeaseGrant
         * @static
         * @param {meshbackup.LeaseGrant.$Properties=} [properties] Properties to set
         * @returns {meshbackup.LeaseGrant} LeaseGrant instance
         * @type {{
         *   (properties: meshbackup.LeaseGrant.$Shape): meshbackup.LeaseGrant & meshbackup.LeaseGrant.$Shape;
         *   (properties?: meshbackup.LeaseGrant.$Properties): meshbackup.LeaseGrant;
         * }}
         */
        LeaseGrant.create = function(properties) {
            return new LeaseGrant(properties);
        };

        /**
         * Encodes the specified LeaseGrant message. Does not implicitly {@link meshbackup.LeaseGrant.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.LeaseGrant
         * @static
         * @param {meshbackup.LeaseGrant.$Properties} message LeaseGrant message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseGrant.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.leaseId);
            if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expiresAtMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a LeaseGrant message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.LeaseGrant
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.LeaseGrant & meshbackup.LeaseGrant.$Shape} LeaseGrant
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseGrant.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.LeaseGrant();
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
                            message.leaseId = value;
                        else
                            delete message.leaseId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.expiresAtMs = value;
                        else
                            delete message.expiresAtMs;
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

        return LeaseGrant;
    })();

    meshbackup.LeaseRefusal = (function() {

        /**
         * Properties of a LeaseRefusal.
         * @typedef {Object} meshbackup.LeaseRefusal.$Properties
         * @property {string|null} [reason] LeaseRefusal reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LeaseRefusal.
         * @memberof meshbackup
         * @interface ILeaseRefusal
         * @augments meshbackup.LeaseRefusal.$Properties
         * @deprecated Use meshbackup.LeaseRefusal.$Properties instead.
         */

        /**
         * Shape of a LeaseRefusal.
         * @typedef {meshbackup.LeaseRefusal.$Properties} meshbackup.LeaseRefusal.$Shape
         */

        /**
         * Constructs a new LeaseRefusal.
         * @memberof meshbackup
         * @classdesc Represents a LeaseRefusal.
         * @constructor
         * @param {meshbackup.LeaseRefusal.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LeaseRefusal = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LeaseRefusal reason.
         * @member {string} reason
         * @memberof meshbackup.LeaseRefusal
         * @instance
         */
        LeaseRefusal.prototype.reason = "";

        /**
         * Creates a new LeaseRefusal instance using the specified properties.
         * @function create
         * @memberof meshbackup.LeaseRefusal
         * @static
         * @param {meshbackup.LeaseRefusal.$Properties=} [properties] Properties to set
         * @returns {meshbackup.LeaseRefusal} LeaseRefusal instance
         * @type {{
         *   (properties: meshbackup.LeaseRefusal.$Shape): meshbackup.LeaseRefusal & meshbackup.LeaseRefusal.$Shape;
         *   (properties?: meshbackup.LeaseRefusal.$Properties): meshbackup.LeaseRefusal;
         * }}
         */
        LeaseRefusal.create = function(properties) {
            return new LeaseRefusal(properties);
        };

        /**
         * Encodes the specified LeaseRefusal message. Does not implicitly {@link meshbackup.LeaseRefusal.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.LeaseRefusal
         * @static
         * @param {meshbackup.LeaseRefusal.$Properties} message LeaseRefusal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseRefusal.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a LeaseRefusal message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.LeaseRefusal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.LeaseRefusal & meshbackup.LeaseRefusal.$Shape} LeaseRefusal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseRefusal.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.LeaseRefusal();
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
                            message.reason = value;
                        else
                            delete message.reason;
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

        return LeaseRefusal;
    })();

    meshbackup.LeaseRelease = (function() {

        /**
         * Properties of a LeaseRelease.
         * @typedef {Object} meshbackup.LeaseRelease.$Properties
         * @property {string|null} [leaseId] LeaseRelease leaseId
         * @property {string|null} [peerId] LeaseRelease peerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LeaseRelease.
         * @memberof meshbackup
         * @interface ILeaseRelease
         * @augments meshbackup.LeaseRelease.$Properties
         * @deprecated Use meshbackup.LeaseRelease.$Properties instead.
         */

        /**
         * Shape of a LeaseRelease.
         * @typedef {meshbackup.LeaseRelease.$Properties} meshbackup.LeaseRelease.$Shape
         */

        /**
         * Constructs a new LeaseRelease.
         * @memberof meshbackup
         * @classdesc Represents a LeaseRelease.
         * @constructor
         * @param {meshbackup.LeaseRelease.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LeaseRelease = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LeaseRelease leaseId.
         * @member {string} leaseId
         * @memberof meshbackup.LeaseRelease
         * @instance
         */
        LeaseRelease.prototype.leaseId = "";

        /**
         * LeaseRelease peerId.
         * @member {string} peerId
         * @memberof meshbackup.LeaseRelease
         * @instance
         */
        LeaseRelease.prototype.peerId = "";

        /**
         * Creates a new LeaseRelease instance using the specified properties.
         * @function create
         * @memberof meshbackup.LeaseRelease
         * @static
         * @param {meshbackup.LeaseRelease.$Properties=} [properties] Properties to set
         * @returns {meshbackup.LeaseRelease} LeaseRelease instance
         * @type {{
         *   (properties: meshbackup.LeaseRelease.$Shape): meshbackup.LeaseRelease & meshbackup.LeaseRelease.$Shape;
         *   (properties?: meshbackup.LeaseRelease.$Properties): meshbackup.LeaseRelease;
         * }}
         */
        LeaseRelease.create = function(properties) {
            return new LeaseRelease(properties);
        };

        /**
         * Encodes the specified LeaseRelease message. Does not implicitly {@link meshbackup.LeaseRelease.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.LeaseRelease
         * @static
         * @param {meshbackup.LeaseRelease.$Properties} message LeaseRelease message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseRelease.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.leaseId);
            if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a LeaseRelease message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.LeaseRelease
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.LeaseRelease & meshbackup.LeaseRelease.$Shape} LeaseRelease
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseRelease.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.LeaseRelease();
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
                            message.leaseId = value;
                        else
                            delete message.leaseId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.peerId = value;
                        else
                            delete message.peerId;
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

        return LeaseRelease;
    })();

    meshbackup.TaskSpec = (function() {

        /**
         * Properties of a TaskSpec.
         * @typedef {Object} meshbackup.TaskSpec.$Properties
         * @property {string|null} [taskId] TaskSpec taskId
         * @property {string|null} [sessionId] TaskSpec sessionId
         * @property {string|null} [job] TaskSpec job
         * @property {meshbackup.HostSpec.$Properties|null} [host] TaskSpec host
         * @property {string|null} [vm] TaskSpec vm
         * @property {number|null} [disk] TaskSpec disk
         * @property {string|null} [diskName] TaskSpec diskName
         * @property {number|null} [size] TaskSpec size
         * @property {string|null} [source] TaskSpec source
         * @property {number|null} [blockSize] TaskSpec blockSize
         * @property {string|null} [compression] TaskSpec compression
         * @property {number|null} [compressionLevel] TaskSpec compressionLevel
         * @property {number|null} [rateLimitBps] TaskSpec rateLimitBps
         * @property {string|null} [repository] TaskSpec repository
         * @property {string|null} [basePoint] TaskSpec basePoint
         * @property {string|null} [mode] TaskSpec mode
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskSpec.
         * @memberof meshbackup
         * @interface ITaskSpec
         * @augments meshbackup.TaskSpec.$Properties
         * @deprecated Use meshbackup.TaskSpec.$Properties instead.
         */

        /**
         * Shape of a TaskSpec.
         * @typedef {meshbackup.TaskSpec.$Properties} meshbackup.TaskSpec.$Shape
         */

        /**
         * Constructs a new TaskSpec.
         * @memberof meshbackup
         * @classdesc Represents a TaskSpec.
         * @constructor
         * @param {meshbackup.TaskSpec.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TaskSpec = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TaskSpec taskId.
         * @member {string} taskId
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.taskId = "";

        /**
         * TaskSpec sessionId.
         * @member {string} sessionId
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.sessionId = "";

        /**
         * TaskSpec job.
         * @member {string} job
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.job = "";

        /**
         * TaskSpec host.
         * @member {meshbackup.HostSpec.$Properties|null|undefined} host
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.host = null;

        /**
         * TaskSpec vm.
         * @member {string} vm
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.vm = "";

        /**
         * TaskSpec disk.
         * @member {number} disk
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.disk = 0;

        /**
         * TaskSpec diskName.
         * @member {string} diskName
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.diskName = "";

        /**
         * TaskSpec size.
         * @member {number} size
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskSpec source.
         * @member {string} source
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.source = "";

        /**
         * TaskSpec blockSize.
         * @member {number} blockSize
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.blockSize = 0;

        /**
         * TaskSpec compression.
         * @member {string} compression
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.compression = "";

        /**
         * TaskSpec compressionLevel.
         * @member {number} compressionLevel
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.compressionLevel = 0;

        /**
         * TaskSpec rateLimitBps.
         * @member {number} rateLimitBps
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.rateLimitBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskSpec repository.
         * @member {string} repository
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.repository = "";

        /**
         * TaskSpec basePoint.
         * @member {string} basePoint
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.basePoint = "";

        /**
         * TaskSpec mode.
         * @member {string} mode
         * @memberof meshbackup.TaskSpec
         * @instance
         */
        TaskSpec.prototype.mode = "";

        /**
         * Creates a new TaskSpec instance using the specified properties.
         * @function create
         * @memberof meshbackup.TaskSpec
         * @static
         * @param {meshbackup.TaskSpec.$Properties=} [properties] Properties to set
         * @returns {meshbackup.TaskSpec} TaskSpec instance
         * @type {{
         *   (properties: meshbackup.TaskSpec.$Shape): meshbackup.TaskSpec & meshbackup.TaskSpec.$Shape;
         *   (properties?: meshbackup.TaskSpec.$Properties): meshbackup.TaskSpec;
         * }}
         */
        TaskSpec.create = function(properties) {
            return new TaskSpec(properties);
        };

        /**
         * Encodes the specified TaskSpec message. Does not implicitly {@link meshbackup.TaskSpec.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.TaskSpec
         * @static
         * @param {meshbackup.TaskSpec.$Properties} message TaskSpec message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskSpec.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.sessionId);
            if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.job);
            if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                $root.meshbackup.HostSpec.encode(message.host, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.vm);
            if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.disk);
            if (message.diskName != null && $Object.hasOwnProperty.call(message, "diskName") && message.diskName !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.diskName);
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.size);
            if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.source);
            if (message.blockSize != null && $Object.hasOwnProperty.call(message, "blockSize") && message.blockSize !== 0)
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.blockSize);
            if (message.compression != null && $Object.hasOwnProperty.call(message, "compression") && message.compression !== "")
                writer.uint32(/* id 11, wireType 2 =*/90).string(message.compression);
            if (message.compressionLevel != null && $Object.hasOwnProperty.call(message, "compressionLevel") && message.compressionLevel !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).int32(message.compressionLevel);
            if (message.rateLimitBps != null && $Object.hasOwnProperty.call(message, "rateLimitBps") && (typeof message.rateLimitBps === "object" ? message.rateLimitBps.low || message.rateLimitBps.high : message.rateLimitBps !== 0))
                writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.rateLimitBps);
            if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
                writer.uint32(/* id 14, wireType 2 =*/114).string(message.repository);
            if (message.basePoint != null && $Object.hasOwnProperty.call(message, "basePoint") && message.basePoint !== "")
                writer.uint32(/* id 15, wireType 2 =*/122).string(message.basePoint);
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                writer.uint32(/* id 16, wireType 2 =*/130).string(message.mode);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TaskSpec message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.TaskSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.TaskSpec & meshbackup.TaskSpec.$Shape} TaskSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TaskSpec.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.TaskSpec();
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
                            message.sessionId = value;
                        else
                            delete message.sessionId;
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
                        message.host = $root.meshbackup.HostSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.host);
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
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.disk = value;
                        else
                            delete message.disk;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.diskName = value;
                        else
                            delete message.diskName;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.size = value;
                        else
                            delete message.size;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.source = value;
                        else
                            delete message.source;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.blockSize = value;
                        else
                            delete message.blockSize;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.compression = value;
                        else
                            delete message.compression;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.compressionLevel = value;
                        else
                            delete message.compressionLevel;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.rateLimitBps = value;
                        else
                            delete message.rateLimitBps;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.repository = value;
                        else
                            delete message.repository;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.basePoint = value;
                        else
                            delete message.basePoint;
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.mode = value;
                        else
                            delete message.mode;
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

        return TaskSpec;
    })();

    meshbackup.PlaceTask = (function() {

        /**
         * Properties of a PlaceTask.
         * @typedef {Object} meshbackup.PlaceTask.$Properties
         * @property {meshbackup.TaskSpec.$Properties|null} [task] PlaceTask task
         * @property {string|null} [replyTo] PlaceTask replyTo
         * @property {Array.<string>|null} [avoidProxies] PlaceTask avoidProxies
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlaceTask.
         * @memberof meshbackup
         * @interface IPlaceTask
         * @augments meshbackup.PlaceTask.$Properties
         * @deprecated Use meshbackup.PlaceTask.$Properties instead.
         */

        /**
         * Shape of a PlaceTask.
         * @typedef {meshbackup.PlaceTask.$Properties} meshbackup.PlaceTask.$Shape
         */

        /**
         * Constructs a new PlaceTask.
         * @memberof meshbackup
         * @classdesc Represents a PlaceTask.
         * @constructor
         * @param {meshbackup.PlaceTask.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlaceTask = function (properties) {
            this.avoidProxies = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PlaceTask task.
         * @member {meshbackup.TaskSpec.$Properties|null|undefined} task
         * @memberof meshbackup.PlaceTask
         * @instance
         */
        PlaceTask.prototype.task = null;

        /**
         * PlaceTask replyTo.
         * @member {string} replyTo
         * @memberof meshbackup.PlaceTask
         * @instance
         */
        PlaceTask.prototype.replyTo = "";

        /**
         * PlaceTask avoidProxies.
         * @member {Array.<string>} avoidProxies
         * @memberof meshbackup.PlaceTask
         * @instance
         */
        PlaceTask.prototype.avoidProxies = $util.emptyArray;

        /**
         * Creates a new PlaceTask instance using the specified properties.
         * @function create
         * @memberof meshbackup.PlaceTask
         * @static
         * @param {meshbackup.PlaceTask.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PlaceTask} PlaceTask instance
         * @type {{
         *   (properties: meshbackup.PlaceTask.$Shape): meshbackup.PlaceTask & meshbackup.PlaceTask.$Shape;
         *   (properties?: meshbackup.PlaceTask.$Properties): meshbackup.PlaceTask;
         * }}
         */
        PlaceTask.create = function(properties) {
            return new PlaceTask(properties);
        };

        /**
         * Encodes the specified PlaceTask message. Does not implicitly {@link meshbackup.PlaceTask.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PlaceTask
         * @static
         * @param {meshbackup.PlaceTask.$Properties} message PlaceTask message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlaceTask.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                $root.meshbackup.TaskSpec.encode(message.task, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && message.replyTo !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.replyTo);
            if (message.avoidProxies != null && message.avoidProxies.length)
                for (let i = 0; i < message.avoidProxies.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.avoidProxies[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PlaceTask message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PlaceTask
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PlaceTask & meshbackup.PlaceTask.$Shape} PlaceTask
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlaceTask.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PlaceTask();
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
                        message.task = $root.meshbackup.TaskSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.replyTo = value;
                        else
                            delete message.replyTo;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.avoidProxies && message.avoidProxies.length))
                            message.avoidProxies = [];
                        message.avoidProxies.push(reader.stringVerify());
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

        return PlaceTask;
    })();

    meshbackup.TaskPlaced = (function() {

        /**
         * Properties of a TaskPlaced.
         * @typedef {Object} meshbackup.TaskPlaced.$Properties
         * @property {string|null} [taskId] TaskPlaced taskId
         * @property {string|null} [proxyPeer] TaskPlaced proxyPeer
         * @property {string|null} [proxyLease] TaskPlaced proxyLease
         * @property {string|null} [repositoryPeer] TaskPlaced repositoryPeer
         * @property {string|null} [repositoryLease] TaskPlaced repositoryLease
         * @property {string|null} [mode] TaskPlaced mode
         * @property {number|null} [waitedMs] TaskPlaced waitedMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskPlaced.
         * @memberof meshbackup
         * @interface ITaskPlaced
         * @augments meshbackup.TaskPlaced.$Properties
         * @deprecated Use meshbackup.TaskPlaced.$Properties instead.
         */

        /**
         * Shape of a TaskPlaced.
         * @typedef {meshbackup.TaskPlaced.$Properties} meshbackup.TaskPlaced.$Shape
         */

        /**
         * Constructs a new TaskPlaced.
         * @memberof meshbackup
         * @classdesc Represents a TaskPlaced.
         * @constructor
         * @param {meshbackup.TaskPlaced.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TaskPlaced = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TaskPlaced taskId.
         * @member {string} taskId
         * @memberof meshbackup.TaskPlaced
         * @instance
         */
        TaskPlaced.prototype.taskId = "";

        /**
         * TaskPlaced proxyPeer.
         * @member {string} proxyPeer
         * @memberof meshbackup.TaskPlaced
         * @instance
         */
        TaskPlaced.prototype.proxyPeer = "";

        /**
         * TaskPlaced proxyLease.
         * @member {string} proxyLease
         * @memberof meshbackup.TaskPlaced
         * @instance
         */
        TaskPlaced.prototype.proxyLease = "";

        /**
         * TaskPlaced repositoryPeer.
         * @member {string} repositoryPeer
         * @memberof meshbackup.TaskPlaced
         * @instance
         */
        TaskPlaced.prototype.repositoryPeer = "";

        /**
         * TaskPlaced repositoryLease.
         * @member {string} repositoryLease
         * @memberof meshbackup.TaskPlaced
         * @instance
         */
        TaskPlaced.prototype.repositoryLease = "";

        /**
         * TaskPlaced mode.
         * @member {string} mode
         * @memberof meshbackup.TaskPlaced
         * @instance
         */
        TaskPlaced.prototype.mode = "";

        /**
         * TaskPlaced waitedMs.
         * @member {number} waitedMs
         * @memberof meshbackup.TaskPlaced
         * @instance
         */
        TaskPlaced.prototype.waitedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TaskPlaced instance using the specified properties.
         * @function create
         * @memberof meshbackup.TaskPlaced
         * @static
         * @param {meshbackup.TaskPlaced.$Properties=} [properties] Properties to set
         * @returns {meshbackup.TaskPlaced} TaskPlaced instance
         * @type {{
         *   (properties: meshbackup.TaskPlaced.$Shape): meshbackup.TaskPlaced & meshbackup.TaskPlaced.$Shape;
         *   (properties?: meshbackup.TaskPlaced.$Properties): meshbackup.TaskPlaced;
         * }}
         */
        TaskPlaced.create = function(properties) {
            return new TaskPlaced(properties);
        };

        /**
         * Encodes the specified TaskPlaced message. Does not implicitly {@link meshbackup.TaskPlaced.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.TaskPlaced
         * @static
         * @param {meshbackup.TaskPlaced.$Properties} message TaskPlaced message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskPlaced.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
            if (message.proxyPeer != null && $Object.hasOwnProperty.call(message, "proxyPeer") && message.proxyPeer !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.proxyPeer);
            if (message.proxyLease != null && $Object.hasOwnProperty.call(message, "proxyLease") && message.proxyLease !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.proxyLease);
            if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer") && message.repositoryPeer !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.repositoryPeer);
            if (message.repositoryLease != null && $Object.hasOwnProperty.call(message, "repositoryLease") && message.repositoryLease !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.repositoryLease);
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.mode);
            if (message.waitedMs != null && $Object.hasOwnProperty.call(message, "waitedMs") && (typeof message.waitedMs === "object" ? message.waitedMs.low || message.waitedMs.high : message.waitedMs !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.waitedMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TaskPlaced message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.TaskPlaced
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.TaskPlaced & meshbackup.TaskPlaced.$Shape} TaskPlaced
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TaskPlaced.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.TaskPlaced();
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
                            message.proxyPeer = value;
                        else
                            delete message.proxyPeer;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.proxyLease = value;
                        else
                            delete message.proxyLease;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.repositoryPeer = value;
                        else
                            delete message.repositoryPeer;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.repositoryLease = value;
                        else
                            delete message.repositoryLease;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.mode = value;
                        else
                            delete message.mode;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.waitedMs = value;
                        else
                            delete message.waitedMs;
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

        return TaskPlaced;
    })();

    meshbackup.PlacementFailed = (function() {

        /**
         * Properties of a PlacementFailed.
         * @typedef {Object} meshbackup.PlacementFailed.$Properties
         * @property {string|null} [taskId] PlacementFailed taskId
         * @property {string|null} [reason] PlacementFailed reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlacementFailed.
         * @memberof meshbackup
         * @interface IPlacementFailed
         * @augments meshbackup.PlacementFailed.$Properties
         * @deprecated Use meshbackup.PlacementFailed.$Properties instead.
         */

        /**
         * Shape of a PlacementFailed.
         * @typedef {meshbackup.PlacementFailed.$Properties} meshbackup.PlacementFailed.$Shape
         */

        /**
         * Constructs a new PlacementFailed.
         * @memberof meshbackup
         * @classdesc Represents a PlacementFailed.
         * @constructor
         * @param {meshbackup.PlacementFailed.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlacementFailed = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PlacementFailed taskId.
         * @member {string} taskId
         * @memberof meshbackup.PlacementFailed
         * @instance
         */
        PlacementFailed.prototype.taskId = "";

        /**
         * PlacementFailed reason.
         * @member {string} reason
         * @memberof meshbackup.PlacementFailed
         * @instance
         */
        PlacementFailed.prototype.reason = "";

        /**
         * Creates a new PlacementFailed instance using the specified properties.
         * @function create
         * @memberof meshbackup.PlacementFailed
         * @static
         * @param {meshbackup.PlacementFailed.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PlacementFailed} PlacementFailed instance
         * @type {{
         *   (properties: meshbackup.PlacementFailed.$Shape): meshbackup.PlacementFailed & meshbackup.PlacementFailed.$Shape;
         *   (properties?: meshbackup.PlacementFailed.$Properties): meshbackup.PlacementFailed;
         * }}
         */
        PlacementFailed.create = function(properties) {
            return new PlacementFailed(properties);
        };

        /**
         * Encodes the specified PlacementFailed message. Does not implicitly {@link meshbackup.PlacementFailed.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PlacementFailed
         * @static
         * @param {meshbackup.PlacementFailed.$Properties} message PlacementFailed message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlacementFailed.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PlacementFailed message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PlacementFailed
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PlacementFailed & meshbackup.PlacementFailed.$Shape} PlacementFailed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlacementFailed.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PlacementFailed();
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
                            message.reason = value;
                        else
                            delete message.reason;
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

        return PlacementFailed;
    })();

    meshbackup.CancelPlacement = (function() {

        /**
         * Properties of a CancelPlacement.
         * @typedef {Object} meshbackup.CancelPlacement.$Properties
         * @property {string|null} [sessionId] CancelPlacement sessionId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CancelPlacement.
         * @memberof meshbackup
         * @interface ICancelPlacement
         * @augments meshbackup.CancelPlacement.$Properties
         * @deprecated Use meshbackup.CancelPlacement.$Properties instead.
         */

        /**
         * Shape of a CancelPlacement.
         * @typedef {meshbackup.CancelPlacement.$Properties} meshbackup.CancelPlacement.$Shape
         */

        /**
         * Constructs a new CancelPlacement.
         * @memberof meshbackup
         * @classdesc Represents a CancelPlacement.
         * @constructor
         * @param {meshbackup.CancelPlacement.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CancelPlacement = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CancelPlacement sessionId.
         * @member {string} sessionId
         * @memberof meshbackup.CancelPlacement
         * @instance
         */
        CancelPlacement.prototype.sessionId = "";

        /**
         * Creates a new CancelPlacement instance using the specified properties.
         * @function create
         * @memberof meshbackup.CancelPlacement
         * @static
         * @param {meshbackup.CancelPlacement.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CancelPlacement} CancelPlacement instance
         * @type {{
         *   (properties: meshbackup.CancelPlacement.$Shape): meshbackup.CancelPlacement & meshbackup.CancelPlacement.$Shape;
         *   (properties?: meshbackup.CancelPlacement.$Properties): meshbackup.CancelPlacement;
         * }}
         */
        CancelPlacement.create = function(properties) {
            return new CancelPlacement(properties);
        };

        /**
         * Encodes the specified CancelPlacement message. Does not implicitly {@link meshbackup.CancelPlacement.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CancelPlacement
         * @static
         * @param {meshbackup.CancelPlacement.$Properties} message CancelPlacement message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CancelPlacement.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CancelPlacement message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CancelPlacement
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.CancelPlacement & meshbackup.CancelPlacement.$Shape} CancelPlacement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CancelPlacement.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.CancelPlacement();
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
                            message.sessionId = value;
                        else
                            delete message.sessionId;
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

        return CancelPlacement;
    })();

    meshbackup.TaskAssignment = (function() {

        /**
         * Properties of a TaskAssignment.
         * @typedef {Object} meshbackup.TaskAssignment.$Properties
         * @property {meshbackup.TaskSpec.$Properties|null} [task] TaskAssignment task
         * @property {string|null} [proxyLease] TaskAssignment proxyLease
         * @property {string|null} [repositoryPeer] TaskAssignment repositoryPeer
         * @property {string|null} [repositoryLease] TaskAssignment repositoryLease
         * @property {string|null} [reportTo] TaskAssignment reportTo
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskAssignment.
         * @memberof meshbackup
         * @interface ITaskAssignment
         * @augments meshbackup.TaskAssignment.$Properties
         * @deprecated Use meshbackup.TaskAssignment.$Properties instead.
         */

        /**
         * Shape of a TaskAssignment.
         * @typedef {meshbackup.TaskAssignment.$Properties} meshbackup.TaskAssignment.$Shape
         */

        /**
         * Constructs a new TaskAssignment.
         * @memberof meshbackup
         * @classdesc Represents a TaskAssignment.
         * @constructor
         * @param {meshbackup.TaskAssignment.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TaskAssignment = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TaskAssignment task.
         * @member {meshbackup.TaskSpec.$Properties|null|undefined} task
         * @memberof meshbackup.TaskAssignment
         * @instance
         */
        TaskAssignment.prototype.task = null;

        /**
         * TaskAssignment proxyLease.
         * @member {string} proxyLease
         * @memberof meshbackup.TaskAssignment
         * @instance
         */
        TaskAssignment.prototype.proxyLease = "";

        /**
         * TaskAssignment repositoryPeer.
         * @member {string} repositoryPeer
         * @memberof meshbackup.TaskAssignment
         * @instance
         */
        TaskAssignment.prototype.repositoryPeer = "";

        /**
         * TaskAssignment repositoryLease.
         * @member {string} repositoryLease
         * @memberof meshbackup.TaskAssignment
         * @instance
         */
        TaskAssignment.prototype.repositoryLease = "";

        /**
         * TaskAssignment reportTo.
         * @member {string} reportTo
         * @memberof meshbackup.TaskAssignment
         * @instance
         */
        TaskAssignment.prototype.reportTo = "";

        /**
         * Creates a new TaskAssignment instance using the specified properties.
         * @function create
         * @memberof meshbackup.TaskAssignment
         * @static
         * @param {meshbackup.TaskAssignment.$Properties=} [properties] Properties to set
         * @returns {meshbackup.TaskAssignment} TaskAssignment instance
         * @type {{
         *   (properties: meshbackup.TaskAssignment.$Shape): meshbackup.TaskAssignment & meshbackup.TaskAssignment.$Shape;
         *   (properties?: meshbackup.TaskAssignment.$Properties): meshbackup.TaskAssignment;
         * }}
         */
        TaskAssignment.create = function(properties) {
            return new TaskAssignment(properties);
        };

        /**
         * Encodes the specified TaskAssignment message. Does not implicitly {@link meshbackup.TaskAssignment.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.TaskAssignment
         * @static
         * @param {meshbackup.TaskAssignment.$Properties} message TaskAssignment message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskAssignment.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                $root.meshbackup.TaskSpec.encode(message.task, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.proxyLease != null && $Object.hasOwnProperty.call(message, "proxyLease") && message.proxyLease !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.proxyLease);
            if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer") && message.repositoryPeer !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.repositoryPeer);
            if (message.repositoryLease != null && $Object.hasOwnProperty.call(message, "repositoryLease") && message.repositoryLease !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.repositoryLease);
            if (message.reportTo != null && $Object.hasOwnProperty.call(message, "reportTo") && message.reportTo !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.reportTo);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TaskAssignment message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.TaskAssignment
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.TaskAssignment & meshbackup.TaskAssignment.$Shape} TaskAssignment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TaskAssignment.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.TaskAssignment();
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
                        message.task = $root.meshbackup.TaskSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.proxyLease = value;
                        else
                            delete message.proxyLease;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.repositoryPeer = value;
                        else
                            delete message.repositoryPeer;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.repositoryLease = value;
                        else
                            delete message.repositoryLease;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reportTo = value;
                        else
                            delete message.reportTo;
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

        return TaskAssignment;
    })();

    meshbackup.TaskStats = (function() {

        /**
         * Properties of a TaskStats.
         * @typedef {Object} meshbackup.TaskStats.$Properties
         * @property {number|null} [bytesRead] TaskStats bytesRead
         * @property {number|null} [bytesSent] TaskStats bytesSent
         * @property {number|null} [bytesStored] TaskStats bytesStored
         * @property {number|null} [blocksTotal] TaskStats blocksTotal
         * @property {number|null} [blocksZero] TaskStats blocksZero
         * @property {number|null} [blocksUnchanged] TaskStats blocksUnchanged
         * @property {number|null} [blocksSent] TaskStats blocksSent
         * @property {number|null} [blocksDeduped] TaskStats blocksDeduped
         * @property {number|null} [rawBytesSent] TaskStats rawBytesSent
         * @property {number|null} [durationMs] TaskStats durationMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskStats.
         * @memberof meshbackup
         * @interface ITaskStats
         * @augments meshbackup.TaskStats.$Properties
         * @deprecated Use meshbackup.TaskStats.$Properties instead.
         */

        /**
         * Shape of a TaskStats.
         * @typedef {meshbackup.TaskStats.$Properties} meshbackup.TaskStats.$Shape
         */

        /**
         * Constructs a new TaskStats.
         * @memberof meshbackup
         * @classdesc Represents a TaskStats.
         * @constructor
         * @param {meshbackup.TaskStats.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TaskStats = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TaskStats bytesRead.
         * @member {number} bytesRead
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.bytesRead = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskStats bytesSent.
         * @member {number} bytesSent
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.bytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskStats bytesStored.
         * @member {number} bytesStored
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.bytesStored = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskStats blocksTotal.
         * @member {number} blocksTotal
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.blocksTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskStats blocksZero.
         * @member {number} blocksZero
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.blocksZero = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskStats blocksUnchanged.
         * @member {number} blocksUnchanged
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.blocksUnchanged = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskStats blocksSent.
         * @member {number} blocksSent
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.blocksSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskStats blocksDeduped.
         * @member {number} blocksDeduped
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.blocksDeduped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskStats rawBytesSent.
         * @member {number} rawBytesSent
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.rawBytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskStats durationMs.
         * @member {number} durationMs
         * @memberof meshbackup.TaskStats
         * @instance
         */
        TaskStats.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TaskStats instance using the specified properties.
         * @function create
         * @memberof meshbackup.TaskStats
         * @static
         * @param {meshbackup.TaskStats.$Properties=} [properties] Properties to set
         * @returns {meshbackup.TaskStats} TaskStats instance
         * @type {{
         *   (properties: meshbackup.TaskStats.$Shape): meshbackup.TaskStats & meshbackup.TaskStats.$Shape;
         *   (properties?: meshbackup.TaskStats.$Properties): meshbackup.TaskStats;
         * }}
         */
        TaskStats.create = function(properties) {
            return new TaskStats(properties);
        };

        /**
         * Encodes the specified TaskStats message. Does not implicitly {@link meshbackup.TaskStats.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.TaskStats
         * @static
         * @param {meshbackup.TaskStats.$Properties} message TaskStats message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskStats.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.bytesRead != null && $Object.hasOwnProperty.call(message, "bytesRead") && (typeof message.bytesRead === "object" ? message.bytesRead.low || message.bytesRead.high : message.bytesRead !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.bytesRead);
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent") && (typeof message.bytesSent === "object" ? message.bytesSent.low || message.bytesSent.high : message.bytesSent !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bytesSent);
            if (message.bytesStored != null && $Object.hasOwnProperty.call(message, "bytesStored") && (typeof message.bytesStored === "object" ? message.bytesStored.low || message.bytesStored.high : message.bytesStored !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytesStored);
            if (message.blocksTotal != null && $Object.hasOwnProperty.call(message, "blocksTotal") && (typeof message.blocksTotal === "object" ? message.blocksTotal.low || message.blocksTotal.high : message.blocksTotal !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.blocksTotal);
            if (message.blocksZero != null && $Object.hasOwnProperty.call(message, "blocksZero") && (typeof message.blocksZero === "object" ? message.blocksZero.low || message.blocksZero.high : message.blocksZero !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.blocksZero);
            if (message.blocksUnchanged != null && $Object.hasOwnProperty.call(message, "blocksUnchanged") && (typeof message.blocksUnchanged === "object" ? message.blocksUnchanged.low || message.blocksUnchanged.high : message.blocksUnchanged !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.blocksUnchanged);
            if (message.blocksSent != null && $Object.hasOwnProperty.call(message, "blocksSent") && (typeof message.blocksSent === "object" ? message.blocksSent.low || message.blocksSent.high : message.blocksSent !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.blocksSent);
            if (message.blocksDeduped != null && $Object.hasOwnProperty.call(message, "blocksDeduped") && (typeof message.blocksDeduped === "object" ? message.blocksDeduped.low || message.blocksDeduped.high : message.blocksDeduped !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.blocksDeduped);
            if (message.rawBytesSent != null && $Object.hasOwnProperty.call(message, "rawBytesSent") && (typeof message.rawBytesSent === "object" ? message.rawBytesSent.low || message.rawBytesSent.high : message.rawBytesSent !== 0))
                writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.rawBytesSent);
            if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.durationMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TaskStats message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.TaskStats
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.TaskStats & meshbackup.TaskStats.$Shape} TaskStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return TaskStats;
    })();

    meshbackup.TaskProgress = (function() {

        /**
         * Properties of a TaskProgress.
         * @typedef {Object} meshbackup.TaskProgress.$Properties
         * @property {string|null} [taskId] TaskProgress taskId
         * @property {meshbackup.TaskStats.$Properties|null} [stats] TaskProgress stats
         * @property {number|null} [blocksDone] TaskProgress blocksDone
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskProgress.
         * @memberof meshbackup
         * @interface ITaskProgress
         * @augments meshbackup.TaskProgress.$Properties
         * @deprecated Use meshbackup.TaskProgress.$Properties instead.
         */

        /**
         * Shape of a TaskProgress.
         * @typedef {meshbackup.TaskProgress.$Properties} meshbackup.TaskProgress.$Shape
         */

        /**
         * Constructs a new TaskProgress.
         * @memberof meshbackup
         * @classdesc Represents a TaskProgress.
         * @constructor
         * @param {meshbackup.TaskProgress.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TaskProgress = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TaskProgress taskId.
         * @member {string} taskId
         * @memberof meshbackup.TaskProgress
         * @instance
         */
        TaskProgress.prototype.taskId = "";

        /**
         * TaskProgress stats.
         * @member {meshbackup.TaskStats.$Properties|null|undefined} stats
         * @memberof meshbackup.TaskProgress
         * @instance
         */
        TaskProgress.prototype.stats = null;

        /**
         * TaskProgress blocksDone.
         * @member {number} blocksDone
         * @memberof meshbackup.TaskProgress
         * @instance
         */
        TaskProgress.prototype.blocksDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TaskProgress instance using the specified properties.
         * @function create
         * @memberof meshbackup.TaskProgress
         * @static
         * @param {meshbackup.TaskProgress.$Properties=} [properties] Properties to set
         * @returns {meshbackup.TaskProgress} TaskProgress instance
         * @type {{
         *   (properties: meshbackup.TaskProgress.$Shape): meshbackup.TaskProgress & meshbackup.TaskProgress.$Shape;
         *   (properties?: meshbackup.TaskProgress.$Properties): meshbackup.TaskProgress;
         * }}
         */
        TaskProgress.create = function(properties) {
            return new TaskProgress(properties);
        };

        /**
         * Encodes the specified TaskProgress message. Does not implicitly {@link meshbackup.TaskProgress.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.TaskProgress
         * @static
         * @param {meshbackup.TaskProgress.$Properties} message TaskProgress message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskProgress.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
            if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                $root.meshbackup.TaskStats.encode(message.stats, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.blocksDone != null && $Object.hasOwnProperty.call(message, "blocksDone") && (typeof message.blocksDone === "object" ? message.blocksDone.low || message.blocksDone.high : message.blocksDone !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.blocksDone);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TaskProgress message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.TaskProgress
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.TaskProgress & meshbackup.TaskProgress.$Shape} TaskProgress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TaskProgress.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.TaskProgress();
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
                        message.stats = $root.meshbackup.TaskStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.blocksDone = value;
                        else
                            delete message.blocksDone;
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

        return TaskProgress;
    })();

    meshbackup.TaskResult = (function() {

        /**
         * Properties of a TaskResult.
         * @typedef {Object} meshbackup.TaskResult.$Properties
         * @property {string|null} [taskId] TaskResult taskId
         * @property {boolean|null} [ok] TaskResult ok
         * @property {string|null} [error] TaskResult error
         * @property {Array.<string>|null} [warnings] TaskResult warnings
         * @property {meshbackup.TaskStats.$Properties|null} [stats] TaskResult stats
         * @property {string|null} [stagedId] TaskResult stagedId
         * @property {string|null} [proxyPeer] TaskResult proxyPeer
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskResult.
         * @memberof meshbackup
         * @interface ITaskResult
         * @augments meshbackup.TaskResult.$Properties
         * @deprecated Use meshbackup.TaskResult.$Properties instead.
         */

        /**
         * Shape of a TaskResult.
         * @typedef {meshbackup.TaskResult.$Properties} meshbackup.TaskResult.$Shape
         */

        /**
         * Constructs a new TaskResult.
         * @memberof meshbackup
         * @classdesc Represents a TaskResult.
         * @constructor
         * @param {meshbackup.TaskResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TaskResult = function (properties) {
            this.warnings = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TaskResult taskId.
         * @member {string} taskId
         * @memberof meshbackup.TaskResult
         * @instance
         */
        TaskResult.prototype.taskId = "";

        /**
         * TaskResult ok.
         * @member {boolean} ok
         * @memberof meshbackup.TaskResult
         * @instance
         */
        TaskResult.prototype.ok = false;

        /**
         * TaskResult error.
         * @member {string} error
         * @memberof meshbackup.TaskResult
         * @instance
         */
        TaskResult.prototype.error = "";

        /**
         * TaskResult warnings.
         * @member {Array.<string>} warnings
         * @memberof meshbackup.TaskResult
         * @instance
         */
        TaskResult.prototype.warnings = $util.emptyArray;

        /**
         * TaskResult stats.
         * @member {meshbackup.TaskStats.$Properties|null|undefined} stats
         * @memberof meshbackup.TaskResult
         * @instance
         */
        TaskResult.prototype.stats = null;

        /**
         * TaskResult stagedId.
         * @member {string} stagedId
         * @memberof meshbackup.TaskResult
         * @instance
         */
        TaskResult.prototype.stagedId = "";

        /**
         * TaskResult proxyPeer.
         * @member {string} proxyPeer
         * @memberof meshbackup.TaskResult
         * @instance
         */
        TaskResult.prototype.proxyPeer = "";

        /**
         * Creates a new TaskResult instance using the specified properties.
         * @function create
         * @memberof meshbackup.TaskResult
         * @static
         * @param {meshbackup.TaskResult.$Properties=} [properties] Properties to set
         * @returns {meshbackup.TaskResult} TaskResult instance
         * @type {{
         *   (properties: meshbackup.TaskResult.$Shape): meshbackup.TaskResult & meshbackup.TaskResult.$Shape;
         *   (properties?: meshbackup.TaskResult.$Properties): meshbackup.TaskResult;
         * }}
         */
        TaskResult.create = function(properties) {
            return new TaskResult(properties);
        };

        /**
         * Encodes the specified TaskResult message. Does not implicitly {@link meshbackup.TaskResult.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.TaskResult
         * @static
         * @param {meshbackup.TaskResult.$Properties} message TaskResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
            if (message.warnings != null && message.warnings.length)
                for (let i = 0; i < message.warnings.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.warnings[i]);
            if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                $root.meshbackup.TaskStats.encode(message.stats, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.stagedId != null && $Object.hasOwnProperty.call(message, "stagedId") && message.stagedId !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.stagedId);
            if (message.proxyPeer != null && $Object.hasOwnProperty.call(message, "proxyPeer") && message.proxyPeer !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.proxyPeer);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TaskResult message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.TaskResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.TaskResult & meshbackup.TaskResult.$Shape} TaskResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TaskResult.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.TaskResult();
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
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.ok = value;
                        else
                            delete message.ok;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.warnings && message.warnings.length))
                            message.warnings = [];
                        message.warnings.push(reader.stringVerify());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.stats = $root.meshbackup.TaskStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.stagedId = value;
                        else
                            delete message.stagedId;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.proxyPeer = value;
                        else
                            delete message.proxyPeer;
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

        return TaskResult;
    })();

    meshbackup.HostSpec = (function() {

        /**
         * Properties of a HostSpec.
         * @typedef {Object} meshbackup.HostSpec.$Properties
         * @property {string|null} [name] HostSpec name
         * @property {string|null} [type] HostSpec type
         * @property {string|null} [path] HostSpec path
         * @property {string|null} [qmp] HostSpec qmp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HostSpec.
         * @memberof meshbackup
         * @interface IHostSpec
         * @augments meshbackup.HostSpec.$Properties
         * @deprecated Use meshbackup.HostSpec.$Properties instead.
         */

        /**
         * Shape of a HostSpec.
         * @typedef {meshbackup.HostSpec.$Properties} meshbackup.HostSpec.$Shape
         */

        /**
         * Constructs a new HostSpec.
         * @memberof meshbackup
         * @classdesc Represents a HostSpec.
         * @constructor
         * @param {meshbackup.HostSpec.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HostSpec = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HostSpec name.
         * @member {string} name
         * @memberof meshbackup.HostSpec
         * @instance
         */
        HostSpec.prototype.name = "";

        /**
         * HostSpec type.
         * @member {string} type
         * @memberof meshbackup.HostSpec
         * @instance
         */
        HostSpec.prototype.type = "";

        /**
         * HostSpec path.
         * @member {string} path
         * @memberof meshbackup.HostSpec
         * @instance
         */
        HostSpec.prototype.path = "";

        /**
         * HostSpec qmp.
         * @member {string} qmp
         * @memberof meshbackup.HostSpec
         * @instance
         */
        HostSpec.prototype.qmp = "";

        /**
         * Creates a new HostSpec instance using the specified properties.
         * @function create
         * @memberof meshbackup.HostSpec
         * @static
         * @param {meshbackup.HostSpec.$Properties=} [properties] Properties to set
         * @returns {meshbackup.HostSpec} HostSpec instance
         * @type {{
         *   (properties: meshbackup.HostSpec.$Shape): meshbackup.HostSpec & meshbackup.HostSpec.$Shape;
         *   (properties?: meshbackup.HostSpec.$Properties): meshbackup.HostSpec;
         * }}
         */
        HostSpec.create = function(properties) {
            return new HostSpec(properties);
        };

        /**
         * Encodes the specified HostSpec message. Does not implicitly {@link meshbackup.HostSpec.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.HostSpec
         * @static
         * @param {meshbackup.HostSpec.$Properties} message HostSpec message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HostSpec.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
            if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.path);
            if (message.qmp != null && $Object.hasOwnProperty.call(message, "qmp") && message.qmp !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.qmp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HostSpec message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.HostSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.HostSpec & meshbackup.HostSpec.$Shape} HostSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return HostSpec;
    })();

    meshbackup.HostInventoryRequest = (function() {

        /**
         * Properties of a HostInventoryRequest.
         * @typedef {Object} meshbackup.HostInventoryRequest.$Properties
         * @property {meshbackup.HostSpec.$Properties|null} [host] HostInventoryRequest host
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HostInventoryRequest.
         * @memberof meshbackup
         * @interface IHostInventoryRequest
         * @augments meshbackup.HostInventoryRequest.$Properties
         * @deprecated Use meshbackup.HostInventoryRequest.$Properties instead.
         */

        /**
         * Shape of a HostInventoryRequest.
         * @typedef {meshbackup.HostInventoryRequest.$Properties} meshbackup.HostInventoryRequest.$Shape
         */

        /**
         * Constructs a new HostInventoryRequest.
         * @memberof meshbackup
         * @classdesc Represents a HostInventoryRequest.
         * @constructor
         * @param {meshbackup.HostInventoryRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HostInventoryRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HostInventoryRequest host.
         * @member {meshbackup.HostSpec.$Properties|null|undefined} host
         * @memberof meshbackup.HostInventoryRequest
         * @instance
         */
        HostInventoryRequest.prototype.host = null;

        /**
         * Creates a new HostInventoryRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.HostInventoryRequest
         * @static
         * @param {meshbackup.HostInventoryRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.HostInventoryRequest} HostInventoryRequest instance
         * @type {{
         *   (properties: meshbackup.HostInventoryRequest.$Shape): meshbackup.HostInventoryRequest & meshbackup.HostInventoryRequest.$Shape;
         *   (properties?: meshbackup.HostInventoryRequest.$Properties): meshbackup.HostInventoryRequest;
         * }}
         */
        HostInventoryRequest.create = function(properties) {
            return new HostInventoryRequest(properties);
        };

        /**
         * Encodes the specified HostInventoryRequest message. Does not implicitly {@link meshbackup.HostInventoryRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.HostInventoryRequest
         * @static
         * @param {meshbackup.HostInventoryRequest.$Properties} message HostInventoryRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HostInventoryRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                $root.meshbackup.HostSpec.encode(message.host, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HostInventoryRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.HostInventoryRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.HostInventoryRequest & meshbackup.HostInventoryRequest.$Shape} HostInventoryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HostInventoryRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.HostInventoryRequest();
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

        return HostInventoryRequest;
    })();

    meshbackup.HostInventory = (function() {

        /**
         * Properties of a HostInventory.
         * @typedef {Object} meshbackup.HostInventory.$Properties
         * @property {Array.<meshbackup.VmInfo.$Properties>|null} [vms] HostInventory vms
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HostInventory.
         * @memberof meshbackup
         * @interface IHostInventory
         * @augments meshbackup.HostInventory.$Properties
         * @deprecated Use meshbackup.HostInventory.$Properties instead.
         */

        /**
         * Shape of a HostInventory.
         * @typedef {meshbackup.HostInventory.$Properties} meshbackup.HostInventory.$Shape
         */

        /**
         * Constructs a new HostInventory.
         * @memberof meshbackup
         * @classdesc Represents a HostInventory.
         * @constructor
         * @param {meshbackup.HostInventory.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HostInventory = function (properties) {
            this.vms = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HostInventory vms.
         * @member {Array.<meshbackup.VmInfo.$Properties>} vms
         * @memberof meshbackup.HostInventory
         * @instance
         */
        HostInventory.prototype.vms = $util.emptyArray;

        /**
         * Creates a new HostInventory instance using the specified properties.
         * @function create
         * @memberof meshbackup.HostInventory
         * @static
         * @param {meshbackup.HostInventory.$Properties=} [properties] Properties to set
         * @returns {meshbackup.HostInventory} HostInventory instance
         * @type {{
         *   (properties: meshbackup.HostInventory.$Shape): meshbackup.HostInventory & meshbackup.HostInventory.$Shape;
         *   (properties?: meshbackup.HostInventory.$Properties): meshbackup.HostInventory;
         * }}
         */
        HostInventory.create = function(properties) {
            return new HostInventory(properties);
        };

        /**
         * Encodes the specified HostInventory message. Does not implicitly {@link meshbackup.HostInventory.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.HostInventory
         * @static
         * @param {meshbackup.HostInventory.$Properties} message HostInventory message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HostInventory.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.vms != null && message.vms.length)
                for (let i = 0; i < message.vms.length; ++i)
                    $root.meshbackup.VmInfo.encode(message.vms[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HostInventory message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.HostInventory
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.HostInventory & meshbackup.HostInventory.$Shape} HostInventory
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HostInventory.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.HostInventory();
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
                        message.vms.push($root.meshbackup.VmInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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

        return HostInventory;
    })();

    meshbackup.VmInfo = (function() {

        /**
         * Properties of a VmInfo.
         * @typedef {Object} meshbackup.VmInfo.$Properties
         * @property {string|null} [name] VmInfo name
         * @property {string|null} [uuid] VmInfo uuid
         * @property {string|null} [state] VmInfo state
         * @property {Array.<meshbackup.DiskInfo.$Properties>|null} [disks] VmInfo disks
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a VmInfo.
         * @memberof meshbackup
         * @interface IVmInfo
         * @augments meshbackup.VmInfo.$Properties
         * @deprecated Use meshbackup.VmInfo.$Properties instead.
         */

        /**
         * Shape of a VmInfo.
         * @typedef {meshbackup.VmInfo.$Properties} meshbackup.VmInfo.$Shape
         */

        /**
         * Constructs a new VmInfo.
         * @memberof meshbackup
         * @classdesc Represents a VmInfo.
         * @constructor
         * @param {meshbackup.VmInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const VmInfo = function (properties) {
            this.disks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * VmInfo name.
         * @member {string} name
         * @memberof meshbackup.VmInfo
         * @instance
         */
        VmInfo.prototype.name = "";

        /**
         * VmInfo uuid.
         * @member {string} uuid
         * @memberof meshbackup.VmInfo
         * @instance
         */
        VmInfo.prototype.uuid = "";

        /**
         * VmInfo state.
         * @member {string} state
         * @memberof meshbackup.VmInfo
         * @instance
         */
        VmInfo.prototype.state = "";

        /**
         * VmInfo disks.
         * @member {Array.<meshbackup.DiskInfo.$Properties>} disks
         * @memberof meshbackup.VmInfo
         * @instance
         */
        VmInfo.prototype.disks = $util.emptyArray;

        /**
         * Creates a new VmInfo instance using the specified properties.
         * @function create
         * @memberof meshbackup.VmInfo
         * @static
         * @param {meshbackup.VmInfo.$Properties=} [properties] Properties to set
         * @returns {meshbackup.VmInfo} VmInfo instance
         * @type {{
         *   (properties: meshbackup.VmInfo.$Shape): meshbackup.VmInfo & meshbackup.VmInfo.$Shape;
         *   (properties?: meshbackup.VmInfo.$Properties): meshbackup.VmInfo;
         * }}
         */
        VmInfo.create = function(properties) {
            return new VmInfo(properties);
        };

        /**
         * Encodes the specified VmInfo message. Does not implicitly {@link meshbackup.VmInfo.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.VmInfo
         * @static
         * @param {meshbackup.VmInfo.$Properties} message VmInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        VmInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.uuid);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.state);
            if (message.disks != null && message.disks.length)
                for (let i = 0; i < message.disks.length; ++i)
                    $root.meshbackup.DiskInfo.encode(message.disks[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a VmInfo message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.VmInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.VmInfo & meshbackup.VmInfo.$Shape} VmInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return VmInfo;
    })();

    meshbackup.DiskInfo = (function() {

        /**
         * Properties of a DiskInfo.
         * @typedef {Object} meshbackup.DiskInfo.$Properties
         * @property {number|null} [index] DiskInfo index
         * @property {string|null} [name] DiskInfo name
         * @property {number|null} [size] DiskInfo size
         * @property {string|null} [format] DiskInfo format
         * @property {string|null} [file] DiskInfo file
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DiskInfo.
         * @memberof meshbackup
         * @interface IDiskInfo
         * @augments meshbackup.DiskInfo.$Properties
         * @deprecated Use meshbackup.DiskInfo.$Properties instead.
         */

        /**
         * Shape of a DiskInfo.
         * @typedef {meshbackup.DiskInfo.$Properties} meshbackup.DiskInfo.$Shape
         */

        /**
         * Constructs a new DiskInfo.
         * @memberof meshbackup
         * @classdesc Represents a DiskInfo.
         * @constructor
         * @param {meshbackup.DiskInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DiskInfo = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DiskInfo index.
         * @member {number} index
         * @memberof meshbackup.DiskInfo
         * @instance
         */
        DiskInfo.prototype.index = 0;

        /**
         * DiskInfo name.
         * @member {string} name
         * @memberof meshbackup.DiskInfo
         * @instance
         */
        DiskInfo.prototype.name = "";

        /**
         * DiskInfo size.
         * @member {number} size
         * @memberof meshbackup.DiskInfo
         * @instance
         */
        DiskInfo.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DiskInfo format.
         * @member {string} format
         * @memberof meshbackup.DiskInfo
         * @instance
         */
        DiskInfo.prototype.format = "";

        /**
         * DiskInfo file.
         * @member {string} file
         * @memberof meshbackup.DiskInfo
         * @instance
         */
        DiskInfo.prototype.file = "";

        /**
         * Creates a new DiskInfo instance using the specified properties.
         * @function create
         * @memberof meshbackup.DiskInfo
         * @static
         * @param {meshbackup.DiskInfo.$Properties=} [properties] Properties to set
         * @returns {meshbackup.DiskInfo} DiskInfo instance
         * @type {{
         *   (properties: meshbackup.DiskInfo.$Shape): meshbackup.DiskInfo & meshbackup.DiskInfo.$Shape;
         *   (properties?: meshbackup.DiskInfo.$Properties): meshbackup.DiskInfo;
         * }}
         */
        DiskInfo.create = function(properties) {
            return new DiskInfo(properties);
        };

        /**
         * Encodes the specified DiskInfo message. Does not implicitly {@link meshbackup.DiskInfo.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.DiskInfo
         * @static
         * @param {meshbackup.DiskInfo.$Properties} message DiskInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DiskInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
            if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.format);
            if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.file);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DiskInfo message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.DiskInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.DiskInfo & meshbackup.DiskInfo.$Shape} DiskInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return DiskInfo;
    })();

    meshbackup.SnapshotRequest = (function() {

        /**
         * Properties of a SnapshotRequest.
         * @typedef {Object} meshbackup.SnapshotRequest.$Properties
         * @property {meshbackup.HostSpec.$Properties|null} [host] SnapshotRequest host
         * @property {string|null} [vm] SnapshotRequest vm
         * @property {string|null} [sessionId] SnapshotRequest sessionId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnapshotRequest.
         * @memberof meshbackup
         * @interface ISnapshotRequest
         * @augments meshbackup.SnapshotRequest.$Properties
         * @deprecated Use meshbackup.SnapshotRequest.$Properties instead.
         */

        /**
         * Shape of a SnapshotRequest.
         * @typedef {meshbackup.SnapshotRequest.$Properties} meshbackup.SnapshotRequest.$Shape
         */

        /**
         * Constructs a new SnapshotRequest.
         * @memberof meshbackup
         * @classdesc Represents a SnapshotRequest.
         * @constructor
         * @param {meshbackup.SnapshotRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnapshotRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SnapshotRequest host.
         * @member {meshbackup.HostSpec.$Properties|null|undefined} host
         * @memberof meshbackup.SnapshotRequest
         * @instance
         */
        SnapshotRequest.prototype.host = null;

        /**
         * SnapshotRequest vm.
         * @member {string} vm
         * @memberof meshbackup.SnapshotRequest
         * @instance
         */
        SnapshotRequest.prototype.vm = "";

        /**
         * SnapshotRequest sessionId.
         * @member {string} sessionId
         * @memberof meshbackup.SnapshotRequest
         * @instance
         */
        SnapshotRequest.prototype.sessionId = "";

        /**
         * Creates a new SnapshotRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.SnapshotRequest
         * @static
         * @param {meshbackup.SnapshotRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.SnapshotRequest} SnapshotRequest instance
         * @type {{
         *   (properties: meshbackup.SnapshotRequest.$Shape): meshbackup.SnapshotRequest & meshbackup.SnapshotRequest.$Shape;
         *   (properties?: meshbackup.SnapshotRequest.$Properties): meshbackup.SnapshotRequest;
         * }}
         */
        SnapshotRequest.create = function(properties) {
            return new SnapshotRequest(properties);
        };

        /**
         * Encodes the specified SnapshotRequest message. Does not implicitly {@link meshbackup.SnapshotRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.SnapshotRequest
         * @static
         * @param {meshbackup.SnapshotRequest.$Properties} message SnapshotRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                $root.meshbackup.HostSpec.encode(message.host, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.vm);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.sessionId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SnapshotRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.SnapshotRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.SnapshotRequest & meshbackup.SnapshotRequest.$Shape} SnapshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.SnapshotRequest();
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
                            message.sessionId = value;
                        else
                            delete message.sessionId;
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

        return SnapshotRequest;
    })();

    meshbackup.SnapshotReply = (function() {

        /**
         * Properties of a SnapshotReply.
         * @typedef {Object} meshbackup.SnapshotReply.$Properties
         * @property {string|null} [snapshotId] SnapshotReply snapshotId
         * @property {Array.<meshbackup.DiskInfo.$Properties>|null} [disks] SnapshotReply disks
         * @property {string|null} [guarantee] SnapshotReply guarantee
         * @property {Array.<string>|null} [warnings] SnapshotReply warnings
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnapshotReply.
         * @memberof meshbackup
         * @interface ISnapshotReply
         * @augments meshbackup.SnapshotReply.$Properties
         * @deprecated Use meshbackup.SnapshotReply.$Properties instead.
         */

        /**
         * Shape of a SnapshotReply.
         * @typedef {meshbackup.SnapshotReply.$Properties} meshbackup.SnapshotReply.$Shape
         */

        /**
         * Constructs a new SnapshotReply.
         * @memberof meshbackup
         * @classdesc Represents a SnapshotReply.
         * @constructor
         * @param {meshbackup.SnapshotReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnapshotReply = function (properties) {
            this.disks = [];
            this.warnings = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SnapshotReply snapshotId.
         * @member {string} snapshotId
         * @memberof meshbackup.SnapshotReply
         * @instance
         */
        SnapshotReply.prototype.snapshotId = "";

        /**
         * SnapshotReply disks.
         * @member {Array.<meshbackup.DiskInfo.$Properties>} disks
         * @memberof meshbackup.SnapshotReply
         * @instance
         */
        SnapshotReply.prototype.disks = $util.emptyArray;

        /**
         * SnapshotReply guarantee.
         * @member {string} guarantee
         * @memberof meshbackup.SnapshotReply
         * @instance
         */
        SnapshotReply.prototype.guarantee = "";

        /**
         * SnapshotReply warnings.
         * @member {Array.<string>} warnings
         * @memberof meshbackup.SnapshotReply
         * @instance
         */
        SnapshotReply.prototype.warnings = $util.emptyArray;

        /**
         * Creates a new SnapshotReply instance using the specified properties.
         * @function create
         * @memberof meshbackup.SnapshotReply
         * @static
         * @param {meshbackup.SnapshotReply.$Properties=} [properties] Properties to set
         * @returns {meshbackup.SnapshotReply} SnapshotReply instance
         * @type {{
         *   (properties: meshbackup.SnapshotReply.$Shape): meshbackup.SnapshotReply & meshbackup.SnapshotReply.$Shape;
         *   (properties?: meshbackup.SnapshotReply.$Properties): meshbackup.SnapshotReply;
         * }}
         */
        SnapshotReply.create = function(properties) {
            return new SnapshotReply(properties);
        };

        /**
         * Encodes the specified SnapshotReply message. Does not implicitly {@link meshbackup.SnapshotReply.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.SnapshotReply
         * @static
         * @param {meshbackup.SnapshotReply.$Properties} message SnapshotReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId") && message.snapshotId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotId);
            if (message.disks != null && message.disks.length)
                for (let i = 0; i < message.disks.length; ++i)
                    $root.meshbackup.DiskInfo.encode(message.disks[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.guarantee != null && $Object.hasOwnProperty.call(message, "guarantee") && message.guarantee !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.guarantee);
            if (message.warnings != null && message.warnings.length)
                for (let i = 0; i < message.warnings.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.warnings[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SnapshotReply message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.SnapshotReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.SnapshotReply & meshbackup.SnapshotReply.$Shape} SnapshotReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotReply.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.SnapshotReply();
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
                            message.snapshotId = value;
                        else
                            delete message.snapshotId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.disks && message.disks.length))
                            message.disks = [];
                        message.disks.push($root.meshbackup.DiskInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.guarantee = value;
                        else
                            delete message.guarantee;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.warnings && message.warnings.length))
                            message.warnings = [];
                        message.warnings.push(reader.stringVerify());
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

        return SnapshotReply;
    })();

    meshbackup.ReleaseRequest = (function() {

        /**
         * Properties of a ReleaseRequest.
         * @typedef {Object} meshbackup.ReleaseRequest.$Properties
         * @property {meshbackup.HostSpec.$Properties|null} [host] ReleaseRequest host
         * @property {string|null} [vm] ReleaseRequest vm
         * @property {string|null} [snapshotId] ReleaseRequest snapshotId
         * @property {boolean|null} [failed] ReleaseRequest failed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReleaseRequest.
         * @memberof meshbackup
         * @interface IReleaseRequest
         * @augments meshbackup.ReleaseRequest.$Properties
         * @deprecated Use meshbackup.ReleaseRequest.$Properties instead.
         */

        /**
         * Shape of a ReleaseRequest.
         * @typedef {meshbackup.ReleaseRequest.$Properties} meshbackup.ReleaseRequest.$Shape
         */

        /**
         * Constructs a new ReleaseRequest.
         * @memberof meshbackup
         * @classdesc Represents a ReleaseRequest.
         * @constructor
         * @param {meshbackup.ReleaseRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReleaseRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ReleaseRequest host.
         * @member {meshbackup.HostSpec.$Properties|null|undefined} host
         * @memberof meshbackup.ReleaseRequest
         * @instance
         */
        ReleaseRequest.prototype.host = null;

        /**
         * ReleaseRequest vm.
         * @member {string} vm
         * @memberof meshbackup.ReleaseRequest
         * @instance
         */
        ReleaseRequest.prototype.vm = "";

        /**
         * ReleaseRequest snapshotId.
         * @member {string} snapshotId
         * @memberof meshbackup.ReleaseRequest
         * @instance
         */
        ReleaseRequest.prototype.snapshotId = "";

        /**
         * ReleaseRequest failed.
         * @member {boolean} failed
         * @memberof meshbackup.ReleaseRequest
         * @instance
         */
        ReleaseRequest.prototype.failed = false;

        /**
         * Creates a new ReleaseRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.ReleaseRequest
         * @static
         * @param {meshbackup.ReleaseRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ReleaseRequest} ReleaseRequest instance
         * @type {{
         *   (properties: meshbackup.ReleaseRequest.$Shape): meshbackup.ReleaseRequest & meshbackup.ReleaseRequest.$Shape;
         *   (properties?: meshbackup.ReleaseRequest.$Properties): meshbackup.ReleaseRequest;
         * }}
         */
        ReleaseRequest.create = function(properties) {
            return new ReleaseRequest(properties);
        };

        /**
         * Encodes the specified ReleaseRequest message. Does not implicitly {@link meshbackup.ReleaseRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ReleaseRequest
         * @static
         * @param {meshbackup.ReleaseRequest.$Properties} message ReleaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReleaseRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                $root.meshbackup.HostSpec.encode(message.host, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.vm);
            if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId") && message.snapshotId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.snapshotId);
            if (message.failed != null && $Object.hasOwnProperty.call(message, "failed") && message.failed !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.failed);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ReleaseRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ReleaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.ReleaseRequest & meshbackup.ReleaseRequest.$Shape} ReleaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReleaseRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.ReleaseRequest();
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
                            message.snapshotId = value;
                        else
                            delete message.snapshotId;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.failed = value;
                        else
                            delete message.failed;
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

        return ReleaseRequest;
    })();

    meshbackup.RestorePoint = (function() {

        /**
         * Properties of a RestorePoint.
         * @typedef {Object} meshbackup.RestorePoint.$Properties
         * @property {number|null} [format] RestorePoint format
         * @property {string|null} [id] RestorePoint id
         * @property {string|null} [job] RestorePoint job
         * @property {string|null} [sessionId] RestorePoint sessionId
         * @property {string|null} [vm] RestorePoint vm
         * @property {number|null} [createdAtMs] RestorePoint createdAtMs
         * @property {Array.<meshbackup.DiskManifest.$Properties>|null} [disks] RestorePoint disks
         * @property {string|null} [host] RestorePoint host
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestorePoint.
         * @memberof meshbackup
         * @interface IRestorePoint
         * @augments meshbackup.RestorePoint.$Properties
         * @deprecated Use meshbackup.RestorePoint.$Properties instead.
         */

        /**
         * Shape of a RestorePoint.
         * @typedef {meshbackup.RestorePoint.$Properties} meshbackup.RestorePoint.$Shape
         */

        /**
         * Constructs a new RestorePoint.
         * @memberof meshbackup
         * @classdesc Represents a RestorePoint.
         * @constructor
         * @param {meshbackup.RestorePoint.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestorePoint = function (properties) {
            this.disks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestorePoint format.
         * @member {number} format
         * @memberof meshbackup.RestorePoint
         * @instance
         */
        RestorePoint.prototype.format = 0;

        /**
         * RestorePoint id.
         * @member {string} id
         * @memberof meshbackup.RestorePoint
         * @instance
         */
        RestorePoint.prototype.id = "";

        /**
         * RestorePoint job.
         * @member {string} job
         * @memberof meshbackup.RestorePoint
         * @instance
         */
        RestorePoint.prototype.job = "";

        /**
         * RestorePoint sessionId.
         * @member {string} sessionId
         * @memberof meshbackup.RestorePoint
         * @instance
         */
        RestorePoint.prototype.sessionId = "";

        /**
         * RestorePoint vm.
         * @member {string} vm
         * @memberof meshbackup.RestorePoint
         * @instance
         */
        RestorePoint.prototype.vm = "";

        /**
         * RestorePoint createdAtMs.
         * @member {number} createdAtMs
         * @memberof meshbackup.RestorePoint
         * @instance
         */
        RestorePoint.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RestorePoint disks.
         * @member {Array.<meshbackup.DiskManifest.$Properties>} disks
         * @memberof meshbackup.RestorePoint
         * @instance
         */
        RestorePoint.prototype.disks = $util.emptyArray;

        /**
         * RestorePoint host.
         * @member {string} host
         * @memberof meshbackup.RestorePoint
         * @instance
         */
        RestorePoint.prototype.host = "";

        /**
         * Creates a new RestorePoint instance using the specified properties.
         * @function create
         * @memberof meshbackup.RestorePoint
         * @static
         * @param {meshbackup.RestorePoint.$Properties=} [properties] Properties to set
         * @returns {meshbackup.RestorePoint} RestorePoint instance
         * @type {{
         *   (properties: meshbackup.RestorePoint.$Shape): meshbackup.RestorePoint & meshbackup.RestorePoint.$Shape;
         *   (properties?: meshbackup.RestorePoint.$Properties): meshbackup.RestorePoint;
         * }}
         */
        RestorePoint.create = function(properties) {
            return new RestorePoint(properties);
        };

        /**
         * Encodes the specified RestorePoint message. Does not implicitly {@link meshbackup.RestorePoint.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.RestorePoint
         * @static
         * @param {meshbackup.RestorePoint.$Properties} message RestorePoint message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestorePoint.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.format);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
            if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.job);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.sessionId);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.vm);
            if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.createdAtMs);
            if (message.disks != null && message.disks.length)
                for (let i = 0; i < message.disks.length; ++i)
                    $root.meshbackup.DiskManifest.encode(message.disks[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.host);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RestorePoint message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.RestorePoint
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.RestorePoint & meshbackup.RestorePoint.$Shape} RestorePoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestorePoint.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.RestorePoint();
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
                            message.format = value;
                        else
                            delete message.format;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
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
                            message.sessionId = value;
                        else
                            delete message.sessionId;
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
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdAtMs = value;
                        else
                            delete message.createdAtMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.disks && message.disks.length))
                            message.disks = [];
                        message.disks.push($root.meshbackup.DiskManifest.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
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

        return RestorePoint;
    })();

    meshbackup.DiskManifest = (function() {

        /**
         * Properties of a DiskManifest.
         * @typedef {Object} meshbackup.DiskManifest.$Properties
         * @property {number|null} [index] DiskManifest index
         * @property {string|null} [name] DiskManifest name
         * @property {number|null} [size] DiskManifest size
         * @property {number|null} [blockSize] DiskManifest blockSize
         * @property {Uint8Array|null} [digests] DiskManifest digests
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DiskManifest.
         * @memberof meshbackup
         * @interface IDiskManifest
         * @augments meshbackup.DiskManifest.$Properties
         * @deprecated Use meshbackup.DiskManifest.$Properties instead.
         */

        /**
         * Shape of a DiskManifest.
         * @typedef {meshbackup.DiskManifest.$Properties} meshbackup.DiskManifest.$Shape
         */

        /**
         * Constructs a new DiskManifest.
         * @memberof meshbackup
         * @classdesc Represents a DiskManifest.
         * @constructor
         * @param {meshbackup.DiskManifest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DiskManifest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DiskManifest index.
         * @member {number} index
         * @memberof meshbackup.DiskManifest
         * @instance
         */
        DiskManifest.prototype.index = 0;

        /**
         * DiskManifest name.
         * @member {string} name
         * @memberof meshbackup.DiskManifest
         * @instance
         */
        DiskManifest.prototype.name = "";

        /**
         * DiskManifest size.
         * @member {number} size
         * @memberof meshbackup.DiskManifest
         * @instance
         */
        DiskManifest.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DiskManifest blockSize.
         * @member {number} blockSize
         * @memberof meshbackup.DiskManifest
         * @instance
         */
        DiskManifest.prototype.blockSize = 0;

        /**
         * DiskManifest digests.
         * @member {Uint8Array} digests
         * @memberof meshbackup.DiskManifest
         * @instance
         */
        DiskManifest.prototype.digests = $util.newBuffer([]);

        /**
         * Creates a new DiskManifest instance using the specified properties.
         * @function create
         * @memberof meshbackup.DiskManifest
         * @static
         * @param {meshbackup.DiskManifest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.DiskManifest} DiskManifest instance
         * @type {{
         *   (properties: meshbackup.DiskManifest.$Shape): meshbackup.DiskManifest & meshbackup.DiskManifest.$Shape;
         *   (properties?: meshbackup.DiskManifest.$Properties): meshbackup.DiskManifest;
         * }}
         */
        DiskManifest.create = function(properties) {
            return new DiskManifest(properties);
        };

        /**
         * Encodes the specified DiskManifest message. Does not implicitly {@link meshbackup.DiskManifest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.DiskManifest
         * @static
         * @param {meshbackup.DiskManifest.$Properties} message DiskManifest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DiskManifest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
            if (message.blockSize != null && $Object.hasOwnProperty.call(message, "blockSize") && message.blockSize !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.blockSize);
            if (message.digests != null && $Object.hasOwnProperty.call(message, "digests") && message.digests.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.digests);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DiskManifest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.DiskManifest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.DiskManifest & meshbackup.DiskManifest.$Shape} DiskManifest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DiskManifest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.DiskManifest();
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
                        if (value = reader.uint32())
                            message.blockSize = value;
                        else
                            delete message.blockSize;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digests = value;
                        else
                            delete message.digests;
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

        return DiskManifest;
    })();

    meshbackup.PointSummary = (function() {

        /**
         * Properties of a PointSummary.
         * @typedef {Object} meshbackup.PointSummary.$Properties
         * @property {string|null} [id] PointSummary id
         * @property {string|null} [job] PointSummary job
         * @property {string|null} [vm] PointSummary vm
         * @property {string|null} [sessionId] PointSummary sessionId
         * @property {number|null} [createdAtMs] PointSummary createdAtMs
         * @property {Array.<meshbackup.DiskSummary.$Properties>|null} [disks] PointSummary disks
         * @property {string|null} [repository] PointSummary repository
         * @property {string|null} [repositoryPeer] PointSummary repositoryPeer
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PointSummary.
         * @memberof meshbackup
         * @interface IPointSummary
         * @augments meshbackup.PointSummary.$Properties
         * @deprecated Use meshbackup.PointSummary.$Properties instead.
         */

        /**
         * Shape of a PointSummary.
         * @typedef {meshbackup.PointSummary.$Properties} meshbackup.PointSummary.$Shape
         */

        /**
         * Constructs a new PointSummary.
         * @memberof meshbackup
         * @classdesc Represents a PointSummary.
         * @constructor
         * @param {meshbackup.PointSummary.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PointSummary = function (properties) {
            this.disks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PointSummary id.
         * @member {string} id
         * @memberof meshbackup.PointSummary
         * @instance
         */
        PointSummary.prototype.id = "";

        /**
         * PointSummary job.
         * @member {string} job
         * @memberof meshbackup.PointSummary
         * @instance
         */
        PointSummary.prototype.job = "";

        /**
         * PointSummary vm.
         * @member {string} vm
         * @memberof meshbackup.PointSummary
         * @instance
         */
        PointSummary.prototype.vm = "";

        /**
         * PointSummary sessionId.
         * @member {string} sessionId
         * @memberof meshbackup.PointSummary
         * @instance
         */
        PointSummary.prototype.sessionId = "";

        /**
         * PointSummary createdAtMs.
         * @member {number} createdAtMs
         * @memberof meshbackup.PointSummary
         * @instance
         */
        PointSummary.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PointSummary disks.
         * @member {Array.<meshbackup.DiskSummary.$Properties>} disks
         * @memberof meshbackup.PointSummary
         * @instance
         */
        PointSummary.prototype.disks = $util.emptyArray;

        /**
         * PointSummary repository.
         * @member {string} repository
         * @memberof meshbackup.PointSummary
         * @instance
         */
        PointSummary.prototype.repository = "";

        /**
         * PointSummary repositoryPeer.
         * @member {string} repositoryPeer
         * @memberof meshbackup.PointSummary
         * @instance
         */
        PointSummary.prototype.repositoryPeer = "";

        /**
         * Creates a new PointSummary instance using the specified properties.
         * @function create
         * @memberof meshbackup.PointSummary
         * @static
         * @param {meshbackup.PointSummary.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PointSummary} PointSummary instance
         * @type {{
         *   (properties: meshbackup.PointSummary.$Shape): meshbackup.PointSummary & meshbackup.PointSummary.$Shape;
         *   (properties?: meshbackup.PointSummary.$Properties): meshbackup.PointSummary;
         * }}
         */
        PointSummary.create = function(properties) {
            return new PointSummary(properties);
        };

        /**
         * Encodes the specified PointSummary message. Does not implicitly {@link meshbackup.PointSummary.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PointSummary
         * @static
         * @param {meshbackup.PointSummary.$Properties} message PointSummary message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PointSummary.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.job);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.vm);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.sessionId);
            if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.createdAtMs);
            if (message.disks != null && message.disks.length)
                for (let i = 0; i < message.disks.length; ++i)
                    $root.meshbackup.DiskSummary.encode(message.disks[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.repository);
            if (message.repositoryPeer != null && $Object.hasOwnProperty.call(message, "repositoryPeer") && message.repositoryPeer !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.repositoryPeer);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PointSummary message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PointSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PointSummary & meshbackup.PointSummary.$Shape} PointSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return PointSummary;
    })();

    meshbackup.DiskSummary = (function() {

        /**
         * Properties of a DiskSummary.
         * @typedef {Object} meshbackup.DiskSummary.$Properties
         * @property {number|null} [index] DiskSummary index
         * @property {string|null} [name] DiskSummary name
         * @property {number|null} [size] DiskSummary size
         * @property {number|null} [blocks] DiskSummary blocks
         * @property {number|null} [zeroBlocks] DiskSummary zeroBlocks
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DiskSummary.
         * @memberof meshbackup
         * @interface IDiskSummary
         * @augments meshbackup.DiskSummary.$Properties
         * @deprecated Use meshbackup.DiskSummary.$Properties instead.
         */

        /**
         * Shape of a DiskSummary.
         * @typedef {meshbackup.DiskSummary.$Properties} meshbackup.DiskSummary.$Shape
         */

        /**
         * Constructs a new DiskSummary.
         * @memberof meshbackup
         * @classdesc Represents a DiskSummary.
         * @constructor
         * @param {meshbackup.DiskSummary.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DiskSummary = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DiskSummary index.
         * @member {number} index
         * @memberof meshbackup.DiskSummary
         * @instance
         */
        DiskSummary.prototype.index = 0;

        /**
         * DiskSummary name.
         * @member {string} name
         * @memberof meshbackup.DiskSummary
         * @instance
         */
        DiskSummary.prototype.name = "";

        /**
         * DiskSummary size.
         * @member {number} size
         * @memberof meshbackup.DiskSummary
         * @instance
         */
        DiskSummary.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DiskSummary blocks.
         * @member {number} blocks
         * @memberof meshbackup.DiskSummary
         * @instance
         */
        DiskSummary.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DiskSummary zeroBlocks.
         * @member {number} zeroBlocks
         * @memberof meshbackup.DiskSummary
         * @instance
         */
        DiskSummary.prototype.zeroBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new DiskSummary instance using the specified properties.
         * @function create
         * @memberof meshbackup.DiskSummary
         * @static
         * @param {meshbackup.DiskSummary.$Properties=} [properties] Properties to set
         * @returns {meshbackup.DiskSummary} DiskSummary instance
         * @type {{
         *   (properties: meshbackup.DiskSummary.$Shape): meshbackup.DiskSummary & meshbackup.DiskSummary.$Shape;
         *   (properties?: meshbackup.DiskSummary.$Properties): meshbackup.DiskSummary;
         * }}
         */
        DiskSummary.create = function(properties) {
            return new DiskSummary(properties);
        };

        /**
         * Encodes the specified DiskSummary message. Does not implicitly {@link meshbackup.DiskSummary.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.DiskSummary
         * @static
         * @param {meshbackup.DiskSummary.$Properties} message DiskSummary message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DiskSummary.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
            if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks") && (typeof message.blocks === "object" ? message.blocks.low || message.blocks.high : message.blocks !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.blocks);
            if (message.zeroBlocks != null && $Object.hasOwnProperty.call(message, "zeroBlocks") && (typeof message.zeroBlocks === "object" ? message.zeroBlocks.low || message.zeroBlocks.high : message.zeroBlocks !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.zeroBlocks);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DiskSummary message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.DiskSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.DiskSummary & meshbackup.DiskSummary.$Shape} DiskSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return DiskSummary;
    })();

    meshbackup.CommitPoint = (function() {

        /**
         * Properties of a CommitPoint.
         * @typedef {Object} meshbackup.CommitPoint.$Properties
         * @property {string|null} [pointId] CommitPoint pointId
         * @property {string|null} [job] CommitPoint job
         * @property {string|null} [sessionId] CommitPoint sessionId
         * @property {string|null} [vm] CommitPoint vm
         * @property {string|null} [host] CommitPoint host
         * @property {Array.<string>|null} [stagedIds] CommitPoint stagedIds
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CommitPoint.
         * @memberof meshbackup
         * @interface ICommitPoint
         * @augments meshbackup.CommitPoint.$Properties
         * @deprecated Use meshbackup.CommitPoint.$Properties instead.
         */

        /**
         * Shape of a CommitPoint.
         * @typedef {meshbackup.CommitPoint.$Properties} meshbackup.CommitPoint.$Shape
         */

        /**
         * Constructs a new CommitPoint.
         * @memberof meshbackup
         * @classdesc Represents a CommitPoint.
         * @constructor
         * @param {meshbackup.CommitPoint.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CommitPoint = function (properties) {
            this.stagedIds = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CommitPoint pointId.
         * @member {string} pointId
         * @memberof meshbackup.CommitPoint
         * @instance
         */
        CommitPoint.prototype.pointId = "";

        /**
         * CommitPoint job.
         * @member {string} job
         * @memberof meshbackup.CommitPoint
         * @instance
         */
        CommitPoint.prototype.job = "";

        /**
         * CommitPoint sessionId.
         * @member {string} sessionId
         * @memberof meshbackup.CommitPoint
         * @instance
         */
        CommitPoint.prototype.sessionId = "";

        /**
         * CommitPoint vm.
         * @member {string} vm
         * @memberof meshbackup.CommitPoint
         * @instance
         */
        CommitPoint.prototype.vm = "";

        /**
         * CommitPoint host.
         * @member {string} host
         * @memberof meshbackup.CommitPoint
         * @instance
         */
        CommitPoint.prototype.host = "";

        /**
         * CommitPoint stagedIds.
         * @member {Array.<string>} stagedIds
         * @memberof meshbackup.CommitPoint
         * @instance
         */
        CommitPoint.prototype.stagedIds = $util.emptyArray;

        /**
         * Creates a new CommitPoint instance using the specified properties.
         * @function create
         * @memberof meshbackup.CommitPoint
         * @static
         * @param {meshbackup.CommitPoint.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CommitPoint} CommitPoint instance
         * @type {{
         *   (properties: meshbackup.CommitPoint.$Shape): meshbackup.CommitPoint & meshbackup.CommitPoint.$Shape;
         *   (properties?: meshbackup.CommitPoint.$Properties): meshbackup.CommitPoint;
         * }}
         */
        CommitPoint.create = function(properties) {
            return new CommitPoint(properties);
        };

        /**
         * Encodes the specified CommitPoint message. Does not implicitly {@link meshbackup.CommitPoint.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CommitPoint
         * @static
         * @param {meshbackup.CommitPoint.$Properties} message CommitPoint message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CommitPoint.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.pointId);
            if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.job);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.sessionId);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.vm);
            if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.host);
            if (message.stagedIds != null && message.stagedIds.length)
                for (let i = 0; i < message.stagedIds.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.stagedIds[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CommitPoint message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CommitPoint
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.CommitPoint & meshbackup.CommitPoint.$Shape} CommitPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CommitPoint.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.CommitPoint();
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
                            message.job = value;
                        else
                            delete message.job;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.sessionId = value;
                        else
                            delete message.sessionId;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.vm = value;
                        else
                            delete message.vm;
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
                        if (!(message.stagedIds && message.stagedIds.length))
                            message.stagedIds = [];
                        message.stagedIds.push(reader.stringVerify());
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

        return CommitPoint;
    })();

    meshbackup.PointCommitted = (function() {

        /**
         * Properties of a PointCommitted.
         * @typedef {Object} meshbackup.PointCommitted.$Properties
         * @property {meshbackup.PointSummary.$Properties|null} [point] PointCommitted point
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PointCommitted.
         * @memberof meshbackup
         * @interface IPointCommitted
         * @augments meshbackup.PointCommitted.$Properties
         * @deprecated Use meshbackup.PointCommitted.$Properties instead.
         */

        /**
         * Shape of a PointCommitted.
         * @typedef {meshbackup.PointCommitted.$Properties} meshbackup.PointCommitted.$Shape
         */

        /**
         * Constructs a new PointCommitted.
         * @memberof meshbackup
         * @classdesc Represents a PointCommitted.
         * @constructor
         * @param {meshbackup.PointCommitted.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PointCommitted = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PointCommitted point.
         * @member {meshbackup.PointSummary.$Properties|null|undefined} point
         * @memberof meshbackup.PointCommitted
         * @instance
         */
        PointCommitted.prototype.point = null;

        /**
         * Creates a new PointCommitted instance using the specified properties.
         * @function create
         * @memberof meshbackup.PointCommitted
         * @static
         * @param {meshbackup.PointCommitted.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PointCommitted} PointCommitted instance
         * @type {{
         *   (properties: meshbackup.PointCommitted.$Shape): meshbackup.PointCommitted & meshbackup.PointCommitted.$Shape;
         *   (properties?: meshbackup.PointCommitted.$Properties): meshbackup.PointCommitted;
         * }}
         */
        PointCommitted.create = function(properties) {
            return new PointCommitted(properties);
        };

        /**
         * Encodes the specified PointCommitted message. Does not implicitly {@link meshbackup.PointCommitted.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PointCommitted
         * @static
         * @param {meshbackup.PointCommitted.$Properties} message PointCommitted message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PointCommitted.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.point != null && $Object.hasOwnProperty.call(message, "point"))
                $root.meshbackup.PointSummary.encode(message.point, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PointCommitted message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PointCommitted
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PointCommitted & meshbackup.PointCommitted.$Shape} PointCommitted
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PointCommitted.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PointCommitted();
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
                        message.point = $root.meshbackup.PointSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.point);
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

        return PointCommitted;
    })();

    meshbackup.PointsListRequest = (function() {

        /**
         * Properties of a PointsListRequest.
         * @typedef {Object} meshbackup.PointsListRequest.$Properties
         * @property {string|null} [job] PointsListRequest job
         * @property {string|null} [vm] PointsListRequest vm
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PointsListRequest.
         * @memberof meshbackup
         * @interface IPointsListRequest
         * @augments meshbackup.PointsListRequest.$Properties
         * @deprecated Use meshbackup.PointsListRequest.$Properties instead.
         */

        /**
         * Shape of a PointsListRequest.
         * @typedef {meshbackup.PointsListRequest.$Properties} meshbackup.PointsListRequest.$Shape
         */

        /**
         * Constructs a new PointsListRequest.
         * @memberof meshbackup
         * @classdesc Represents a PointsListRequest.
         * @constructor
         * @param {meshbackup.PointsListRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PointsListRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PointsListRequest job.
         * @member {string} job
         * @memberof meshbackup.PointsListRequest
         * @instance
         */
        PointsListRequest.prototype.job = "";

        /**
         * PointsListRequest vm.
         * @member {string} vm
         * @memberof meshbackup.PointsListRequest
         * @instance
         */
        PointsListRequest.prototype.vm = "";

        /**
         * Creates a new PointsListRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.PointsListRequest
         * @static
         * @param {meshbackup.PointsListRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PointsListRequest} PointsListRequest instance
         * @type {{
         *   (properties: meshbackup.PointsListRequest.$Shape): meshbackup.PointsListRequest & meshbackup.PointsListRequest.$Shape;
         *   (properties?: meshbackup.PointsListRequest.$Properties): meshbackup.PointsListRequest;
         * }}
         */
        PointsListRequest.create = function(properties) {
            return new PointsListRequest(properties);
        };

        /**
         * Encodes the specified PointsListRequest message. Does not implicitly {@link meshbackup.PointsListRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PointsListRequest
         * @static
         * @param {meshbackup.PointsListRequest.$Properties} message PointsListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PointsListRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.job);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.vm);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PointsListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PointsListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PointsListRequest & meshbackup.PointsListRequest.$Shape} PointsListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return PointsListRequest;
    })();

    meshbackup.PointsList = (function() {

        /**
         * Properties of a PointsList.
         * @typedef {Object} meshbackup.PointsList.$Properties
         * @property {Array.<meshbackup.PointSummary.$Properties>|null} [points] PointsList points
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PointsList.
         * @memberof meshbackup
         * @interface IPointsList
         * @augments meshbackup.PointsList.$Properties
         * @deprecated Use meshbackup.PointsList.$Properties instead.
         */

        /**
         * Shape of a PointsList.
         * @typedef {meshbackup.PointsList.$Properties} meshbackup.PointsList.$Shape
         */

        /**
         * Constructs a new PointsList.
         * @memberof meshbackup
         * @classdesc Represents a PointsList.
         * @constructor
         * @param {meshbackup.PointsList.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PointsList = function (properties) {
            this.points = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PointsList points.
         * @member {Array.<meshbackup.PointSummary.$Properties>} points
         * @memberof meshbackup.PointsList
         * @instance
         */
        PointsList.prototype.points = $util.emptyArray;

        /**
         * Creates a new PointsList instance using the specified properties.
         * @function create
         * @memberof meshbackup.PointsList
         * @static
         * @param {meshbackup.PointsList.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PointsList} PointsList instance
         * @type {{
         *   (properties: meshbackup.PointsList.$Shape): meshbackup.PointsList & meshbackup.PointsList.$Shape;
         *   (properties?: meshbackup.PointsList.$Properties): meshbackup.PointsList;
         * }}
         */
        PointsList.create = function(properties) {
            return new PointsList(properties);
        };

        /**
         * Encodes the specified PointsList message. Does not implicitly {@link meshbackup.PointsList.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PointsList
         * @static
         * @param {meshbackup.PointsList.$Properties} message PointsList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PointsList.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.points != null && message.points.length)
                for (let i = 0; i < message.points.length; ++i)
                    $root.meshbackup.PointSummary.encode(message.points[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PointsList message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PointsList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PointsList & meshbackup.PointsList.$Shape} PointsList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return PointsList;
    })();

    meshbackup.VerifyRequest = (function() {

        /**
         * Properties of a VerifyRequest.
         * @typedef {Object} meshbackup.VerifyRequest.$Properties
         * @property {string|null} [pointId] VerifyRequest pointId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a VerifyRequest.
         * @memberof meshbackup
         * @interface IVerifyRequest
         * @augments meshbackup.VerifyRequest.$Properties
         * @deprecated Use meshbackup.VerifyRequest.$Properties instead.
         */

        /**
         * Shape of a VerifyRequest.
         * @typedef {meshbackup.VerifyRequest.$Properties} meshbackup.VerifyRequest.$Shape
         */

        /**
         * Constructs a new VerifyRequest.
         * @memberof meshbackup
         * @classdesc Represents a VerifyRequest.
         * @constructor
         * @param {meshbackup.VerifyRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const VerifyRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * VerifyRequest pointId.
         * @member {string} pointId
         * @memberof meshbackup.VerifyRequest
         * @instance
         */
        VerifyRequest.prototype.pointId = "";

        /**
         * Creates a new VerifyRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.VerifyRequest
         * @static
         * @param {meshbackup.VerifyRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.VerifyRequest} VerifyRequest instance
         * @type {{
         *   (properties: meshbackup.VerifyRequest.$Shape): meshbackup.VerifyRequest & meshbackup.VerifyRequest.$Shape;
         *   (properties?: meshbackup.VerifyRequest.$Properties): meshbackup.VerifyRequest;
         * }}
         */
        VerifyRequest.create = function(properties) {
            return new VerifyRequest(properties);
        };

        /**
         * Encodes the specified VerifyRequest message. Does not implicitly {@link meshbackup.VerifyRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.VerifyRequest
         * @static
         * @param {meshbackup.VerifyRequest.$Properties} message VerifyRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        VerifyRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.pointId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a VerifyRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.VerifyRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.VerifyRequest & meshbackup.VerifyRequest.$Shape} VerifyRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return VerifyRequest;
    })();

    meshbackup.VerifyReport = (function() {

        /**
         * Properties of a VerifyReport.
         * @typedef {Object} meshbackup.VerifyReport.$Properties
         * @property {string|null} [pointId] VerifyReport pointId
         * @property {boolean|null} [ok] VerifyReport ok
         * @property {number|null} [blocksChecked] VerifyReport blocksChecked
         * @property {number|null} [bytesChecked] VerifyReport bytesChecked
         * @property {Array.<string>|null} [problems] VerifyReport problems
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a VerifyReport.
         * @memberof meshbackup
         * @interface IVerifyReport
         * @augments meshbackup.VerifyReport.$Properties
         * @deprecated Use meshbackup.VerifyReport.$Properties instead.
         */

        /**
         * Shape of a VerifyReport.
         * @typedef {meshbackup.VerifyReport.$Properties} meshbackup.VerifyReport.$Shape
         */

        /**
         * Constructs a new VerifyReport.
         * @memberof meshbackup
         * @classdesc Represents a VerifyReport.
         * @constructor
         * @param {meshbackup.VerifyReport.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const VerifyReport = function (properties) {
            this.problems = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * VerifyReport pointId.
         * @member {string} pointId
         * @memberof meshbackup.VerifyReport
         * @instance
         */
        VerifyReport.prototype.pointId = "";

        /**
         * VerifyReport ok.
         * @member {boolean} ok
         * @memberof meshbackup.VerifyReport
         * @instance
         */
        VerifyReport.prototype.ok = false;

        /**
         * VerifyReport blocksChecked.
         * @member {number} blocksChecked
         * @memberof meshbackup.VerifyReport
         * @instance
         */
        VerifyReport.prototype.blocksChecked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * VerifyReport bytesChecked.
         * @member {number} bytesChecked
         * @memberof meshbackup.VerifyReport
         * @instance
         */
        VerifyReport.prototype.bytesChecked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * VerifyReport problems.
         * @member {Array.<string>} problems
         * @memberof meshbackup.VerifyReport
         * @instance
         */
        VerifyReport.prototype.problems = $util.emptyArray;

        /**
         * Creates a new VerifyReport instance using the specified properties.
         * @function create
         * @memberof meshbackup.VerifyReport
         * @static
         * @param {meshbackup.VerifyReport.$Properties=} [properties] Properties to set
         * @returns {meshbackup.VerifyReport} VerifyReport instance
         * @type {{
         *   (properties: meshbackup.VerifyReport.$Shape): meshbackup.VerifyReport & meshbackup.VerifyReport.$Shape;
         *   (properties?: meshbackup.VerifyReport.$Properties): meshbackup.VerifyReport;
         * }}
         */
        VerifyReport.create = function(properties) {
            return new VerifyReport(properties);
        };

        /**
         * Encodes the specified VerifyReport message. Does not implicitly {@link meshbackup.VerifyReport.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.VerifyReport
         * @static
         * @param {meshbackup.VerifyReport.$Properties} message VerifyReport message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        VerifyReport.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.pointId);
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
            if (message.blocksChecked != null && $Object.hasOwnProperty.call(message, "blocksChecked") && (typeof message.blocksChecked === "object" ? message.blocksChecked.low || message.blocksChecked.high : message.blocksChecked !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.blocksChecked);
            if (message.bytesChecked != null && $Object.hasOwnProperty.call(message, "bytesChecked") && (typeof message.bytesChecked === "object" ? message.bytesChecked.low || message.bytesChecked.high : message.bytesChecked !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytesChecked);
            if (message.problems != null && message.problems.length)
                for (let i = 0; i < message.problems.length; ++i)
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.problems[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a VerifyReport message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.VerifyReport
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.VerifyReport & meshbackup.VerifyReport.$Shape} VerifyReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return VerifyReport;
    })();

    meshbackup.RestoreRequest = (function() {

        /**
         * Properties of a RestoreRequest.
         * @typedef {Object} meshbackup.RestoreRequest.$Properties
         * @property {string|null} [pointId] RestoreRequest pointId
         * @property {string|null} [vm] RestoreRequest vm
         * @property {number|null} [disk] RestoreRequest disk
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestoreRequest.
         * @memberof meshbackup
         * @interface IRestoreRequest
         * @augments meshbackup.RestoreRequest.$Properties
         * @deprecated Use meshbackup.RestoreRequest.$Properties instead.
         */

        /**
         * Shape of a RestoreRequest.
         * @typedef {meshbackup.RestoreRequest.$Properties} meshbackup.RestoreRequest.$Shape
         */

        /**
         * Constructs a new RestoreRequest.
         * @memberof meshbackup
         * @classdesc Represents a RestoreRequest.
         * @constructor
         * @param {meshbackup.RestoreRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestoreRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestoreRequest pointId.
         * @member {string} pointId
         * @memberof meshbackup.RestoreRequest
         * @instance
         */
        RestoreRequest.prototype.pointId = "";

        /**
         * RestoreRequest vm.
         * @member {string} vm
         * @memberof meshbackup.RestoreRequest
         * @instance
         */
        RestoreRequest.prototype.vm = "";

        /**
         * RestoreRequest disk.
         * @member {number} disk
         * @memberof meshbackup.RestoreRequest
         * @instance
         */
        RestoreRequest.prototype.disk = 0;

        /**
         * Creates a new RestoreRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.RestoreRequest
         * @static
         * @param {meshbackup.RestoreRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.RestoreRequest} RestoreRequest instance
         * @type {{
         *   (properties: meshbackup.RestoreRequest.$Shape): meshbackup.RestoreRequest & meshbackup.RestoreRequest.$Shape;
         *   (properties?: meshbackup.RestoreRequest.$Properties): meshbackup.RestoreRequest;
         * }}
         */
        RestoreRequest.create = function(properties) {
            return new RestoreRequest(properties);
        };

        /**
         * Encodes the specified RestoreRequest message. Does not implicitly {@link meshbackup.RestoreRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.RestoreRequest
         * @static
         * @param {meshbackup.RestoreRequest.$Properties} message RestoreRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.pointId);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.vm);
            if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.disk);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RestoreRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.RestoreRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.RestoreRequest & meshbackup.RestoreRequest.$Shape} RestoreRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestoreRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.RestoreRequest();
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
                            message.disk = value;
                        else
                            delete message.disk;
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

        return RestoreRequest;
    })();

    meshbackup.RestoreFrame = (function() {

        /**
         * Properties of a RestoreFrame.
         * @typedef {Object} meshbackup.RestoreFrame.$Properties
         * @property {meshbackup.RestoreHeader.$Properties|null} [header] RestoreFrame header
         * @property {meshbackup.RestoreBlock.$Properties|null} [block] RestoreFrame block
         * @property {meshbackup.RestoreEnd.$Properties|null} [end] RestoreFrame end
         * @property {meshbackup.PipeError.$Properties|null} [error] RestoreFrame error
         * @property {"header"|"block"|"end"|"error"} [frame] RestoreFrame frame
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestoreFrame.
         * @memberof meshbackup
         * @interface IRestoreFrame
         * @augments meshbackup.RestoreFrame.$Properties
         * @deprecated Use meshbackup.RestoreFrame.$Properties instead.
         */

        /**
         * Narrowed shape of a RestoreFrame.
         * @typedef {{
         *   header?: meshbackup.RestoreHeader.$Shape|null;
         *   block?: meshbackup.RestoreBlock.$Shape|null;
         *   end?: meshbackup.RestoreEnd.$Shape|null;
         *   error?: meshbackup.PipeError.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ frame?: undefined; header?: null; block?: null; end?: null; error?: null }|{ frame?: "header"; header: meshbackup.RestoreHeader.$Shape; block?: null; end?: null; error?: null }|{ frame?: "block"; header?: null; block: meshbackup.RestoreBlock.$Shape; end?: null; error?: null }|{ frame?: "end"; header?: null; block?: null; end: meshbackup.RestoreEnd.$Shape; error?: null }|{ frame?: "error"; header?: null; block?: null; end?: null; error: meshbackup.PipeError.$Shape })
         * )} meshbackup.RestoreFrame.$Shape
         */

        /**
         * Constructs a new RestoreFrame.
         * @memberof meshbackup
         * @classdesc Represents a RestoreFrame.
         * @constructor
         * @param {meshbackup.RestoreFrame.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestoreFrame = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestoreFrame header.
         * @member {meshbackup.RestoreHeader.$Properties|null|undefined} header
         * @memberof meshbackup.RestoreFrame
         * @instance
         */
        RestoreFrame.prototype.header = null;

        /**
         * RestoreFrame block.
         * @member {meshbackup.RestoreBlock.$Properties|null|undefined} block
         * @memberof meshbackup.RestoreFrame
         * @instance
         */
        RestoreFrame.prototype.block = null;

        /**
         * RestoreFrame end.
         * @member {meshbackup.RestoreEnd.$Properties|null|undefined} end
         * @memberof meshbackup.RestoreFrame
         * @instance
         */
        RestoreFrame.prototype.end = null;

        /**
         * RestoreFrame error.
         * @member {meshbackup.PipeError.$Properties|null|undefined} error
         * @memberof meshbackup.RestoreFrame
         * @instance
         */
        RestoreFrame.prototype.error = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * RestoreFrame frame.
         * @member {"header"|"block"|"end"|"error"|undefined} frame
         * @memberof meshbackup.RestoreFrame
         * @instance
         */
        $Object.defineProperty(RestoreFrame.prototype, "frame", {
            get: $util.oneOfGetter($oneOfFields = ["header", "block", "end", "error"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new RestoreFrame instance using the specified properties.
         * @function create
         * @memberof meshbackup.RestoreFrame
         * @static
         * @param {meshbackup.RestoreFrame.$Properties=} [properties] Properties to set
         * @returns {meshbackup.RestoreFrame} RestoreFrame instance
         * @type {{
         *   (properties: meshbackup.RestoreFrame.$Shape): meshbackup.RestoreFrame & meshbackup.RestoreFrame.$Shape;
         *   (properties?: meshbackup.RestoreFrame.$Properties): meshbackup.RestoreFrame;
         * }}
         */
        RestoreFrame.create = function(properties) {
            return new RestoreFrame(properties);
        };

        /**
         * Encodes the specified RestoreFrame message. Does not implicitly {@link meshbackup.RestoreFrame.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.RestoreFrame
         * @static
         * @param {meshbackup.RestoreFrame.$Properties} message RestoreFrame message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreFrame.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                $root.meshbackup.RestoreHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                $root.meshbackup.RestoreBlock.encode(message.block, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                $root.meshbackup.RestoreEnd.encode(message.end, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.meshbackup.PipeError.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RestoreFrame message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.RestoreFrame
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.RestoreFrame & meshbackup.RestoreFrame.$Shape} RestoreFrame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestoreFrame.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.RestoreFrame();
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
                        message.header = $root.meshbackup.RestoreHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                        message.frame = "header";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.block = $root.meshbackup.RestoreBlock.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                        message.frame = "block";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.end = $root.meshbackup.RestoreEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                        message.frame = "end";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.meshbackup.PipeError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        message.frame = "error";
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

        return RestoreFrame;
    })();

    meshbackup.RestoreHeader = (function() {

        /**
         * Properties of a RestoreHeader.
         * @typedef {Object} meshbackup.RestoreHeader.$Properties
         * @property {string|null} [diskName] RestoreHeader diskName
         * @property {number|null} [size] RestoreHeader size
         * @property {number|null} [blockSize] RestoreHeader blockSize
         * @property {number|null} [blocks] RestoreHeader blocks
         * @property {number|null} [dataBlocks] RestoreHeader dataBlocks
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestoreHeader.
         * @memberof meshbackup
         * @interface IRestoreHeader
         * @augments meshbackup.RestoreHeader.$Properties
         * @deprecated Use meshbackup.RestoreHeader.$Properties instead.
         */

        /**
         * Shape of a RestoreHeader.
         * @typedef {meshbackup.RestoreHeader.$Properties} meshbackup.RestoreHeader.$Shape
         */

        /**
         * Constructs a new RestoreHeader.
         * @memberof meshbackup
         * @classdesc Represents a RestoreHeader.
         * @constructor
         * @param {meshbackup.RestoreHeader.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestoreHeader = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestoreHeader diskName.
         * @member {string} diskName
         * @memberof meshbackup.RestoreHeader
         * @instance
         */
        RestoreHeader.prototype.diskName = "";

        /**
         * RestoreHeader size.
         * @member {number} size
         * @memberof meshbackup.RestoreHeader
         * @instance
         */
        RestoreHeader.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RestoreHeader blockSize.
         * @member {number} blockSize
         * @memberof meshbackup.RestoreHeader
         * @instance
         */
        RestoreHeader.prototype.blockSize = 0;

        /**
         * RestoreHeader blocks.
         * @member {number} blocks
         * @memberof meshbackup.RestoreHeader
         * @instance
         */
        RestoreHeader.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RestoreHeader dataBlocks.
         * @member {number} dataBlocks
         * @memberof meshbackup.RestoreHeader
         * @instance
         */
        RestoreHeader.prototype.dataBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RestoreHeader instance using the specified properties.
         * @function create
         * @memberof meshbackup.RestoreHeader
         * @static
         * @param {meshbackup.RestoreHeader.$Properties=} [properties] Properties to set
         * @returns {meshbackup.RestoreHeader} RestoreHeader instance
         * @type {{
         *   (properties: meshbackup.RestoreHeader.$Shape): meshbackup.RestoreHeader & meshbackup.RestoreHeader.$Shape;
         *   (properties?: meshbackup.RestoreHeader.$Properties): meshbackup.RestoreHeader;
         * }}
         */
        RestoreHeader.create = function(properties) {
            return new RestoreHeader(properties);
        };

        /**
         * Encodes the specified RestoreHeader message. Does not implicitly {@link meshbackup.RestoreHeader.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.RestoreHeader
         * @static
         * @param {meshbackup.RestoreHeader.$Properties} message RestoreHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreHeader.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.diskName != null && $Object.hasOwnProperty.call(message, "diskName") && message.diskName !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.diskName);
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.size);
            if (message.blockSize != null && $Object.hasOwnProperty.call(message, "blockSize") && message.blockSize !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.blockSize);
            if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks") && (typeof message.blocks === "object" ? message.blocks.low || message.blocks.high : message.blocks !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.blocks);
            if (message.dataBlocks != null && $Object.hasOwnProperty.call(message, "dataBlocks") && (typeof message.dataBlocks === "object" ? message.dataBlocks.low || message.dataBlocks.high : message.dataBlocks !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.dataBlocks);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RestoreHeader message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.RestoreHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.RestoreHeader & meshbackup.RestoreHeader.$Shape} RestoreHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestoreHeader.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.RestoreHeader();
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
                            message.diskName = value;
                        else
                            delete message.diskName;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.size = value;
                        else
                            delete message.size;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.blockSize = value;
                        else
                            delete message.blockSize;
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
                            message.dataBlocks = value;
                        else
                            delete message.dataBlocks;
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

        return RestoreHeader;
    })();

    meshbackup.RestoreBlock = (function() {

        /**
         * Properties of a RestoreBlock.
         * @typedef {Object} meshbackup.RestoreBlock.$Properties
         * @property {number|null} [index] RestoreBlock index
         * @property {Uint8Array|null} [digest] RestoreBlock digest
         * @property {number|null} [rawLength] RestoreBlock rawLength
         * @property {string|null} [compression] RestoreBlock compression
         * @property {Uint8Array|null} [data] RestoreBlock data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestoreBlock.
         * @memberof meshbackup
         * @interface IRestoreBlock
         * @augments meshbackup.RestoreBlock.$Properties
         * @deprecated Use meshbackup.RestoreBlock.$Properties instead.
         */

        /**
         * Shape of a RestoreBlock.
         * @typedef {meshbackup.RestoreBlock.$Properties} meshbackup.RestoreBlock.$Shape
         */

        /**
         * Constructs a new RestoreBlock.
         * @memberof meshbackup
         * @classdesc Represents a RestoreBlock.
         * @constructor
         * @param {meshbackup.RestoreBlock.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestoreBlock = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestoreBlock index.
         * @member {number} index
         * @memberof meshbackup.RestoreBlock
         * @instance
         */
        RestoreBlock.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RestoreBlock digest.
         * @member {Uint8Array} digest
         * @memberof meshbackup.RestoreBlock
         * @instance
         */
        RestoreBlock.prototype.digest = $util.newBuffer([]);

        /**
         * RestoreBlock rawLength.
         * @member {number} rawLength
         * @memberof meshbackup.RestoreBlock
         * @instance
         */
        RestoreBlock.prototype.rawLength = 0;

        /**
         * RestoreBlock compression.
         * @member {string} compression
         * @memberof meshbackup.RestoreBlock
         * @instance
         */
        RestoreBlock.prototype.compression = "";

        /**
         * RestoreBlock data.
         * @member {Uint8Array} data
         * @memberof meshbackup.RestoreBlock
         * @instance
         */
        RestoreBlock.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new RestoreBlock instance using the specified properties.
         * @function create
         * @memberof meshbackup.RestoreBlock
         * @static
         * @param {meshbackup.RestoreBlock.$Properties=} [properties] Properties to set
         * @returns {meshbackup.RestoreBlock} RestoreBlock instance
         * @type {{
         *   (properties: meshbackup.RestoreBlock.$Shape): meshbackup.RestoreBlock & meshbackup.RestoreBlock.$Shape;
         *   (properties?: meshbackup.RestoreBlock.$Properties): meshbackup.RestoreBlock;
         * }}
         */
        RestoreBlock.create = function(properties) {
            return new RestoreBlock(properties);
        };

        /**
         * Encodes the specified RestoreBlock message. Does not implicitly {@link meshbackup.RestoreBlock.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.RestoreBlock
         * @static
         * @param {meshbackup.RestoreBlock.$Properties} message RestoreBlock message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreBlock.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.digest);
            if (message.rawLength != null && $Object.hasOwnProperty.call(message, "rawLength") && message.rawLength !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.rawLength);
            if (message.compression != null && $Object.hasOwnProperty.call(message, "compression") && message.compression !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.compression);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RestoreBlock message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.RestoreBlock
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.RestoreBlock & meshbackup.RestoreBlock.$Shape} RestoreBlock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestoreBlock.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.RestoreBlock();
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
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.rawLength = value;
                        else
                            delete message.rawLength;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.compression = value;
                        else
                            delete message.compression;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
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

        return RestoreBlock;
    })();

    meshbackup.RestoreEnd = (function() {

        /**
         * Properties of a RestoreEnd.
         * @typedef {Object} meshbackup.RestoreEnd.$Properties
         * @property {number|null} [blocksSent] RestoreEnd blocksSent
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestoreEnd.
         * @memberof meshbackup
         * @interface IRestoreEnd
         * @augments meshbackup.RestoreEnd.$Properties
         * @deprecated Use meshbackup.RestoreEnd.$Properties instead.
         */

        /**
         * Shape of a RestoreEnd.
         * @typedef {meshbackup.RestoreEnd.$Properties} meshbackup.RestoreEnd.$Shape
         */

        /**
         * Constructs a new RestoreEnd.
         * @memberof meshbackup
         * @classdesc Represents a RestoreEnd.
         * @constructor
         * @param {meshbackup.RestoreEnd.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestoreEnd = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestoreEnd blocksSent.
         * @member {number} blocksSent
         * @memberof meshbackup.RestoreEnd
         * @instance
         */
        RestoreEnd.prototype.blocksSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RestoreEnd instance using the specified properties.
         * @function create
         * @memberof meshbackup.RestoreEnd
         * @static
         * @param {meshbackup.RestoreEnd.$Properties=} [properties] Properties to set
         * @returns {meshbackup.RestoreEnd} RestoreEnd instance
         * @type {{
         *   (properties: meshbackup.RestoreEnd.$Shape): meshbackup.RestoreEnd & meshbackup.RestoreEnd.$Shape;
         *   (properties?: meshbackup.RestoreEnd.$Properties): meshbackup.RestoreEnd;
         * }}
         */
        RestoreEnd.create = function(properties) {
            return new RestoreEnd(properties);
        };

        /**
         * Encodes the specified RestoreEnd message. Does not implicitly {@link meshbackup.RestoreEnd.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.RestoreEnd
         * @static
         * @param {meshbackup.RestoreEnd.$Properties} message RestoreEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreEnd.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blocksSent != null && $Object.hasOwnProperty.call(message, "blocksSent") && (typeof message.blocksSent === "object" ? message.blocksSent.low || message.blocksSent.high : message.blocksSent !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.blocksSent);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RestoreEnd message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.RestoreEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.RestoreEnd & meshbackup.RestoreEnd.$Shape} RestoreEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestoreEnd.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.RestoreEnd();
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
                            message.blocksSent = value;
                        else
                            delete message.blocksSent;
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

        return RestoreEnd;
    })();

    meshbackup.PipeFrame = (function() {

        /**
         * Properties of a PipeFrame.
         * @typedef {Object} meshbackup.PipeFrame.$Properties
         * @property {meshbackup.PipeHeader.$Properties|null} [header] PipeFrame header
         * @property {meshbackup.PipeDigests.$Properties|null} [digests] PipeFrame digests
         * @property {meshbackup.PipeBlock.$Properties|null} [block] PipeFrame block
         * @property {meshbackup.PipeEnd.$Properties|null} [end] PipeFrame end
         * @property {meshbackup.PipeSummary.$Properties|null} [summary] PipeFrame summary
         * @property {meshbackup.PipeError.$Properties|null} [error] PipeFrame error
         * @property {"header"|"digests"|"block"|"end"|"summary"|"error"} [frame] PipeFrame frame
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PipeFrame.
         * @memberof meshbackup
         * @interface IPipeFrame
         * @augments meshbackup.PipeFrame.$Properties
         * @deprecated Use meshbackup.PipeFrame.$Properties instead.
         */

        /**
         * Narrowed shape of a PipeFrame.
         * @typedef {{
         *   header?: meshbackup.PipeHeader.$Shape|null;
         *   digests?: meshbackup.PipeDigests.$Shape|null;
         *   block?: meshbackup.PipeBlock.$Shape|null;
         *   end?: meshbackup.PipeEnd.$Shape|null;
         *   summary?: meshbackup.PipeSummary.$Shape|null;
         *   error?: meshbackup.PipeError.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ frame?: undefined; header?: null; digests?: null; block?: null; end?: null; summary?: null; error?: null }|{ frame?: "header"; header: meshbackup.PipeHeader.$Shape; digests?: null; block?: null; end?: null; summary?: null; error?: null }|{ frame?: "digests"; header?: null; digests: meshbackup.PipeDigests.$Shape; block?: null; end?: null; summary?: null; error?: null }|{ frame?: "block"; header?: null; digests?: null; block: meshbackup.PipeBlock.$Shape; end?: null; summary?: null; error?: null }|{ frame?: "end"; header?: null; digests?: null; block?: null; end: meshbackup.PipeEnd.$Shape; summary?: null; error?: null }|{ frame?: "summary"; header?: null; digests?: null; block?: null; end?: null; summary: meshbackup.PipeSummary.$Shape; error?: null }|{ frame?: "error"; header?: null; digests?: null; block?: null; end?: null; summary?: null; error: meshbackup.PipeError.$Shape })
         * )} meshbackup.PipeFrame.$Shape
         */

        /**
         * Constructs a new PipeFrame.
         * @memberof meshbackup
         * @classdesc Represents a PipeFrame.
         * @constructor
         * @param {meshbackup.PipeFrame.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PipeFrame = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PipeFrame header.
         * @member {meshbackup.PipeHeader.$Properties|null|undefined} header
         * @memberof meshbackup.PipeFrame
         * @instance
         */
        PipeFrame.prototype.header = null;

        /**
         * PipeFrame digests.
         * @member {meshbackup.PipeDigests.$Properties|null|undefined} digests
         * @memberof meshbackup.PipeFrame
         * @instance
         */
        PipeFrame.prototype.digests = null;

        /**
         * PipeFrame block.
         * @member {meshbackup.PipeBlock.$Properties|null|undefined} block
         * @memberof meshbackup.PipeFrame
         * @instance
         */
        PipeFrame.prototype.block = null;

        /**
         * PipeFrame end.
         * @member {meshbackup.PipeEnd.$Properties|null|undefined} end
         * @memberof meshbackup.PipeFrame
         * @instance
         */
        PipeFrame.prototype.end = null;

        /**
         * PipeFrame summary.
         * @member {meshbackup.PipeSummary.$Properties|null|undefined} summary
         * @memberof meshbackup.PipeFrame
         * @instance
         */
        PipeFrame.prototype.summary = null;

        /**
         * PipeFrame error.
         * @member {meshbackup.PipeError.$Properties|null|undefined} error
         * @memberof meshbackup.PipeFrame
         * @instance
         */
        PipeFrame.prototype.error = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * PipeFrame frame.
         * @member {"header"|"digests"|"block"|"end"|"summary"|"error"|undefined} frame
         * @memberof meshbackup.PipeFrame
         * @instance
         */
        $Object.defineProperty(PipeFrame.prototype, "frame", {
            get: $util.oneOfGetter($oneOfFields = ["header", "digests", "block", "end", "summary", "error"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new PipeFrame instance using the specified properties.
         * @function create
         * @memberof meshbackup.PipeFrame
         * @static
         * @param {meshbackup.PipeFrame.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PipeFrame} PipeFrame instance
         * @type {{
         *   (properties: meshbackup.PipeFrame.$Shape): meshbackup.PipeFrame & meshbackup.PipeFrame.$Shape;
         *   (properties?: meshbackup.PipeFrame.$Properties): meshbackup.PipeFrame;
         * }}
         */
        PipeFrame.create = function(properties) {
            return new PipeFrame(properties);
        };

        /**
         * Encodes the specified PipeFrame message. Does not implicitly {@link meshbackup.PipeFrame.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PipeFrame
         * @static
         * @param {meshbackup.PipeFrame.$Properties} message PipeFrame message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PipeFrame.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                $root.meshbackup.PipeHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.digests != null && $Object.hasOwnProperty.call(message, "digests"))
                $root.meshbackup.PipeDigests.encode(message.digests, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                $root.meshbackup.PipeBlock.encode(message.block, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                $root.meshbackup.PipeEnd.encode(message.end, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                $root.meshbackup.PipeSummary.encode(message.summary, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.meshbackup.PipeError.encode(message.error, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PipeFrame message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PipeFrame
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PipeFrame & meshbackup.PipeFrame.$Shape} PipeFrame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PipeFrame.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PipeFrame();
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
                        message.header = $root.meshbackup.PipeHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                        message.frame = "header";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.digests = $root.meshbackup.PipeDigests.decode(reader, reader.size(), $undefined, _depth + 1, message.digests);
                        message.frame = "digests";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.block = $root.meshbackup.PipeBlock.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                        message.frame = "block";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.end = $root.meshbackup.PipeEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                        message.frame = "end";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.summary = $root.meshbackup.PipeSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                        message.frame = "summary";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.meshbackup.PipeError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        message.frame = "error";
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

        return PipeFrame;
    })();

    meshbackup.PipeHeader = (function() {

        /**
         * Properties of a PipeHeader.
         * @typedef {Object} meshbackup.PipeHeader.$Properties
         * @property {string|null} [taskId] PipeHeader taskId
         * @property {string|null} [leaseId] PipeHeader leaseId
         * @property {string|null} [sessionId] PipeHeader sessionId
         * @property {string|null} [job] PipeHeader job
         * @property {string|null} [vm] PipeHeader vm
         * @property {number|null} [disk] PipeHeader disk
         * @property {string|null} [diskName] PipeHeader diskName
         * @property {number|null} [size] PipeHeader size
         * @property {number|null} [blockSize] PipeHeader blockSize
         * @property {string|null} [basePoint] PipeHeader basePoint
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PipeHeader.
         * @memberof meshbackup
         * @interface IPipeHeader
         * @augments meshbackup.PipeHeader.$Properties
         * @deprecated Use meshbackup.PipeHeader.$Properties instead.
         */

        /**
         * Shape of a PipeHeader.
         * @typedef {meshbackup.PipeHeader.$Properties} meshbackup.PipeHeader.$Shape
         */

        /**
         * Constructs a new PipeHeader.
         * @memberof meshbackup
         * @classdesc Represents a PipeHeader.
         * @constructor
         * @param {meshbackup.PipeHeader.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PipeHeader = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PipeHeader taskId.
         * @member {string} taskId
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.taskId = "";

        /**
         * PipeHeader leaseId.
         * @member {string} leaseId
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.leaseId = "";

        /**
         * PipeHeader sessionId.
         * @member {string} sessionId
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.sessionId = "";

        /**
         * PipeHeader job.
         * @member {string} job
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.job = "";

        /**
         * PipeHeader vm.
         * @member {string} vm
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.vm = "";

        /**
         * PipeHeader disk.
         * @member {number} disk
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.disk = 0;

        /**
         * PipeHeader diskName.
         * @member {string} diskName
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.diskName = "";

        /**
         * PipeHeader size.
         * @member {number} size
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PipeHeader blockSize.
         * @member {number} blockSize
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.blockSize = 0;

        /**
         * PipeHeader basePoint.
         * @member {string} basePoint
         * @memberof meshbackup.PipeHeader
         * @instance
         */
        PipeHeader.prototype.basePoint = "";

        /**
         * Creates a new PipeHeader instance using the specified properties.
         * @function create
         * @memberof meshbackup.PipeHeader
         * @static
         * @param {meshbackup.PipeHeader.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PipeHeader} PipeHeader instance
         * @type {{
         *   (properties: meshbackup.PipeHeader.$Shape): meshbackup.PipeHeader & meshbackup.PipeHeader.$Shape;
         *   (properties?: meshbackup.PipeHeader.$Properties): meshbackup.PipeHeader;
         * }}
         */
        PipeHeader.create = function(properties) {
            return new PipeHeader(properties);
        };

        /**
         * Encodes the specified PipeHeader message. Does not implicitly {@link meshbackup.PipeHeader.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PipeHeader
         * @static
         * @param {meshbackup.PipeHeader.$Properties} message PipeHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PipeHeader.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
            if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.leaseId);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.sessionId);
            if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.job);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.vm);
            if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.disk);
            if (message.diskName != null && $Object.hasOwnProperty.call(message, "diskName") && message.diskName !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.diskName);
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.size);
            if (message.blockSize != null && $Object.hasOwnProperty.call(message, "blockSize") && message.blockSize !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.blockSize);
            if (message.basePoint != null && $Object.hasOwnProperty.call(message, "basePoint") && message.basePoint !== "")
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.basePoint);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PipeHeader message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PipeHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PipeHeader & meshbackup.PipeHeader.$Shape} PipeHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PipeHeader.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PipeHeader();
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
                            message.leaseId = value;
                        else
                            delete message.leaseId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.sessionId = value;
                        else
                            delete message.sessionId;
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
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.disk = value;
                        else
                            delete message.disk;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.diskName = value;
                        else
                            delete message.diskName;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.size = value;
                        else
                            delete message.size;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.blockSize = value;
                        else
                            delete message.blockSize;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.basePoint = value;
                        else
                            delete message.basePoint;
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

        return PipeHeader;
    })();

    meshbackup.PipeDigests = (function() {

        /**
         * Properties of a PipeDigests.
         * @typedef {Object} meshbackup.PipeDigests.$Properties
         * @property {number|null} [firstIndex] PipeDigests firstIndex
         * @property {Uint8Array|null} [digests] PipeDigests digests
         * @property {boolean|null} [last] PipeDigests last
         * @property {number|null} [baseSize] PipeDigests baseSize
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PipeDigests.
         * @memberof meshbackup
         * @interface IPipeDigests
         * @augments meshbackup.PipeDigests.$Properties
         * @deprecated Use meshbackup.PipeDigests.$Properties instead.
         */

        /**
         * Shape of a PipeDigests.
         * @typedef {meshbackup.PipeDigests.$Properties} meshbackup.PipeDigests.$Shape
         */

        /**
         * Constructs a new PipeDigests.
         * @memberof meshbackup
         * @classdesc Represents a PipeDigests.
         * @constructor
         * @param {meshbackup.PipeDigests.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PipeDigests = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PipeDigests firstIndex.
         * @member {number} firstIndex
         * @memberof meshbackup.PipeDigests
         * @instance
         */
        PipeDigests.prototype.firstIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PipeDigests digests.
         * @member {Uint8Array} digests
         * @memberof meshbackup.PipeDigests
         * @instance
         */
        PipeDigests.prototype.digests = $util.newBuffer([]);

        /**
         * PipeDigests last.
         * @member {boolean} last
         * @memberof meshbackup.PipeDigests
         * @instance
         */
        PipeDigests.prototype.last = false;

        /**
         * PipeDigests baseSize.
         * @member {number} baseSize
         * @memberof meshbackup.PipeDigests
         * @instance
         */
        PipeDigests.prototype.baseSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new PipeDigests instance using the specified properties.
         * @function create
         * @memberof meshbackup.PipeDigests
         * @static
         * @param {meshbackup.PipeDigests.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PipeDigests} PipeDigests instance
         * @type {{
         *   (properties: meshbackup.PipeDigests.$Shape): meshbackup.PipeDigests & meshbackup.PipeDigests.$Shape;
         *   (properties?: meshbackup.PipeDigests.$Properties): meshbackup.PipeDigests;
         * }}
         */
        PipeDigests.create = function(properties) {
            return new PipeDigests(properties);
        };

        /**
         * Encodes the specified PipeDigests message. Does not implicitly {@link meshbackup.PipeDigests.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PipeDigests
         * @static
         * @param {meshbackup.PipeDigests.$Properties} message PipeDigests message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PipeDigests.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.firstIndex != null && $Object.hasOwnProperty.call(message, "firstIndex") && (typeof message.firstIndex === "object" ? message.firstIndex.low || message.firstIndex.high : message.firstIndex !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.firstIndex);
            if (message.digests != null && $Object.hasOwnProperty.call(message, "digests") && message.digests.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.digests);
            if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.last);
            if (message.baseSize != null && $Object.hasOwnProperty.call(message, "baseSize") && (typeof message.baseSize === "object" ? message.baseSize.low || message.baseSize.high : message.baseSize !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.baseSize);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PipeDigests message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PipeDigests
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PipeDigests & meshbackup.PipeDigests.$Shape} PipeDigests
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PipeDigests.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PipeDigests();
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
                            message.firstIndex = value;
                        else
                            delete message.firstIndex;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digests = value;
                        else
                            delete message.digests;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.last = value;
                        else
                            delete message.last;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.baseSize = value;
                        else
                            delete message.baseSize;
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

        return PipeDigests;
    })();

    meshbackup.PipeBlock = (function() {

        /**
         * Properties of a PipeBlock.
         * @typedef {Object} meshbackup.PipeBlock.$Properties
         * @property {number|null} [index] PipeBlock index
         * @property {Uint8Array|null} [digest] PipeBlock digest
         * @property {number|null} [rawLength] PipeBlock rawLength
         * @property {boolean|null} [zero] PipeBlock zero
         * @property {string|null} [compression] PipeBlock compression
         * @property {Uint8Array|null} [data] PipeBlock data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PipeBlock.
         * @memberof meshbackup
         * @interface IPipeBlock
         * @augments meshbackup.PipeBlock.$Properties
         * @deprecated Use meshbackup.PipeBlock.$Properties instead.
         */

        /**
         * Shape of a PipeBlock.
         * @typedef {meshbackup.PipeBlock.$Properties} meshbackup.PipeBlock.$Shape
         */

        /**
         * Constructs a new PipeBlock.
         * @memberof meshbackup
         * @classdesc Represents a PipeBlock.
         * @constructor
         * @param {meshbackup.PipeBlock.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PipeBlock = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PipeBlock index.
         * @member {number} index
         * @memberof meshbackup.PipeBlock
         * @instance
         */
        PipeBlock.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PipeBlock digest.
         * @member {Uint8Array} digest
         * @memberof meshbackup.PipeBlock
         * @instance
         */
        PipeBlock.prototype.digest = $util.newBuffer([]);

        /**
         * PipeBlock rawLength.
         * @member {number} rawLength
         * @memberof meshbackup.PipeBlock
         * @instance
         */
        PipeBlock.prototype.rawLength = 0;

        /**
         * PipeBlock zero.
         * @member {boolean} zero
         * @memberof meshbackup.PipeBlock
         * @instance
         */
        PipeBlock.prototype.zero = false;

        /**
         * PipeBlock compression.
         * @member {string} compression
         * @memberof meshbackup.PipeBlock
         * @instance
         */
        PipeBlock.prototype.compression = "";

        /**
         * PipeBlock data.
         * @member {Uint8Array} data
         * @memberof meshbackup.PipeBlock
         * @instance
         */
        PipeBlock.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new PipeBlock instance using the specified properties.
         * @function create
         * @memberof meshbackup.PipeBlock
         * @static
         * @param {meshbackup.PipeBlock.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PipeBlock} PipeBlock instance
         * @type {{
         *   (properties: meshbackup.PipeBlock.$Shape): meshbackup.PipeBlock & meshbackup.PipeBlock.$Shape;
         *   (properties?: meshbackup.PipeBlock.$Properties): meshbackup.PipeBlock;
         * }}
         */
        PipeBlock.create = function(properties) {
            return new PipeBlock(properties);
        };

        /**
         * Encodes the specified PipeBlock message. Does not implicitly {@link meshbackup.PipeBlock.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PipeBlock
         * @static
         * @param {meshbackup.PipeBlock.$Properties} message PipeBlock message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PipeBlock.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.digest);
            if (message.rawLength != null && $Object.hasOwnProperty.call(message, "rawLength") && message.rawLength !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.rawLength);
            if (message.zero != null && $Object.hasOwnProperty.call(message, "zero") && message.zero !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.zero);
            if (message.compression != null && $Object.hasOwnProperty.call(message, "compression") && message.compression !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.compression);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PipeBlock message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PipeBlock
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PipeBlock & meshbackup.PipeBlock.$Shape} PipeBlock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PipeBlock.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PipeBlock();
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
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.digest = value;
                        else
                            delete message.digest;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.rawLength = value;
                        else
                            delete message.rawLength;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.zero = value;
                        else
                            delete message.zero;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.compression = value;
                        else
                            delete message.compression;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
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

        return PipeBlock;
    })();

    meshbackup.PipeEnd = (function() {

        /**
         * Properties of a PipeEnd.
         * @typedef {Object} meshbackup.PipeEnd.$Properties
         * @property {number|null} [blocksSent] PipeEnd blocksSent
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PipeEnd.
         * @memberof meshbackup
         * @interface IPipeEnd
         * @augments meshbackup.PipeEnd.$Properties
         * @deprecated Use meshbackup.PipeEnd.$Properties instead.
         */

        /**
         * Shape of a PipeEnd.
         * @typedef {meshbackup.PipeEnd.$Properties} meshbackup.PipeEnd.$Shape
         */

        /**
         * Constructs a new PipeEnd.
         * @memberof meshbackup
         * @classdesc Represents a PipeEnd.
         * @constructor
         * @param {meshbackup.PipeEnd.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PipeEnd = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PipeEnd blocksSent.
         * @member {number} blocksSent
         * @memberof meshbackup.PipeEnd
         * @instance
         */
        PipeEnd.prototype.blocksSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new PipeEnd instance using the specified properties.
         * @function create
         * @memberof meshbackup.PipeEnd
         * @static
         * @param {meshbackup.PipeEnd.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PipeEnd} PipeEnd instance
         * @type {{
         *   (properties: meshbackup.PipeEnd.$Shape): meshbackup.PipeEnd & meshbackup.PipeEnd.$Shape;
         *   (properties?: meshbackup.PipeEnd.$Properties): meshbackup.PipeEnd;
         * }}
         */
        PipeEnd.create = function(properties) {
            return new PipeEnd(properties);
        };

        /**
         * Encodes the specified PipeEnd message. Does not implicitly {@link meshbackup.PipeEnd.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PipeEnd
         * @static
         * @param {meshbackup.PipeEnd.$Properties} message PipeEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PipeEnd.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blocksSent != null && $Object.hasOwnProperty.call(message, "blocksSent") && (typeof message.blocksSent === "object" ? message.blocksSent.low || message.blocksSent.high : message.blocksSent !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.blocksSent);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PipeEnd message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PipeEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PipeEnd & meshbackup.PipeEnd.$Shape} PipeEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PipeEnd.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PipeEnd();
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
                            message.blocksSent = value;
                        else
                            delete message.blocksSent;
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

        return PipeEnd;
    })();

    meshbackup.PipeSummary = (function() {

        /**
         * Properties of a PipeSummary.
         * @typedef {Object} meshbackup.PipeSummary.$Properties
         * @property {string|null} [stagedId] PipeSummary stagedId
         * @property {number|null} [blocksReceived] PipeSummary blocksReceived
         * @property {number|null} [blocksStored] PipeSummary blocksStored
         * @property {number|null} [blocksDeduped] PipeSummary blocksDeduped
         * @property {number|null} [bytesStored] PipeSummary bytesStored
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PipeSummary.
         * @memberof meshbackup
         * @interface IPipeSummary
         * @augments meshbackup.PipeSummary.$Properties
         * @deprecated Use meshbackup.PipeSummary.$Properties instead.
         */

        /**
         * Shape of a PipeSummary.
         * @typedef {meshbackup.PipeSummary.$Properties} meshbackup.PipeSummary.$Shape
         */

        /**
         * Constructs a new PipeSummary.
         * @memberof meshbackup
         * @classdesc Represents a PipeSummary.
         * @constructor
         * @param {meshbackup.PipeSummary.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PipeSummary = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PipeSummary stagedId.
         * @member {string} stagedId
         * @memberof meshbackup.PipeSummary
         * @instance
         */
        PipeSummary.prototype.stagedId = "";

        /**
         * PipeSummary blocksReceived.
         * @member {number} blocksReceived
         * @memberof meshbackup.PipeSummary
         * @instance
         */
        PipeSummary.prototype.blocksReceived = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PipeSummary blocksStored.
         * @member {number} blocksStored
         * @memberof meshbackup.PipeSummary
         * @instance
         */
        PipeSummary.prototype.blocksStored = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PipeSummary blocksDeduped.
         * @member {number} blocksDeduped
         * @memberof meshbackup.PipeSummary
         * @instance
         */
        PipeSummary.prototype.blocksDeduped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PipeSummary bytesStored.
         * @member {number} bytesStored
         * @memberof meshbackup.PipeSummary
         * @instance
         */
        PipeSummary.prototype.bytesStored = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new PipeSummary instance using the specified properties.
         * @function create
         * @memberof meshbackup.PipeSummary
         * @static
         * @param {meshbackup.PipeSummary.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PipeSummary} PipeSummary instance
         * @type {{
         *   (properties: meshbackup.PipeSummary.$Shape): meshbackup.PipeSummary & meshbackup.PipeSummary.$Shape;
         *   (properties?: meshbackup.PipeSummary.$Properties): meshbackup.PipeSummary;
         * }}
         */
        PipeSummary.create = function(properties) {
            return new PipeSummary(properties);
        };

        /**
         * Encodes the specified PipeSummary message. Does not implicitly {@link meshbackup.PipeSummary.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PipeSummary
         * @static
         * @param {meshbackup.PipeSummary.$Properties} message PipeSummary message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PipeSummary.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.stagedId != null && $Object.hasOwnProperty.call(message, "stagedId") && message.stagedId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.stagedId);
            if (message.blocksReceived != null && $Object.hasOwnProperty.call(message, "blocksReceived") && (typeof message.blocksReceived === "object" ? message.blocksReceived.low || message.blocksReceived.high : message.blocksReceived !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.blocksReceived);
            if (message.blocksStored != null && $Object.hasOwnProperty.call(message, "blocksStored") && (typeof message.blocksStored === "object" ? message.blocksStored.low || message.blocksStored.high : message.blocksStored !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.blocksStored);
            if (message.blocksDeduped != null && $Object.hasOwnProperty.call(message, "blocksDeduped") && (typeof message.blocksDeduped === "object" ? message.blocksDeduped.low || message.blocksDeduped.high : message.blocksDeduped !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.blocksDeduped);
            if (message.bytesStored != null && $Object.hasOwnProperty.call(message, "bytesStored") && (typeof message.bytesStored === "object" ? message.bytesStored.low || message.bytesStored.high : message.bytesStored !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.bytesStored);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PipeSummary message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PipeSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PipeSummary & meshbackup.PipeSummary.$Shape} PipeSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PipeSummary.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PipeSummary();
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
                            message.stagedId = value;
                        else
                            delete message.stagedId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.blocksReceived = value;
                        else
                            delete message.blocksReceived;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.blocksStored = value;
                        else
                            delete message.blocksStored;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.blocksDeduped = value;
                        else
                            delete message.blocksDeduped;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.bytesStored = value;
                        else
                            delete message.bytesStored;
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

        return PipeSummary;
    })();

    meshbackup.PipeError = (function() {

        /**
         * Properties of a PipeError.
         * @typedef {Object} meshbackup.PipeError.$Properties
         * @property {string|null} [code] PipeError code
         * @property {string|null} [message] PipeError message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PipeError.
         * @memberof meshbackup
         * @interface IPipeError
         * @augments meshbackup.PipeError.$Properties
         * @deprecated Use meshbackup.PipeError.$Properties instead.
         */

        /**
         * Shape of a PipeError.
         * @typedef {meshbackup.PipeError.$Properties} meshbackup.PipeError.$Shape
         */

        /**
         * Constructs a new PipeError.
         * @memberof meshbackup
         * @classdesc Represents a PipeError.
         * @constructor
         * @param {meshbackup.PipeError.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PipeError = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PipeError code.
         * @member {string} code
         * @memberof meshbackup.PipeError
         * @instance
         */
        PipeError.prototype.code = "";

        /**
         * PipeError message.
         * @member {string} message
         * @memberof meshbackup.PipeError
         * @instance
         */
        PipeError.prototype.message = "";

        /**
         * Creates a new PipeError instance using the specified properties.
         * @function create
         * @memberof meshbackup.PipeError
         * @static
         * @param {meshbackup.PipeError.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PipeError} PipeError instance
         * @type {{
         *   (properties: meshbackup.PipeError.$Shape): meshbackup.PipeError & meshbackup.PipeError.$Shape;
         *   (properties?: meshbackup.PipeError.$Properties): meshbackup.PipeError;
         * }}
         */
        PipeError.create = function(properties) {
            return new PipeError(properties);
        };

        /**
         * Encodes the specified PipeError message. Does not implicitly {@link meshbackup.PipeError.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PipeError
         * @static
         * @param {meshbackup.PipeError.$Properties} message PipeError message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PipeError.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PipeError message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PipeError
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.PipeError & meshbackup.PipeError.$Shape} PipeError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PipeError.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.meshbackup.PipeError();
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

        return PipeError;
    })();

    meshbackup.AdminRequest = (function() {

        /**
         * Properties of an AdminRequest.
         * @typedef {Object} meshbackup.AdminRequest.$Properties
         * @property {meshbackup.StatusRequest.$Properties|null} [status] AdminRequest status
         * @property {meshbackup.MembersAdd.$Properties|null} [membersAdd] AdminRequest membersAdd
         * @property {meshbackup.HostSpec.$Properties|null} [hostAdd] AdminRequest hostAdd
         * @property {meshbackup.HostListRequest.$Properties|null} [hostList] AdminRequest hostList
         * @property {meshbackup.Job.$Properties|null} [jobAdd] AdminRequest jobAdd
         * @property {meshbackup.JobListRequest.$Properties|null} [jobList] AdminRequest jobList
         * @property {meshbackup.JobRun.$Properties|null} [jobRun] AdminRequest jobRun
         * @property {meshbackup.SessionShow.$Properties|null} [sessionShow] AdminRequest sessionShow
         * @property {meshbackup.PointsListRequest.$Properties|null} [pointsList] AdminRequest pointsList
         * @property {meshbackup.RestoreDisk.$Properties|null} [restore] AdminRequest restore
         * @property {meshbackup.VerifyRequest.$Properties|null} [verify] AdminRequest verify
         * @property {"status"|"membersAdd"|"hostAdd"|"hostList"|"jobAdd"|"jobList"|"jobRun"|"sessionShow"|"pointsList"|"restore"|"verify"} [request] AdminRequest request
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AdminRequest.
         * @memberof meshbackup
         * @interface IAdminRequest
         * @augments meshbackup.AdminRequest.$Properties
         * @deprecated Use meshbackup.AdminRequest.$Properties instead.
         */

        /**
         * Narrowed shape of an AdminRequest.
         * @typedef {{
         *   status?: meshbackup.StatusRequest.$Shape|null;
         *   membersAdd?: meshbackup.MembersAdd.$Shape|null;
         *   hostAdd?: meshbackup.HostSpec.$Shape|null;
         *   hostList?: meshbackup.HostListRequest.$Shape|null;
         *   jobAdd?: meshbackup.Job.$Shape|null;
         *   jobList?: meshbackup.JobListRequest.$Shape|null;
         *   jobRun?: meshbackup.JobRun.$Shape|null;
         *   sessionShow?: meshbackup.SessionShow.$Shape|null;
         *   pointsList?: meshbackup.PointsListRequest.$Shape|null;
         *   restore?: meshbackup.RestoreDisk.$Shape|null;
         *   verify?: meshbackup.VerifyRequest.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ request?: undefined; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null }|{ request?: "status"; status: meshbackup.StatusRequest.$Shape; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null }|{ request?: "membersAdd"; status?: null; membersAdd: meshbackup.MembersAdd.$Shape; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null }|{ request?: "hostAdd"; status?: null; membersAdd?: null; hostAdd: meshbackup.HostSpec.$Shape; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null }|{ request?: "hostList"; status?: null; membersAdd?: null; hostAdd?: null; hostList: meshbackup.HostListRequest.$Shape; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null }|{ request?: "jobAdd"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd: meshbackup.Job.$Shape; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null }|{ request?: "jobList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList: meshbackup.JobListRequest.$Shape; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null }|{ request?: "jobRun"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun: meshbackup.JobRun.$Shape; sessionShow?: null; pointsList?: null; restore?: null; verify?: null }|{ request?: "sessionShow"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow: meshbackup.SessionShow.$Shape; pointsList?: null; restore?: null; verify?: null }|{ request?: "pointsList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList: meshbackup.PointsListRequest.$Shape; restore?: null; verify?: null }|{ request?: "restore"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore: meshbackup.RestoreDisk.$Shape; verify?: null }|{ request?: "verify"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify: meshbackup.VerifyRequest.$Shape })
         * )} meshbackup.AdminRequest.$Shape
         */

        /**
         * Constructs a new AdminRequest.
         * @memberof meshbackup
         * @classdesc Represents an AdminRequest.
         * @constructor
         * @param {meshbackup.AdminRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AdminRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AdminRequest status.
         * @member {meshbackup.StatusRequest.$Properties|null|undefined} status
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.status = null;

        /**
         * AdminRequest membersAdd.
         * @member {meshbackup.MembersAdd.$Properties|null|undefined} membersAdd
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.membersAdd = null;

        /**
         * AdminRequest hostAdd.
         * @member {meshbackup.HostSpec.$Properties|null|undefined} hostAdd
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.hostAdd = null;

        /**
         * AdminRequest hostList.
         * @member {meshbackup.HostListRequest.$Properties|null|undefined} hostList
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.hostList = null;

        /**
         * AdminRequest jobAdd.
         * @member {meshbackup.Job.$Properties|null|undefined} jobAdd
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.jobAdd = null;

        /**
         * AdminRequest jobList.
         * @member {meshbackup.JobListRequest.$Properties|null|undefined} jobList
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.jobList = null;

        /**
         * AdminRequest jobRun.
         * @member {meshbackup.JobRun.$Properties|null|undefined} jobRun
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.jobRun = null;

        /**
         * AdminRequest sessionShow.
         * @member {meshbackup.SessionShow.$Properties|null|undefined} sessionShow
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.sessionShow = null;

        /**
         * AdminRequest pointsList.
         * @member {meshbackup.PointsListRequest.$Properties|null|undefined} pointsList
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.pointsList = null;

        /**
         * AdminRequest restore.
         * @member {meshbackup.RestoreDisk.$Properties|null|undefined} restore
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.restore = null;

        /**
         * AdminRequest verify.
         * @member {meshbackup.VerifyRequest.$Properties|null|undefined} verify
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        AdminRequest.prototype.verify = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * AdminRequest request.
         * @member {"status"|"membersAdd"|"hostAdd"|"hostList"|"jobAdd"|"jobList"|"jobRun"|"sessionShow"|"pointsList"|"restore"|"verify"|undefined} request
         * @memberof meshbackup.AdminRequest
         * @instance
         */
        $Object.defineProperty(AdminRequest.prototype, "request", {
            get: $util.oneOfGetter($oneOfFields = ["status", "membersAdd", "hostAdd", "hostList", "jobAdd", "jobList", "jobRun", "sessionShow", "pointsList", "restore", "verify"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new AdminRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.AdminRequest
         * @static
         * @param {meshbackup.AdminRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.AdminRequest} AdminRequest instance
         * @type {{
         *   (properties: meshbackup.AdminRequest.$Shape): meshbackup.AdminRequest & meshbackup.AdminRequest.$Shape;
         *   (properties?: meshbackup.AdminRequest.$Properties): meshbackup.AdminRequest;
         * }}
         */
        AdminRequest.create = function(properties) {
            return new AdminRequest(properties);
        };

        /**
         * Encodes the specified AdminRequest message. Does not implicitly {@link meshbackup.AdminRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.AdminRequest
         * @static
         * @param {meshbackup.AdminRequest.$Properties} message AdminRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AdminRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.meshbackup.StatusRequest.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.membersAdd != null && $Object.hasOwnProperty.call(message, "membersAdd"))
                $root.meshbackup.MembersAdd.encode(message.membersAdd, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.hostAdd != null && $Object.hasOwnProperty.call(message, "hostAdd"))
                $root.meshbackup.HostSpec.encode(message.hostAdd, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.hostList != null && $Object.hasOwnProperty.call(message, "hostList"))
                $root.meshbackup.HostListRequest.encode(message.hostList, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.jobAdd != null && $Object.hasOwnProperty.call(message, "jobAdd"))
                $root.meshbackup.Job.encode(message.jobAdd, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.jobList != null && $Object.hasOwnProperty.call(message, "jobList"))
                $root.meshbackup.JobListRequest.encode(message.jobList, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.jobRun != null && $Object.hasOwnProperty.call(message, "jobRun"))
                $root.meshbackup.JobRun.encode(message.jobRun, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.sessionShow != null && $Object.hasOwnProperty.call(message, "sessionShow"))
                $root.meshbackup.SessionShow.encode(message.sessionShow, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.pointsList != null && $Object.hasOwnProperty.call(message, "pointsList"))
                $root.meshbackup.PointsListRequest.encode(message.pointsList, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.restore != null && $Object.hasOwnProperty.call(message, "restore"))
                $root.meshbackup.RestoreDisk.encode(message.restore, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.verify != null && $Object.hasOwnProperty.call(message, "verify"))
                $root.meshbackup.VerifyRequest.encode(message.verify, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AdminRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.AdminRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.AdminRequest & meshbackup.AdminRequest.$Shape} AdminRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return AdminRequest;
    })();

    meshbackup.AdminReply = (function() {

        /**
         * Properties of an AdminReply.
         * @typedef {Object} meshbackup.AdminReply.$Properties
         * @property {meshbackup.Ok.$Properties|null} [ok] AdminReply ok
         * @property {meshbackup.AdminError.$Properties|null} [error] AdminReply error
         * @property {meshbackup.StatusReply.$Properties|null} [status] AdminReply status
         * @property {meshbackup.HostList.$Properties|null} [hosts] AdminReply hosts
         * @property {meshbackup.JobList.$Properties|null} [jobs] AdminReply jobs
         * @property {meshbackup.SessionRecord.$Properties|null} [session] AdminReply session
         * @property {meshbackup.PointsList.$Properties|null} [points] AdminReply points
         * @property {meshbackup.VerifyReport.$Properties|null} [verifyReport] AdminReply verifyReport
         * @property {meshbackup.Progress.$Properties|null} [progress] AdminReply progress
         * @property {meshbackup.RestoreDone.$Properties|null} [restoreDone] AdminReply restoreDone
         * @property {"ok"|"error"|"status"|"hosts"|"jobs"|"session"|"points"|"verifyReport"|"progress"|"restoreDone"} [reply] AdminReply reply
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AdminReply.
         * @memberof meshbackup
         * @interface IAdminReply
         * @augments meshbackup.AdminReply.$Properties
         * @deprecated Use meshbackup.AdminReply.$Properties instead.
         */

        /**
         * Narrowed shape of an AdminReply.
         * @typedef {{
         *   ok?: meshbackup.Ok.$Shape|null;
         *   error?: meshbackup.AdminError.$Shape|null;
         *   status?: meshbackup.StatusReply.$Shape|null;
         *   hosts?: meshbackup.HostList.$Shape|null;
         *   jobs?: meshbackup.JobList.$Shape|null;
         *   session?: meshbackup.SessionRecord.$Shape|null;
         *   points?: meshbackup.PointsList.$Shape|null;
         *   verifyReport?: meshbackup.VerifyReport.$Shape|null;
         *   progress?: meshbackup.Progress.$Shape|null;
         *   restoreDone?: meshbackup.RestoreDone.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ reply?: undefined; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null }|{ reply?: "ok"; ok: meshbackup.Ok.$Shape; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null }|{ reply?: "error"; ok?: null; error: meshbackup.AdminError.$Shape; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null }|{ reply?: "status"; ok?: null; error?: null; status: meshbackup.StatusReply.$Shape; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null }|{ reply?: "hosts"; ok?: null; error?: null; status?: null; hosts: meshbackup.HostList.$Shape; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null }|{ reply?: "jobs"; ok?: null; error?: null; status?: null; hosts?: null; jobs: meshbackup.JobList.$Shape; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null }|{ reply?: "session"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session: meshbackup.SessionRecord.$Shape; points?: null; verifyReport?: null; progress?: null; restoreDone?: null }|{ reply?: "points"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points: meshbackup.PointsList.$Shape; verifyReport?: null; progress?: null; restoreDone?: null }|{ reply?: "verifyReport"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport: meshbackup.VerifyReport.$Shape; progress?: null; restoreDone?: null }|{ reply?: "progress"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress: meshbackup.Progress.$Shape; restoreDone?: null }|{ reply?: "restoreDone"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone: meshbackup.RestoreDone.$Shape })
         * )} meshbackup.AdminReply.$Shape
         */

        /**
         * Constructs a new AdminReply.
         * @memberof meshbackup
         * @classdesc Represents an AdminReply.
         * @constructor
         * @param {meshbackup.AdminReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AdminReply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AdminReply ok.
         * @member {meshbackup.Ok.$Properties|null|undefined} ok
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.ok = null;

        /**
         * AdminReply error.
         * @member {meshbackup.AdminError.$Properties|null|undefined} error
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.error = null;

        /**
         * AdminReply status.
         * @member {meshbackup.StatusReply.$Properties|null|undefined} status
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.status = null;

        /**
         * AdminReply hosts.
         * @member {meshbackup.HostList.$Properties|null|undefined} hosts
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.hosts = null;

        /**
         * AdminReply jobs.
         * @member {meshbackup.JobList.$Properties|null|undefined} jobs
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.jobs = null;

        /**
         * AdminReply session.
         * @member {meshbackup.SessionRecord.$Properties|null|undefined} session
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.session = null;

        /**
         * AdminReply points.
         * @member {meshbackup.PointsList.$Properties|null|undefined} points
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.points = null;

        /**
         * AdminReply verifyReport.
         * @member {meshbackup.VerifyReport.$Properties|null|undefined} verifyReport
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.verifyReport = null;

        /**
         * AdminReply progress.
         * @member {meshbackup.Progress.$Properties|null|undefined} progress
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.progress = null;

        /**
         * AdminReply restoreDone.
         * @member {meshbackup.RestoreDone.$Properties|null|undefined} restoreDone
         * @memberof meshbackup.AdminReply
         * @instance
         */
        AdminReply.prototype.restoreDone = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * AdminReply reply.
         * @member {"ok"|"error"|"status"|"hosts"|"jobs"|"session"|"points"|"verifyReport"|"progress"|"restoreDone"|undefined} reply
         * @memberof meshbackup.AdminReply
         * @instance
         */
        $Object.defineProperty(AdminReply.prototype, "reply", {
            get: $util.oneOfGetter($oneOfFields = ["ok", "error", "status", "hosts", "jobs", "session", "points", "verifyReport", "progress", "restoreDone"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new AdminReply instance using the specified properties.
         * @function create
         * @memberof meshbackup.AdminReply
         * @static
         * @param {meshbackup.AdminReply.$Properties=} [properties] Properties to set
         * @returns {meshbackup.AdminReply} AdminReply instance
         * @type {{
         *   (properties: meshbackup.AdminReply.$Shape): meshbackup.AdminReply & meshbackup.AdminReply.$Shape;
         *   (properties?: meshbackup.AdminReply.$Properties): meshbackup.AdminReply;
         * }}
         */
        AdminReply.create = function(properties) {
            return new AdminReply(properties);
        };

        /**
         * Encodes the specified AdminReply message. Does not implicitly {@link meshbackup.AdminReply.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.AdminReply
         * @static
         * @param {meshbackup.AdminReply.$Properties} message AdminReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AdminReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                $root.meshbackup.Ok.encode(message.ok, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.meshbackup.AdminError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.meshbackup.StatusReply.encode(message.status, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.hosts != null && $Object.hasOwnProperty.call(message, "hosts"))
                $root.meshbackup.HostList.encode(message.hosts, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.jobs != null && $Object.hasOwnProperty.call(message, "jobs"))
                $root.meshbackup.JobList.encode(message.jobs, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
                $root.meshbackup.SessionRecord.encode(message.session, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.points != null && $Object.hasOwnProperty.call(message, "points"))
                $root.meshbackup.PointsList.encode(message.points, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.verifyReport != null && $Object.hasOwnProperty.call(message, "verifyReport"))
                $root.meshbackup.VerifyReport.encode(message.verifyReport, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.progress != null && $Object.hasOwnProperty.call(message, "progress"))
                $root.meshbackup.Progress.encode(message.progress, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.restoreDone != null && $Object.hasOwnProperty.call(message, "restoreDone"))
                $root.meshbackup.RestoreDone.encode(message.restoreDone, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AdminReply message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.AdminReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.AdminReply & meshbackup.AdminReply.$Shape} AdminReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return AdminReply;
    })();

    meshbackup.AdminError = (function() {

        /**
         * Properties of an AdminError.
         * @typedef {Object} meshbackup.AdminError.$Properties
         * @property {string|null} [code] AdminError code
         * @property {string|null} [message] AdminError message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AdminError.
         * @memberof meshbackup
         * @interface IAdminError
         * @augments meshbackup.AdminError.$Properties
         * @deprecated Use meshbackup.AdminError.$Properties instead.
         */

        /**
         * Shape of an AdminError.
         * @typedef {meshbackup.AdminError.$Properties} meshbackup.AdminError.$Shape
         */

        /**
         * Constructs a new AdminError.
         * @memberof meshbackup
         * @classdesc Represents an AdminError.
         * @constructor
         * @param {meshbackup.AdminError.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AdminError = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AdminError code.
         * @member {string} code
         * @memberof meshbackup.AdminError
         * @instance
         */
        AdminError.prototype.code = "";

        /**
         * AdminError message.
         * @member {string} message
         * @memberof meshbackup.AdminError
         * @instance
         */
        AdminError.prototype.message = "";

        /**
         * Creates a new AdminError instance using the specified properties.
         * @function create
         * @memberof meshbackup.AdminError
         * @static
         * @param {meshbackup.AdminError.$Properties=} [properties] Properties to set
         * @returns {meshbackup.AdminError} AdminError instance
         * @type {{
         *   (properties: meshbackup.AdminError.$Shape): meshbackup.AdminError & meshbackup.AdminError.$Shape;
         *   (properties?: meshbackup.AdminError.$Properties): meshbackup.AdminError;
         * }}
         */
        AdminError.create = function(properties) {
            return new AdminError(properties);
        };

        /**
         * Encodes the specified AdminError message. Does not implicitly {@link meshbackup.AdminError.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.AdminError
         * @static
         * @param {meshbackup.AdminError.$Properties} message AdminError message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AdminError.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AdminError message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.AdminError
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.AdminError & meshbackup.AdminError.$Shape} AdminError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return AdminError;
    })();

    meshbackup.StatusRequest = (function() {

        /**
         * Properties of a StatusRequest.
         * @typedef {Object} meshbackup.StatusRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusRequest.
         * @memberof meshbackup
         * @interface IStatusRequest
         * @augments meshbackup.StatusRequest.$Properties
         * @deprecated Use meshbackup.StatusRequest.$Properties instead.
         */

        /**
         * Shape of a StatusRequest.
         * @typedef {meshbackup.StatusRequest.$Properties} meshbackup.StatusRequest.$Shape
         */

        /**
         * Constructs a new StatusRequest.
         * @memberof meshbackup
         * @classdesc Represents a StatusRequest.
         * @constructor
         * @param {meshbackup.StatusRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {meshbackup.StatusRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.StatusRequest} StatusRequest instance
         * @type {{
         *   (properties: meshbackup.StatusRequest.$Shape): meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape;
         *   (properties?: meshbackup.StatusRequest.$Properties): meshbackup.StatusRequest;
         * }}
         */
        StatusRequest.create = function(properties) {
            return new StatusRequest(properties);
        };

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link meshbackup.StatusRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {meshbackup.StatusRequest.$Properties} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
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

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return StatusRequest;
    })();

    meshbackup.StatusReply = (function() {

        /**
         * Properties of a StatusReply.
         * @typedef {Object} meshbackup.StatusReply.$Properties
         * @property {string|null} [peerId] StatusReply peerId
         * @property {Array.<string>|null} [roles] StatusReply roles
         * @property {Array.<string>|null} [addrs] StatusReply addrs
         * @property {Array.<string>|null} [connected] StatusReply connected
         * @property {Array.<meshbackup.CapacityEntry.$Properties>|null} [capacity] StatusReply capacity
         * @property {Array.<string>|null} [members] StatusReply members
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusReply.
         * @memberof meshbackup
         * @interface IStatusReply
         * @augments meshbackup.StatusReply.$Properties
         * @deprecated Use meshbackup.StatusReply.$Properties instead.
         */

        /**
         * Shape of a StatusReply.
         * @typedef {meshbackup.StatusReply.$Properties} meshbackup.StatusReply.$Shape
         */

        /**
         * Constructs a new StatusReply.
         * @memberof meshbackup
         * @classdesc Represents a StatusReply.
         * @constructor
         * @param {meshbackup.StatusReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
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

        /**
         * StatusReply peerId.
         * @member {string} peerId
         * @memberof meshbackup.StatusReply
         * @instance
         */
        StatusReply.prototype.peerId = "";

        /**
         * StatusReply roles.
         * @member {Array.<string>} roles
         * @memberof meshbackup.StatusReply
         * @instance
         */
        StatusReply.prototype.roles = $util.emptyArray;

        /**
         * StatusReply addrs.
         * @member {Array.<string>} addrs
         * @memberof meshbackup.StatusReply
         * @instance
         */
        StatusReply.prototype.addrs = $util.emptyArray;

        /**
         * StatusReply connected.
         * @member {Array.<string>} connected
         * @memberof meshbackup.StatusReply
         * @instance
         */
        StatusReply.prototype.connected = $util.emptyArray;

        /**
         * StatusReply capacity.
         * @member {Array.<meshbackup.CapacityEntry.$Properties>} capacity
         * @memberof meshbackup.StatusReply
         * @instance
         */
        StatusReply.prototype.capacity = $util.emptyArray;

        /**
         * StatusReply members.
         * @member {Array.<string>} members
         * @memberof meshbackup.StatusReply
         * @instance
         */
        StatusReply.prototype.members = $util.emptyArray;

        /**
         * Creates a new StatusReply instance using the specified properties.
         * @function create
         * @memberof meshbackup.StatusReply
         * @static
         * @param {meshbackup.StatusReply.$Properties=} [properties] Properties to set
         * @returns {meshbackup.StatusReply} StatusReply instance
         * @type {{
         *   (properties: meshbackup.StatusReply.$Shape): meshbackup.StatusReply & meshbackup.StatusReply.$Shape;
         *   (properties?: meshbackup.StatusReply.$Properties): meshbackup.StatusReply;
         * }}
         */
        StatusReply.create = function(properties) {
            return new StatusReply(properties);
        };

        /**
         * Encodes the specified StatusReply message. Does not implicitly {@link meshbackup.StatusReply.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.StatusReply
         * @static
         * @param {meshbackup.StatusReply.$Properties} message StatusReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
            if (message.roles != null && message.roles.length)
                for (let i = 0; i < message.roles.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.roles[i]);
            if (message.addrs != null && message.addrs.length)
                for (let i = 0; i < message.addrs.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.addrs[i]);
            if (message.connected != null && message.connected.length)
                for (let i = 0; i < message.connected.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.connected[i]);
            if (message.capacity != null && message.capacity.length)
                for (let i = 0; i < message.capacity.length; ++i)
                    $root.meshbackup.CapacityEntry.encode(message.capacity[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.members[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StatusReply message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.StatusReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.StatusReply & meshbackup.StatusReply.$Shape} StatusReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return StatusReply;
    })();

    meshbackup.CapacityEntry = (function() {

        /**
         * Properties of a CapacityEntry.
         * @typedef {Object} meshbackup.CapacityEntry.$Properties
         * @property {meshbackup.Announcement.$Properties|null} [announcement] CapacityEntry announcement
         * @property {number|null} [ageMs] CapacityEntry ageMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CapacityEntry.
         * @memberof meshbackup
         * @interface ICapacityEntry
         * @augments meshbackup.CapacityEntry.$Properties
         * @deprecated Use meshbackup.CapacityEntry.$Properties instead.
         */

        /**
         * Shape of a CapacityEntry.
         * @typedef {meshbackup.CapacityEntry.$Properties} meshbackup.CapacityEntry.$Shape
         */

        /**
         * Constructs a new CapacityEntry.
         * @memberof meshbackup
         * @classdesc Represents a CapacityEntry.
         * @constructor
         * @param {meshbackup.CapacityEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CapacityEntry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CapacityEntry announcement.
         * @member {meshbackup.Announcement.$Properties|null|undefined} announcement
         * @memberof meshbackup.CapacityEntry
         * @instance
         */
        CapacityEntry.prototype.announcement = null;

        /**
         * CapacityEntry ageMs.
         * @member {number} ageMs
         * @memberof meshbackup.CapacityEntry
         * @instance
         */
        CapacityEntry.prototype.ageMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new CapacityEntry instance using the specified properties.
         * @function create
         * @memberof meshbackup.CapacityEntry
         * @static
         * @param {meshbackup.CapacityEntry.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CapacityEntry} CapacityEntry instance
         * @type {{
         *   (properties: meshbackup.CapacityEntry.$Shape): meshbackup.CapacityEntry & meshbackup.CapacityEntry.$Shape;
         *   (properties?: meshbackup.CapacityEntry.$Properties): meshbackup.CapacityEntry;
         * }}
         */
        CapacityEntry.create = function(properties) {
            return new CapacityEntry(properties);
        };

        /**
         * Encodes the specified CapacityEntry message. Does not implicitly {@link meshbackup.CapacityEntry.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CapacityEntry
         * @static
         * @param {meshbackup.CapacityEntry.$Properties} message CapacityEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CapacityEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.announcement != null && $Object.hasOwnProperty.call(message, "announcement"))
                $root.meshbackup.Announcement.encode(message.announcement, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.ageMs != null && $Object.hasOwnProperty.call(message, "ageMs") && (typeof message.ageMs === "object" ? message.ageMs.low || message.ageMs.high : message.ageMs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ageMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CapacityEntry message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CapacityEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.CapacityEntry & meshbackup.CapacityEntry.$Shape} CapacityEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return CapacityEntry;
    })();

    meshbackup.MembersAdd = (function() {

        /**
         * Properties of a MembersAdd.
         * @typedef {Object} meshbackup.MembersAdd.$Properties
         * @property {Array.<string>|null} [peerIds] MembersAdd peerIds
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MembersAdd.
         * @memberof meshbackup
         * @interface IMembersAdd
         * @augments meshbackup.MembersAdd.$Properties
         * @deprecated Use meshbackup.MembersAdd.$Properties instead.
         */

        /**
         * Shape of a MembersAdd.
         * @typedef {meshbackup.MembersAdd.$Properties} meshbackup.MembersAdd.$Shape
         */

        /**
         * Constructs a new MembersAdd.
         * @memberof meshbackup
         * @classdesc Represents a MembersAdd.
         * @constructor
         * @param {meshbackup.MembersAdd.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MembersAdd = function (properties) {
            this.peerIds = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MembersAdd peerIds.
         * @member {Array.<string>} peerIds
         * @memberof meshbackup.MembersAdd
         * @instance
         */
        MembersAdd.prototype.peerIds = $util.emptyArray;

        /**
         * Creates a new MembersAdd instance using the specified properties.
         * @function create
         * @memberof meshbackup.MembersAdd
         * @static
         * @param {meshbackup.MembersAdd.$Properties=} [properties] Properties to set
         * @returns {meshbackup.MembersAdd} MembersAdd instance
         * @type {{
         *   (properties: meshbackup.MembersAdd.$Shape): meshbackup.MembersAdd & meshbackup.MembersAdd.$Shape;
         *   (properties?: meshbackup.MembersAdd.$Properties): meshbackup.MembersAdd;
         * }}
         */
        MembersAdd.create = function(properties) {
            return new MembersAdd(properties);
        };

        /**
         * Encodes the specified MembersAdd message. Does not implicitly {@link meshbackup.MembersAdd.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.MembersAdd
         * @static
         * @param {meshbackup.MembersAdd.$Properties} message MembersAdd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembersAdd.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.peerIds != null && message.peerIds.length)
                for (let i = 0; i < message.peerIds.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerIds[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MembersAdd message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.MembersAdd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.MembersAdd & meshbackup.MembersAdd.$Shape} MembersAdd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return MembersAdd;
    })();

    meshbackup.HostListRequest = (function() {

        /**
         * Properties of a HostListRequest.
         * @typedef {Object} meshbackup.HostListRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HostListRequest.
         * @memberof meshbackup
         * @interface IHostListRequest
         * @augments meshbackup.HostListRequest.$Properties
         * @deprecated Use meshbackup.HostListRequest.$Properties instead.
         */

        /**
         * Shape of a HostListRequest.
         * @typedef {meshbackup.HostListRequest.$Properties} meshbackup.HostListRequest.$Shape
         */

        /**
         * Constructs a new HostListRequest.
         * @memberof meshbackup
         * @classdesc Represents a HostListRequest.
         * @constructor
         * @param {meshbackup.HostListRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HostListRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new HostListRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.HostListRequest
         * @static
         * @param {meshbackup.HostListRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.HostListRequest} HostListRequest instance
         * @type {{
         *   (properties: meshbackup.HostListRequest.$Shape): meshbackup.HostListRequest & meshbackup.HostListRequest.$Shape;
         *   (properties?: meshbackup.HostListRequest.$Properties): meshbackup.HostListRequest;
         * }}
         */
        HostListRequest.create = function(properties) {
            return new HostListRequest(properties);
        };

        /**
         * Encodes the specified HostListRequest message. Does not implicitly {@link meshbackup.HostListRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.HostListRequest
         * @static
         * @param {meshbackup.HostListRequest.$Properties} message HostListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
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

        /**
         * Decodes a HostListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.HostListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.HostListRequest & meshbackup.HostListRequest.$Shape} HostListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return HostListRequest;
    })();

    meshbackup.HostList = (function() {

        /**
         * Properties of a HostList.
         * @typedef {Object} meshbackup.HostList.$Properties
         * @property {Array.<meshbackup.HostSpec.$Properties>|null} [hosts] HostList hosts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HostList.
         * @memberof meshbackup
         * @interface IHostList
         * @augments meshbackup.HostList.$Properties
         * @deprecated Use meshbackup.HostList.$Properties instead.
         */

        /**
         * Shape of a HostList.
         * @typedef {meshbackup.HostList.$Properties} meshbackup.HostList.$Shape
         */

        /**
         * Constructs a new HostList.
         * @memberof meshbackup
         * @classdesc Represents a HostList.
         * @constructor
         * @param {meshbackup.HostList.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HostList = function (properties) {
            this.hosts = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HostList hosts.
         * @member {Array.<meshbackup.HostSpec.$Properties>} hosts
         * @memberof meshbackup.HostList
         * @instance
         */
        HostList.prototype.hosts = $util.emptyArray;

        /**
         * Creates a new HostList instance using the specified properties.
         * @function create
         * @memberof meshbackup.HostList
         * @static
         * @param {meshbackup.HostList.$Properties=} [properties] Properties to set
         * @returns {meshbackup.HostList} HostList instance
         * @type {{
         *   (properties: meshbackup.HostList.$Shape): meshbackup.HostList & meshbackup.HostList.$Shape;
         *   (properties?: meshbackup.HostList.$Properties): meshbackup.HostList;
         * }}
         */
        HostList.create = function(properties) {
            return new HostList(properties);
        };

        /**
         * Encodes the specified HostList message. Does not implicitly {@link meshbackup.HostList.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.HostList
         * @static
         * @param {meshbackup.HostList.$Properties} message HostList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HostList.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.hosts != null && message.hosts.length)
                for (let i = 0; i < message.hosts.length; ++i)
                    $root.meshbackup.HostSpec.encode(message.hosts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HostList message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.HostList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.HostList & meshbackup.HostList.$Shape} HostList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return HostList;
    })();

    meshbackup.Job = (function() {

        /**
         * Properties of a Job.
         * @typedef {Object} meshbackup.Job.$Properties
         * @property {string|null} [name] Job name
         * @property {string|null} [host] Job host
         * @property {Array.<string>|null} [vms] Job vms
         * @property {string|null} [repository] Job repository
         * @property {number|null} [blockSize] Job blockSize
         * @property {string|null} [compression] Job compression
         * @property {number|null} [compressionLevel] Job compressionLevel
         * @property {number|null} [rateLimitBps] Job rateLimitBps
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Job.
         * @memberof meshbackup
         * @interface IJob
         * @augments meshbackup.Job.$Properties
         * @deprecated Use meshbackup.Job.$Properties instead.
         */

        /**
         * Shape of a Job.
         * @typedef {meshbackup.Job.$Properties} meshbackup.Job.$Shape
         */

        /**
         * Constructs a new Job.
         * @memberof meshbackup
         * @classdesc Represents a Job.
         * @constructor
         * @param {meshbackup.Job.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Job = function (properties) {
            this.vms = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Job name.
         * @member {string} name
         * @memberof meshbackup.Job
         * @instance
         */
        Job.prototype.name = "";

        /**
         * Job host.
         * @member {string} host
         * @memberof meshbackup.Job
         * @instance
         */
        Job.prototype.host = "";

        /**
         * Job vms.
         * @member {Array.<string>} vms
         * @memberof meshbackup.Job
         * @instance
         */
        Job.prototype.vms = $util.emptyArray;

        /**
         * Job repository.
         * @member {string} repository
         * @memberof meshbackup.Job
         * @instance
         */
        Job.prototype.repository = "";

        /**
         * Job blockSize.
         * @member {number} blockSize
         * @memberof meshbackup.Job
         * @instance
         */
        Job.prototype.blockSize = 0;

        /**
         * Job compression.
         * @member {string} compression
         * @memberof meshbackup.Job
         * @instance
         */
        Job.prototype.compression = "";

        /**
         * Job compressionLevel.
         * @member {number} compressionLevel
         * @memberof meshbackup.Job
         * @instance
         */
        Job.prototype.compressionLevel = 0;

        /**
         * Job rateLimitBps.
         * @member {number} rateLimitBps
         * @memberof meshbackup.Job
         * @instance
         */
        Job.prototype.rateLimitBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Job instance using the specified properties.
         * @function create
         * @memberof meshbackup.Job
         * @static
         * @param {meshbackup.Job.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Job} Job instance
         * @type {{
         *   (properties: meshbackup.Job.$Shape): meshbackup.Job & meshbackup.Job.$Shape;
         *   (properties?: meshbackup.Job.$Properties): meshbackup.Job;
         * }}
         */
        Job.create = function(properties) {
            return new Job(properties);
        };

        /**
         * Encodes the specified Job message. Does not implicitly {@link meshbackup.Job.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Job
         * @static
         * @param {meshbackup.Job.$Properties} message Job message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Job.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
            if (message.vms != null && message.vms.length)
                for (let i = 0; i < message.vms.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.vms[i]);
            if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.repository);
            if (message.blockSize != null && $Object.hasOwnProperty.call(message, "blockSize") && message.blockSize !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.blockSize);
            if (message.compression != null && $Object.hasOwnProperty.call(message, "compression") && message.compression !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.compression);
            if (message.compressionLevel != null && $Object.hasOwnProperty.call(message, "compressionLevel") && message.compressionLevel !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.compressionLevel);
            if (message.rateLimitBps != null && $Object.hasOwnProperty.call(message, "rateLimitBps") && (typeof message.rateLimitBps === "object" ? message.rateLimitBps.low || message.rateLimitBps.high : message.rateLimitBps !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.rateLimitBps);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Job message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Job
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.Job & meshbackup.Job.$Shape} Job
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return Job;
    })();

    meshbackup.JobListRequest = (function() {

        /**
         * Properties of a JobListRequest.
         * @typedef {Object} meshbackup.JobListRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JobListRequest.
         * @memberof meshbackup
         * @interface IJobListRequest
         * @augments meshbackup.JobListRequest.$Properties
         * @deprecated Use meshbackup.JobListRequest.$Properties instead.
         */

        /**
         * Shape of a JobListRequest.
         * @typedef {meshbackup.JobListRequest.$Properties} meshbackup.JobListRequest.$Shape
         */

        /**
         * Constructs a new JobListRequest.
         * @memberof meshbackup
         * @classdesc Represents a JobListRequest.
         * @constructor
         * @param {meshbackup.JobListRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JobListRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new JobListRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.JobListRequest
         * @static
         * @param {meshbackup.JobListRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.JobListRequest} JobListRequest instance
         * @type {{
         *   (properties: meshbackup.JobListRequest.$Shape): meshbackup.JobListRequest & meshbackup.JobListRequest.$Shape;
         *   (properties?: meshbackup.JobListRequest.$Properties): meshbackup.JobListRequest;
         * }}
         */
        JobListRequest.create = function(properties) {
            return new JobListRequest(properties);
        };

        /**
         * Encodes the specified JobListRequest message. Does not implicitly {@link meshbackup.JobListRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.JobListRequest
         * @static
         * @param {meshbackup.JobListRequest.$Properties} message JobListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
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

        /**
         * Decodes a JobListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.JobListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.JobListRequest & meshbackup.JobListRequest.$Shape} JobListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return JobListRequest;
    })();

    meshbackup.JobList = (function() {

        /**
         * Properties of a JobList.
         * @typedef {Object} meshbackup.JobList.$Properties
         * @property {Array.<meshbackup.Job.$Properties>|null} [jobs] JobList jobs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JobList.
         * @memberof meshbackup
         * @interface IJobList
         * @augments meshbackup.JobList.$Properties
         * @deprecated Use meshbackup.JobList.$Properties instead.
         */

        /**
         * Shape of a JobList.
         * @typedef {meshbackup.JobList.$Properties} meshbackup.JobList.$Shape
         */

        /**
         * Constructs a new JobList.
         * @memberof meshbackup
         * @classdesc Represents a JobList.
         * @constructor
         * @param {meshbackup.JobList.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JobList = function (properties) {
            this.jobs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * JobList jobs.
         * @member {Array.<meshbackup.Job.$Properties>} jobs
         * @memberof meshbackup.JobList
         * @instance
         */
        JobList.prototype.jobs = $util.emptyArray;

        /**
         * Creates a new JobList instance using the specified properties.
         * @function create
         * @memberof meshbackup.JobList
         * @static
         * @param {meshbackup.JobList.$Properties=} [properties] Properties to set
         * @returns {meshbackup.JobList} JobList instance
         * @type {{
         *   (properties: meshbackup.JobList.$Shape): meshbackup.JobList & meshbackup.JobList.$Shape;
         *   (properties?: meshbackup.JobList.$Properties): meshbackup.JobList;
         * }}
         */
        JobList.create = function(properties) {
            return new JobList(properties);
        };

        /**
         * Encodes the specified JobList message. Does not implicitly {@link meshbackup.JobList.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.JobList
         * @static
         * @param {meshbackup.JobList.$Properties} message JobList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JobList.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.jobs != null && message.jobs.length)
                for (let i = 0; i < message.jobs.length; ++i)
                    $root.meshbackup.Job.encode(message.jobs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a JobList message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.JobList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.JobList & meshbackup.JobList.$Shape} JobList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return JobList;
    })();

    meshbackup.JobRun = (function() {

        /**
         * Properties of a JobRun.
         * @typedef {Object} meshbackup.JobRun.$Properties
         * @property {string|null} [name] JobRun name
         * @property {boolean|null} [wait] JobRun wait
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JobRun.
         * @memberof meshbackup
         * @interface IJobRun
         * @augments meshbackup.JobRun.$Properties
         * @deprecated Use meshbackup.JobRun.$Properties instead.
         */

        /**
         * Shape of a JobRun.
         * @typedef {meshbackup.JobRun.$Properties} meshbackup.JobRun.$Shape
         */

        /**
         * Constructs a new JobRun.
         * @memberof meshbackup
         * @classdesc Represents a JobRun.
         * @constructor
         * @param {meshbackup.JobRun.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JobRun = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * JobRun name.
         * @member {string} name
         * @memberof meshbackup.JobRun
         * @instance
         */
        JobRun.prototype.name = "";

        /**
         * JobRun wait.
         * @member {boolean} wait
         * @memberof meshbackup.JobRun
         * @instance
         */
        JobRun.prototype.wait = false;

        /**
         * Creates a new JobRun instance using the specified properties.
         * @function create
         * @memberof meshbackup.JobRun
         * @static
         * @param {meshbackup.JobRun.$Properties=} [properties] Properties to set
         * @returns {meshbackup.JobRun} JobRun instance
         * @type {{
         *   (properties: meshbackup.JobRun.$Shape): meshbackup.JobRun & meshbackup.JobRun.$Shape;
         *   (properties?: meshbackup.JobRun.$Properties): meshbackup.JobRun;
         * }}
         */
        JobRun.create = function(properties) {
            return new JobRun(properties);
        };

        /**
         * Encodes the specified JobRun message. Does not implicitly {@link meshbackup.JobRun.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.JobRun
         * @static
         * @param {meshbackup.JobRun.$Properties} message JobRun message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JobRun.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.wait != null && $Object.hasOwnProperty.call(message, "wait") && message.wait !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.wait);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a JobRun message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.JobRun
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.JobRun & meshbackup.JobRun.$Shape} JobRun
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return JobRun;
    })();

    meshbackup.SessionShow = (function() {

        /**
         * Properties of a SessionShow.
         * @typedef {Object} meshbackup.SessionShow.$Properties
         * @property {string|null} [id] SessionShow id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SessionShow.
         * @memberof meshbackup
         * @interface ISessionShow
         * @augments meshbackup.SessionShow.$Properties
         * @deprecated Use meshbackup.SessionShow.$Properties instead.
         */

        /**
         * Shape of a SessionShow.
         * @typedef {meshbackup.SessionShow.$Properties} meshbackup.SessionShow.$Shape
         */

        /**
         * Constructs a new SessionShow.
         * @memberof meshbackup
         * @classdesc Represents a SessionShow.
         * @constructor
         * @param {meshbackup.SessionShow.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SessionShow = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SessionShow id.
         * @member {string} id
         * @memberof meshbackup.SessionShow
         * @instance
         */
        SessionShow.prototype.id = "";

        /**
         * Creates a new SessionShow instance using the specified properties.
         * @function create
         * @memberof meshbackup.SessionShow
         * @static
         * @param {meshbackup.SessionShow.$Properties=} [properties] Properties to set
         * @returns {meshbackup.SessionShow} SessionShow instance
         * @type {{
         *   (properties: meshbackup.SessionShow.$Shape): meshbackup.SessionShow & meshbackup.SessionShow.$Shape;
         *   (properties?: meshbackup.SessionShow.$Properties): meshbackup.SessionShow;
         * }}
         */
        SessionShow.create = function(properties) {
            return new SessionShow(properties);
        };

        /**
         * Encodes the specified SessionShow message. Does not implicitly {@link meshbackup.SessionShow.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.SessionShow
         * @static
         * @param {meshbackup.SessionShow.$Properties} message SessionShow message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionShow.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SessionShow message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.SessionShow
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.SessionShow & meshbackup.SessionShow.$Shape} SessionShow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return SessionShow;
    })();

    meshbackup.SessionRecord = (function() {

        /**
         * Properties of a SessionRecord.
         * @typedef {Object} meshbackup.SessionRecord.$Properties
         * @property {string|null} [id] SessionRecord id
         * @property {string|null} [job] SessionRecord job
         * @property {string|null} [state] SessionRecord state
         * @property {number|null} [startedAtMs] SessionRecord startedAtMs
         * @property {number|null} [endedAtMs] SessionRecord endedAtMs
         * @property {Array.<meshbackup.TaskRecord.$Properties>|null} [tasks] SessionRecord tasks
         * @property {Array.<string>|null} [log] SessionRecord log
         * @property {Array.<string>|null} [points] SessionRecord points
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SessionRecord.
         * @memberof meshbackup
         * @interface ISessionRecord
         * @augments meshbackup.SessionRecord.$Properties
         * @deprecated Use meshbackup.SessionRecord.$Properties instead.
         */

        /**
         * Shape of a SessionRecord.
         * @typedef {meshbackup.SessionRecord.$Properties} meshbackup.SessionRecord.$Shape
         */

        /**
         * Constructs a new SessionRecord.
         * @memberof meshbackup
         * @classdesc Represents a SessionRecord.
         * @constructor
         * @param {meshbackup.SessionRecord.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SessionRecord = function (properties) {
            this.tasks = [];
            this.log = [];
            this.points = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SessionRecord id.
         * @member {string} id
         * @memberof meshbackup.SessionRecord
         * @instance
         */
        SessionRecord.prototype.id = "";

        /**
         * SessionRecord job.
         * @member {string} job
         * @memberof meshbackup.SessionRecord
         * @instance
         */
        SessionRecord.prototype.job = "";

        /**
         * SessionRecord state.
         * @member {string} state
         * @memberof meshbackup.SessionRecord
         * @instance
         */
        SessionRecord.prototype.state = "";

        /**
         * SessionRecord startedAtMs.
         * @member {number} startedAtMs
         * @memberof meshbackup.SessionRecord
         * @instance
         */
        SessionRecord.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SessionRecord endedAtMs.
         * @member {number} endedAtMs
         * @memberof meshbackup.SessionRecord
         * @instance
         */
        SessionRecord.prototype.endedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SessionRecord tasks.
         * @member {Array.<meshbackup.TaskRecord.$Properties>} tasks
         * @memberof meshbackup.SessionRecord
         * @instance
         */
        SessionRecord.prototype.tasks = $util.emptyArray;

        /**
         * SessionRecord log.
         * @member {Array.<string>} log
         * @memberof meshbackup.SessionRecord
         * @instance
         */
        SessionRecord.prototype.log = $util.emptyArray;

        /**
         * SessionRecord points.
         * @member {Array.<string>} points
         * @memberof meshbackup.SessionRecord
         * @instance
         */
        SessionRecord.prototype.points = $util.emptyArray;

        /**
         * Creates a new SessionRecord instance using the specified properties.
         * @function create
         * @memberof meshbackup.SessionRecord
         * @static
         * @param {meshbackup.SessionRecord.$Properties=} [properties] Properties to set
         * @returns {meshbackup.SessionRecord} SessionRecord instance
         * @type {{
         *   (properties: meshbackup.SessionRecord.$Shape): meshbackup.SessionRecord & meshbackup.SessionRecord.$Shape;
         *   (properties?: meshbackup.SessionRecord.$Properties): meshbackup.SessionRecord;
         * }}
         */
        SessionRecord.create = function(properties) {
            return new SessionRecord(properties);
        };

        /**
         * Encodes the specified SessionRecord message. Does not implicitly {@link meshbackup.SessionRecord.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.SessionRecord
         * @static
         * @param {meshbackup.SessionRecord.$Properties} message SessionRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionRecord.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.job != null && $Object.hasOwnProperty.call(message, "job") && message.job !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.job);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.state);
            if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.startedAtMs);
            if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs") && (typeof message.endedAtMs === "object" ? message.endedAtMs.low || message.endedAtMs.high : message.endedAtMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.endedAtMs);
            if (message.tasks != null && message.tasks.length)
                for (let i = 0; i < message.tasks.length; ++i)
                    $root.meshbackup.TaskRecord.encode(message.tasks[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.log != null && message.log.length)
                for (let i = 0; i < message.log.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.log[i]);
            if (message.points != null && message.points.length)
                for (let i = 0; i < message.points.length; ++i)
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.points[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SessionRecord message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.SessionRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.SessionRecord & meshbackup.SessionRecord.$Shape} SessionRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return SessionRecord;
    })();

    meshbackup.TaskRecord = (function() {

        /**
         * Properties of a TaskRecord.
         * @typedef {Object} meshbackup.TaskRecord.$Properties
         * @property {string|null} [taskId] TaskRecord taskId
         * @property {string|null} [vm] TaskRecord vm
         * @property {number|null} [disk] TaskRecord disk
         * @property {string|null} [diskName] TaskRecord diskName
         * @property {string|null} [state] TaskRecord state
         * @property {string|null} [proxy] TaskRecord proxy
         * @property {string|null} [repository] TaskRecord repository
         * @property {number|null} [attempts] TaskRecord attempts
         * @property {meshbackup.TaskStats.$Properties|null} [stats] TaskRecord stats
         * @property {number|null} [size] TaskRecord size
         * @property {number|null} [blocksDone] TaskRecord blocksDone
         * @property {Array.<string>|null} [warnings] TaskRecord warnings
         * @property {string|null} [error] TaskRecord error
         * @property {string|null} [mode] TaskRecord mode
         * @property {string|null} [changeDetection] TaskRecord changeDetection
         * @property {number|null} [startedAtMs] TaskRecord startedAtMs
         * @property {number|null} [endedAtMs] TaskRecord endedAtMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TaskRecord.
         * @memberof meshbackup
         * @interface ITaskRecord
         * @augments meshbackup.TaskRecord.$Properties
         * @deprecated Use meshbackup.TaskRecord.$Properties instead.
         */

        /**
         * Shape of a TaskRecord.
         * @typedef {meshbackup.TaskRecord.$Properties} meshbackup.TaskRecord.$Shape
         */

        /**
         * Constructs a new TaskRecord.
         * @memberof meshbackup
         * @classdesc Represents a TaskRecord.
         * @constructor
         * @param {meshbackup.TaskRecord.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TaskRecord = function (properties) {
            this.warnings = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TaskRecord taskId.
         * @member {string} taskId
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.taskId = "";

        /**
         * TaskRecord vm.
         * @member {string} vm
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.vm = "";

        /**
         * TaskRecord disk.
         * @member {number} disk
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.disk = 0;

        /**
         * TaskRecord diskName.
         * @member {string} diskName
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.diskName = "";

        /**
         * TaskRecord state.
         * @member {string} state
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.state = "";

        /**
         * TaskRecord proxy.
         * @member {string} proxy
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.proxy = "";

        /**
         * TaskRecord repository.
         * @member {string} repository
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.repository = "";

        /**
         * TaskRecord attempts.
         * @member {number} attempts
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.attempts = 0;

        /**
         * TaskRecord stats.
         * @member {meshbackup.TaskStats.$Properties|null|undefined} stats
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.stats = null;

        /**
         * TaskRecord size.
         * @member {number} size
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskRecord blocksDone.
         * @member {number} blocksDone
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.blocksDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskRecord warnings.
         * @member {Array.<string>} warnings
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.warnings = $util.emptyArray;

        /**
         * TaskRecord error.
         * @member {string} error
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.error = "";

        /**
         * TaskRecord mode.
         * @member {string} mode
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.mode = "";

        /**
         * TaskRecord changeDetection.
         * @member {string} changeDetection
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.changeDetection = "";

        /**
         * TaskRecord startedAtMs.
         * @member {number} startedAtMs
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TaskRecord endedAtMs.
         * @member {number} endedAtMs
         * @memberof meshbackup.TaskRecord
         * @instance
         */
        TaskRecord.prototype.endedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TaskRecord instance using the specified properties.
         * @function create
         * @memberof meshbackup.TaskRecord
         * @static
         * @param {meshbackup.TaskRecord.$Properties=} [properties] Properties to set
         * @returns {meshbackup.TaskRecord} TaskRecord instance
         * @type {{
         *   (properties: meshbackup.TaskRecord.$Shape): meshbackup.TaskRecord & meshbackup.TaskRecord.$Shape;
         *   (properties?: meshbackup.TaskRecord.$Properties): meshbackup.TaskRecord;
         * }}
         */
        TaskRecord.create = function(properties) {
            return new TaskRecord(properties);
        };

        /**
         * Encodes the specified TaskRecord message. Does not implicitly {@link meshbackup.TaskRecord.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.TaskRecord
         * @static
         * @param {meshbackup.TaskRecord.$Properties} message TaskRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaskRecord.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.vm);
            if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.disk);
            if (message.diskName != null && $Object.hasOwnProperty.call(message, "diskName") && message.diskName !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.diskName);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.state);
            if (message.proxy != null && $Object.hasOwnProperty.call(message, "proxy") && message.proxy !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.proxy);
            if (message.repository != null && $Object.hasOwnProperty.call(message, "repository") && message.repository !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.repository);
            if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && message.attempts !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.attempts);
            if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                $root.meshbackup.TaskStats.encode(message.stats, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.size);
            if (message.blocksDone != null && $Object.hasOwnProperty.call(message, "blocksDone") && (typeof message.blocksDone === "object" ? message.blocksDone.low || message.blocksDone.high : message.blocksDone !== 0))
                writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.blocksDone);
            if (message.warnings != null && message.warnings.length)
                for (let i = 0; i < message.warnings.length; ++i)
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.warnings[i]);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 13, wireType 2 =*/106).string(message.error);
            if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                writer.uint32(/* id 14, wireType 2 =*/114).string(message.mode);
            if (message.changeDetection != null && $Object.hasOwnProperty.call(message, "changeDetection") && message.changeDetection !== "")
                writer.uint32(/* id 15, wireType 2 =*/122).string(message.changeDetection);
            if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.startedAtMs);
            if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs") && (typeof message.endedAtMs === "object" ? message.endedAtMs.low || message.endedAtMs.high : message.endedAtMs !== 0))
                writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.endedAtMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TaskRecord message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.TaskRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.TaskRecord & meshbackup.TaskRecord.$Shape} TaskRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return TaskRecord;
    })();

    meshbackup.RestoreDisk = (function() {

        /**
         * Properties of a RestoreDisk.
         * @typedef {Object} meshbackup.RestoreDisk.$Properties
         * @property {string|null} [pointId] RestoreDisk pointId
         * @property {string|null} [vm] RestoreDisk vm
         * @property {number|null} [disk] RestoreDisk disk
         * @property {string|null} [to] RestoreDisk to
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestoreDisk.
         * @memberof meshbackup
         * @interface IRestoreDisk
         * @augments meshbackup.RestoreDisk.$Properties
         * @deprecated Use meshbackup.RestoreDisk.$Properties instead.
         */

        /**
         * Shape of a RestoreDisk.
         * @typedef {meshbackup.RestoreDisk.$Properties} meshbackup.RestoreDisk.$Shape
         */

        /**
         * Constructs a new RestoreDisk.
         * @memberof meshbackup
         * @classdesc Represents a RestoreDisk.
         * @constructor
         * @param {meshbackup.RestoreDisk.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestoreDisk = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestoreDisk pointId.
         * @member {string} pointId
         * @memberof meshbackup.RestoreDisk
         * @instance
         */
        RestoreDisk.prototype.pointId = "";

        /**
         * RestoreDisk vm.
         * @member {string} vm
         * @memberof meshbackup.RestoreDisk
         * @instance
         */
        RestoreDisk.prototype.vm = "";

        /**
         * RestoreDisk disk.
         * @member {number} disk
         * @memberof meshbackup.RestoreDisk
         * @instance
         */
        RestoreDisk.prototype.disk = 0;

        /**
         * RestoreDisk to.
         * @member {string} to
         * @memberof meshbackup.RestoreDisk
         * @instance
         */
        RestoreDisk.prototype.to = "";

        /**
         * Creates a new RestoreDisk instance using the specified properties.
         * @function create
         * @memberof meshbackup.RestoreDisk
         * @static
         * @param {meshbackup.RestoreDisk.$Properties=} [properties] Properties to set
         * @returns {meshbackup.RestoreDisk} RestoreDisk instance
         * @type {{
         *   (properties: meshbackup.RestoreDisk.$Shape): meshbackup.RestoreDisk & meshbackup.RestoreDisk.$Shape;
         *   (properties?: meshbackup.RestoreDisk.$Properties): meshbackup.RestoreDisk;
         * }}
         */
        RestoreDisk.create = function(properties) {
            return new RestoreDisk(properties);
        };

        /**
         * Encodes the specified RestoreDisk message. Does not implicitly {@link meshbackup.RestoreDisk.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.RestoreDisk
         * @static
         * @param {meshbackup.RestoreDisk.$Properties} message RestoreDisk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreDisk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pointId != null && $Object.hasOwnProperty.call(message, "pointId") && message.pointId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.pointId);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.vm);
            if (message.disk != null && $Object.hasOwnProperty.call(message, "disk") && message.disk !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.disk);
            if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.to);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RestoreDisk message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.RestoreDisk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.RestoreDisk & meshbackup.RestoreDisk.$Shape} RestoreDisk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return RestoreDisk;
    })();

    meshbackup.Progress = (function() {

        /**
         * Properties of a Progress.
         * @typedef {Object} meshbackup.Progress.$Properties
         * @property {string|null} [what] Progress what
         * @property {number|null} [doneBytes] Progress doneBytes
         * @property {number|null} [totalBytes] Progress totalBytes
         * @property {number|null} [bytesPerSecond] Progress bytesPerSecond
         * @property {meshbackup.SessionRecord.$Properties|null} [session] Progress session
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Progress.
         * @memberof meshbackup
         * @interface IProgress
         * @augments meshbackup.Progress.$Properties
         * @deprecated Use meshbackup.Progress.$Properties instead.
         */

        /**
         * Shape of a Progress.
         * @typedef {meshbackup.Progress.$Properties} meshbackup.Progress.$Shape
         */

        /**
         * Constructs a new Progress.
         * @memberof meshbackup
         * @classdesc Represents a Progress.
         * @constructor
         * @param {meshbackup.Progress.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Progress = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Progress what.
         * @member {string} what
         * @memberof meshbackup.Progress
         * @instance
         */
        Progress.prototype.what = "";

        /**
         * Progress doneBytes.
         * @member {number} doneBytes
         * @memberof meshbackup.Progress
         * @instance
         */
        Progress.prototype.doneBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Progress totalBytes.
         * @member {number} totalBytes
         * @memberof meshbackup.Progress
         * @instance
         */
        Progress.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Progress bytesPerSecond.
         * @member {number} bytesPerSecond
         * @memberof meshbackup.Progress
         * @instance
         */
        Progress.prototype.bytesPerSecond = 0;

        /**
         * Progress session.
         * @member {meshbackup.SessionRecord.$Properties|null|undefined} session
         * @memberof meshbackup.Progress
         * @instance
         */
        Progress.prototype.session = null;

        /**
         * Creates a new Progress instance using the specified properties.
         * @function create
         * @memberof meshbackup.Progress
         * @static
         * @param {meshbackup.Progress.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Progress} Progress instance
         * @type {{
         *   (properties: meshbackup.Progress.$Shape): meshbackup.Progress & meshbackup.Progress.$Shape;
         *   (properties?: meshbackup.Progress.$Properties): meshbackup.Progress;
         * }}
         */
        Progress.create = function(properties) {
            return new Progress(properties);
        };

        /**
         * Encodes the specified Progress message. Does not implicitly {@link meshbackup.Progress.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Progress
         * @static
         * @param {meshbackup.Progress.$Properties} message Progress message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Progress.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.what != null && $Object.hasOwnProperty.call(message, "what") && message.what !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.what);
            if (message.doneBytes != null && $Object.hasOwnProperty.call(message, "doneBytes") && (typeof message.doneBytes === "object" ? message.doneBytes.low || message.doneBytes.high : message.doneBytes !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.doneBytes);
            if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalBytes);
            if (message.bytesPerSecond != null && $Object.hasOwnProperty.call(message, "bytesPerSecond") && !$Object.is(message.bytesPerSecond, 0))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.bytesPerSecond);
            if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
                $root.meshbackup.SessionRecord.encode(message.session, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Progress message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Progress
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.Progress & meshbackup.Progress.$Shape} Progress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return Progress;
    })();

    meshbackup.RestoreDone = (function() {

        /**
         * Properties of a RestoreDone.
         * @typedef {Object} meshbackup.RestoreDone.$Properties
         * @property {Array.<string>|null} [files] RestoreDone files
         * @property {number|null} [bytes] RestoreDone bytes
         * @property {number|null} [durationMs] RestoreDone durationMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestoreDone.
         * @memberof meshbackup
         * @interface IRestoreDone
         * @augments meshbackup.RestoreDone.$Properties
         * @deprecated Use meshbackup.RestoreDone.$Properties instead.
         */

        /**
         * Shape of a RestoreDone.
         * @typedef {meshbackup.RestoreDone.$Properties} meshbackup.RestoreDone.$Shape
         */

        /**
         * Constructs a new RestoreDone.
         * @memberof meshbackup
         * @classdesc Represents a RestoreDone.
         * @constructor
         * @param {meshbackup.RestoreDone.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestoreDone = function (properties) {
            this.files = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestoreDone files.
         * @member {Array.<string>} files
         * @memberof meshbackup.RestoreDone
         * @instance
         */
        RestoreDone.prototype.files = $util.emptyArray;

        /**
         * RestoreDone bytes.
         * @member {number} bytes
         * @memberof meshbackup.RestoreDone
         * @instance
         */
        RestoreDone.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RestoreDone durationMs.
         * @member {number} durationMs
         * @memberof meshbackup.RestoreDone
         * @instance
         */
        RestoreDone.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RestoreDone instance using the specified properties.
         * @function create
         * @memberof meshbackup.RestoreDone
         * @static
         * @param {meshbackup.RestoreDone.$Properties=} [properties] Properties to set
         * @returns {meshbackup.RestoreDone} RestoreDone instance
         * @type {{
         *   (properties: meshbackup.RestoreDone.$Shape): meshbackup.RestoreDone & meshbackup.RestoreDone.$Shape;
         *   (properties?: meshbackup.RestoreDone.$Properties): meshbackup.RestoreDone;
         * }}
         */
        RestoreDone.create = function(properties) {
            return new RestoreDone(properties);
        };

        /**
         * Encodes the specified RestoreDone message. Does not implicitly {@link meshbackup.RestoreDone.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.RestoreDone
         * @static
         * @param {meshbackup.RestoreDone.$Properties} message RestoreDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreDone.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.files != null && message.files.length)
                for (let i = 0; i < message.files.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.files[i]);
            if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bytes);
            if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.durationMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RestoreDone message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.RestoreDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.RestoreDone & meshbackup.RestoreDone.$Shape} RestoreDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return RestoreDone;
    })();

    meshbackup.Announcement = (function() {

        /**
         * Properties of an Announcement.
         * @typedef {Object} meshbackup.Announcement.$Properties
         * @property {string|null} [peerId] Announcement peerId
         * @property {Array.<string>|null} [addrs] Announcement addrs
         * @property {Array.<string>|null} [roles] Announcement roles
         * @property {number|null} [seq] Announcement seq
         * @property {number|null} [sentAtMs] Announcement sentAtMs
         * @property {number|null} [periodMs] Announcement periodMs
         * @property {meshbackup.ProxyCapacity.$Properties|null} [proxy] Announcement proxy
         * @property {meshbackup.RepositoryCapacity.$Properties|null} [repository] Announcement repository
         * @property {meshbackup.ManagerInfo.$Properties|null} [manager] Announcement manager
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Announcement.
         * @memberof meshbackup
         * @interface IAnnouncement
         * @augments meshbackup.Announcement.$Properties
         * @deprecated Use meshbackup.Announcement.$Properties instead.
         */

        /**
         * Shape of an Announcement.
         * @typedef {meshbackup.Announcement.$Properties} meshbackup.Announcement.$Shape
         */

        /**
         * Constructs a new Announcement.
         * @memberof meshbackup
         * @classdesc Represents an Announcement.
         * @constructor
         * @param {meshbackup.Announcement.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Announcement = function (properties) {
            this.addrs = [];
            this.roles = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Announcement peerId.
         * @member {string} peerId
         * @memberof meshbackup.Announcement
         * @instance
         */
        Announcement.prototype.peerId = "";

        /**
         * Announcement addrs.
         * @member {Array.<string>} addrs
         * @memberof meshbackup.Announcement
         * @instance
         */
        Announcement.prototype.addrs = $util.emptyArray;

        /**
         * Announcement roles.
         * @member {Array.<string>} roles
         * @memberof meshbackup.Announcement
         * @instance
         */
        Announcement.prototype.roles = $util.emptyArray;

        /**
         * Announcement seq.
         * @member {number} seq
         * @memberof meshbackup.Announcement
         * @instance
         */
        Announcement.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Announcement sentAtMs.
         * @member {number} sentAtMs
         * @memberof meshbackup.Announcement
         * @instance
         */
        Announcement.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Announcement periodMs.
         * @member {number} periodMs
         * @memberof meshbackup.Announcement
         * @instance
         */
        Announcement.prototype.periodMs = 0;

        /**
         * Announcement proxy.
         * @member {meshbackup.ProxyCapacity.$Properties|null|undefined} proxy
         * @memberof meshbackup.Announcement
         * @instance
         */
        Announcement.prototype.proxy = null;

        /**
         * Announcement repository.
         * @member {meshbackup.RepositoryCapacity.$Properties|null|undefined} repository
         * @memberof meshbackup.Announcement
         * @instance
         */
        Announcement.prototype.repository = null;

        /**
         * Announcement manager.
         * @member {meshbackup.ManagerInfo.$Properties|null|undefined} manager
         * @memberof meshbackup.Announcement
         * @instance
         */
        Announcement.prototype.manager = null;

        /**
         * Creates a new Announcement instance using the specified properties.
         * @function create
         * @memberof meshbackup.Announcement
         * @static
         * @param {meshbackup.Announcement.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Announcement} Announcement instance
         * @type {{
         *   (properties: meshbackup.Announcement.$Shape): meshbackup.Announcement & meshbackup.Announcement.$Shape;
         *   (properties?: meshbackup.Announcement.$Properties): meshbackup.Announcement;
         * }}
         */
        Announcement.create = function(properties) {
            return new Announcement(properties);
        };

        /**
         * Encodes the specified Announcement message. Does not implicitly {@link meshbackup.Announcement.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Announcement
         * @static
         * @param {meshbackup.Announcement.$Properties} message Announcement message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Announcement.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
            if (message.addrs != null && message.addrs.length)
                for (let i = 0; i < message.addrs.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.addrs[i]);
            if (message.roles != null && message.roles.length)
                for (let i = 0; i < message.roles.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.roles[i]);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seq);
            if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sentAtMs);
            if (message.periodMs != null && $Object.hasOwnProperty.call(message, "periodMs") && message.periodMs !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.periodMs);
            if (message.proxy != null && $Object.hasOwnProperty.call(message, "proxy"))
                $root.meshbackup.ProxyCapacity.encode(message.proxy, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.repository != null && $Object.hasOwnProperty.call(message, "repository"))
                $root.meshbackup.RepositoryCapacity.encode(message.repository, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.manager != null && $Object.hasOwnProperty.call(message, "manager"))
                $root.meshbackup.ManagerInfo.encode(message.manager, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Announcement message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Announcement
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.Announcement & meshbackup.Announcement.$Shape} Announcement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return Announcement;
    })();

    meshbackup.ProxyCapacity = (function() {

        /**
         * Properties of a ProxyCapacity.
         * @typedef {Object} meshbackup.ProxyCapacity.$Properties
         * @property {number|null} [slots] ProxyCapacity slots
         * @property {number|null} [active] ProxyCapacity active
         * @property {number|null} [throughputBps] ProxyCapacity throughputBps
         * @property {Array.<meshbackup.HostReach.$Properties>|null} [hosts] ProxyCapacity hosts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProxyCapacity.
         * @memberof meshbackup
         * @interface IProxyCapacity
         * @augments meshbackup.ProxyCapacity.$Properties
         * @deprecated Use meshbackup.ProxyCapacity.$Properties instead.
         */

        /**
         * Shape of a ProxyCapacity.
         * @typedef {meshbackup.ProxyCapacity.$Properties} meshbackup.ProxyCapacity.$Shape
         */

        /**
         * Constructs a new ProxyCapacity.
         * @memberof meshbackup
         * @classdesc Represents a ProxyCapacity.
         * @constructor
         * @param {meshbackup.ProxyCapacity.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ProxyCapacity = function (properties) {
            this.hosts = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ProxyCapacity slots.
         * @member {number} slots
         * @memberof meshbackup.ProxyCapacity
         * @instance
         */
        ProxyCapacity.prototype.slots = 0;

        /**
         * ProxyCapacity active.
         * @member {number} active
         * @memberof meshbackup.ProxyCapacity
         * @instance
         */
        ProxyCapacity.prototype.active = 0;

        /**
         * ProxyCapacity throughputBps.
         * @member {number} throughputBps
         * @memberof meshbackup.ProxyCapacity
         * @instance
         */
        ProxyCapacity.prototype.throughputBps = 0;

        /**
         * ProxyCapacity hosts.
         * @member {Array.<meshbackup.HostReach.$Properties>} hosts
         * @memberof meshbackup.ProxyCapacity
         * @instance
         */
        ProxyCapacity.prototype.hosts = $util.emptyArray;

        /**
         * Creates a new ProxyCapacity instance using the specified properties.
         * @function create
         * @memberof meshbackup.ProxyCapacity
         * @static
         * @param {meshbackup.ProxyCapacity.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ProxyCapacity} ProxyCapacity instance
         * @type {{
         *   (properties: meshbackup.ProxyCapacity.$Shape): meshbackup.ProxyCapacity & meshbackup.ProxyCapacity.$Shape;
         *   (properties?: meshbackup.ProxyCapacity.$Properties): meshbackup.ProxyCapacity;
         * }}
         */
        ProxyCapacity.create = function(properties) {
            return new ProxyCapacity(properties);
        };

        /**
         * Encodes the specified ProxyCapacity message. Does not implicitly {@link meshbackup.ProxyCapacity.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ProxyCapacity
         * @static
         * @param {meshbackup.ProxyCapacity.$Properties} message ProxyCapacity message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProxyCapacity.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.slots);
            if (message.active != null && $Object.hasOwnProperty.call(message, "active") && message.active !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.active);
            if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps") && !$Object.is(message.throughputBps, 0))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.throughputBps);
            if (message.hosts != null && message.hosts.length)
                for (let i = 0; i < message.hosts.length; ++i)
                    $root.meshbackup.HostReach.encode(message.hosts[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ProxyCapacity message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ProxyCapacity
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.ProxyCapacity & meshbackup.ProxyCapacity.$Shape} ProxyCapacity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return ProxyCapacity;
    })();

    meshbackup.HostReach = (function() {

        /**
         * Properties of a HostReach.
         * @typedef {Object} meshbackup.HostReach.$Properties
         * @property {string|null} [host] HostReach host
         * @property {Array.<string>|null} [modes] HostReach modes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HostReach.
         * @memberof meshbackup
         * @interface IHostReach
         * @augments meshbackup.HostReach.$Properties
         * @deprecated Use meshbackup.HostReach.$Properties instead.
         */

        /**
         * Shape of a HostReach.
         * @typedef {meshbackup.HostReach.$Properties} meshbackup.HostReach.$Shape
         */

        /**
         * Constructs a new HostReach.
         * @memberof meshbackup
         * @classdesc Represents a HostReach.
         * @constructor
         * @param {meshbackup.HostReach.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HostReach = function (properties) {
            this.modes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HostReach host.
         * @member {string} host
         * @memberof meshbackup.HostReach
         * @instance
         */
        HostReach.prototype.host = "";

        /**
         * HostReach modes.
         * @member {Array.<string>} modes
         * @memberof meshbackup.HostReach
         * @instance
         */
        HostReach.prototype.modes = $util.emptyArray;

        /**
         * Creates a new HostReach instance using the specified properties.
         * @function create
         * @memberof meshbackup.HostReach
         * @static
         * @param {meshbackup.HostReach.$Properties=} [properties] Properties to set
         * @returns {meshbackup.HostReach} HostReach instance
         * @type {{
         *   (properties: meshbackup.HostReach.$Shape): meshbackup.HostReach & meshbackup.HostReach.$Shape;
         *   (properties?: meshbackup.HostReach.$Properties): meshbackup.HostReach;
         * }}
         */
        HostReach.create = function(properties) {
            return new HostReach(properties);
        };

        /**
         * Encodes the specified HostReach message. Does not implicitly {@link meshbackup.HostReach.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.HostReach
         * @static
         * @param {meshbackup.HostReach.$Properties} message HostReach message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HostReach.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.host);
            if (message.modes != null && message.modes.length)
                for (let i = 0; i < message.modes.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.modes[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HostReach message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.HostReach
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.HostReach & meshbackup.HostReach.$Shape} HostReach
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return HostReach;
    })();

    meshbackup.RepositoryCapacity = (function() {

        /**
         * Properties of a RepositoryCapacity.
         * @typedef {Object} meshbackup.RepositoryCapacity.$Properties
         * @property {string|null} [name] RepositoryCapacity name
         * @property {number|null} [slots] RepositoryCapacity slots
         * @property {number|null} [active] RepositoryCapacity active
         * @property {number|null} [freeBytes] RepositoryCapacity freeBytes
         * @property {number|null} [throughputBps] RepositoryCapacity throughputBps
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RepositoryCapacity.
         * @memberof meshbackup
         * @interface IRepositoryCapacity
         * @augments meshbackup.RepositoryCapacity.$Properties
         * @deprecated Use meshbackup.RepositoryCapacity.$Properties instead.
         */

        /**
         * Shape of a RepositoryCapacity.
         * @typedef {meshbackup.RepositoryCapacity.$Properties} meshbackup.RepositoryCapacity.$Shape
         */

        /**
         * Constructs a new RepositoryCapacity.
         * @memberof meshbackup
         * @classdesc Represents a RepositoryCapacity.
         * @constructor
         * @param {meshbackup.RepositoryCapacity.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RepositoryCapacity = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RepositoryCapacity name.
         * @member {string} name
         * @memberof meshbackup.RepositoryCapacity
         * @instance
         */
        RepositoryCapacity.prototype.name = "";

        /**
         * RepositoryCapacity slots.
         * @member {number} slots
         * @memberof meshbackup.RepositoryCapacity
         * @instance
         */
        RepositoryCapacity.prototype.slots = 0;

        /**
         * RepositoryCapacity active.
         * @member {number} active
         * @memberof meshbackup.RepositoryCapacity
         * @instance
         */
        RepositoryCapacity.prototype.active = 0;

        /**
         * RepositoryCapacity freeBytes.
         * @member {number} freeBytes
         * @memberof meshbackup.RepositoryCapacity
         * @instance
         */
        RepositoryCapacity.prototype.freeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RepositoryCapacity throughputBps.
         * @member {number} throughputBps
         * @memberof meshbackup.RepositoryCapacity
         * @instance
         */
        RepositoryCapacity.prototype.throughputBps = 0;

        /**
         * Creates a new RepositoryCapacity instance using the specified properties.
         * @function create
         * @memberof meshbackup.RepositoryCapacity
         * @static
         * @param {meshbackup.RepositoryCapacity.$Properties=} [properties] Properties to set
         * @returns {meshbackup.RepositoryCapacity} RepositoryCapacity instance
         * @type {{
         *   (properties: meshbackup.RepositoryCapacity.$Shape): meshbackup.RepositoryCapacity & meshbackup.RepositoryCapacity.$Shape;
         *   (properties?: meshbackup.RepositoryCapacity.$Properties): meshbackup.RepositoryCapacity;
         * }}
         */
        RepositoryCapacity.create = function(properties) {
            return new RepositoryCapacity(properties);
        };

        /**
         * Encodes the specified RepositoryCapacity message. Does not implicitly {@link meshbackup.RepositoryCapacity.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.RepositoryCapacity
         * @static
         * @param {meshbackup.RepositoryCapacity.$Properties} message RepositoryCapacity message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RepositoryCapacity.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.slots);
            if (message.active != null && $Object.hasOwnProperty.call(message, "active") && message.active !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.active);
            if (message.freeBytes != null && $Object.hasOwnProperty.call(message, "freeBytes") && (typeof message.freeBytes === "object" ? message.freeBytes.low || message.freeBytes.high : message.freeBytes !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.freeBytes);
            if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps") && !$Object.is(message.throughputBps, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.throughputBps);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RepositoryCapacity message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.RepositoryCapacity
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.RepositoryCapacity & meshbackup.RepositoryCapacity.$Shape} RepositoryCapacity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return RepositoryCapacity;
    })();

    meshbackup.ManagerInfo = (function() {

        /**
         * Properties of a ManagerInfo.
         * @typedef {Object} meshbackup.ManagerInfo.$Properties
         * @property {Array.<meshbackup.HostSpec.$Properties>|null} [hosts] ManagerInfo hosts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ManagerInfo.
         * @memberof meshbackup
         * @interface IManagerInfo
         * @augments meshbackup.ManagerInfo.$Properties
         * @deprecated Use meshbackup.ManagerInfo.$Properties instead.
         */

        /**
         * Shape of a ManagerInfo.
         * @typedef {meshbackup.ManagerInfo.$Properties} meshbackup.ManagerInfo.$Shape
         */

        /**
         * Constructs a new ManagerInfo.
         * @memberof meshbackup
         * @classdesc Represents a ManagerInfo.
         * @constructor
         * @param {meshbackup.ManagerInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ManagerInfo = function (properties) {
            this.hosts = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ManagerInfo hosts.
         * @member {Array.<meshbackup.HostSpec.$Properties>} hosts
         * @memberof meshbackup.ManagerInfo
         * @instance
         */
        ManagerInfo.prototype.hosts = $util.emptyArray;

        /**
         * Creates a new ManagerInfo instance using the specified properties.
         * @function create
         * @memberof meshbackup.ManagerInfo
         * @static
         * @param {meshbackup.ManagerInfo.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ManagerInfo} ManagerInfo instance
         * @type {{
         *   (properties: meshbackup.ManagerInfo.$Shape): meshbackup.ManagerInfo & meshbackup.ManagerInfo.$Shape;
         *   (properties?: meshbackup.ManagerInfo.$Properties): meshbackup.ManagerInfo;
         * }}
         */
        ManagerInfo.create = function(properties) {
            return new ManagerInfo(properties);
        };

        /**
         * Encodes the specified ManagerInfo message. Does not implicitly {@link meshbackup.ManagerInfo.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ManagerInfo
         * @static
         * @param {meshbackup.ManagerInfo.$Properties} message ManagerInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ManagerInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.hosts != null && message.hosts.length)
                for (let i = 0; i < message.hosts.length; ++i)
                    $root.meshbackup.HostSpec.encode(message.hosts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ManagerInfo message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ManagerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.ManagerInfo & meshbackup.ManagerInfo.$Shape} ManagerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return ManagerInfo;
    })();

    meshbackup.Ok = (function() {

        /**
         * Properties of an Ok.
         * @typedef {Object} meshbackup.Ok.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Ok.
         * @memberof meshbackup
         * @interface IOk
         * @augments meshbackup.Ok.$Properties
         * @deprecated Use meshbackup.Ok.$Properties instead.
         */

        /**
         * Shape of an Ok.
         * @typedef {meshbackup.Ok.$Properties} meshbackup.Ok.$Shape
         */

        /**
         * Constructs a new Ok.
         * @memberof meshbackup
         * @classdesc Represents an Ok.
         * @constructor
         * @param {meshbackup.Ok.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Ok = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new Ok instance using the specified properties.
         * @function create
         * @memberof meshbackup.Ok
         * @static
         * @param {meshbackup.Ok.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Ok} Ok instance
         * @type {{
         *   (properties: meshbackup.Ok.$Shape): meshbackup.Ok & meshbackup.Ok.$Shape;
         *   (properties?: meshbackup.Ok.$Properties): meshbackup.Ok;
         * }}
         */
        Ok.create = function(properties) {
            return new Ok(properties);
        };

        /**
         * Encodes the specified Ok message. Does not implicitly {@link meshbackup.Ok.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Ok
         * @static
         * @param {meshbackup.Ok.$Properties} message Ok message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
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

        /**
         * Decodes an Ok message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Ok
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {meshbackup.Ok & meshbackup.Ok.$Shape} Ok
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
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

        return Ok;
    })();

    return meshbackup;
})();

export {
  $root as default
};
