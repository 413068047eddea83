import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace meshbackup. */
export namespace meshbackup {

    /**
     * Properties of a TaskStats.
     * @deprecated Use meshbackup.TaskStats.$Properties instead.
     */
    interface ITaskStats extends meshbackup.TaskStats.$Properties {
    }

    /** Represents a TaskStats. */
    class TaskStats {

        /**
         * Constructs a new TaskStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.TaskStats.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TaskStats bytesRead. */
        bytesRead: number;

        /** TaskStats bytesSent. */
        bytesSent: number;

        /** TaskStats bytesStored. */
        bytesStored: number;

        /** TaskStats blocksTotal. */
        blocksTotal: number;

        /** TaskStats blocksZero. */
        blocksZero: number;

        /** TaskStats blocksUnchanged. */
        blocksUnchanged: number;

        /** TaskStats blocksSent. */
        blocksSent: number;

        /** TaskStats blocksDeduped. */
        blocksDeduped: number;

        /** TaskStats rawBytesSent. */
        rawBytesSent: number;

        /** TaskStats durationMs. */
        durationMs: number;

        /** TaskStats blocksSkippedCbt. */
        blocksSkippedCbt: number;

        /** TaskStats blocksResumed. */
        blocksResumed: number;

        /** TaskStats blocksSkippedFree. */
        blocksSkippedFree: number;

        /** TaskStats blocksSkippedSwap. */
        blocksSkippedSwap: number;

        /** TaskStats blocksSkippedExcluded. */
        blocksSkippedExcluded: number;

        /**
         * Creates a new TaskStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TaskStats instance
         */
        static create(properties: meshbackup.TaskStats.$Shape): meshbackup.TaskStats & meshbackup.TaskStats.$Shape;
        static create(properties?: meshbackup.TaskStats.$Properties): meshbackup.TaskStats;

        /**
         * Encodes the specified TaskStats message. Does not implicitly {@link meshbackup.TaskStats.verify|verify} messages.
         * @param message TaskStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.TaskStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TaskStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.TaskStats & meshbackup.TaskStats.$Shape} TaskStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.TaskStats & meshbackup.TaskStats.$Shape;

        /**
         * Creates a TaskStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TaskStats
         */

        /**
         * Creates a plain object from a TaskStats message. Also converts values to other types if specified.
         * @param message TaskStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.TaskStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TaskStats to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace TaskStats {

        /** Properties of a TaskStats. */
        interface $Properties {

            /** TaskStats bytesRead */
            bytesRead?: (number|null);

            /** TaskStats bytesSent */
            bytesSent?: (number|null);

            /** TaskStats bytesStored */
            bytesStored?: (number|null);

            /** TaskStats blocksTotal */
            blocksTotal?: (number|null);

            /** TaskStats blocksZero */
            blocksZero?: (number|null);

            /** TaskStats blocksUnchanged */
            blocksUnchanged?: (number|null);

            /** TaskStats blocksSent */
            blocksSent?: (number|null);

            /** TaskStats blocksDeduped */
            blocksDeduped?: (number|null);

            /** TaskStats rawBytesSent */
            rawBytesSent?: (number|null);

            /** TaskStats durationMs */
            durationMs?: (number|null);

            /** TaskStats blocksSkippedCbt */
            blocksSkippedCbt?: (number|null);

            /** TaskStats blocksResumed */
            blocksResumed?: (number|null);

            /** TaskStats blocksSkippedFree */
            blocksSkippedFree?: (number|null);

            /** TaskStats blocksSkippedSwap */
            blocksSkippedSwap?: (number|null);

            /** TaskStats blocksSkippedExcluded */
            blocksSkippedExcluded?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TaskStats. */
        type $Shape = meshbackup.TaskStats.$Properties;
    }

    /**
     * Properties of a HostSpec.
     * @deprecated Use meshbackup.HostSpec.$Properties instead.
     */
    interface IHostSpec extends meshbackup.HostSpec.$Properties {
    }

    /** Represents a HostSpec. */
    class HostSpec {

        /**
         * Constructs a new HostSpec.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.HostSpec.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HostSpec name. */
        name: string;

        /** HostSpec type. */
        type: string;

        /** HostSpec path. */
        path: string;

        /** HostSpec qmp. */
        qmp: string;

        /** HostSpec nbd. */
        nbd: string;

        /**
         * Creates a new HostSpec instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HostSpec instance
         */
        static create(properties: meshbackup.HostSpec.$Shape): meshbackup.HostSpec & meshbackup.HostSpec.$Shape;
        static create(properties?: meshbackup.HostSpec.$Properties): meshbackup.HostSpec;

        /**
         * Encodes the specified HostSpec message. Does not implicitly {@link meshbackup.HostSpec.verify|verify} messages.
         * @param message HostSpec message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.HostSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HostSpec message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.HostSpec & meshbackup.HostSpec.$Shape} HostSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.HostSpec & meshbackup.HostSpec.$Shape;

        /**
         * Creates a HostSpec message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HostSpec
         */

        /**
         * Creates a plain object from a HostSpec message. Also converts values to other types if specified.
         * @param message HostSpec
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.HostSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HostSpec to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace HostSpec {

        /** Properties of a HostSpec. */
        interface $Properties {

            /** HostSpec name */
            name?: (string|null);

            /** HostSpec type */
            type?: (string|null);

            /** HostSpec path */
            path?: (string|null);

            /** HostSpec qmp */
            qmp?: (string|null);

            /** HostSpec nbd */
            nbd?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HostSpec. */
        type $Shape = meshbackup.HostSpec.$Properties;
    }

    /**
     * Properties of an InventoryProblem.
     * @deprecated Use meshbackup.InventoryProblem.$Properties instead.
     */
    interface IInventoryProblem extends meshbackup.InventoryProblem.$Properties {
    }

    /** Represents an InventoryProblem. */
    class InventoryProblem {

        /**
         * Constructs a new InventoryProblem.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.InventoryProblem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InventoryProblem vm. */
        vm: string;

        /** InventoryProblem code. */
        code: string;

        /** InventoryProblem message. */
        message: string;

        /** InventoryProblem file. */
        file: string;

        /**
         * Creates a new InventoryProblem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InventoryProblem instance
         */
        static create(properties: meshbackup.InventoryProblem.$Shape): meshbackup.InventoryProblem & meshbackup.InventoryProblem.$Shape;
        static create(properties?: meshbackup.InventoryProblem.$Properties): meshbackup.InventoryProblem;

        /**
         * Encodes the specified InventoryProblem message. Does not implicitly {@link meshbackup.InventoryProblem.verify|verify} messages.
         * @param message InventoryProblem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.InventoryProblem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InventoryProblem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.InventoryProblem & meshbackup.InventoryProblem.$Shape} InventoryProblem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.InventoryProblem & meshbackup.InventoryProblem.$Shape;

        /**
         * Creates an InventoryProblem message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns InventoryProblem
         */

        /**
         * Creates a plain object from an InventoryProblem message. Also converts values to other types if specified.
         * @param message InventoryProblem
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.InventoryProblem, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this InventoryProblem to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace InventoryProblem {

        /** Properties of an InventoryProblem. */
        interface $Properties {

            /** InventoryProblem vm */
            vm?: (string|null);

            /** InventoryProblem code */
            code?: (string|null);

            /** InventoryProblem message */
            message?: (string|null);

            /** InventoryProblem file */
            file?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InventoryProblem. */
        type $Shape = meshbackup.InventoryProblem.$Properties;
    }

    /**
     * Properties of a VmInfo.
     * @deprecated Use meshbackup.VmInfo.$Properties instead.
     */
    interface IVmInfo extends meshbackup.VmInfo.$Properties {
    }

    /** Represents a VmInfo. */
    class VmInfo {

        /**
         * Constructs a new VmInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VmInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VmInfo name. */
        name: string;

        /** VmInfo uuid. */
        uuid: string;

        /** VmInfo state. */
        state: string;

        /** VmInfo disks. */
        disks: meshbackup.DiskInfo.$Properties[];

        /** VmInfo config. */
        config?: (meshbackup.VmConfig.$Properties|null);

        /**
         * Creates a new VmInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VmInfo instance
         */
        static create(properties: meshbackup.VmInfo.$Shape): meshbackup.VmInfo & meshbackup.VmInfo.$Shape;
        static create(properties?: meshbackup.VmInfo.$Properties): meshbackup.VmInfo;

        /**
         * Encodes the specified VmInfo message. Does not implicitly {@link meshbackup.VmInfo.verify|verify} messages.
         * @param message VmInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VmInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VmInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VmInfo & meshbackup.VmInfo.$Shape} VmInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VmInfo & meshbackup.VmInfo.$Shape;

        /**
         * Creates a VmInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VmInfo
         */

        /**
         * Creates a plain object from a VmInfo message. Also converts values to other types if specified.
         * @param message VmInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VmInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VmInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VmInfo {

        /** Properties of a VmInfo. */
        interface $Properties {

            /** VmInfo name */
            name?: (string|null);

            /** VmInfo uuid */
            uuid?: (string|null);

            /** VmInfo state */
            state?: (string|null);

            /** VmInfo disks */
            disks?: (meshbackup.DiskInfo.$Properties[]|null);

            /** VmInfo config */
            config?: (meshbackup.VmConfig.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VmInfo. */
        type $Shape = meshbackup.VmInfo.$Properties;
    }

    /**
     * Properties of a DiskInfo.
     * @deprecated Use meshbackup.DiskInfo.$Properties instead.
     */
    interface IDiskInfo extends meshbackup.DiskInfo.$Properties {
    }

    /** Represents a DiskInfo. */
    class DiskInfo {

        /**
         * Constructs a new DiskInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.DiskInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DiskInfo index. */
        index: number;

        /** DiskInfo name. */
        name: string;

        /** DiskInfo size. */
        size: number;

        /** DiskInfo format. */
        format: string;

        /** DiskInfo file. */
        file: string;

        /** DiskInfo node. */
        node: string;

        /** DiskInfo bitmaps. */
        bitmaps: meshbackup.BitmapInfo.$Properties[];

        /** DiskInfo nbd. */
        nbd: string;

        /** DiskInfo exportName. */
        exportName: string;

        /** DiskInfo cbtBitmap. */
        cbtBitmap: string;

        /** DiskInfo cbtReason. */
        cbtReason: string;

        /** DiskInfo cbtNext. */
        cbtNext: string;

        /** DiskInfo mtimeMs. */
        mtimeMs: number;

        /**
         * Creates a new DiskInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DiskInfo instance
         */
        static create(properties: meshbackup.DiskInfo.$Shape): meshbackup.DiskInfo & meshbackup.DiskInfo.$Shape;
        static create(properties?: meshbackup.DiskInfo.$Properties): meshbackup.DiskInfo;

        /**
         * Encodes the specified DiskInfo message. Does not implicitly {@link meshbackup.DiskInfo.verify|verify} messages.
         * @param message DiskInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.DiskInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DiskInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.DiskInfo & meshbackup.DiskInfo.$Shape} DiskInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.DiskInfo & meshbackup.DiskInfo.$Shape;

        /**
         * Creates a DiskInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DiskInfo
         */

        /**
         * Creates a plain object from a DiskInfo message. Also converts values to other types if specified.
         * @param message DiskInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.DiskInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DiskInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DiskInfo {

        /** Properties of a DiskInfo. */
        interface $Properties {

            /** DiskInfo index */
            index?: (number|null);

            /** DiskInfo name */
            name?: (string|null);

            /** DiskInfo size */
            size?: (number|null);

            /** DiskInfo format */
            format?: (string|null);

            /** DiskInfo file */
            file?: (string|null);

            /** DiskInfo node */
            node?: (string|null);

            /** DiskInfo bitmaps */
            bitmaps?: (meshbackup.BitmapInfo.$Properties[]|null);

            /** DiskInfo nbd */
            nbd?: (string|null);

            /** DiskInfo exportName */
            exportName?: (string|null);

            /** DiskInfo cbtBitmap */
            cbtBitmap?: (string|null);

            /** DiskInfo cbtReason */
            cbtReason?: (string|null);

            /** DiskInfo cbtNext */
            cbtNext?: (string|null);

            /** DiskInfo mtimeMs */
            mtimeMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DiskInfo. */
        type $Shape = meshbackup.DiskInfo.$Properties;
    }

    /**
     * Properties of a BitmapInfo.
     * @deprecated Use meshbackup.BitmapInfo.$Properties instead.
     */
    interface IBitmapInfo extends meshbackup.BitmapInfo.$Properties {
    }

    /** Represents a BitmapInfo. */
    class BitmapInfo {

        /**
         * Constructs a new BitmapInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BitmapInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BitmapInfo name. */
        name: string;

        /** BitmapInfo persistent. */
        persistent: boolean;

        /** BitmapInfo recording. */
        recording: boolean;

        /** BitmapInfo inconsistent. */
        inconsistent: boolean;

        /** BitmapInfo busy. */
        busy: boolean;

        /** BitmapInfo granularity. */
        granularity: number;

        /** BitmapInfo count. */
        count: number;

        /**
         * Creates a new BitmapInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BitmapInfo instance
         */
        static create(properties: meshbackup.BitmapInfo.$Shape): meshbackup.BitmapInfo & meshbackup.BitmapInfo.$Shape;
        static create(properties?: meshbackup.BitmapInfo.$Properties): meshbackup.BitmapInfo;

        /**
         * Encodes the specified BitmapInfo message. Does not implicitly {@link meshbackup.BitmapInfo.verify|verify} messages.
         * @param message BitmapInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BitmapInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BitmapInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BitmapInfo & meshbackup.BitmapInfo.$Shape} BitmapInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BitmapInfo & meshbackup.BitmapInfo.$Shape;

        /**
         * Creates a BitmapInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BitmapInfo
         */

        /**
         * Creates a plain object from a BitmapInfo message. Also converts values to other types if specified.
         * @param message BitmapInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BitmapInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BitmapInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BitmapInfo {

        /** Properties of a BitmapInfo. */
        interface $Properties {

            /** BitmapInfo name */
            name?: (string|null);

            /** BitmapInfo persistent */
            persistent?: (boolean|null);

            /** BitmapInfo recording */
            recording?: (boolean|null);

            /** BitmapInfo inconsistent */
            inconsistent?: (boolean|null);

            /** BitmapInfo busy */
            busy?: (boolean|null);

            /** BitmapInfo granularity */
            granularity?: (number|null);

            /** BitmapInfo count */
            count?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BitmapInfo. */
        type $Shape = meshbackup.BitmapInfo.$Properties;
    }

    /**
     * Properties of a VmConfig.
     * @deprecated Use meshbackup.VmConfig.$Properties instead.
     */
    interface IVmConfig extends meshbackup.VmConfig.$Properties {
    }

    /** Represents a VmConfig. */
    class VmConfig {

        /**
         * Constructs a new VmConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VmConfig.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VmConfig machine. */
        machine: string;

        /** VmConfig memoryMib. */
        memoryMib: number;

        /** VmConfig vcpus. */
        vcpus: number;

        /** VmConfig disks. */
        disks: meshbackup.VmDiskConfig.$Properties[];

        /** VmConfig nics. */
        nics: meshbackup.VmNicConfig.$Properties[];

        /** VmConfig firmware. */
        firmware: string;

        /** VmConfig source. */
        source: string;

        /**
         * Creates a new VmConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VmConfig instance
         */
        static create(properties: meshbackup.VmConfig.$Shape): meshbackup.VmConfig & meshbackup.VmConfig.$Shape;
        static create(properties?: meshbackup.VmConfig.$Properties): meshbackup.VmConfig;

        /**
         * Encodes the specified VmConfig message. Does not implicitly {@link meshbackup.VmConfig.verify|verify} messages.
         * @param message VmConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VmConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VmConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VmConfig & meshbackup.VmConfig.$Shape} VmConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VmConfig & meshbackup.VmConfig.$Shape;

        /**
         * Creates a VmConfig message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VmConfig
         */

        /**
         * Creates a plain object from a VmConfig message. Also converts values to other types if specified.
         * @param message VmConfig
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VmConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VmConfig to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VmConfig {

        /** Properties of a VmConfig. */
        interface $Properties {

            /** VmConfig machine */
            machine?: (string|null);

            /** VmConfig memoryMib */
            memoryMib?: (number|null);

            /** VmConfig vcpus */
            vcpus?: (number|null);

            /** VmConfig disks */
            disks?: (meshbackup.VmDiskConfig.$Properties[]|null);

            /** VmConfig nics */
            nics?: (meshbackup.VmNicConfig.$Properties[]|null);

            /** VmConfig firmware */
            firmware?: (string|null);

            /** VmConfig source */
            source?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VmConfig. */
        type $Shape = meshbackup.VmConfig.$Properties;
    }

    /**
     * Properties of a VmDiskConfig.
     * @deprecated Use meshbackup.VmDiskConfig.$Properties instead.
     */
    interface IVmDiskConfig extends meshbackup.VmDiskConfig.$Properties {
    }

    /** Represents a VmDiskConfig. */
    class VmDiskConfig {

        /**
         * Constructs a new VmDiskConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VmDiskConfig.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VmDiskConfig index. */
        index: number;

        /** VmDiskConfig model. */
        model: string;

        /** VmDiskConfig bus. */
        bus: string;

        /** VmDiskConfig bootIndex. */
        bootIndex: number;

        /**
         * Creates a new VmDiskConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VmDiskConfig instance
         */
        static create(properties: meshbackup.VmDiskConfig.$Shape): meshbackup.VmDiskConfig & meshbackup.VmDiskConfig.$Shape;
        static create(properties?: meshbackup.VmDiskConfig.$Properties): meshbackup.VmDiskConfig;

        /**
         * Encodes the specified VmDiskConfig message. Does not implicitly {@link meshbackup.VmDiskConfig.verify|verify} messages.
         * @param message VmDiskConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VmDiskConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VmDiskConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VmDiskConfig & meshbackup.VmDiskConfig.$Shape} VmDiskConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VmDiskConfig & meshbackup.VmDiskConfig.$Shape;

        /**
         * Creates a VmDiskConfig message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VmDiskConfig
         */

        /**
         * Creates a plain object from a VmDiskConfig message. Also converts values to other types if specified.
         * @param message VmDiskConfig
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VmDiskConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VmDiskConfig to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VmDiskConfig {

        /** Properties of a VmDiskConfig. */
        interface $Properties {

            /** VmDiskConfig index */
            index?: (number|null);

            /** VmDiskConfig model */
            model?: (string|null);

            /** VmDiskConfig bus */
            bus?: (string|null);

            /** VmDiskConfig bootIndex */
            bootIndex?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VmDiskConfig. */
        type $Shape = meshbackup.VmDiskConfig.$Properties;
    }

    /**
     * Properties of a VmNicConfig.
     * @deprecated Use meshbackup.VmNicConfig.$Properties instead.
     */
    interface IVmNicConfig extends meshbackup.VmNicConfig.$Properties {
    }

    /** Represents a VmNicConfig. */
    class VmNicConfig {

        /**
         * Constructs a new VmNicConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VmNicConfig.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VmNicConfig model. */
        model: string;

        /** VmNicConfig mac. */
        mac: string;

        /**
         * Creates a new VmNicConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VmNicConfig instance
         */
        static create(properties: meshbackup.VmNicConfig.$Shape): meshbackup.VmNicConfig & meshbackup.VmNicConfig.$Shape;
        static create(properties?: meshbackup.VmNicConfig.$Properties): meshbackup.VmNicConfig;

        /**
         * Encodes the specified VmNicConfig message. Does not implicitly {@link meshbackup.VmNicConfig.verify|verify} messages.
         * @param message VmNicConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VmNicConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VmNicConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VmNicConfig & meshbackup.VmNicConfig.$Shape} VmNicConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VmNicConfig & meshbackup.VmNicConfig.$Shape;

        /**
         * Creates a VmNicConfig message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VmNicConfig
         */

        /**
         * Creates a plain object from a VmNicConfig message. Also converts values to other types if specified.
         * @param message VmNicConfig
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VmNicConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VmNicConfig to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VmNicConfig {

        /** Properties of a VmNicConfig. */
        interface $Properties {

            /** VmNicConfig model */
            model?: (string|null);

            /** VmNicConfig mac */
            mac?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VmNicConfig. */
        type $Shape = meshbackup.VmNicConfig.$Properties;
    }

    /**
     * Properties of a RecoverRequest.
     * @deprecated Use meshbackup.RecoverRequest.$Properties instead.
     */
    interface IRecoverRequest extends meshbackup.RecoverRequest.$Properties {
    }

    /** Represents a RecoverRequest. */
    class RecoverRequest {

        /**
         * Constructs a new RecoverRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RecoverRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecoverRequest pointId. */
        pointId: string;

        /** RecoverRequest vm. */
        vm: string;

        /** RecoverRequest host. */
        host: string;

        /** RecoverRequest name. */
        name: string;

        /** RecoverRequest attachTo. */
        attachTo: string;

        /** RecoverRequest dataKey. */
        dataKey: Uint8Array;

        /** RecoverRequest network. */
        network: boolean;

        /** RecoverRequest repository. */
        repository: string;

        /**
         * Creates a new RecoverRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RecoverRequest instance
         */
        static create(properties: meshbackup.RecoverRequest.$Shape): meshbackup.RecoverRequest & meshbackup.RecoverRequest.$Shape;
        static create(properties?: meshbackup.RecoverRequest.$Properties): meshbackup.RecoverRequest;

        /**
         * Encodes the specified RecoverRequest message. Does not implicitly {@link meshbackup.RecoverRequest.verify|verify} messages.
         * @param message RecoverRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RecoverRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecoverRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RecoverRequest & meshbackup.RecoverRequest.$Shape} RecoverRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RecoverRequest & meshbackup.RecoverRequest.$Shape;

        /**
         * Creates a RecoverRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RecoverRequest
         */

        /**
         * Creates a plain object from a RecoverRequest message. Also converts values to other types if specified.
         * @param message RecoverRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RecoverRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RecoverRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RecoverRequest {

        /** Properties of a RecoverRequest. */
        interface $Properties {

            /** RecoverRequest pointId */
            pointId?: (string|null);

            /** RecoverRequest vm */
            vm?: (string|null);

            /** RecoverRequest host */
            host?: (string|null);

            /** RecoverRequest name */
            name?: (string|null);

            /** RecoverRequest attachTo */
            attachTo?: (string|null);

            /** RecoverRequest dataKey */
            dataKey?: (Uint8Array|null);

            /** RecoverRequest network */
            network?: (boolean|null);

            /** RecoverRequest repository */
            repository?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecoverRequest. */
        type $Shape = meshbackup.RecoverRequest.$Properties;
    }

    /**
     * Properties of a RecoveryAction.
     * @deprecated Use meshbackup.RecoveryAction.$Properties instead.
     */
    interface IRecoveryAction extends meshbackup.RecoveryAction.$Properties {
    }

    /** Represents a RecoveryAction. */
    class RecoveryAction {

        /**
         * Constructs a new RecoveryAction.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RecoveryAction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecoveryAction id. */
        id: string;

        /** RecoveryAction action. */
        action: string;

        /** RecoveryAction speed. */
        speed: number;

        /** RecoveryAction wait. */
        wait: boolean;

        /**
         * Creates a new RecoveryAction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RecoveryAction instance
         */
        static create(properties: meshbackup.RecoveryAction.$Shape): meshbackup.RecoveryAction & meshbackup.RecoveryAction.$Shape;
        static create(properties?: meshbackup.RecoveryAction.$Properties): meshbackup.RecoveryAction;

        /**
         * Encodes the specified RecoveryAction message. Does not implicitly {@link meshbackup.RecoveryAction.verify|verify} messages.
         * @param message RecoveryAction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RecoveryAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecoveryAction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RecoveryAction & meshbackup.RecoveryAction.$Shape} RecoveryAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RecoveryAction & meshbackup.RecoveryAction.$Shape;

        /**
         * Creates a RecoveryAction message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RecoveryAction
         */

        /**
         * Creates a plain object from a RecoveryAction message. Also converts values to other types if specified.
         * @param message RecoveryAction
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RecoveryAction, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RecoveryAction to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RecoveryAction {

        /** Properties of a RecoveryAction. */
        interface $Properties {

            /** RecoveryAction id */
            id?: (string|null);

            /** RecoveryAction action */
            action?: (string|null);

            /** RecoveryAction speed */
            speed?: (number|null);

            /** RecoveryAction wait */
            wait?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecoveryAction. */
        type $Shape = meshbackup.RecoveryAction.$Properties;
    }

    /**
     * Properties of a RecoveryListRequest.
     * @deprecated Use meshbackup.RecoveryListRequest.$Properties instead.
     */
    interface IRecoveryListRequest extends meshbackup.RecoveryListRequest.$Properties {
    }

    /** Represents a RecoveryListRequest. */
    class RecoveryListRequest {

        /**
         * Constructs a new RecoveryListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RecoveryListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new RecoveryListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RecoveryListRequest instance
         */
        static create(properties: meshbackup.RecoveryListRequest.$Shape): meshbackup.RecoveryListRequest & meshbackup.RecoveryListRequest.$Shape;
        static create(properties?: meshbackup.RecoveryListRequest.$Properties): meshbackup.RecoveryListRequest;

        /**
         * Encodes the specified RecoveryListRequest message. Does not implicitly {@link meshbackup.RecoveryListRequest.verify|verify} messages.
         * @param message RecoveryListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RecoveryListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecoveryListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RecoveryListRequest & meshbackup.RecoveryListRequest.$Shape} RecoveryListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RecoveryListRequest & meshbackup.RecoveryListRequest.$Shape;

        /**
         * Creates a RecoveryListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RecoveryListRequest
         */

        /**
         * Creates a plain object from a RecoveryListRequest message. Also converts values to other types if specified.
         * @param message RecoveryListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RecoveryListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RecoveryListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RecoveryListRequest {

        /** Properties of a RecoveryListRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecoveryListRequest. */
        type $Shape = meshbackup.RecoveryListRequest.$Properties;
    }

    /**
     * Properties of a RecoveryInfo.
     * @deprecated Use meshbackup.RecoveryInfo.$Properties instead.
     */
    interface IRecoveryInfo extends meshbackup.RecoveryInfo.$Properties {
    }

    /** Represents a RecoveryInfo. */
    class RecoveryInfo {

        /**
         * Constructs a new RecoveryInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RecoveryInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecoveryInfo id. */
        id: string;

        /** RecoveryInfo pointId. */
        pointId: string;

        /** RecoveryInfo vm. */
        vm: string;

        /** RecoveryInfo name. */
        name: string;

        /** RecoveryInfo host. */
        host: string;

        /** RecoveryInfo node. */
        node: string;

        /** RecoveryInfo state. */
        state: string;

        /** RecoveryInfo doneBytes. */
        doneBytes: number;

        /** RecoveryInfo totalBytes. */
        totalBytes: number;

        /** RecoveryInfo bytesPerSecond. */
        bytesPerSecond: number;

        /** RecoveryInfo error. */
        error: string;

        /** RecoveryInfo createdAtMs. */
        createdAtMs: number;

        /** RecoveryInfo runningAtMs. */
        runningAtMs: number;

        /** RecoveryInfo pid. */
        pid: number;

        /** RecoveryInfo qmp. */
        qmp: string;

        /** RecoveryInfo overlays. */
        overlays: string[];

        /** RecoveryInfo attachedTo. */
        attachedTo: string;

        /** RecoveryInfo repository. */
        repository: string;

        /** RecoveryInfo migratedAtMs. */
        migratedAtMs: number;

        /** RecoveryInfo restarts. */
        restarts: number;

        /** RecoveryInfo pauses. */
        pauses: number;

        /** RecoveryInfo repositoryPeer. */
        repositoryPeer: string;

        /** RecoveryInfo keyFingerprint. */
        keyFingerprint: string;

        /** RecoveryInfo network. */
        network: boolean;

        /** RecoveryInfo adoptions. */
        adoptions: number;

        /**
         * Creates a new RecoveryInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RecoveryInfo instance
         */
        static create(properties: meshbackup.RecoveryInfo.$Shape): meshbackup.RecoveryInfo & meshbackup.RecoveryInfo.$Shape;
        static create(properties?: meshbackup.RecoveryInfo.$Properties): meshbackup.RecoveryInfo;

        /**
         * Encodes the specified RecoveryInfo message. Does not implicitly {@link meshbackup.RecoveryInfo.verify|verify} messages.
         * @param message RecoveryInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RecoveryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecoveryInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RecoveryInfo & meshbackup.RecoveryInfo.$Shape} RecoveryInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RecoveryInfo & meshbackup.RecoveryInfo.$Shape;

        /**
         * Creates a RecoveryInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RecoveryInfo
         */

        /**
         * Creates a plain object from a RecoveryInfo message. Also converts values to other types if specified.
         * @param message RecoveryInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RecoveryInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RecoveryInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RecoveryInfo {

        /** Properties of a RecoveryInfo. */
        interface $Properties {

            /** RecoveryInfo id */
            id?: (string|null);

            /** RecoveryInfo pointId */
            pointId?: (string|null);

            /** RecoveryInfo vm */
            vm?: (string|null);

            /** RecoveryInfo name */
            name?: (string|null);

            /** RecoveryInfo host */
            host?: (string|null);

            /** RecoveryInfo node */
            node?: (string|null);

            /** RecoveryInfo state */
            state?: (string|null);

            /** RecoveryInfo doneBytes */
            doneBytes?: (number|null);

            /** RecoveryInfo totalBytes */
            totalBytes?: (number|null);

            /** RecoveryInfo bytesPerSecond */
            bytesPerSecond?: (number|null);

            /** RecoveryInfo error */
            error?: (string|null);

            /** RecoveryInfo createdAtMs */
            createdAtMs?: (number|null);

            /** RecoveryInfo runningAtMs */
            runningAtMs?: (number|null);

            /** RecoveryInfo pid */
            pid?: (number|null);

            /** RecoveryInfo qmp */
            qmp?: (string|null);

            /** RecoveryInfo overlays */
            overlays?: (string[]|null);

            /** RecoveryInfo attachedTo */
            attachedTo?: (string|null);

            /** RecoveryInfo repository */
            repository?: (string|null);

            /** RecoveryInfo migratedAtMs */
            migratedAtMs?: (number|null);

            /** RecoveryInfo restarts */
            restarts?: (number|null);

            /** RecoveryInfo pauses */
            pauses?: (number|null);

            /** RecoveryInfo repositoryPeer */
            repositoryPeer?: (string|null);

            /** RecoveryInfo keyFingerprint */
            keyFingerprint?: (string|null);

            /** RecoveryInfo network */
            network?: (boolean|null);

            /** RecoveryInfo adoptions */
            adoptions?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecoveryInfo. */
        type $Shape = meshbackup.RecoveryInfo.$Properties;
    }

    /**
     * Properties of a RecoveryList.
     * @deprecated Use meshbackup.RecoveryList.$Properties instead.
     */
    interface IRecoveryList extends meshbackup.RecoveryList.$Properties {
    }

    /** Represents a RecoveryList. */
    class RecoveryList {

        /**
         * Constructs a new RecoveryList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RecoveryList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecoveryList recoveries. */
        recoveries: meshbackup.RecoveryInfo.$Properties[];

        /**
         * Creates a new RecoveryList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RecoveryList instance
         */
        static create(properties: meshbackup.RecoveryList.$Shape): meshbackup.RecoveryList & meshbackup.RecoveryList.$Shape;
        static create(properties?: meshbackup.RecoveryList.$Properties): meshbackup.RecoveryList;

        /**
         * Encodes the specified RecoveryList message. Does not implicitly {@link meshbackup.RecoveryList.verify|verify} messages.
         * @param message RecoveryList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RecoveryList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecoveryList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RecoveryList & meshbackup.RecoveryList.$Shape} RecoveryList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RecoveryList & meshbackup.RecoveryList.$Shape;

        /**
         * Creates a RecoveryList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RecoveryList
         */

        /**
         * Creates a plain object from a RecoveryList message. Also converts values to other types if specified.
         * @param message RecoveryList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RecoveryList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RecoveryList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RecoveryList {

        /** Properties of a RecoveryList. */
        interface $Properties {

            /** RecoveryList recoveries */
            recoveries?: (meshbackup.RecoveryInfo.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecoveryList. */
        type $Shape = meshbackup.RecoveryList.$Properties;
    }

    /**
     * Properties of a TrafficRule.
     * @deprecated Use meshbackup.TrafficRule.$Properties instead.
     */
    interface ITrafficRule extends meshbackup.TrafficRule.$Properties {
    }

    /** Represents a TrafficRule. */
    class TrafficRule {

        /**
         * Constructs a new TrafficRule.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.TrafficRule.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TrafficRule name. */
        name: string;

        /** TrafficRule from. */
        from: string;

        /** TrafficRule to. */
        to: string;

        /** TrafficRule days. */
        days: string;

        /** TrafficRule hours. */
        hours: string;

        /** TrafficRule rateBps. */
        rateBps: number;

        /** TrafficRule timeZone. */
        timeZone: string;

        /** TrafficRule nodeRateBps. */
        nodeRateBps: number;

        /**
         * Creates a new TrafficRule instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TrafficRule instance
         */
        static create(properties: meshbackup.TrafficRule.$Shape): meshbackup.TrafficRule & meshbackup.TrafficRule.$Shape;
        static create(properties?: meshbackup.TrafficRule.$Properties): meshbackup.TrafficRule;

        /**
         * Encodes the specified TrafficRule message. Does not implicitly {@link meshbackup.TrafficRule.verify|verify} messages.
         * @param message TrafficRule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.TrafficRule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TrafficRule message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.TrafficRule & meshbackup.TrafficRule.$Shape} TrafficRule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.TrafficRule & meshbackup.TrafficRule.$Shape;

        /**
         * Creates a TrafficRule message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TrafficRule
         */

        /**
         * Creates a plain object from a TrafficRule message. Also converts values to other types if specified.
         * @param message TrafficRule
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.TrafficRule, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TrafficRule to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace TrafficRule {

        /** Properties of a TrafficRule. */
        interface $Properties {

            /** TrafficRule name */
            name?: (string|null);

            /** TrafficRule from */
            from?: (string|null);

            /** TrafficRule to */
            to?: (string|null);

            /** TrafficRule days */
            days?: (string|null);

            /** TrafficRule hours */
            hours?: (string|null);

            /** TrafficRule rateBps */
            rateBps?: (number|null);

            /** TrafficRule timeZone */
            timeZone?: (string|null);

            /** TrafficRule nodeRateBps */
            nodeRateBps?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TrafficRule. */
        type $Shape = meshbackup.TrafficRule.$Properties;
    }

    /**
     * Properties of a ThrottleListRequest.
     * @deprecated Use meshbackup.ThrottleListRequest.$Properties instead.
     */
    interface IThrottleListRequest extends meshbackup.ThrottleListRequest.$Properties {
    }

    /** Represents a ThrottleListRequest. */
    class ThrottleListRequest {

        /**
         * Constructs a new ThrottleListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.ThrottleListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ThrottleListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ThrottleListRequest instance
         */
        static create(properties: meshbackup.ThrottleListRequest.$Shape): meshbackup.ThrottleListRequest & meshbackup.ThrottleListRequest.$Shape;
        static create(properties?: meshbackup.ThrottleListRequest.$Properties): meshbackup.ThrottleListRequest;

        /**
         * Encodes the specified ThrottleListRequest message. Does not implicitly {@link meshbackup.ThrottleListRequest.verify|verify} messages.
         * @param message ThrottleListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.ThrottleListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ThrottleListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.ThrottleListRequest & meshbackup.ThrottleListRequest.$Shape} ThrottleListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.ThrottleListRequest & meshbackup.ThrottleListRequest.$Shape;

        /**
         * Creates a ThrottleListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ThrottleListRequest
         */

        /**
         * Creates a plain object from a ThrottleListRequest message. Also converts values to other types if specified.
         * @param message ThrottleListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.ThrottleListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ThrottleListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ThrottleListRequest {

        /** Properties of a ThrottleListRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ThrottleListRequest. */
        type $Shape = meshbackup.ThrottleListRequest.$Properties;
    }

    /**
     * Properties of a ThrottleRemove.
     * @deprecated Use meshbackup.ThrottleRemove.$Properties instead.
     */
    interface IThrottleRemove extends meshbackup.ThrottleRemove.$Properties {
    }

    /** Represents a ThrottleRemove. */
    class ThrottleRemove {

        /**
         * Constructs a new ThrottleRemove.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.ThrottleRemove.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ThrottleRemove name. */
        name: string;

        /**
         * Creates a new ThrottleRemove instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ThrottleRemove instance
         */
        static create(properties: meshbackup.ThrottleRemove.$Shape): meshbackup.ThrottleRemove & meshbackup.ThrottleRemove.$Shape;
        static create(properties?: meshbackup.ThrottleRemove.$Properties): meshbackup.ThrottleRemove;

        /**
         * Encodes the specified ThrottleRemove message. Does not implicitly {@link meshbackup.ThrottleRemove.verify|verify} messages.
         * @param message ThrottleRemove message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.ThrottleRemove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ThrottleRemove message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.ThrottleRemove & meshbackup.ThrottleRemove.$Shape} ThrottleRemove
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.ThrottleRemove & meshbackup.ThrottleRemove.$Shape;

        /**
         * Creates a ThrottleRemove message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ThrottleRemove
         */

        /**
         * Creates a plain object from a ThrottleRemove message. Also converts values to other types if specified.
         * @param message ThrottleRemove
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.ThrottleRemove, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ThrottleRemove to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ThrottleRemove {

        /** Properties of a ThrottleRemove. */
        interface $Properties {

            /** ThrottleRemove name */
            name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ThrottleRemove. */
        type $Shape = meshbackup.ThrottleRemove.$Properties;
    }

    /**
     * Properties of a ThrottleList.
     * @deprecated Use meshbackup.ThrottleList.$Properties instead.
     */
    interface IThrottleList extends meshbackup.ThrottleList.$Properties {
    }

    /** Represents a ThrottleList. */
    class ThrottleList {

        /**
         * Constructs a new ThrottleList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.ThrottleList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ThrottleList rules. */
        rules: meshbackup.TrafficRule.$Properties[];

        /** ThrottleList inForce. */
        inForce: string[];

        /** ThrottleList atMs. */
        atMs: number;

        /**
         * Creates a new ThrottleList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ThrottleList instance
         */
        static create(properties: meshbackup.ThrottleList.$Shape): meshbackup.ThrottleList & meshbackup.ThrottleList.$Shape;
        static create(properties?: meshbackup.ThrottleList.$Properties): meshbackup.ThrottleList;

        /**
         * Encodes the specified ThrottleList message. Does not implicitly {@link meshbackup.ThrottleList.verify|verify} messages.
         * @param message ThrottleList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.ThrottleList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ThrottleList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.ThrottleList & meshbackup.ThrottleList.$Shape} ThrottleList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.ThrottleList & meshbackup.ThrottleList.$Shape;

        /**
         * Creates a ThrottleList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ThrottleList
         */

        /**
         * Creates a plain object from a ThrottleList message. Also converts values to other types if specified.
         * @param message ThrottleList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.ThrottleList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ThrottleList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ThrottleList {

        /** Properties of a ThrottleList. */
        interface $Properties {

            /** ThrottleList rules */
            rules?: (meshbackup.TrafficRule.$Properties[]|null);

            /** ThrottleList inForce */
            inForce?: (string[]|null);

            /** ThrottleList atMs */
            atMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ThrottleList. */
        type $Shape = meshbackup.ThrottleList.$Properties;
    }

    /**
     * Properties of a PointSummary.
     * @deprecated Use meshbackup.PointSummary.$Properties instead.
     */
    interface IPointSummary extends meshbackup.PointSummary.$Properties {
    }

    /** Represents a PointSummary. */
    class PointSummary {

        /**
         * Constructs a new PointSummary.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.PointSummary.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PointSummary id. */
        id: string;

        /** PointSummary job. */
        job: string;

        /** PointSummary vm. */
        vm: string;

        /** PointSummary sessionId. */
        sessionId: string;

        /** PointSummary createdAtMs. */
        createdAtMs: number;

        /** PointSummary disks. */
        disks: meshbackup.DiskSummary.$Properties[];

        /** PointSummary repository. */
        repository: string;

        /** PointSummary repositoryPeer. */
        repositoryPeer: string;

        /** PointSummary damaged. */
        damaged: boolean;

        /** PointSummary damageReason. */
        damageReason: string;

        /** PointSummary verifiedAtMs. */
        verifiedAtMs: number;

        /** PointSummary badDigests. */
        badDigests: Uint8Array[];

        /** PointSummary badBlocks. */
        badBlocks: number;

        /** PointSummary lockUntilMs. */
        lockUntilMs: number;

        /** PointSummary keyFingerprint. */
        keyFingerprint: string;

        /** PointSummary recoveryFingerprints. */
        recoveryFingerprints: string[];

        /** PointSummary recoveryWraps. */
        recoveryWraps: Uint8Array[];

        /**
         * Creates a new PointSummary instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PointSummary instance
         */
        static create(properties: meshbackup.PointSummary.$Shape): meshbackup.PointSummary & meshbackup.PointSummary.$Shape;
        static create(properties?: meshbackup.PointSummary.$Properties): meshbackup.PointSummary;

        /**
         * Encodes the specified PointSummary message. Does not implicitly {@link meshbackup.PointSummary.verify|verify} messages.
         * @param message PointSummary message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.PointSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PointSummary message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.PointSummary & meshbackup.PointSummary.$Shape} PointSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.PointSummary & meshbackup.PointSummary.$Shape;

        /**
         * Creates a PointSummary message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PointSummary
         */

        /**
         * Creates a plain object from a PointSummary message. Also converts values to other types if specified.
         * @param message PointSummary
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.PointSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PointSummary to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PointSummary {

        /** Properties of a PointSummary. */
        interface $Properties {

            /** PointSummary id */
            id?: (string|null);

            /** PointSummary job */
            job?: (string|null);

            /** PointSummary vm */
            vm?: (string|null);

            /** PointSummary sessionId */
            sessionId?: (string|null);

            /** PointSummary createdAtMs */
            createdAtMs?: (number|null);

            /** PointSummary disks */
            disks?: (meshbackup.DiskSummary.$Properties[]|null);

            /** PointSummary repository */
            repository?: (string|null);

            /** PointSummary repositoryPeer */
            repositoryPeer?: (string|null);

            /** PointSummary damaged */
            damaged?: (boolean|null);

            /** PointSummary damageReason */
            damageReason?: (string|null);

            /** PointSummary verifiedAtMs */
            verifiedAtMs?: (number|null);

            /** PointSummary badDigests */
            badDigests?: (Uint8Array[]|null);

            /** PointSummary badBlocks */
            badBlocks?: (number|null);

            /** PointSummary lockUntilMs */
            lockUntilMs?: (number|null);

            /** PointSummary keyFingerprint */
            keyFingerprint?: (string|null);

            /** PointSummary recoveryFingerprints */
            recoveryFingerprints?: (string[]|null);

            /** PointSummary recoveryWraps */
            recoveryWraps?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PointSummary. */
        type $Shape = meshbackup.PointSummary.$Properties;
    }

    /**
     * Properties of a DiskSummary.
     * @deprecated Use meshbackup.DiskSummary.$Properties instead.
     */
    interface IDiskSummary extends meshbackup.DiskSummary.$Properties {
    }

    /** Represents a DiskSummary. */
    class DiskSummary {

        /**
         * Constructs a new DiskSummary.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.DiskSummary.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DiskSummary index. */
        index: number;

        /** DiskSummary name. */
        name: string;

        /** DiskSummary size. */
        size: number;

        /** DiskSummary blocks. */
        blocks: number;

        /** DiskSummary zeroBlocks. */
        zeroBlocks: number;

        /** DiskSummary cbtBitmap. */
        cbtBitmap: string;

        /**
         * Creates a new DiskSummary instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DiskSummary instance
         */
        static create(properties: meshbackup.DiskSummary.$Shape): meshbackup.DiskSummary & meshbackup.DiskSummary.$Shape;
        static create(properties?: meshbackup.DiskSummary.$Properties): meshbackup.DiskSummary;

        /**
         * Encodes the specified DiskSummary message. Does not implicitly {@link meshbackup.DiskSummary.verify|verify} messages.
         * @param message DiskSummary message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.DiskSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DiskSummary message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.DiskSummary & meshbackup.DiskSummary.$Shape} DiskSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.DiskSummary & meshbackup.DiskSummary.$Shape;

        /**
         * Creates a DiskSummary message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DiskSummary
         */

        /**
         * Creates a plain object from a DiskSummary message. Also converts values to other types if specified.
         * @param message DiskSummary
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.DiskSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DiskSummary to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DiskSummary {

        /** Properties of a DiskSummary. */
        interface $Properties {

            /** DiskSummary index */
            index?: (number|null);

            /** DiskSummary name */
            name?: (string|null);

            /** DiskSummary size */
            size?: (number|null);

            /** DiskSummary blocks */
            blocks?: (number|null);

            /** DiskSummary zeroBlocks */
            zeroBlocks?: (number|null);

            /** DiskSummary cbtBitmap */
            cbtBitmap?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DiskSummary. */
        type $Shape = meshbackup.DiskSummary.$Properties;
    }

    /**
     * Properties of a PointsListRequest.
     * @deprecated Use meshbackup.PointsListRequest.$Properties instead.
     */
    interface IPointsListRequest extends meshbackup.PointsListRequest.$Properties {
    }

    /** Represents a PointsListRequest. */
    class PointsListRequest {

        /**
         * Constructs a new PointsListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.PointsListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PointsListRequest job. */
        job: string;

        /** PointsListRequest vm. */
        vm: string;

        /**
         * Creates a new PointsListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PointsListRequest instance
         */
        static create(properties: meshbackup.PointsListRequest.$Shape): meshbackup.PointsListRequest & meshbackup.PointsListRequest.$Shape;
        static create(properties?: meshbackup.PointsListRequest.$Properties): meshbackup.PointsListRequest;

        /**
         * Encodes the specified PointsListRequest message. Does not implicitly {@link meshbackup.PointsListRequest.verify|verify} messages.
         * @param message PointsListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.PointsListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PointsListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.PointsListRequest & meshbackup.PointsListRequest.$Shape} PointsListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.PointsListRequest & meshbackup.PointsListRequest.$Shape;

        /**
         * Creates a PointsListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PointsListRequest
         */

        /**
         * Creates a plain object from a PointsListRequest message. Also converts values to other types if specified.
         * @param message PointsListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.PointsListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PointsListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PointsListRequest {

        /** Properties of a PointsListRequest. */
        interface $Properties {

            /** PointsListRequest job */
            job?: (string|null);

            /** PointsListRequest vm */
            vm?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PointsListRequest. */
        type $Shape = meshbackup.PointsListRequest.$Properties;
    }

    /**
     * Properties of a PointsList.
     * @deprecated Use meshbackup.PointsList.$Properties instead.
     */
    interface IPointsList extends meshbackup.PointsList.$Properties {
    }

    /** Represents a PointsList. */
    class PointsList {

        /**
         * Constructs a new PointsList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.PointsList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PointsList points. */
        points: meshbackup.PointSummary.$Properties[];

        /**
         * Creates a new PointsList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PointsList instance
         */
        static create(properties: meshbackup.PointsList.$Shape): meshbackup.PointsList & meshbackup.PointsList.$Shape;
        static create(properties?: meshbackup.PointsList.$Properties): meshbackup.PointsList;

        /**
         * Encodes the specified PointsList message. Does not implicitly {@link meshbackup.PointsList.verify|verify} messages.
         * @param message PointsList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.PointsList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PointsList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.PointsList & meshbackup.PointsList.$Shape} PointsList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.PointsList & meshbackup.PointsList.$Shape;

        /**
         * Creates a PointsList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PointsList
         */

        /**
         * Creates a plain object from a PointsList message. Also converts values to other types if specified.
         * @param message PointsList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.PointsList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PointsList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PointsList {

        /** Properties of a PointsList. */
        interface $Properties {

            /** PointsList points */
            points?: (meshbackup.PointSummary.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PointsList. */
        type $Shape = meshbackup.PointsList.$Properties;
    }

    /**
     * Properties of a VerifyRequest.
     * @deprecated Use meshbackup.VerifyRequest.$Properties instead.
     */
    interface IVerifyRequest extends meshbackup.VerifyRequest.$Properties {
    }

    /** Represents a VerifyRequest. */
    class VerifyRequest {

        /**
         * Constructs a new VerifyRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VerifyRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VerifyRequest pointId. */
        pointId: string;

        /** VerifyRequest repair. */
        repair: boolean;

        /** VerifyRequest repository. */
        repository: string;

        /** VerifyRequest repairSources. */
        repairSources: meshbackup.RepairSource.$Properties[];

        /**
         * Creates a new VerifyRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VerifyRequest instance
         */
        static create(properties: meshbackup.VerifyRequest.$Shape): meshbackup.VerifyRequest & meshbackup.VerifyRequest.$Shape;
        static create(properties?: meshbackup.VerifyRequest.$Properties): meshbackup.VerifyRequest;

        /**
         * Encodes the specified VerifyRequest message. Does not implicitly {@link meshbackup.VerifyRequest.verify|verify} messages.
         * @param message VerifyRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VerifyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VerifyRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VerifyRequest & meshbackup.VerifyRequest.$Shape} VerifyRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VerifyRequest & meshbackup.VerifyRequest.$Shape;

        /**
         * Creates a VerifyRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VerifyRequest
         */

        /**
         * Creates a plain object from a VerifyRequest message. Also converts values to other types if specified.
         * @param message VerifyRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VerifyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VerifyRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VerifyRequest {

        /** Properties of a VerifyRequest. */
        interface $Properties {

            /** VerifyRequest pointId */
            pointId?: (string|null);

            /** VerifyRequest repair */
            repair?: (boolean|null);

            /** VerifyRequest repository */
            repository?: (string|null);

            /** VerifyRequest repairSources */
            repairSources?: (meshbackup.RepairSource.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VerifyRequest. */
        type $Shape = meshbackup.VerifyRequest.$Properties;
    }

    /**
     * Properties of a RepairSource.
     * @deprecated Use meshbackup.RepairSource.$Properties instead.
     */
    interface IRepairSource extends meshbackup.RepairSource.$Properties {
    }

    /** Represents a RepairSource. */
    class RepairSource {

        /**
         * Constructs a new RepairSource.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RepairSource.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RepairSource peer. */
        peer: string;

        /** RepairSource repository. */
        repository: string;

        /**
         * Creates a new RepairSource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RepairSource instance
         */
        static create(properties: meshbackup.RepairSource.$Shape): meshbackup.RepairSource & meshbackup.RepairSource.$Shape;
        static create(properties?: meshbackup.RepairSource.$Properties): meshbackup.RepairSource;

        /**
         * Encodes the specified RepairSource message. Does not implicitly {@link meshbackup.RepairSource.verify|verify} messages.
         * @param message RepairSource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RepairSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RepairSource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RepairSource & meshbackup.RepairSource.$Shape} RepairSource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RepairSource & meshbackup.RepairSource.$Shape;

        /**
         * Creates a RepairSource message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RepairSource
         */

        /**
         * Creates a plain object from a RepairSource message. Also converts values to other types if specified.
         * @param message RepairSource
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RepairSource, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RepairSource to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RepairSource {

        /** Properties of a RepairSource. */
        interface $Properties {

            /** RepairSource peer */
            peer?: (string|null);

            /** RepairSource repository */
            repository?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RepairSource. */
        type $Shape = meshbackup.RepairSource.$Properties;
    }

    /**
     * Properties of a RepairedFrom.
     * @deprecated Use meshbackup.RepairedFrom.$Properties instead.
     */
    interface IRepairedFrom extends meshbackup.RepairedFrom.$Properties {
    }

    /** Represents a RepairedFrom. */
    class RepairedFrom {

        /**
         * Constructs a new RepairedFrom.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RepairedFrom.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RepairedFrom repository. */
        repository: string;

        /** RepairedFrom blocks. */
        blocks: number;

        /**
         * Creates a new RepairedFrom instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RepairedFrom instance
         */
        static create(properties: meshbackup.RepairedFrom.$Shape): meshbackup.RepairedFrom & meshbackup.RepairedFrom.$Shape;
        static create(properties?: meshbackup.RepairedFrom.$Properties): meshbackup.RepairedFrom;

        /**
         * Encodes the specified RepairedFrom message. Does not implicitly {@link meshbackup.RepairedFrom.verify|verify} messages.
         * @param message RepairedFrom message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RepairedFrom.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RepairedFrom message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RepairedFrom & meshbackup.RepairedFrom.$Shape} RepairedFrom
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RepairedFrom & meshbackup.RepairedFrom.$Shape;

        /**
         * Creates a RepairedFrom message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RepairedFrom
         */

        /**
         * Creates a plain object from a RepairedFrom message. Also converts values to other types if specified.
         * @param message RepairedFrom
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RepairedFrom, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RepairedFrom to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RepairedFrom {

        /** Properties of a RepairedFrom. */
        interface $Properties {

            /** RepairedFrom repository */
            repository?: (string|null);

            /** RepairedFrom blocks */
            blocks?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RepairedFrom. */
        type $Shape = meshbackup.RepairedFrom.$Properties;
    }

    /**
     * Properties of a PointLock.
     * @deprecated Use meshbackup.PointLock.$Properties instead.
     */
    interface IPointLock extends meshbackup.PointLock.$Properties {
    }

    /** Represents a PointLock. */
    class PointLock {

        /**
         * Constructs a new PointLock.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.PointLock.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PointLock pointId. */
        pointId: string;

        /** PointLock unlockAtMs. */
        unlockAtMs: number;

        /**
         * Creates a new PointLock instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PointLock instance
         */
        static create(properties: meshbackup.PointLock.$Shape): meshbackup.PointLock & meshbackup.PointLock.$Shape;
        static create(properties?: meshbackup.PointLock.$Properties): meshbackup.PointLock;

        /**
         * Encodes the specified PointLock message. Does not implicitly {@link meshbackup.PointLock.verify|verify} messages.
         * @param message PointLock message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.PointLock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PointLock message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.PointLock & meshbackup.PointLock.$Shape} PointLock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.PointLock & meshbackup.PointLock.$Shape;

        /**
         * Creates a PointLock message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PointLock
         */

        /**
         * Creates a plain object from a PointLock message. Also converts values to other types if specified.
         * @param message PointLock
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.PointLock, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PointLock to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PointLock {

        /** Properties of a PointLock. */
        interface $Properties {

            /** PointLock pointId */
            pointId?: (string|null);

            /** PointLock unlockAtMs */
            unlockAtMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PointLock. */
        type $Shape = meshbackup.PointLock.$Properties;
    }

    /**
     * Properties of a LockPeriodSet.
     * @deprecated Use meshbackup.LockPeriodSet.$Properties instead.
     */
    interface ILockPeriodSet extends meshbackup.LockPeriodSet.$Properties {
    }

    /** Represents a LockPeriodSet. */
    class LockPeriodSet {

        /**
         * Constructs a new LockPeriodSet.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.LockPeriodSet.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LockPeriodSet repository. */
        repository: string;

        /** LockPeriodSet days. */
        days: number;

        /**
         * Creates a new LockPeriodSet instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LockPeriodSet instance
         */
        static create(properties: meshbackup.LockPeriodSet.$Shape): meshbackup.LockPeriodSet & meshbackup.LockPeriodSet.$Shape;
        static create(properties?: meshbackup.LockPeriodSet.$Properties): meshbackup.LockPeriodSet;

        /**
         * Encodes the specified LockPeriodSet message. Does not implicitly {@link meshbackup.LockPeriodSet.verify|verify} messages.
         * @param message LockPeriodSet message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.LockPeriodSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LockPeriodSet message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.LockPeriodSet & meshbackup.LockPeriodSet.$Shape} LockPeriodSet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.LockPeriodSet & meshbackup.LockPeriodSet.$Shape;

        /**
         * Creates a LockPeriodSet message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LockPeriodSet
         */

        /**
         * Creates a plain object from a LockPeriodSet message. Also converts values to other types if specified.
         * @param message LockPeriodSet
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.LockPeriodSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LockPeriodSet to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace LockPeriodSet {

        /** Properties of a LockPeriodSet. */
        interface $Properties {

            /** LockPeriodSet repository */
            repository?: (string|null);

            /** LockPeriodSet days */
            days?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LockPeriodSet. */
        type $Shape = meshbackup.LockPeriodSet.$Properties;
    }

    /**
     * Properties of a GcRequest.
     * @deprecated Use meshbackup.GcRequest.$Properties instead.
     */
    interface IGcRequest extends meshbackup.GcRequest.$Properties {
    }

    /** Represents a GcRequest. */
    class GcRequest {

        /**
         * Constructs a new GcRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.GcRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GcRequest repository. */
        repository: string;

        /** GcRequest dryRun. */
        dryRun: boolean;

        /**
         * Creates a new GcRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GcRequest instance
         */
        static create(properties: meshbackup.GcRequest.$Shape): meshbackup.GcRequest & meshbackup.GcRequest.$Shape;
        static create(properties?: meshbackup.GcRequest.$Properties): meshbackup.GcRequest;

        /**
         * Encodes the specified GcRequest message. Does not implicitly {@link meshbackup.GcRequest.verify|verify} messages.
         * @param message GcRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.GcRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GcRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.GcRequest & meshbackup.GcRequest.$Shape} GcRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.GcRequest & meshbackup.GcRequest.$Shape;

        /**
         * Creates a GcRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GcRequest
         */

        /**
         * Creates a plain object from a GcRequest message. Also converts values to other types if specified.
         * @param message GcRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.GcRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GcRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GcRequest {

        /** Properties of a GcRequest. */
        interface $Properties {

            /** GcRequest repository */
            repository?: (string|null);

            /** GcRequest dryRun */
            dryRun?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GcRequest. */
        type $Shape = meshbackup.GcRequest.$Properties;
    }

    /**
     * Properties of a GcReport.
     * @deprecated Use meshbackup.GcReport.$Properties instead.
     */
    interface IGcReport extends meshbackup.GcReport.$Properties {
    }

    /** Represents a GcReport. */
    class GcReport {

        /**
         * Constructs a new GcReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.GcReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GcReport repository. */
        repository: string;

        /** GcReport blocksRemoved. */
        blocksRemoved: number;

        /** GcReport bytesFreed. */
        bytesFreed: number;

        /** GcReport packsRewritten. */
        packsRewritten: number;

        /** GcReport packsDeleted. */
        packsDeleted: number;

        /** GcReport durationMs. */
        durationMs: number;

        /** GcReport problems. */
        problems: string[];

        /** GcReport packsLocked. */
        packsLocked: number;

        /**
         * Creates a new GcReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GcReport instance
         */
        static create(properties: meshbackup.GcReport.$Shape): meshbackup.GcReport & meshbackup.GcReport.$Shape;
        static create(properties?: meshbackup.GcReport.$Properties): meshbackup.GcReport;

        /**
         * Encodes the specified GcReport message. Does not implicitly {@link meshbackup.GcReport.verify|verify} messages.
         * @param message GcReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.GcReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GcReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.GcReport & meshbackup.GcReport.$Shape} GcReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.GcReport & meshbackup.GcReport.$Shape;

        /**
         * Creates a GcReport message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GcReport
         */

        /**
         * Creates a plain object from a GcReport message. Also converts values to other types if specified.
         * @param message GcReport
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.GcReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GcReport to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GcReport {

        /** Properties of a GcReport. */
        interface $Properties {

            /** GcReport repository */
            repository?: (string|null);

            /** GcReport blocksRemoved */
            blocksRemoved?: (number|null);

            /** GcReport bytesFreed */
            bytesFreed?: (number|null);

            /** GcReport packsRewritten */
            packsRewritten?: (number|null);

            /** GcReport packsDeleted */
            packsDeleted?: (number|null);

            /** GcReport durationMs */
            durationMs?: (number|null);

            /** GcReport problems */
            problems?: (string[]|null);

            /** GcReport packsLocked */
            packsLocked?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GcReport. */
        type $Shape = meshbackup.GcReport.$Properties;
    }

    /**
     * Properties of a VerifyPassProgress.
     * @deprecated Use meshbackup.VerifyPassProgress.$Properties instead.
     */
    interface IVerifyPassProgress extends meshbackup.VerifyPassProgress.$Properties {
    }

    /** Represents a VerifyPassProgress. */
    class VerifyPassProgress {

        /**
         * Constructs a new VerifyPassProgress.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VerifyPassProgress.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VerifyPassProgress repository. */
        repository: string;

        /** VerifyPassProgress blocksDone. */
        blocksDone: number;

        /** VerifyPassProgress blocksTotal. */
        blocksTotal: number;

        /** VerifyPassProgress bytesDone. */
        bytesDone: number;

        /** VerifyPassProgress bytesTotal. */
        bytesTotal: number;

        /** VerifyPassProgress elapsedMs. */
        elapsedMs: number;

        /** VerifyPassProgress points. */
        points: number;

        /**
         * Creates a new VerifyPassProgress instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VerifyPassProgress instance
         */
        static create(properties: meshbackup.VerifyPassProgress.$Shape): meshbackup.VerifyPassProgress & meshbackup.VerifyPassProgress.$Shape;
        static create(properties?: meshbackup.VerifyPassProgress.$Properties): meshbackup.VerifyPassProgress;

        /**
         * Encodes the specified VerifyPassProgress message. Does not implicitly {@link meshbackup.VerifyPassProgress.verify|verify} messages.
         * @param message VerifyPassProgress message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VerifyPassProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VerifyPassProgress message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VerifyPassProgress & meshbackup.VerifyPassProgress.$Shape} VerifyPassProgress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VerifyPassProgress & meshbackup.VerifyPassProgress.$Shape;

        /**
         * Creates a VerifyPassProgress message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VerifyPassProgress
         */

        /**
         * Creates a plain object from a VerifyPassProgress message. Also converts values to other types if specified.
         * @param message VerifyPassProgress
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VerifyPassProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VerifyPassProgress to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VerifyPassProgress {

        /** Properties of a VerifyPassProgress. */
        interface $Properties {

            /** VerifyPassProgress repository */
            repository?: (string|null);

            /** VerifyPassProgress blocksDone */
            blocksDone?: (number|null);

            /** VerifyPassProgress blocksTotal */
            blocksTotal?: (number|null);

            /** VerifyPassProgress bytesDone */
            bytesDone?: (number|null);

            /** VerifyPassProgress bytesTotal */
            bytesTotal?: (number|null);

            /** VerifyPassProgress elapsedMs */
            elapsedMs?: (number|null);

            /** VerifyPassProgress points */
            points?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VerifyPassProgress. */
        type $Shape = meshbackup.VerifyPassProgress.$Properties;
    }

    /**
     * Properties of a VerifyPassReport.
     * @deprecated Use meshbackup.VerifyPassReport.$Properties instead.
     */
    interface IVerifyPassReport extends meshbackup.VerifyPassReport.$Properties {
    }

    /** Represents a VerifyPassReport. */
    class VerifyPassReport {

        /**
         * Constructs a new VerifyPassReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VerifyPassReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VerifyPassReport repository. */
        repository: string;

        /** VerifyPassReport repositoryPeer. */
        repositoryPeer: string;

        /** VerifyPassReport pointsChecked. */
        pointsChecked: number;

        /** VerifyPassReport pointsSkipped. */
        pointsSkipped: number;

        /** VerifyPassReport blocksChecked. */
        blocksChecked: number;

        /** VerifyPassReport bytesChecked. */
        bytesChecked: number;

        /** VerifyPassReport bytesRead. */
        bytesRead: number;

        /** VerifyPassReport durationMs. */
        durationMs: number;

        /** VerifyPassReport damagedPoints. */
        damagedPoints: meshbackup.DamagedPoint.$Properties[];

        /** VerifyPassReport problems. */
        problems: string[];

        /** VerifyPassReport badBlocks. */
        badBlocks: number;

        /**
         * Creates a new VerifyPassReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VerifyPassReport instance
         */
        static create(properties: meshbackup.VerifyPassReport.$Shape): meshbackup.VerifyPassReport & meshbackup.VerifyPassReport.$Shape;
        static create(properties?: meshbackup.VerifyPassReport.$Properties): meshbackup.VerifyPassReport;

        /**
         * Encodes the specified VerifyPassReport message. Does not implicitly {@link meshbackup.VerifyPassReport.verify|verify} messages.
         * @param message VerifyPassReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VerifyPassReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VerifyPassReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VerifyPassReport & meshbackup.VerifyPassReport.$Shape} VerifyPassReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VerifyPassReport & meshbackup.VerifyPassReport.$Shape;

        /**
         * Creates a VerifyPassReport message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VerifyPassReport
         */

        /**
         * Creates a plain object from a VerifyPassReport message. Also converts values to other types if specified.
         * @param message VerifyPassReport
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VerifyPassReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VerifyPassReport to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VerifyPassReport {

        /** Properties of a VerifyPassReport. */
        interface $Properties {

            /** VerifyPassReport repository */
            repository?: (string|null);

            /** VerifyPassReport repositoryPeer */
            repositoryPeer?: (string|null);

            /** VerifyPassReport pointsChecked */
            pointsChecked?: (number|null);

            /** VerifyPassReport pointsSkipped */
            pointsSkipped?: (number|null);

            /** VerifyPassReport blocksChecked */
            blocksChecked?: (number|null);

            /** VerifyPassReport bytesChecked */
            bytesChecked?: (number|null);

            /** VerifyPassReport bytesRead */
            bytesRead?: (number|null);

            /** VerifyPassReport durationMs */
            durationMs?: (number|null);

            /** VerifyPassReport damagedPoints */
            damagedPoints?: (meshbackup.DamagedPoint.$Properties[]|null);

            /** VerifyPassReport problems */
            problems?: (string[]|null);

            /** VerifyPassReport badBlocks */
            badBlocks?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VerifyPassReport. */
        type $Shape = meshbackup.VerifyPassReport.$Properties;
    }

    /**
     * Properties of a DamagedPoint.
     * @deprecated Use meshbackup.DamagedPoint.$Properties instead.
     */
    interface IDamagedPoint extends meshbackup.DamagedPoint.$Properties {
    }

    /** Represents a DamagedPoint. */
    class DamagedPoint {

        /**
         * Constructs a new DamagedPoint.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.DamagedPoint.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DamagedPoint pointId. */
        pointId: string;

        /** DamagedPoint vm. */
        vm: string;

        /** DamagedPoint job. */
        job: string;

        /** DamagedPoint badBlocks. */
        badBlocks: number;

        /** DamagedPoint problems. */
        problems: string[];

        /**
         * Creates a new DamagedPoint instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DamagedPoint instance
         */
        static create(properties: meshbackup.DamagedPoint.$Shape): meshbackup.DamagedPoint & meshbackup.DamagedPoint.$Shape;
        static create(properties?: meshbackup.DamagedPoint.$Properties): meshbackup.DamagedPoint;

        /**
         * Encodes the specified DamagedPoint message. Does not implicitly {@link meshbackup.DamagedPoint.verify|verify} messages.
         * @param message DamagedPoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.DamagedPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DamagedPoint message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.DamagedPoint & meshbackup.DamagedPoint.$Shape} DamagedPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.DamagedPoint & meshbackup.DamagedPoint.$Shape;

        /**
         * Creates a DamagedPoint message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DamagedPoint
         */

        /**
         * Creates a plain object from a DamagedPoint message. Also converts values to other types if specified.
         * @param message DamagedPoint
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.DamagedPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DamagedPoint to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DamagedPoint {

        /** Properties of a DamagedPoint. */
        interface $Properties {

            /** DamagedPoint pointId */
            pointId?: (string|null);

            /** DamagedPoint vm */
            vm?: (string|null);

            /** DamagedPoint job */
            job?: (string|null);

            /** DamagedPoint badBlocks */
            badBlocks?: (number|null);

            /** DamagedPoint problems */
            problems?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DamagedPoint. */
        type $Shape = meshbackup.DamagedPoint.$Properties;
    }

    /**
     * Properties of a VerifyReport.
     * @deprecated Use meshbackup.VerifyReport.$Properties instead.
     */
    interface IVerifyReport extends meshbackup.VerifyReport.$Properties {
    }

    /** Represents a VerifyReport. */
    class VerifyReport {

        /**
         * Constructs a new VerifyReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VerifyReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VerifyReport pointId. */
        pointId: string;

        /** VerifyReport ok. */
        ok: boolean;

        /** VerifyReport blocksChecked. */
        blocksChecked: number;

        /** VerifyReport bytesChecked. */
        bytesChecked: number;

        /** VerifyReport problems. */
        problems: string[];

        /** VerifyReport repository. */
        repository: string;

        /** VerifyReport repair. */
        repair: boolean;

        /** VerifyReport blocksRepaired. */
        blocksRepaired: number;

        /** VerifyReport repairedFrom. */
        repairedFrom: meshbackup.RepairedFrom.$Properties[];

        /** VerifyReport unrepaired. */
        unrepaired: string[];

        /**
         * Creates a new VerifyReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VerifyReport instance
         */
        static create(properties: meshbackup.VerifyReport.$Shape): meshbackup.VerifyReport & meshbackup.VerifyReport.$Shape;
        static create(properties?: meshbackup.VerifyReport.$Properties): meshbackup.VerifyReport;

        /**
         * Encodes the specified VerifyReport message. Does not implicitly {@link meshbackup.VerifyReport.verify|verify} messages.
         * @param message VerifyReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VerifyReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VerifyReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VerifyReport & meshbackup.VerifyReport.$Shape} VerifyReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VerifyReport & meshbackup.VerifyReport.$Shape;

        /**
         * Creates a VerifyReport message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VerifyReport
         */

        /**
         * Creates a plain object from a VerifyReport message. Also converts values to other types if specified.
         * @param message VerifyReport
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VerifyReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VerifyReport to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VerifyReport {

        /** Properties of a VerifyReport. */
        interface $Properties {

            /** VerifyReport pointId */
            pointId?: (string|null);

            /** VerifyReport ok */
            ok?: (boolean|null);

            /** VerifyReport blocksChecked */
            blocksChecked?: (number|null);

            /** VerifyReport bytesChecked */
            bytesChecked?: (number|null);

            /** VerifyReport problems */
            problems?: (string[]|null);

            /** VerifyReport repository */
            repository?: (string|null);

            /** VerifyReport repair */
            repair?: (boolean|null);

            /** VerifyReport blocksRepaired */
            blocksRepaired?: (number|null);

            /** VerifyReport repairedFrom */
            repairedFrom?: (meshbackup.RepairedFrom.$Properties[]|null);

            /** VerifyReport unrepaired */
            unrepaired?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VerifyReport. */
        type $Shape = meshbackup.VerifyReport.$Properties;
    }

    /**
     * Properties of a RebuildRequest.
     * @deprecated Use meshbackup.RebuildRequest.$Properties instead.
     */
    interface IRebuildRequest extends meshbackup.RebuildRequest.$Properties {
    }

    /** Represents a RebuildRequest. */
    class RebuildRequest {

        /**
         * Constructs a new RebuildRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RebuildRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RebuildRequest repository. */
        repository: string;

        /**
         * Creates a new RebuildRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RebuildRequest instance
         */
        static create(properties: meshbackup.RebuildRequest.$Shape): meshbackup.RebuildRequest & meshbackup.RebuildRequest.$Shape;
        static create(properties?: meshbackup.RebuildRequest.$Properties): meshbackup.RebuildRequest;

        /**
         * Encodes the specified RebuildRequest message. Does not implicitly {@link meshbackup.RebuildRequest.verify|verify} messages.
         * @param message RebuildRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RebuildRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RebuildRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RebuildRequest & meshbackup.RebuildRequest.$Shape} RebuildRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RebuildRequest & meshbackup.RebuildRequest.$Shape;

        /**
         * Creates a RebuildRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RebuildRequest
         */

        /**
         * Creates a plain object from a RebuildRequest message. Also converts values to other types if specified.
         * @param message RebuildRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RebuildRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RebuildRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RebuildRequest {

        /** Properties of a RebuildRequest. */
        interface $Properties {

            /** RebuildRequest repository */
            repository?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RebuildRequest. */
        type $Shape = meshbackup.RebuildRequest.$Properties;
    }

    /**
     * Properties of a RebuildReport.
     * @deprecated Use meshbackup.RebuildReport.$Properties instead.
     */
    interface IRebuildReport extends meshbackup.RebuildReport.$Properties {
    }

    /** Represents a RebuildReport. */
    class RebuildReport {

        /**
         * Constructs a new RebuildReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RebuildReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RebuildReport repository. */
        repository: string;

        /** RebuildReport repositoryPeer. */
        repositoryPeer: string;

        /** RebuildReport packs. */
        packs: number;

        /** RebuildReport bytesScanned. */
        bytesScanned: number;

        /** RebuildReport recordsIndexed. */
        recordsIndexed: number;

        /** RebuildReport recordsDamaged. */
        recordsDamaged: number;

        /** RebuildReport regionsSkipped. */
        regionsSkipped: number;

        /** RebuildReport bytesSkipped. */
        bytesSkipped: number;

        /** RebuildReport points. */
        points: number;

        /** RebuildReport damagedPoints. */
        damagedPoints: string[];

        /** RebuildReport incompletePoints. */
        incompletePoints: string[];

        /** RebuildReport durationMs. */
        durationMs: number;

        /** RebuildReport problems. */
        problems: string[];

        /**
         * Creates a new RebuildReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RebuildReport instance
         */
        static create(properties: meshbackup.RebuildReport.$Shape): meshbackup.RebuildReport & meshbackup.RebuildReport.$Shape;
        static create(properties?: meshbackup.RebuildReport.$Properties): meshbackup.RebuildReport;

        /**
         * Encodes the specified RebuildReport message. Does not implicitly {@link meshbackup.RebuildReport.verify|verify} messages.
         * @param message RebuildReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RebuildReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RebuildReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RebuildReport & meshbackup.RebuildReport.$Shape} RebuildReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RebuildReport & meshbackup.RebuildReport.$Shape;

        /**
         * Creates a RebuildReport message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RebuildReport
         */

        /**
         * Creates a plain object from a RebuildReport message. Also converts values to other types if specified.
         * @param message RebuildReport
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RebuildReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RebuildReport to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RebuildReport {

        /** Properties of a RebuildReport. */
        interface $Properties {

            /** RebuildReport repository */
            repository?: (string|null);

            /** RebuildReport repositoryPeer */
            repositoryPeer?: (string|null);

            /** RebuildReport packs */
            packs?: (number|null);

            /** RebuildReport bytesScanned */
            bytesScanned?: (number|null);

            /** RebuildReport recordsIndexed */
            recordsIndexed?: (number|null);

            /** RebuildReport recordsDamaged */
            recordsDamaged?: (number|null);

            /** RebuildReport regionsSkipped */
            regionsSkipped?: (number|null);

            /** RebuildReport bytesSkipped */
            bytesSkipped?: (number|null);

            /** RebuildReport points */
            points?: (number|null);

            /** RebuildReport damagedPoints */
            damagedPoints?: (string[]|null);

            /** RebuildReport incompletePoints */
            incompletePoints?: (string[]|null);

            /** RebuildReport durationMs */
            durationMs?: (number|null);

            /** RebuildReport problems */
            problems?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RebuildReport. */
        type $Shape = meshbackup.RebuildReport.$Properties;
    }

    /**
     * Properties of a RebuildReports.
     * @deprecated Use meshbackup.RebuildReports.$Properties instead.
     */
    interface IRebuildReports extends meshbackup.RebuildReports.$Properties {
    }

    /** Represents a RebuildReports. */
    class RebuildReports {

        /**
         * Constructs a new RebuildReports.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RebuildReports.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RebuildReports reports. */
        reports: meshbackup.RebuildReport.$Properties[];

        /**
         * Creates a new RebuildReports instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RebuildReports instance
         */
        static create(properties: meshbackup.RebuildReports.$Shape): meshbackup.RebuildReports & meshbackup.RebuildReports.$Shape;
        static create(properties?: meshbackup.RebuildReports.$Properties): meshbackup.RebuildReports;

        /**
         * Encodes the specified RebuildReports message. Does not implicitly {@link meshbackup.RebuildReports.verify|verify} messages.
         * @param message RebuildReports message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RebuildReports.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RebuildReports message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RebuildReports & meshbackup.RebuildReports.$Shape} RebuildReports
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RebuildReports & meshbackup.RebuildReports.$Shape;

        /**
         * Creates a RebuildReports message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RebuildReports
         */

        /**
         * Creates a plain object from a RebuildReports message. Also converts values to other types if specified.
         * @param message RebuildReports
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RebuildReports, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RebuildReports to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RebuildReports {

        /** Properties of a RebuildReports. */
        interface $Properties {

            /** RebuildReports reports */
            reports?: (meshbackup.RebuildReport.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RebuildReports. */
        type $Shape = meshbackup.RebuildReports.$Properties;
    }

    /**
     * Properties of an Ok.
     * @deprecated Use meshbackup.Ok.$Properties instead.
     */
    interface IOk extends meshbackup.Ok.$Properties {
    }

    /** Represents an Ok. */
    class Ok {

        /**
         * Constructs a new Ok.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.Ok.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Ok instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Ok instance
         */
        static create(properties: meshbackup.Ok.$Shape): meshbackup.Ok & meshbackup.Ok.$Shape;
        static create(properties?: meshbackup.Ok.$Properties): meshbackup.Ok;

        /**
         * Encodes the specified Ok message. Does not implicitly {@link meshbackup.Ok.verify|verify} messages.
         * @param message Ok message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Ok message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.Ok & meshbackup.Ok.$Shape} Ok
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.Ok & meshbackup.Ok.$Shape;

        /**
         * Creates an Ok message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Ok
         */

        /**
         * Creates a plain object from an Ok message. Also converts values to other types if specified.
         * @param message Ok
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.Ok, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Ok to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Ok {

        /** Properties of an Ok. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Ok. */
        type $Shape = meshbackup.Ok.$Properties;
    }

    /**
     * Properties of an AdminRequest.
     * @deprecated Use meshbackup.AdminRequest.$Properties instead.
     */
    interface IAdminRequest extends meshbackup.AdminRequest.$Properties {
    }

    /** Represents an AdminRequest. */
    class AdminRequest {

        /**
         * Constructs a new AdminRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.AdminRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AdminRequest status. */
        status?: (meshbackup.StatusRequest.$Properties|null);

        /** AdminRequest membersAdd. */
        membersAdd?: (meshbackup.MembersAdd.$Properties|null);

        /** AdminRequest hostAdd. */
        hostAdd?: (meshbackup.HostSpec.$Properties|null);

        /** AdminRequest hostList. */
        hostList?: (meshbackup.HostListRequest.$Properties|null);

        /** AdminRequest jobAdd. */
        jobAdd?: (meshbackup.Job.$Properties|null);

        /** AdminRequest jobList. */
        jobList?: (meshbackup.JobListRequest.$Properties|null);

        /** AdminRequest jobRun. */
        jobRun?: (meshbackup.JobRun.$Properties|null);

        /** AdminRequest sessionShow. */
        sessionShow?: (meshbackup.SessionShow.$Properties|null);

        /** AdminRequest pointsList. */
        pointsList?: (meshbackup.PointsListRequest.$Properties|null);

        /** AdminRequest restore. */
        restore?: (meshbackup.RestoreDisk.$Properties|null);

        /** AdminRequest verify. */
        verify?: (meshbackup.VerifyRequest.$Properties|null);

        /** AdminRequest sessionList. */
        sessionList?: (meshbackup.SessionList.$Properties|null);

        /** AdminRequest gc. */
        gc?: (meshbackup.GcRequest.$Properties|null);

        /** AdminRequest hostCheck. */
        hostCheck?: (meshbackup.HostCheck.$Properties|null);

        /** AdminRequest hostRemove. */
        hostRemove?: (meshbackup.HostRemove.$Properties|null);

        /** AdminRequest jobRemove. */
        jobRemove?: (meshbackup.JobRemove.$Properties|null);

        /** AdminRequest jobEdit. */
        jobEdit?: (meshbackup.JobEdit.$Properties|null);

        /** AdminRequest pointsForget. */
        pointsForget?: (meshbackup.PointsForget.$Properties|null);

        /** AdminRequest membersRemove. */
        membersRemove?: (meshbackup.MembersRemove.$Properties|null);

        /** AdminRequest events. */
        events?: (meshbackup.EventsRequest.$Properties|null);

        /** AdminRequest lockPeriod. */
        lockPeriod?: (meshbackup.LockPeriodSet.$Properties|null);

        /** AdminRequest rebuild. */
        rebuild?: (meshbackup.RebuildRequest.$Properties|null);

        /** AdminRequest verifyJobAdd. */
        verifyJobAdd?: (meshbackup.VerifyJob.$Properties|null);

        /** AdminRequest verifyJobList. */
        verifyJobList?: (meshbackup.VerifyJobListRequest.$Properties|null);

        /** AdminRequest keyCreate. */
        keyCreate?: (meshbackup.KeyCreate.$Properties|null);

        /** AdminRequest keyList. */
        keyList?: (meshbackup.KeyListRequest.$Properties|null);

        /** AdminRequest keyExport. */
        keyExport?: (meshbackup.KeyExport.$Properties|null);

        /** AdminRequest keyImport. */
        keyImport?: (meshbackup.KeyImport.$Properties|null);

        /** AdminRequest keyChangePassphrase. */
        keyChangePassphrase?: (meshbackup.KeyChangePassphrase.$Properties|null);

        /** AdminRequest keyGet. */
        keyGet?: (meshbackup.KeyGet.$Properties|null);

        /** AdminRequest verifyJobRemove. */
        verifyJobRemove?: (meshbackup.JobRemove.$Properties|null);

        /** AdminRequest verifyJobRun. */
        verifyJobRun?: (meshbackup.JobRun.$Properties|null);

        /** AdminRequest copyJobAdd. */
        copyJobAdd?: (meshbackup.CopyJob.$Properties|null);

        /** AdminRequest copyJobList. */
        copyJobList?: (meshbackup.CopyJobListRequest.$Properties|null);

        /** AdminRequest copyJobRemove. */
        copyJobRemove?: (meshbackup.JobRemove.$Properties|null);

        /** AdminRequest copyJobRun. */
        copyJobRun?: (meshbackup.JobRun.$Properties|null);

        /** AdminRequest throttleAdd. */
        throttleAdd?: (meshbackup.TrafficRule.$Properties|null);

        /** AdminRequest throttleList. */
        throttleList?: (meshbackup.ThrottleListRequest.$Properties|null);

        /** AdminRequest throttleRemove. */
        throttleRemove?: (meshbackup.ThrottleRemove.$Properties|null);

        /** AdminRequest filesList. */
        filesList?: (meshbackup.FilesList.$Properties|null);

        /** AdminRequest filesFind. */
        filesFind?: (meshbackup.FilesFind.$Properties|null);

        /** AdminRequest filesGet. */
        filesGet?: (meshbackup.FilesGet.$Properties|null);

        /** AdminRequest recover. */
        recover?: (meshbackup.RecoverRequest.$Properties|null);

        /** AdminRequest recoveryAction. */
        recoveryAction?: (meshbackup.RecoveryAction.$Properties|null);

        /** AdminRequest recoveryList. */
        recoveryList?: (meshbackup.RecoveryListRequest.$Properties|null);

        /** AdminRequest bootCheckBegin. */
        bootCheckBegin?: (meshbackup.BootCheckBegin.$Properties|null);

        /** AdminRequest bootCheckRecord. */
        bootCheckRecord?: (meshbackup.BootCheckRecord.$Properties|null);

        /** AdminRequest bootCheckList. */
        bootCheckList?: (meshbackup.BootCheckListRequest.$Properties|null);

        /** AdminRequest bootCheckScreenshot. */
        bootCheckScreenshot?: (meshbackup.BootCheckScreenshotRequest.$Properties|null);

        /** AdminRequest protection. */
        protection?: (meshbackup.ProtectionRequest.$Properties|null);

        /** AdminRequest bootCheck. */
        bootCheck?: (meshbackup.BootCheckRequest.$Properties|null);

        /** AdminRequest bootCheckJobAdd. */
        bootCheckJobAdd?: (meshbackup.BootCheckJob.$Properties|null);

        /** AdminRequest bootCheckJobList. */
        bootCheckJobList?: (meshbackup.BootCheckJobListRequest.$Properties|null);

        /** AdminRequest bootCheckJobRemove. */
        bootCheckJobRemove?: (meshbackup.JobRemove.$Properties|null);

        /** AdminRequest bootCheckJobRun. */
        bootCheckJobRun?: (meshbackup.JobRun.$Properties|null);

        /** AdminRequest request. */
        request?: ("status"|"membersAdd"|"hostAdd"|"hostList"|"jobAdd"|"jobList"|"jobRun"|"sessionShow"|"pointsList"|"restore"|"verify"|"sessionList"|"gc"|"hostCheck"|"hostRemove"|"jobRemove"|"jobEdit"|"pointsForget"|"membersRemove"|"events"|"lockPeriod"|"rebuild"|"verifyJobAdd"|"verifyJobList"|"keyCreate"|"keyList"|"keyExport"|"keyImport"|"keyChangePassphrase"|"keyGet"|"verifyJobRemove"|"verifyJobRun"|"copyJobAdd"|"copyJobList"|"copyJobRemove"|"copyJobRun"|"throttleAdd"|"throttleList"|"throttleRemove"|"filesList"|"filesFind"|"filesGet"|"recover"|"recoveryAction"|"recoveryList"|"bootCheckBegin"|"bootCheckRecord"|"bootCheckList"|"bootCheckScreenshot"|"protection"|"bootCheck"|"bootCheckJobAdd"|"bootCheckJobList"|"bootCheckJobRemove"|"bootCheckJobRun");

        /**
         * Creates a new AdminRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AdminRequest instance
         */
        static create(properties: meshbackup.AdminRequest.$Shape): meshbackup.AdminRequest & meshbackup.AdminRequest.$Shape;
        static create(properties?: meshbackup.AdminRequest.$Properties): meshbackup.AdminRequest;

        /**
         * Encodes the specified AdminRequest message. Does not implicitly {@link meshbackup.AdminRequest.verify|verify} messages.
         * @param message AdminRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.AdminRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AdminRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.AdminRequest & meshbackup.AdminRequest.$Shape} AdminRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.AdminRequest & meshbackup.AdminRequest.$Shape;

        /**
         * Creates an AdminRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AdminRequest
         */

        /**
         * Creates a plain object from an AdminRequest message. Also converts values to other types if specified.
         * @param message AdminRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.AdminRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AdminRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace AdminRequest {

        /** Properties of an AdminRequest. */
        interface $Properties {

            /** AdminRequest status */
            status?: (meshbackup.StatusRequest.$Properties|null);

            /** AdminRequest membersAdd */
            membersAdd?: (meshbackup.MembersAdd.$Properties|null);

            /** AdminRequest hostAdd */
            hostAdd?: (meshbackup.HostSpec.$Properties|null);

            /** AdminRequest hostList */
            hostList?: (meshbackup.HostListRequest.$Properties|null);

            /** AdminRequest jobAdd */
            jobAdd?: (meshbackup.Job.$Properties|null);

            /** AdminRequest jobList */
            jobList?: (meshbackup.JobListRequest.$Properties|null);

            /** AdminRequest jobRun */
            jobRun?: (meshbackup.JobRun.$Properties|null);

            /** AdminRequest sessionShow */
            sessionShow?: (meshbackup.SessionShow.$Properties|null);

            /** AdminRequest pointsList */
            pointsList?: (meshbackup.PointsListRequest.$Properties|null);

            /** AdminRequest restore */
            restore?: (meshbackup.RestoreDisk.$Properties|null);

            /** AdminRequest verify */
            verify?: (meshbackup.VerifyRequest.$Properties|null);

            /** AdminRequest sessionList */
            sessionList?: (meshbackup.SessionList.$Properties|null);

            /** AdminRequest gc */
            gc?: (meshbackup.GcRequest.$Properties|null);

            /** AdminRequest hostCheck */
            hostCheck?: (meshbackup.HostCheck.$Properties|null);

            /** AdminRequest hostRemove */
            hostRemove?: (meshbackup.HostRemove.$Properties|null);

            /** AdminRequest jobRemove */
            jobRemove?: (meshbackup.JobRemove.$Properties|null);

            /** AdminRequest jobEdit */
            jobEdit?: (meshbackup.JobEdit.$Properties|null);

            /** AdminRequest pointsForget */
            pointsForget?: (meshbackup.PointsForget.$Properties|null);

            /** AdminRequest membersRemove */
            membersRemove?: (meshbackup.MembersRemove.$Properties|null);

            /** AdminRequest events */
            events?: (meshbackup.EventsRequest.$Properties|null);

            /** AdminRequest lockPeriod */
            lockPeriod?: (meshbackup.LockPeriodSet.$Properties|null);

            /** AdminRequest rebuild */
            rebuild?: (meshbackup.RebuildRequest.$Properties|null);

            /** AdminRequest verifyJobAdd */
            verifyJobAdd?: (meshbackup.VerifyJob.$Properties|null);

            /** AdminRequest verifyJobList */
            verifyJobList?: (meshbackup.VerifyJobListRequest.$Properties|null);

            /** AdminRequest keyCreate */
            keyCreate?: (meshbackup.KeyCreate.$Properties|null);

            /** AdminRequest keyList */
            keyList?: (meshbackup.KeyListRequest.$Properties|null);

            /** AdminRequest keyExport */
            keyExport?: (meshbackup.KeyExport.$Properties|null);

            /** AdminRequest keyImport */
            keyImport?: (meshbackup.KeyImport.$Properties|null);

            /** AdminRequest keyChangePassphrase */
            keyChangePassphrase?: (meshbackup.KeyChangePassphrase.$Properties|null);

            /** AdminRequest keyGet */
            keyGet?: (meshbackup.KeyGet.$Properties|null);

            /** AdminRequest verifyJobRemove */
            verifyJobRemove?: (meshbackup.JobRemove.$Properties|null);

            /** AdminRequest verifyJobRun */
            verifyJobRun?: (meshbackup.JobRun.$Properties|null);

            /** AdminRequest copyJobAdd */
            copyJobAdd?: (meshbackup.CopyJob.$Properties|null);

            /** AdminRequest copyJobList */
            copyJobList?: (meshbackup.CopyJobListRequest.$Properties|null);

            /** AdminRequest copyJobRemove */
            copyJobRemove?: (meshbackup.JobRemove.$Properties|null);

            /** AdminRequest copyJobRun */
            copyJobRun?: (meshbackup.JobRun.$Properties|null);

            /** AdminRequest throttleAdd */
            throttleAdd?: (meshbackup.TrafficRule.$Properties|null);

            /** AdminRequest throttleList */
            throttleList?: (meshbackup.ThrottleListRequest.$Properties|null);

            /** AdminRequest throttleRemove */
            throttleRemove?: (meshbackup.ThrottleRemove.$Properties|null);

            /** AdminRequest filesList */
            filesList?: (meshbackup.FilesList.$Properties|null);

            /** AdminRequest filesFind */
            filesFind?: (meshbackup.FilesFind.$Properties|null);

            /** AdminRequest filesGet */
            filesGet?: (meshbackup.FilesGet.$Properties|null);

            /** AdminRequest recover */
            recover?: (meshbackup.RecoverRequest.$Properties|null);

            /** AdminRequest recoveryAction */
            recoveryAction?: (meshbackup.RecoveryAction.$Properties|null);

            /** AdminRequest recoveryList */
            recoveryList?: (meshbackup.RecoveryListRequest.$Properties|null);

            /** AdminRequest bootCheckBegin */
            bootCheckBegin?: (meshbackup.BootCheckBegin.$Properties|null);

            /** AdminRequest bootCheckRecord */
            bootCheckRecord?: (meshbackup.BootCheckRecord.$Properties|null);

            /** AdminRequest bootCheckList */
            bootCheckList?: (meshbackup.BootCheckListRequest.$Properties|null);

            /** AdminRequest bootCheckScreenshot */
            bootCheckScreenshot?: (meshbackup.BootCheckScreenshotRequest.$Properties|null);

            /** AdminRequest protection */
            protection?: (meshbackup.ProtectionRequest.$Properties|null);

            /** AdminRequest bootCheck */
            bootCheck?: (meshbackup.BootCheckRequest.$Properties|null);

            /** AdminRequest bootCheckJobAdd */
            bootCheckJobAdd?: (meshbackup.BootCheckJob.$Properties|null);

            /** AdminRequest bootCheckJobList */
            bootCheckJobList?: (meshbackup.BootCheckJobListRequest.$Properties|null);

            /** AdminRequest bootCheckJobRemove */
            bootCheckJobRemove?: (meshbackup.JobRemove.$Properties|null);

            /** AdminRequest bootCheckJobRun */
            bootCheckJobRun?: (meshbackup.JobRun.$Properties|null);

            /** AdminRequest request */
            request?: ("status"|"membersAdd"|"hostAdd"|"hostList"|"jobAdd"|"jobList"|"jobRun"|"sessionShow"|"pointsList"|"restore"|"verify"|"sessionList"|"gc"|"hostCheck"|"hostRemove"|"jobRemove"|"jobEdit"|"pointsForget"|"membersRemove"|"events"|"lockPeriod"|"rebuild"|"verifyJobAdd"|"verifyJobList"|"keyCreate"|"keyList"|"keyExport"|"keyImport"|"keyChangePassphrase"|"keyGet"|"verifyJobRemove"|"verifyJobRun"|"copyJobAdd"|"copyJobList"|"copyJobRemove"|"copyJobRun"|"throttleAdd"|"throttleList"|"throttleRemove"|"filesList"|"filesFind"|"filesGet"|"recover"|"recoveryAction"|"recoveryList"|"bootCheckBegin"|"bootCheckRecord"|"bootCheckList"|"bootCheckScreenshot"|"protection"|"bootCheck"|"bootCheckJobAdd"|"bootCheckJobList"|"bootCheckJobRemove"|"bootCheckJobRun");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an AdminRequest. */
        type $Shape = {
          status?: meshbackup.StatusRequest.$Shape|null;
          membersAdd?: meshbackup.MembersAdd.$Shape|null;
          hostAdd?: meshbackup.HostSpec.$Shape|null;
          hostList?: meshbackup.HostListRequest.$Shape|null;
          jobAdd?: meshbackup.Job.$Shape|null;
          jobList?: meshbackup.JobListRequest.$Shape|null;
          jobRun?: meshbackup.JobRun.$Shape|null;
          sessionShow?: meshbackup.SessionShow.$Shape|null;
          pointsList?: meshbackup.PointsListRequest.$Shape|null;
          restore?: meshbackup.RestoreDisk.$Shape|null;
          verify?: meshbackup.VerifyRequest.$Shape|null;
          sessionList?: meshbackup.SessionList.$Shape|null;
          gc?: meshbackup.GcRequest.$Shape|null;
          hostCheck?: meshbackup.HostCheck.$Shape|null;
          hostRemove?: meshbackup.HostRemove.$Shape|null;
          jobRemove?: meshbackup.JobRemove.$Shape|null;
          jobEdit?: meshbackup.JobEdit.$Shape|null;
          pointsForget?: meshbackup.PointsForget.$Shape|null;
          membersRemove?: meshbackup.MembersRemove.$Shape|null;
          events?: meshbackup.EventsRequest.$Shape|null;
          lockPeriod?: meshbackup.LockPeriodSet.$Shape|null;
          rebuild?: meshbackup.RebuildRequest.$Shape|null;
          verifyJobAdd?: meshbackup.VerifyJob.$Shape|null;
          verifyJobList?: meshbackup.VerifyJobListRequest.$Shape|null;
          keyCreate?: meshbackup.KeyCreate.$Shape|null;
          keyList?: meshbackup.KeyListRequest.$Shape|null;
          keyExport?: meshbackup.KeyExport.$Shape|null;
          keyImport?: meshbackup.KeyImport.$Shape|null;
          keyChangePassphrase?: meshbackup.KeyChangePassphrase.$Shape|null;
          keyGet?: meshbackup.KeyGet.$Shape|null;
          verifyJobRemove?: meshbackup.JobRemove.$Shape|null;
          verifyJobRun?: meshbackup.JobRun.$Shape|null;
          copyJobAdd?: meshbackup.CopyJob.$Shape|null;
          copyJobList?: meshbackup.CopyJobListRequest.$Shape|null;
          copyJobRemove?: meshbackup.JobRemove.$Shape|null;
          copyJobRun?: meshbackup.JobRun.$Shape|null;
          throttleAdd?: meshbackup.TrafficRule.$Shape|null;
          throttleList?: meshbackup.ThrottleListRequest.$Shape|null;
          throttleRemove?: meshbackup.ThrottleRemove.$Shape|null;
          filesList?: meshbackup.FilesList.$Shape|null;
          filesFind?: meshbackup.FilesFind.$Shape|null;
          filesGet?: meshbackup.FilesGet.$Shape|null;
          recover?: meshbackup.RecoverRequest.$Shape|null;
          recoveryAction?: meshbackup.RecoveryAction.$Shape|null;
          recoveryList?: meshbackup.RecoveryListRequest.$Shape|null;
          bootCheckBegin?: meshbackup.BootCheckBegin.$Shape|null;
          bootCheckRecord?: meshbackup.BootCheckRecord.$Shape|null;
          bootCheckList?: meshbackup.BootCheckListRequest.$Shape|null;
          bootCheckScreenshot?: meshbackup.BootCheckScreenshotRequest.$Shape|null;
          protection?: meshbackup.ProtectionRequest.$Shape|null;
          bootCheck?: meshbackup.BootCheckRequest.$Shape|null;
          bootCheckJobAdd?: meshbackup.BootCheckJob.$Shape|null;
          bootCheckJobList?: meshbackup.BootCheckJobListRequest.$Shape|null;
          bootCheckJobRemove?: meshbackup.JobRemove.$Shape|null;
          bootCheckJobRun?: meshbackup.JobRun.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ request?: undefined; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "status"; status: meshbackup.StatusRequest.$Shape; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "membersAdd"; status?: null; membersAdd: meshbackup.MembersAdd.$Shape; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "hostAdd"; status?: null; membersAdd?: null; hostAdd: meshbackup.HostSpec.$Shape; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "hostList"; status?: null; membersAdd?: null; hostAdd?: null; hostList: meshbackup.HostListRequest.$Shape; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "jobAdd"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd: meshbackup.Job.$Shape; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "jobList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList: meshbackup.JobListRequest.$Shape; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "jobRun"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun: meshbackup.JobRun.$Shape; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "sessionShow"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow: meshbackup.SessionShow.$Shape; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "pointsList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList: meshbackup.PointsListRequest.$Shape; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "restore"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore: meshbackup.RestoreDisk.$Shape; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "verify"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify: meshbackup.VerifyRequest.$Shape; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "sessionList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList: meshbackup.SessionList.$Shape; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "gc"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc: meshbackup.GcRequest.$Shape; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "hostCheck"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck: meshbackup.HostCheck.$Shape; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "hostRemove"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove: meshbackup.HostRemove.$Shape; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "jobRemove"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove: meshbackup.JobRemove.$Shape; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "jobEdit"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit: meshbackup.JobEdit.$Shape; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "pointsForget"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget: meshbackup.PointsForget.$Shape; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "membersRemove"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove: meshbackup.MembersRemove.$Shape; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "events"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events: meshbackup.EventsRequest.$Shape; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "lockPeriod"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod: meshbackup.LockPeriodSet.$Shape; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "rebuild"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild: meshbackup.RebuildRequest.$Shape; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "verifyJobAdd"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd: meshbackup.VerifyJob.$Shape; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "verifyJobList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList: meshbackup.VerifyJobListRequest.$Shape; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "keyCreate"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate: meshbackup.KeyCreate.$Shape; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "keyList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList: meshbackup.KeyListRequest.$Shape; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "keyExport"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport: meshbackup.KeyExport.$Shape; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "keyImport"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport: meshbackup.KeyImport.$Shape; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "keyChangePassphrase"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase: meshbackup.KeyChangePassphrase.$Shape; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "keyGet"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet: meshbackup.KeyGet.$Shape; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "verifyJobRemove"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove: meshbackup.JobRemove.$Shape; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "verifyJobRun"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun: meshbackup.JobRun.$Shape; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "copyJobAdd"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd: meshbackup.CopyJob.$Shape; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "copyJobList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList: meshbackup.CopyJobListRequest.$Shape; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "copyJobRemove"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove: meshbackup.JobRemove.$Shape; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "copyJobRun"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun: meshbackup.JobRun.$Shape; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "throttleAdd"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd: meshbackup.TrafficRule.$Shape; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "throttleList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList: meshbackup.ThrottleListRequest.$Shape; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "throttleRemove"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove: meshbackup.ThrottleRemove.$Shape; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "filesList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList: meshbackup.FilesList.$Shape; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "filesFind"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind: meshbackup.FilesFind.$Shape; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "filesGet"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet: meshbackup.FilesGet.$Shape; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "recover"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover: meshbackup.RecoverRequest.$Shape; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "recoveryAction"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction: meshbackup.RecoveryAction.$Shape; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "recoveryList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList: meshbackup.RecoveryListRequest.$Shape; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "bootCheckBegin"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin: meshbackup.BootCheckBegin.$Shape; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "bootCheckRecord"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord: meshbackup.BootCheckRecord.$Shape; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "bootCheckList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList: meshbackup.BootCheckListRequest.$Shape; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "bootCheckScreenshot"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot: meshbackup.BootCheckScreenshotRequest.$Shape; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "protection"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection: meshbackup.ProtectionRequest.$Shape; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "bootCheck"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck: meshbackup.BootCheckRequest.$Shape; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "bootCheckJobAdd"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd: meshbackup.BootCheckJob.$Shape; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "bootCheckJobList"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList: meshbackup.BootCheckJobListRequest.$Shape; bootCheckJobRemove?: null; bootCheckJobRun?: null }|{ request?: "bootCheckJobRemove"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove: meshbackup.JobRemove.$Shape; bootCheckJobRun?: null }|{ request?: "bootCheckJobRun"; status?: null; membersAdd?: null; hostAdd?: null; hostList?: null; jobAdd?: null; jobList?: null; jobRun?: null; sessionShow?: null; pointsList?: null; restore?: null; verify?: null; sessionList?: null; gc?: null; hostCheck?: null; hostRemove?: null; jobRemove?: null; jobEdit?: null; pointsForget?: null; membersRemove?: null; events?: null; lockPeriod?: null; rebuild?: null; verifyJobAdd?: null; verifyJobList?: null; keyCreate?: null; keyList?: null; keyExport?: null; keyImport?: null; keyChangePassphrase?: null; keyGet?: null; verifyJobRemove?: null; verifyJobRun?: null; copyJobAdd?: null; copyJobList?: null; copyJobRemove?: null; copyJobRun?: null; throttleAdd?: null; throttleList?: null; throttleRemove?: null; filesList?: null; filesFind?: null; filesGet?: null; recover?: null; recoveryAction?: null; recoveryList?: null; bootCheckBegin?: null; bootCheckRecord?: null; bootCheckList?: null; bootCheckScreenshot?: null; protection?: null; bootCheck?: null; bootCheckJobAdd?: null; bootCheckJobList?: null; bootCheckJobRemove?: null; bootCheckJobRun: meshbackup.JobRun.$Shape })
        );
    }

    /**
     * Properties of an AdminReply.
     * @deprecated Use meshbackup.AdminReply.$Properties instead.
     */
    interface IAdminReply extends meshbackup.AdminReply.$Properties {
    }

    /** Represents an AdminReply. */
    class AdminReply {

        /**
         * Constructs a new AdminReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.AdminReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AdminReply ok. */
        ok?: (meshbackup.Ok.$Properties|null);

        /** AdminReply error. */
        error?: (meshbackup.AdminError.$Properties|null);

        /** AdminReply status. */
        status?: (meshbackup.StatusReply.$Properties|null);

        /** AdminReply hosts. */
        hosts?: (meshbackup.HostList.$Properties|null);

        /** AdminReply jobs. */
        jobs?: (meshbackup.JobList.$Properties|null);

        /** AdminReply session. */
        session?: (meshbackup.SessionRecord.$Properties|null);

        /** AdminReply points. */
        points?: (meshbackup.PointsList.$Properties|null);

        /** AdminReply verifyReport. */
        verifyReport?: (meshbackup.VerifyReport.$Properties|null);

        /** AdminReply progress. */
        progress?: (meshbackup.Progress.$Properties|null);

        /** AdminReply restoreDone. */
        restoreDone?: (meshbackup.RestoreDone.$Properties|null);

        /** AdminReply sessions. */
        sessions?: (meshbackup.SessionRecords.$Properties|null);

        /** AdminReply gcReport. */
        gcReport?: (meshbackup.GcReport.$Properties|null);

        /** AdminReply hostCheck. */
        hostCheck?: (meshbackup.HostCheckReply.$Properties|null);

        /** AdminReply pointsForgotten. */
        pointsForgotten?: (meshbackup.PointsForgotten.$Properties|null);

        /** AdminReply events. */
        events?: (meshbackup.EventList.$Properties|null);

        /** AdminReply rebuildReports. */
        rebuildReports?: (meshbackup.RebuildReports.$Properties|null);

        /** AdminReply verifyJobs. */
        verifyJobs?: (meshbackup.VerifyJobList.$Properties|null);

        /** AdminReply verifyJob. */
        verifyJob?: (meshbackup.VerifyJob.$Properties|null);

        /** AdminReply copyJobs. */
        copyJobs?: (meshbackup.CopyJobList.$Properties|null);

        /** AdminReply copyJob. */
        copyJob?: (meshbackup.CopyJob.$Properties|null);

        /** AdminReply keys. */
        keys?: (meshbackup.KeyList.$Properties|null);

        /** AdminReply key. */
        key?: (meshbackup.KeyInfo.$Properties|null);

        /** AdminReply throttleRules. */
        throttleRules?: (meshbackup.ThrottleList.$Properties|null);

        /** AdminReply recovery. */
        recovery?: (meshbackup.RecoveryInfo.$Properties|null);

        /** AdminReply recoveries. */
        recoveries?: (meshbackup.RecoveryList.$Properties|null);

        /** AdminReply keyExported. */
        keyExported?: (meshbackup.KeyExported.$Properties|null);

        /** AdminReply keyMaterial. */
        keyMaterial?: (meshbackup.KeyMaterial.$Properties|null);

        /** AdminReply filesListing. */
        filesListing?: (meshbackup.FilesListing.$Properties|null);

        /** AdminReply filesGot. */
        filesGot?: (meshbackup.FilesGot.$Properties|null);

        /** AdminReply bootCheck. */
        bootCheck?: (meshbackup.BootCheck.$Properties|null);

        /** AdminReply bootChecks. */
        bootChecks?: (meshbackup.BootCheckList.$Properties|null);

        /** AdminReply bootCheckScreenshot. */
        bootCheckScreenshot?: (meshbackup.BootCheckScreenshot.$Properties|null);

        /** AdminReply protection. */
        protection?: (meshbackup.ProtectionReport.$Properties|null);

        /** AdminReply bootCheckJobs. */
        bootCheckJobs?: (meshbackup.BootCheckJobList.$Properties|null);

        /** AdminReply bootCheckJob. */
        bootCheckJob?: (meshbackup.BootCheckJob.$Properties|null);

        /** AdminReply reply. */
        reply?: ("ok"|"error"|"status"|"hosts"|"jobs"|"session"|"points"|"verifyReport"|"progress"|"restoreDone"|"sessions"|"gcReport"|"hostCheck"|"pointsForgotten"|"events"|"rebuildReports"|"verifyJobs"|"verifyJob"|"copyJobs"|"copyJob"|"keys"|"key"|"throttleRules"|"recovery"|"recoveries"|"keyExported"|"keyMaterial"|"filesListing"|"filesGot"|"bootCheck"|"bootChecks"|"bootCheckScreenshot"|"protection"|"bootCheckJobs"|"bootCheckJob");

        /**
         * Creates a new AdminReply instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AdminReply instance
         */
        static create(properties: meshbackup.AdminReply.$Shape): meshbackup.AdminReply & meshbackup.AdminReply.$Shape;
        static create(properties?: meshbackup.AdminReply.$Properties): meshbackup.AdminReply;

        /**
         * Encodes the specified AdminReply message. Does not implicitly {@link meshbackup.AdminReply.verify|verify} messages.
         * @param message AdminReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.AdminReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AdminReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.AdminReply & meshbackup.AdminReply.$Shape} AdminReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.AdminReply & meshbackup.AdminReply.$Shape;

        /**
         * Creates an AdminReply message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AdminReply
         */

        /**
         * Creates a plain object from an AdminReply message. Also converts values to other types if specified.
         * @param message AdminReply
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.AdminReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AdminReply to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace AdminReply {

        /** Properties of an AdminReply. */
        interface $Properties {

            /** AdminReply ok */
            ok?: (meshbackup.Ok.$Properties|null);

            /** AdminReply error */
            error?: (meshbackup.AdminError.$Properties|null);

            /** AdminReply status */
            status?: (meshbackup.StatusReply.$Properties|null);

            /** AdminReply hosts */
            hosts?: (meshbackup.HostList.$Properties|null);

            /** AdminReply jobs */
            jobs?: (meshbackup.JobList.$Properties|null);

            /** AdminReply session */
            session?: (meshbackup.SessionRecord.$Properties|null);

            /** AdminReply points */
            points?: (meshbackup.PointsList.$Properties|null);

            /** AdminReply verifyReport */
            verifyReport?: (meshbackup.VerifyReport.$Properties|null);

            /** AdminReply progress */
            progress?: (meshbackup.Progress.$Properties|null);

            /** AdminReply restoreDone */
            restoreDone?: (meshbackup.RestoreDone.$Properties|null);

            /** AdminReply sessions */
            sessions?: (meshbackup.SessionRecords.$Properties|null);

            /** AdminReply gcReport */
            gcReport?: (meshbackup.GcReport.$Properties|null);

            /** AdminReply hostCheck */
            hostCheck?: (meshbackup.HostCheckReply.$Properties|null);

            /** AdminReply pointsForgotten */
            pointsForgotten?: (meshbackup.PointsForgotten.$Properties|null);

            /** AdminReply events */
            events?: (meshbackup.EventList.$Properties|null);

            /** AdminReply rebuildReports */
            rebuildReports?: (meshbackup.RebuildReports.$Properties|null);

            /** AdminReply verifyJobs */
            verifyJobs?: (meshbackup.VerifyJobList.$Properties|null);

            /** AdminReply verifyJob */
            verifyJob?: (meshbackup.VerifyJob.$Properties|null);

            /** AdminReply copyJobs */
            copyJobs?: (meshbackup.CopyJobList.$Properties|null);

            /** AdminReply copyJob */
            copyJob?: (meshbackup.CopyJob.$Properties|null);

            /** AdminReply keys */
            keys?: (meshbackup.KeyList.$Properties|null);

            /** AdminReply key */
            key?: (meshbackup.KeyInfo.$Properties|null);

            /** AdminReply throttleRules */
            throttleRules?: (meshbackup.ThrottleList.$Properties|null);

            /** AdminReply recovery */
            recovery?: (meshbackup.RecoveryInfo.$Properties|null);

            /** AdminReply recoveries */
            recoveries?: (meshbackup.RecoveryList.$Properties|null);

            /** AdminReply keyExported */
            keyExported?: (meshbackup.KeyExported.$Properties|null);

            /** AdminReply keyMaterial */
            keyMaterial?: (meshbackup.KeyMaterial.$Properties|null);

            /** AdminReply filesListing */
            filesListing?: (meshbackup.FilesListing.$Properties|null);

            /** AdminReply filesGot */
            filesGot?: (meshbackup.FilesGot.$Properties|null);

            /** AdminReply bootCheck */
            bootCheck?: (meshbackup.BootCheck.$Properties|null);

            /** AdminReply bootChecks */
            bootChecks?: (meshbackup.BootCheckList.$Properties|null);

            /** AdminReply bootCheckScreenshot */
            bootCheckScreenshot?: (meshbackup.BootCheckScreenshot.$Properties|null);

            /** AdminReply protection */
            protection?: (meshbackup.ProtectionReport.$Properties|null);

            /** AdminReply bootCheckJobs */
            bootCheckJobs?: (meshbackup.BootCheckJobList.$Properties|null);

            /** AdminReply bootCheckJob */
            bootCheckJob?: (meshbackup.BootCheckJob.$Properties|null);

            /** AdminReply reply */
            reply?: ("ok"|"error"|"status"|"hosts"|"jobs"|"session"|"points"|"verifyReport"|"progress"|"restoreDone"|"sessions"|"gcReport"|"hostCheck"|"pointsForgotten"|"events"|"rebuildReports"|"verifyJobs"|"verifyJob"|"copyJobs"|"copyJob"|"keys"|"key"|"throttleRules"|"recovery"|"recoveries"|"keyExported"|"keyMaterial"|"filesListing"|"filesGot"|"bootCheck"|"bootChecks"|"bootCheckScreenshot"|"protection"|"bootCheckJobs"|"bootCheckJob");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an AdminReply. */
        type $Shape = {
          ok?: meshbackup.Ok.$Shape|null;
          error?: meshbackup.AdminError.$Shape|null;
          status?: meshbackup.StatusReply.$Shape|null;
          hosts?: meshbackup.HostList.$Shape|null;
          jobs?: meshbackup.JobList.$Shape|null;
          session?: meshbackup.SessionRecord.$Shape|null;
          points?: meshbackup.PointsList.$Shape|null;
          verifyReport?: meshbackup.VerifyReport.$Shape|null;
          progress?: meshbackup.Progress.$Shape|null;
          restoreDone?: meshbackup.RestoreDone.$Shape|null;
          sessions?: meshbackup.SessionRecords.$Shape|null;
          gcReport?: meshbackup.GcReport.$Shape|null;
          hostCheck?: meshbackup.HostCheckReply.$Shape|null;
          pointsForgotten?: meshbackup.PointsForgotten.$Shape|null;
          events?: meshbackup.EventList.$Shape|null;
          rebuildReports?: meshbackup.RebuildReports.$Shape|null;
          verifyJobs?: meshbackup.VerifyJobList.$Shape|null;
          verifyJob?: meshbackup.VerifyJob.$Shape|null;
          copyJobs?: meshbackup.CopyJobList.$Shape|null;
          copyJob?: meshbackup.CopyJob.$Shape|null;
          keys?: meshbackup.KeyList.$Shape|null;
          key?: meshbackup.KeyInfo.$Shape|null;
          throttleRules?: meshbackup.ThrottleList.$Shape|null;
          recovery?: meshbackup.RecoveryInfo.$Shape|null;
          recoveries?: meshbackup.RecoveryList.$Shape|null;
          keyExported?: meshbackup.KeyExported.$Shape|null;
          keyMaterial?: meshbackup.KeyMaterial.$Shape|null;
          filesListing?: meshbackup.FilesListing.$Shape|null;
          filesGot?: meshbackup.FilesGot.$Shape|null;
          bootCheck?: meshbackup.BootCheck.$Shape|null;
          bootChecks?: meshbackup.BootCheckList.$Shape|null;
          bootCheckScreenshot?: meshbackup.BootCheckScreenshot.$Shape|null;
          protection?: meshbackup.ProtectionReport.$Shape|null;
          bootCheckJobs?: meshbackup.BootCheckJobList.$Shape|null;
          bootCheckJob?: meshbackup.BootCheckJob.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ reply?: undefined; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "ok"; ok: meshbackup.Ok.$Shape; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "error"; ok?: null; error: meshbackup.AdminError.$Shape; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "status"; ok?: null; error?: null; status: meshbackup.StatusReply.$Shape; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "hosts"; ok?: null; error?: null; status?: null; hosts: meshbackup.HostList.$Shape; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "jobs"; ok?: null; error?: null; status?: null; hosts?: null; jobs: meshbackup.JobList.$Shape; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "session"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session: meshbackup.SessionRecord.$Shape; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "points"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points: meshbackup.PointsList.$Shape; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "verifyReport"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport: meshbackup.VerifyReport.$Shape; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "progress"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress: meshbackup.Progress.$Shape; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "restoreDone"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone: meshbackup.RestoreDone.$Shape; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "sessions"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions: meshbackup.SessionRecords.$Shape; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "gcReport"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport: meshbackup.GcReport.$Shape; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "hostCheck"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck: meshbackup.HostCheckReply.$Shape; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "pointsForgotten"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten: meshbackup.PointsForgotten.$Shape; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "events"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events: meshbackup.EventList.$Shape; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "rebuildReports"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports: meshbackup.RebuildReports.$Shape; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "verifyJobs"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs: meshbackup.VerifyJobList.$Shape; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "verifyJob"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob: meshbackup.VerifyJob.$Shape; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "copyJobs"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs: meshbackup.CopyJobList.$Shape; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "copyJob"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob: meshbackup.CopyJob.$Shape; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "keys"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys: meshbackup.KeyList.$Shape; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "key"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key: meshbackup.KeyInfo.$Shape; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "throttleRules"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules: meshbackup.ThrottleList.$Shape; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "recovery"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery: meshbackup.RecoveryInfo.$Shape; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "recoveries"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries: meshbackup.RecoveryList.$Shape; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "keyExported"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported: meshbackup.KeyExported.$Shape; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "keyMaterial"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial: meshbackup.KeyMaterial.$Shape; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "filesListing"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing: meshbackup.FilesListing.$Shape; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "filesGot"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot: meshbackup.FilesGot.$Shape; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "bootCheck"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck: meshbackup.BootCheck.$Shape; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "bootChecks"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks: meshbackup.BootCheckList.$Shape; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "bootCheckScreenshot"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot: meshbackup.BootCheckScreenshot.$Shape; protection?: null; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "protection"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection: meshbackup.ProtectionReport.$Shape; bootCheckJobs?: null; bootCheckJob?: null }|{ reply?: "bootCheckJobs"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs: meshbackup.BootCheckJobList.$Shape; bootCheckJob?: null }|{ reply?: "bootCheckJob"; ok?: null; error?: null; status?: null; hosts?: null; jobs?: null; session?: null; points?: null; verifyReport?: null; progress?: null; restoreDone?: null; sessions?: null; gcReport?: null; hostCheck?: null; pointsForgotten?: null; events?: null; rebuildReports?: null; verifyJobs?: null; verifyJob?: null; copyJobs?: null; copyJob?: null; keys?: null; key?: null; throttleRules?: null; recovery?: null; recoveries?: null; keyExported?: null; keyMaterial?: null; filesListing?: null; filesGot?: null; bootCheck?: null; bootChecks?: null; bootCheckScreenshot?: null; protection?: null; bootCheckJobs?: null; bootCheckJob: meshbackup.BootCheckJob.$Shape })
        );
    }

    /**
     * Properties of a SessionList.
     * @deprecated Use meshbackup.SessionList.$Properties instead.
     */
    interface ISessionList extends meshbackup.SessionList.$Properties {
    }

    /** Represents a SessionList. */
    class SessionList {

        /**
         * Constructs a new SessionList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.SessionList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SessionList job. */
        job: string;

        /** SessionList limit. */
        limit: number;

        /**
         * Creates a new SessionList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SessionList instance
         */
        static create(properties: meshbackup.SessionList.$Shape): meshbackup.SessionList & meshbackup.SessionList.$Shape;
        static create(properties?: meshbackup.SessionList.$Properties): meshbackup.SessionList;

        /**
         * Encodes the specified SessionList message. Does not implicitly {@link meshbackup.SessionList.verify|verify} messages.
         * @param message SessionList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.SessionList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SessionList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.SessionList & meshbackup.SessionList.$Shape} SessionList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.SessionList & meshbackup.SessionList.$Shape;

        /**
         * Creates a SessionList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SessionList
         */

        /**
         * Creates a plain object from a SessionList message. Also converts values to other types if specified.
         * @param message SessionList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.SessionList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SessionList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SessionList {

        /** Properties of a SessionList. */
        interface $Properties {

            /** SessionList job */
            job?: (string|null);

            /** SessionList limit */
            limit?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SessionList. */
        type $Shape = meshbackup.SessionList.$Properties;
    }

    /**
     * Properties of a SessionRecords.
     * @deprecated Use meshbackup.SessionRecords.$Properties instead.
     */
    interface ISessionRecords extends meshbackup.SessionRecords.$Properties {
    }

    /** Represents a SessionRecords. */
    class SessionRecords {

        /**
         * Constructs a new SessionRecords.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.SessionRecords.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SessionRecords sessions. */
        sessions: meshbackup.SessionRecord.$Properties[];

        /**
         * Creates a new SessionRecords instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SessionRecords instance
         */
        static create(properties: meshbackup.SessionRecords.$Shape): meshbackup.SessionRecords & meshbackup.SessionRecords.$Shape;
        static create(properties?: meshbackup.SessionRecords.$Properties): meshbackup.SessionRecords;

        /**
         * Encodes the specified SessionRecords message. Does not implicitly {@link meshbackup.SessionRecords.verify|verify} messages.
         * @param message SessionRecords message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.SessionRecords.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SessionRecords message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.SessionRecords & meshbackup.SessionRecords.$Shape} SessionRecords
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.SessionRecords & meshbackup.SessionRecords.$Shape;

        /**
         * Creates a SessionRecords message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SessionRecords
         */

        /**
         * Creates a plain object from a SessionRecords message. Also converts values to other types if specified.
         * @param message SessionRecords
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.SessionRecords, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SessionRecords to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SessionRecords {

        /** Properties of a SessionRecords. */
        interface $Properties {

            /** SessionRecords sessions */
            sessions?: (meshbackup.SessionRecord.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SessionRecords. */
        type $Shape = meshbackup.SessionRecords.$Properties;
    }

    /**
     * Properties of an AdminError.
     * @deprecated Use meshbackup.AdminError.$Properties instead.
     */
    interface IAdminError extends meshbackup.AdminError.$Properties {
    }

    /** Represents an AdminError. */
    class AdminError {

        /**
         * Constructs a new AdminError.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.AdminError.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AdminError code. */
        code: string;

        /** AdminError message. */
        message: string;

        /**
         * Creates a new AdminError instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AdminError instance
         */
        static create(properties: meshbackup.AdminError.$Shape): meshbackup.AdminError & meshbackup.AdminError.$Shape;
        static create(properties?: meshbackup.AdminError.$Properties): meshbackup.AdminError;

        /**
         * Encodes the specified AdminError message. Does not implicitly {@link meshbackup.AdminError.verify|verify} messages.
         * @param message AdminError message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.AdminError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AdminError message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.AdminError & meshbackup.AdminError.$Shape} AdminError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.AdminError & meshbackup.AdminError.$Shape;

        /**
         * Creates an AdminError message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AdminError
         */

        /**
         * Creates a plain object from an AdminError message. Also converts values to other types if specified.
         * @param message AdminError
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.AdminError, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AdminError to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace AdminError {

        /** Properties of an AdminError. */
        interface $Properties {

            /** AdminError code */
            code?: (string|null);

            /** AdminError message */
            message?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AdminError. */
        type $Shape = meshbackup.AdminError.$Properties;
    }

    /**
     * Properties of a StatusRequest.
     * @deprecated Use meshbackup.StatusRequest.$Properties instead.
     */
    interface IStatusRequest extends meshbackup.StatusRequest.$Properties {
    }

    /** Represents a StatusRequest. */
    class StatusRequest {

        /**
         * Constructs a new StatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.StatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusRequest instance
         */
        static create(properties: meshbackup.StatusRequest.$Shape): meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape;
        static create(properties?: meshbackup.StatusRequest.$Properties): meshbackup.StatusRequest;

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link meshbackup.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape;

        /**
         * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatusRequest
         */

        /**
         * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
         * @param message StatusRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatusRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace StatusRequest {

        /** Properties of a StatusRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusRequest. */
        type $Shape = meshbackup.StatusRequest.$Properties;
    }

    /**
     * Properties of a StatusReply.
     * @deprecated Use meshbackup.StatusReply.$Properties instead.
     */
    interface IStatusReply extends meshbackup.StatusReply.$Properties {
    }

    /** Represents a StatusReply. */
    class StatusReply {

        /**
         * Constructs a new StatusReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.StatusReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusReply peerId. */
        peerId: string;

        /** StatusReply roles. */
        roles: string[];

        /** StatusReply addrs. */
        addrs: string[];

        /** StatusReply connected. */
        connected: string[];

        /** StatusReply capacity. */
        capacity: meshbackup.CapacityEntry.$Properties[];

        /** StatusReply members. */
        members: string[];

        /**
         * Creates a new StatusReply instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusReply instance
         */
        static create(properties: meshbackup.StatusReply.$Shape): meshbackup.StatusReply & meshbackup.StatusReply.$Shape;
        static create(properties?: meshbackup.StatusReply.$Properties): meshbackup.StatusReply;

        /**
         * Encodes the specified StatusReply message. Does not implicitly {@link meshbackup.StatusReply.verify|verify} messages.
         * @param message StatusReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.StatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.StatusReply & meshbackup.StatusReply.$Shape} StatusReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.StatusReply & meshbackup.StatusReply.$Shape;

        /**
         * Creates a StatusReply message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatusReply
         */

        /**
         * Creates a plain object from a StatusReply message. Also converts values to other types if specified.
         * @param message StatusReply
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.StatusReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatusReply to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace StatusReply {

        /** Properties of a StatusReply. */
        interface $Properties {

            /** StatusReply peerId */
            peerId?: (string|null);

            /** StatusReply roles */
            roles?: (string[]|null);

            /** StatusReply addrs */
            addrs?: (string[]|null);

            /** StatusReply connected */
            connected?: (string[]|null);

            /** StatusReply capacity */
            capacity?: (meshbackup.CapacityEntry.$Properties[]|null);

            /** StatusReply members */
            members?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusReply. */
        type $Shape = meshbackup.StatusReply.$Properties;
    }

    /**
     * Properties of a CapacityEntry.
     * @deprecated Use meshbackup.CapacityEntry.$Properties instead.
     */
    interface ICapacityEntry extends meshbackup.CapacityEntry.$Properties {
    }

    /** Represents a CapacityEntry. */
    class CapacityEntry {

        /**
         * Constructs a new CapacityEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.CapacityEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CapacityEntry announcement. */
        announcement?: (meshbackup.Announcement.$Properties|null);

        /** CapacityEntry ageMs. */
        ageMs: number;

        /**
         * Creates a new CapacityEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CapacityEntry instance
         */
        static create(properties: meshbackup.CapacityEntry.$Shape): meshbackup.CapacityEntry & meshbackup.CapacityEntry.$Shape;
        static create(properties?: meshbackup.CapacityEntry.$Properties): meshbackup.CapacityEntry;

        /**
         * Encodes the specified CapacityEntry message. Does not implicitly {@link meshbackup.CapacityEntry.verify|verify} messages.
         * @param message CapacityEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.CapacityEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CapacityEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.CapacityEntry & meshbackup.CapacityEntry.$Shape} CapacityEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.CapacityEntry & meshbackup.CapacityEntry.$Shape;

        /**
         * Creates a CapacityEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CapacityEntry
         */

        /**
         * Creates a plain object from a CapacityEntry message. Also converts values to other types if specified.
         * @param message CapacityEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.CapacityEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CapacityEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CapacityEntry {

        /** Properties of a CapacityEntry. */
        interface $Properties {

            /** CapacityEntry announcement */
            announcement?: (meshbackup.Announcement.$Properties|null);

            /** CapacityEntry ageMs */
            ageMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CapacityEntry. */
        type $Shape = meshbackup.CapacityEntry.$Properties;
    }

    /**
     * Properties of a MembersAdd.
     * @deprecated Use meshbackup.MembersAdd.$Properties instead.
     */
    interface IMembersAdd extends meshbackup.MembersAdd.$Properties {
    }

    /** Represents a MembersAdd. */
    class MembersAdd {

        /**
         * Constructs a new MembersAdd.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.MembersAdd.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembersAdd peerIds. */
        peerIds: string[];

        /**
         * Creates a new MembersAdd instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MembersAdd instance
         */
        static create(properties: meshbackup.MembersAdd.$Shape): meshbackup.MembersAdd & meshbackup.MembersAdd.$Shape;
        static create(properties?: meshbackup.MembersAdd.$Properties): meshbackup.MembersAdd;

        /**
         * Encodes the specified MembersAdd message. Does not implicitly {@link meshbackup.MembersAdd.verify|verify} messages.
         * @param message MembersAdd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.MembersAdd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembersAdd message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.MembersAdd & meshbackup.MembersAdd.$Shape} MembersAdd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.MembersAdd & meshbackup.MembersAdd.$Shape;

        /**
         * Creates a MembersAdd message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MembersAdd
         */

        /**
         * Creates a plain object from a MembersAdd message. Also converts values to other types if specified.
         * @param message MembersAdd
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.MembersAdd, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MembersAdd to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace MembersAdd {

        /** Properties of a MembersAdd. */
        interface $Properties {

            /** MembersAdd peerIds */
            peerIds?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MembersAdd. */
        type $Shape = meshbackup.MembersAdd.$Properties;
    }

    /**
     * Properties of a MembersRemove.
     * @deprecated Use meshbackup.MembersRemove.$Properties instead.
     */
    interface IMembersRemove extends meshbackup.MembersRemove.$Properties {
    }

    /** Represents a MembersRemove. */
    class MembersRemove {

        /**
         * Constructs a new MembersRemove.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.MembersRemove.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembersRemove peerIds. */
        peerIds: string[];

        /**
         * Creates a new MembersRemove instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MembersRemove instance
         */
        static create(properties: meshbackup.MembersRemove.$Shape): meshbackup.MembersRemove & meshbackup.MembersRemove.$Shape;
        static create(properties?: meshbackup.MembersRemove.$Properties): meshbackup.MembersRemove;

        /**
         * Encodes the specified MembersRemove message. Does not implicitly {@link meshbackup.MembersRemove.verify|verify} messages.
         * @param message MembersRemove message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.MembersRemove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembersRemove message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.MembersRemove & meshbackup.MembersRemove.$Shape} MembersRemove
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.MembersRemove & meshbackup.MembersRemove.$Shape;

        /**
         * Creates a MembersRemove message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MembersRemove
         */

        /**
         * Creates a plain object from a MembersRemove message. Also converts values to other types if specified.
         * @param message MembersRemove
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.MembersRemove, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MembersRemove to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace MembersRemove {

        /** Properties of a MembersRemove. */
        interface $Properties {

            /** MembersRemove peerIds */
            peerIds?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MembersRemove. */
        type $Shape = meshbackup.MembersRemove.$Properties;
    }

    /**
     * Properties of a HostCheck.
     * @deprecated Use meshbackup.HostCheck.$Properties instead.
     */
    interface IHostCheck extends meshbackup.HostCheck.$Properties {
    }

    /** Represents a HostCheck. */
    class HostCheck {

        /**
         * Constructs a new HostCheck.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.HostCheck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HostCheck name. */
        name: string;

        /**
         * Creates a new HostCheck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HostCheck instance
         */
        static create(properties: meshbackup.HostCheck.$Shape): meshbackup.HostCheck & meshbackup.HostCheck.$Shape;
        static create(properties?: meshbackup.HostCheck.$Properties): meshbackup.HostCheck;

        /**
         * Encodes the specified HostCheck message. Does not implicitly {@link meshbackup.HostCheck.verify|verify} messages.
         * @param message HostCheck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.HostCheck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HostCheck message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.HostCheck & meshbackup.HostCheck.$Shape} HostCheck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.HostCheck & meshbackup.HostCheck.$Shape;

        /**
         * Creates a HostCheck message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HostCheck
         */

        /**
         * Creates a plain object from a HostCheck message. Also converts values to other types if specified.
         * @param message HostCheck
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.HostCheck, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HostCheck to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace HostCheck {

        /** Properties of a HostCheck. */
        interface $Properties {

            /** HostCheck name */
            name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HostCheck. */
        type $Shape = meshbackup.HostCheck.$Properties;
    }

    /**
     * Properties of a HostCheckReply.
     * @deprecated Use meshbackup.HostCheckReply.$Properties instead.
     */
    interface IHostCheckReply extends meshbackup.HostCheckReply.$Properties {
    }

    /** Represents a HostCheckReply. */
    class HostCheckReply {

        /**
         * Constructs a new HostCheckReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.HostCheckReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HostCheckReply host. */
        host?: (meshbackup.HostSpec.$Properties|null);

        /** HostCheckReply vms. */
        vms: meshbackup.VmInfo.$Properties[];

        /** HostCheckReply problems. */
        problems: meshbackup.InventoryProblem.$Properties[];

        /** HostCheckReply checkedBy. */
        checkedBy: string;

        /**
         * Creates a new HostCheckReply instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HostCheckReply instance
         */
        static create(properties: meshbackup.HostCheckReply.$Shape): meshbackup.HostCheckReply & meshbackup.HostCheckReply.$Shape;
        static create(properties?: meshbackup.HostCheckReply.$Properties): meshbackup.HostCheckReply;

        /**
         * Encodes the specified HostCheckReply message. Does not implicitly {@link meshbackup.HostCheckReply.verify|verify} messages.
         * @param message HostCheckReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.HostCheckReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HostCheckReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.HostCheckReply & meshbackup.HostCheckReply.$Shape} HostCheckReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.HostCheckReply & meshbackup.HostCheckReply.$Shape;

        /**
         * Creates a HostCheckReply message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HostCheckReply
         */

        /**
         * Creates a plain object from a HostCheckReply message. Also converts values to other types if specified.
         * @param message HostCheckReply
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.HostCheckReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HostCheckReply to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace HostCheckReply {

        /** Properties of a HostCheckReply. */
        interface $Properties {

            /** HostCheckReply host */
            host?: (meshbackup.HostSpec.$Properties|null);

            /** HostCheckReply vms */
            vms?: (meshbackup.VmInfo.$Properties[]|null);

            /** HostCheckReply problems */
            problems?: (meshbackup.InventoryProblem.$Properties[]|null);

            /** HostCheckReply checkedBy */
            checkedBy?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HostCheckReply. */
        type $Shape = meshbackup.HostCheckReply.$Properties;
    }

    /**
     * Properties of a HostRemove.
     * @deprecated Use meshbackup.HostRemove.$Properties instead.
     */
    interface IHostRemove extends meshbackup.HostRemove.$Properties {
    }

    /** Represents a HostRemove. */
    class HostRemove {

        /**
         * Constructs a new HostRemove.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.HostRemove.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HostRemove name. */
        name: string;

        /** HostRemove force. */
        force: boolean;

        /**
         * Creates a new HostRemove instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HostRemove instance
         */
        static create(properties: meshbackup.HostRemove.$Shape): meshbackup.HostRemove & meshbackup.HostRemove.$Shape;
        static create(properties?: meshbackup.HostRemove.$Properties): meshbackup.HostRemove;

        /**
         * Encodes the specified HostRemove message. Does not implicitly {@link meshbackup.HostRemove.verify|verify} messages.
         * @param message HostRemove message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.HostRemove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HostRemove message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.HostRemove & meshbackup.HostRemove.$Shape} HostRemove
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.HostRemove & meshbackup.HostRemove.$Shape;

        /**
         * Creates a HostRemove message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HostRemove
         */

        /**
         * Creates a plain object from a HostRemove message. Also converts values to other types if specified.
         * @param message HostRemove
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.HostRemove, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HostRemove to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace HostRemove {

        /** Properties of a HostRemove. */
        interface $Properties {

            /** HostRemove name */
            name?: (string|null);

            /** HostRemove force */
            force?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HostRemove. */
        type $Shape = meshbackup.HostRemove.$Properties;
    }

    /**
     * Properties of a JobRemove.
     * @deprecated Use meshbackup.JobRemove.$Properties instead.
     */
    interface IJobRemove extends meshbackup.JobRemove.$Properties {
    }

    /** Represents a JobRemove. */
    class JobRemove {

        /**
         * Constructs a new JobRemove.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.JobRemove.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobRemove name. */
        name: string;

        /**
         * Creates a new JobRemove instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobRemove instance
         */
        static create(properties: meshbackup.JobRemove.$Shape): meshbackup.JobRemove & meshbackup.JobRemove.$Shape;
        static create(properties?: meshbackup.JobRemove.$Properties): meshbackup.JobRemove;

        /**
         * Encodes the specified JobRemove message. Does not implicitly {@link meshbackup.JobRemove.verify|verify} messages.
         * @param message JobRemove message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.JobRemove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobRemove message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.JobRemove & meshbackup.JobRemove.$Shape} JobRemove
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.JobRemove & meshbackup.JobRemove.$Shape;

        /**
         * Creates a JobRemove message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JobRemove
         */

        /**
         * Creates a plain object from a JobRemove message. Also converts values to other types if specified.
         * @param message JobRemove
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.JobRemove, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JobRemove to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace JobRemove {

        /** Properties of a JobRemove. */
        interface $Properties {

            /** JobRemove name */
            name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobRemove. */
        type $Shape = meshbackup.JobRemove.$Properties;
    }

    /**
     * Properties of a JobEdit.
     * @deprecated Use meshbackup.JobEdit.$Properties instead.
     */
    interface IJobEdit extends meshbackup.JobEdit.$Properties {
    }

    /** Represents a JobEdit. */
    class JobEdit {

        /**
         * Constructs a new JobEdit.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.JobEdit.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobEdit job. */
        job?: (meshbackup.Job.$Properties|null);

        /** JobEdit fields. */
        fields: string[];

        /**
         * Creates a new JobEdit instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobEdit instance
         */
        static create(properties: meshbackup.JobEdit.$Shape): meshbackup.JobEdit & meshbackup.JobEdit.$Shape;
        static create(properties?: meshbackup.JobEdit.$Properties): meshbackup.JobEdit;

        /**
         * Encodes the specified JobEdit message. Does not implicitly {@link meshbackup.JobEdit.verify|verify} messages.
         * @param message JobEdit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.JobEdit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobEdit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.JobEdit & meshbackup.JobEdit.$Shape} JobEdit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.JobEdit & meshbackup.JobEdit.$Shape;

        /**
         * Creates a JobEdit message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JobEdit
         */

        /**
         * Creates a plain object from a JobEdit message. Also converts values to other types if specified.
         * @param message JobEdit
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.JobEdit, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JobEdit to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace JobEdit {

        /** Properties of a JobEdit. */
        interface $Properties {

            /** JobEdit job */
            job?: (meshbackup.Job.$Properties|null);

            /** JobEdit fields */
            fields?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobEdit. */
        type $Shape = meshbackup.JobEdit.$Properties;
    }

    /**
     * Properties of a PointsForget.
     * @deprecated Use meshbackup.PointsForget.$Properties instead.
     */
    interface IPointsForget extends meshbackup.PointsForget.$Properties {
    }

    /** Represents a PointsForget. */
    class PointsForget {

        /**
         * Constructs a new PointsForget.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.PointsForget.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PointsForget pointIds. */
        pointIds: string[];

        /** PointsForget dryRun. */
        dryRun: boolean;

        /**
         * Creates a new PointsForget instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PointsForget instance
         */
        static create(properties: meshbackup.PointsForget.$Shape): meshbackup.PointsForget & meshbackup.PointsForget.$Shape;
        static create(properties?: meshbackup.PointsForget.$Properties): meshbackup.PointsForget;

        /**
         * Encodes the specified PointsForget message. Does not implicitly {@link meshbackup.PointsForget.verify|verify} messages.
         * @param message PointsForget message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.PointsForget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PointsForget message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.PointsForget & meshbackup.PointsForget.$Shape} PointsForget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.PointsForget & meshbackup.PointsForget.$Shape;

        /**
         * Creates a PointsForget message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PointsForget
         */

        /**
         * Creates a plain object from a PointsForget message. Also converts values to other types if specified.
         * @param message PointsForget
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.PointsForget, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PointsForget to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PointsForget {

        /** Properties of a PointsForget. */
        interface $Properties {

            /** PointsForget pointIds */
            pointIds?: (string[]|null);

            /** PointsForget dryRun */
            dryRun?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PointsForget. */
        type $Shape = meshbackup.PointsForget.$Properties;
    }

    /**
     * Properties of a PointsForgotten.
     * @deprecated Use meshbackup.PointsForgotten.$Properties instead.
     */
    interface IPointsForgotten extends meshbackup.PointsForgotten.$Properties {
    }

    /** Represents a PointsForgotten. */
    class PointsForgotten {

        /**
         * Constructs a new PointsForgotten.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.PointsForgotten.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PointsForgotten forgotten. */
        forgotten: string[];

        /** PointsForgotten kept. */
        kept: string[];

        /** PointsForgotten dryRun. */
        dryRun: boolean;

        /** PointsForgotten unknown. */
        unknown: string[];

        /** PointsForgotten locked. */
        locked: meshbackup.PointLock.$Properties[];

        /**
         * Creates a new PointsForgotten instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PointsForgotten instance
         */
        static create(properties: meshbackup.PointsForgotten.$Shape): meshbackup.PointsForgotten & meshbackup.PointsForgotten.$Shape;
        static create(properties?: meshbackup.PointsForgotten.$Properties): meshbackup.PointsForgotten;

        /**
         * Encodes the specified PointsForgotten message. Does not implicitly {@link meshbackup.PointsForgotten.verify|verify} messages.
         * @param message PointsForgotten message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.PointsForgotten.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PointsForgotten message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.PointsForgotten & meshbackup.PointsForgotten.$Shape} PointsForgotten
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.PointsForgotten & meshbackup.PointsForgotten.$Shape;

        /**
         * Creates a PointsForgotten message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PointsForgotten
         */

        /**
         * Creates a plain object from a PointsForgotten message. Also converts values to other types if specified.
         * @param message PointsForgotten
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.PointsForgotten, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PointsForgotten to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PointsForgotten {

        /** Properties of a PointsForgotten. */
        interface $Properties {

            /** PointsForgotten forgotten */
            forgotten?: (string[]|null);

            /** PointsForgotten kept */
            kept?: (string[]|null);

            /** PointsForgotten dryRun */
            dryRun?: (boolean|null);

            /** PointsForgotten unknown */
            unknown?: (string[]|null);

            /** PointsForgotten locked */
            locked?: (meshbackup.PointLock.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PointsForgotten. */
        type $Shape = meshbackup.PointsForgotten.$Properties;
    }

    /**
     * Properties of an EventsRequest.
     * @deprecated Use meshbackup.EventsRequest.$Properties instead.
     */
    interface IEventsRequest extends meshbackup.EventsRequest.$Properties {
    }

    /** Represents an EventsRequest. */
    class EventsRequest {

        /**
         * Constructs a new EventsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.EventsRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EventsRequest limit. */
        limit: number;

        /**
         * Creates a new EventsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EventsRequest instance
         */
        static create(properties: meshbackup.EventsRequest.$Shape): meshbackup.EventsRequest & meshbackup.EventsRequest.$Shape;
        static create(properties?: meshbackup.EventsRequest.$Properties): meshbackup.EventsRequest;

        /**
         * Encodes the specified EventsRequest message. Does not implicitly {@link meshbackup.EventsRequest.verify|verify} messages.
         * @param message EventsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.EventsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EventsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.EventsRequest & meshbackup.EventsRequest.$Shape} EventsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.EventsRequest & meshbackup.EventsRequest.$Shape;

        /**
         * Creates an EventsRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns EventsRequest
         */

        /**
         * Creates a plain object from an EventsRequest message. Also converts values to other types if specified.
         * @param message EventsRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.EventsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this EventsRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace EventsRequest {

        /** Properties of an EventsRequest. */
        interface $Properties {

            /** EventsRequest limit */
            limit?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EventsRequest. */
        type $Shape = meshbackup.EventsRequest.$Properties;
    }

    /**
     * Properties of an EventList.
     * @deprecated Use meshbackup.EventList.$Properties instead.
     */
    interface IEventList extends meshbackup.EventList.$Properties {
    }

    /** Represents an EventList. */
    class EventList {

        /**
         * Constructs a new EventList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.EventList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EventList events. */
        events: meshbackup.Event.$Properties[];

        /**
         * Creates a new EventList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EventList instance
         */
        static create(properties: meshbackup.EventList.$Shape): meshbackup.EventList & meshbackup.EventList.$Shape;
        static create(properties?: meshbackup.EventList.$Properties): meshbackup.EventList;

        /**
         * Encodes the specified EventList message. Does not implicitly {@link meshbackup.EventList.verify|verify} messages.
         * @param message EventList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.EventList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EventList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.EventList & meshbackup.EventList.$Shape} EventList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.EventList & meshbackup.EventList.$Shape;

        /**
         * Creates an EventList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns EventList
         */

        /**
         * Creates a plain object from an EventList message. Also converts values to other types if specified.
         * @param message EventList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.EventList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this EventList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace EventList {

        /** Properties of an EventList. */
        interface $Properties {

            /** EventList events */
            events?: (meshbackup.Event.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EventList. */
        type $Shape = meshbackup.EventList.$Properties;
    }

    /**
     * Properties of an Event.
     * @deprecated Use meshbackup.Event.$Properties instead.
     */
    interface IEvent extends meshbackup.Event.$Properties {
    }

    /** Represents an Event. */
    class Event {

        /**
         * Constructs a new Event.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.Event.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Event atMs. */
        atMs: number;

        /** Event kind. */
        kind: string;

        /** Event subject. */
        subject: string;

        /** Event detail. */
        detail: string;

        /** Event node. */
        node: string;

        /**
         * Creates a new Event instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Event instance
         */
        static create(properties: meshbackup.Event.$Shape): meshbackup.Event & meshbackup.Event.$Shape;
        static create(properties?: meshbackup.Event.$Properties): meshbackup.Event;

        /**
         * Encodes the specified Event message. Does not implicitly {@link meshbackup.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.Event & meshbackup.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.Event & meshbackup.Event.$Shape;

        /**
         * Creates an Event message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Event
         */

        /**
         * Creates a plain object from an Event message. Also converts values to other types if specified.
         * @param message Event
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Event to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Event {

        /** Properties of an Event. */
        interface $Properties {

            /** Event atMs */
            atMs?: (number|null);

            /** Event kind */
            kind?: (string|null);

            /** Event subject */
            subject?: (string|null);

            /** Event detail */
            detail?: (string|null);

            /** Event node */
            node?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Event. */
        type $Shape = meshbackup.Event.$Properties;
    }

    /**
     * Properties of a HostListRequest.
     * @deprecated Use meshbackup.HostListRequest.$Properties instead.
     */
    interface IHostListRequest extends meshbackup.HostListRequest.$Properties {
    }

    /** Represents a HostListRequest. */
    class HostListRequest {

        /**
         * Constructs a new HostListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.HostListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new HostListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HostListRequest instance
         */
        static create(properties: meshbackup.HostListRequest.$Shape): meshbackup.HostListRequest & meshbackup.HostListRequest.$Shape;
        static create(properties?: meshbackup.HostListRequest.$Properties): meshbackup.HostListRequest;

        /**
         * Encodes the specified HostListRequest message. Does not implicitly {@link meshbackup.HostListRequest.verify|verify} messages.
         * @param message HostListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.HostListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HostListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.HostListRequest & meshbackup.HostListRequest.$Shape} HostListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.HostListRequest & meshbackup.HostListRequest.$Shape;

        /**
         * Creates a HostListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HostListRequest
         */

        /**
         * Creates a plain object from a HostListRequest message. Also converts values to other types if specified.
         * @param message HostListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.HostListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HostListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace HostListRequest {

        /** Properties of a HostListRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HostListRequest. */
        type $Shape = meshbackup.HostListRequest.$Properties;
    }

    /**
     * Properties of a HostList.
     * @deprecated Use meshbackup.HostList.$Properties instead.
     */
    interface IHostList extends meshbackup.HostList.$Properties {
    }

    /** Represents a HostList. */
    class HostList {

        /**
         * Constructs a new HostList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.HostList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HostList hosts. */
        hosts: meshbackup.HostSpec.$Properties[];

        /**
         * Creates a new HostList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HostList instance
         */
        static create(properties: meshbackup.HostList.$Shape): meshbackup.HostList & meshbackup.HostList.$Shape;
        static create(properties?: meshbackup.HostList.$Properties): meshbackup.HostList;

        /**
         * Encodes the specified HostList message. Does not implicitly {@link meshbackup.HostList.verify|verify} messages.
         * @param message HostList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.HostList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HostList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.HostList & meshbackup.HostList.$Shape} HostList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.HostList & meshbackup.HostList.$Shape;

        /**
         * Creates a HostList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HostList
         */

        /**
         * Creates a plain object from a HostList message. Also converts values to other types if specified.
         * @param message HostList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.HostList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HostList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace HostList {

        /** Properties of a HostList. */
        interface $Properties {

            /** HostList hosts */
            hosts?: (meshbackup.HostSpec.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HostList. */
        type $Shape = meshbackup.HostList.$Properties;
    }

    /**
     * Properties of a Job.
     * @deprecated Use meshbackup.Job.$Properties instead.
     */
    interface IJob extends meshbackup.Job.$Properties {
    }

    /** Represents a Job. */
    class Job {

        /**
         * Constructs a new Job.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.Job.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Job name. */
        name: string;

        /** Job host. */
        host: string;

        /** Job vms. */
        vms: string[];

        /** Job repository. */
        repository: string;

        /** Job blockSize. */
        blockSize: number;

        /** Job compression. */
        compression: string;

        /** Job compressionLevel. */
        compressionLevel: number;

        /** Job rateLimitBps. */
        rateLimitBps: number;

        /** Job mode. */
        mode: string;

        /** Job noCbt. */
        noCbt: boolean;

        /** Job key. */
        key: string;

        /** Job guest. */
        guest?: (meshbackup.GuestProcessing.$Properties|null);

        /** Job schedule. */
        schedule: string;

        /** Job retention. */
        retention?: (meshbackup.Retention.$Properties|null);

        /** Job notify. */
        notify?: (meshbackup.Notify.$Properties|null);

        /** Job noSkipFree. */
        noSkipFree: boolean;

        /** Job noSkipSwap. */
        noSkipSwap: boolean;

        /** Job exclude. */
        exclude: string[];

        /** Job excludeNarrowedMs. */
        excludeNarrowedMs: number;

        /**
         * Creates a new Job instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Job instance
         */
        static create(properties: meshbackup.Job.$Shape): meshbackup.Job & meshbackup.Job.$Shape;
        static create(properties?: meshbackup.Job.$Properties): meshbackup.Job;

        /**
         * Encodes the specified Job message. Does not implicitly {@link meshbackup.Job.verify|verify} messages.
         * @param message Job message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.Job.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Job message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.Job & meshbackup.Job.$Shape} Job
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.Job & meshbackup.Job.$Shape;

        /**
         * Creates a Job message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Job
         */

        /**
         * Creates a plain object from a Job message. Also converts values to other types if specified.
         * @param message Job
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.Job, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Job to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Job {

        /** Properties of a Job. */
        interface $Properties {

            /** Job name */
            name?: (string|null);

            /** Job host */
            host?: (string|null);

            /** Job vms */
            vms?: (string[]|null);

            /** Job repository */
            repository?: (string|null);

            /** Job blockSize */
            blockSize?: (number|null);

            /** Job compression */
            compression?: (string|null);

            /** Job compressionLevel */
            compressionLevel?: (number|null);

            /** Job rateLimitBps */
            rateLimitBps?: (number|null);

            /** Job mode */
            mode?: (string|null);

            /** Job noCbt */
            noCbt?: (boolean|null);

            /** Job key */
            key?: (string|null);

            /** Job guest */
            guest?: (meshbackup.GuestProcessing.$Properties|null);

            /** Job schedule */
            schedule?: (string|null);

            /** Job retention */
            retention?: (meshbackup.Retention.$Properties|null);

            /** Job notify */
            notify?: (meshbackup.Notify.$Properties|null);

            /** Job noSkipFree */
            noSkipFree?: (boolean|null);

            /** Job noSkipSwap */
            noSkipSwap?: (boolean|null);

            /** Job exclude */
            exclude?: (string[]|null);

            /** Job excludeNarrowedMs */
            excludeNarrowedMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Job. */
        type $Shape = meshbackup.Job.$Properties;
    }

    /**
     * Properties of a Retention.
     * @deprecated Use meshbackup.Retention.$Properties instead.
     */
    interface IRetention extends meshbackup.Retention.$Properties {
    }

    /** Represents a Retention. */
    class Retention {

        /**
         * Constructs a new Retention.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.Retention.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Retention keepLast. */
        keepLast: number;

        /** Retention keepDays. */
        keepDays: number;

        /** Retention weekly. */
        weekly: number;

        /** Retention monthly. */
        monthly: number;

        /**
         * Creates a new Retention instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Retention instance
         */
        static create(properties: meshbackup.Retention.$Shape): meshbackup.Retention & meshbackup.Retention.$Shape;
        static create(properties?: meshbackup.Retention.$Properties): meshbackup.Retention;

        /**
         * Encodes the specified Retention message. Does not implicitly {@link meshbackup.Retention.verify|verify} messages.
         * @param message Retention message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.Retention.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Retention message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.Retention & meshbackup.Retention.$Shape} Retention
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.Retention & meshbackup.Retention.$Shape;

        /**
         * Creates a Retention message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Retention
         */

        /**
         * Creates a plain object from a Retention message. Also converts values to other types if specified.
         * @param message Retention
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.Retention, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Retention to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Retention {

        /** Properties of a Retention. */
        interface $Properties {

            /** Retention keepLast */
            keepLast?: (number|null);

            /** Retention keepDays */
            keepDays?: (number|null);

            /** Retention weekly */
            weekly?: (number|null);

            /** Retention monthly */
            monthly?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Retention. */
        type $Shape = meshbackup.Retention.$Properties;
    }

    /**
     * Properties of a Notify.
     * @deprecated Use meshbackup.Notify.$Properties instead.
     */
    interface INotify extends meshbackup.Notify.$Properties {
    }

    /** Represents a Notify. */
    class Notify {

        /**
         * Constructs a new Notify.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.Notify.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Notify webhook. */
        webhook: string;

        /** Notify on. */
        on: string[];

        /**
         * Creates a new Notify instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Notify instance
         */
        static create(properties: meshbackup.Notify.$Shape): meshbackup.Notify & meshbackup.Notify.$Shape;
        static create(properties?: meshbackup.Notify.$Properties): meshbackup.Notify;

        /**
         * Encodes the specified Notify message. Does not implicitly {@link meshbackup.Notify.verify|verify} messages.
         * @param message Notify message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.Notify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Notify message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.Notify & meshbackup.Notify.$Shape} Notify
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.Notify & meshbackup.Notify.$Shape;

        /**
         * Creates a Notify message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Notify
         */

        /**
         * Creates a plain object from a Notify message. Also converts values to other types if specified.
         * @param message Notify
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.Notify, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Notify to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Notify {

        /** Properties of a Notify. */
        interface $Properties {

            /** Notify webhook */
            webhook?: (string|null);

            /** Notify on */
            on?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Notify. */
        type $Shape = meshbackup.Notify.$Properties;
    }

    /**
     * Properties of a GuestProcessing.
     * @deprecated Use meshbackup.GuestProcessing.$Properties instead.
     */
    interface IGuestProcessing extends meshbackup.GuestProcessing.$Properties {
    }

    /** Represents a GuestProcessing. */
    class GuestProcessing {

        /**
         * Constructs a new GuestProcessing.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.GuestProcessing.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GuestProcessing enabled. */
        enabled: boolean;

        /** GuestProcessing preFreeze. */
        preFreeze: string;

        /** GuestProcessing postThaw. */
        postThaw: string;

        /** GuestProcessing credentials. */
        credentials?: (meshbackup.GuestCredentials.$Properties|null);

        /** GuestProcessing vms. */
        vms: meshbackup.GuestVm.$Properties[];

        /** GuestProcessing scriptTimeoutS. */
        scriptTimeoutS: number;

        /** GuestProcessing failurePolicy. */
        failurePolicy: string;

        /** GuestProcessing qga. */
        qga: string;

        /**
         * Creates a new GuestProcessing instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GuestProcessing instance
         */
        static create(properties: meshbackup.GuestProcessing.$Shape): meshbackup.GuestProcessing & meshbackup.GuestProcessing.$Shape;
        static create(properties?: meshbackup.GuestProcessing.$Properties): meshbackup.GuestProcessing;

        /**
         * Encodes the specified GuestProcessing message. Does not implicitly {@link meshbackup.GuestProcessing.verify|verify} messages.
         * @param message GuestProcessing message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.GuestProcessing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GuestProcessing message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.GuestProcessing & meshbackup.GuestProcessing.$Shape} GuestProcessing
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.GuestProcessing & meshbackup.GuestProcessing.$Shape;

        /**
         * Creates a GuestProcessing message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GuestProcessing
         */

        /**
         * Creates a plain object from a GuestProcessing message. Also converts values to other types if specified.
         * @param message GuestProcessing
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.GuestProcessing, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GuestProcessing to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GuestProcessing {

        /** Properties of a GuestProcessing. */
        interface $Properties {

            /** GuestProcessing enabled */
            enabled?: (boolean|null);

            /** GuestProcessing preFreeze */
            preFreeze?: (string|null);

            /** GuestProcessing postThaw */
            postThaw?: (string|null);

            /** GuestProcessing credentials */
            credentials?: (meshbackup.GuestCredentials.$Properties|null);

            /** GuestProcessing vms */
            vms?: (meshbackup.GuestVm.$Properties[]|null);

            /** GuestProcessing scriptTimeoutS */
            scriptTimeoutS?: (number|null);

            /** GuestProcessing failurePolicy */
            failurePolicy?: (string|null);

            /** GuestProcessing qga */
            qga?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GuestProcessing. */
        type $Shape = meshbackup.GuestProcessing.$Properties;
    }

    /**
     * Properties of a GuestCredentials.
     * @deprecated Use meshbackup.GuestCredentials.$Properties instead.
     */
    interface IGuestCredentials extends meshbackup.GuestCredentials.$Properties {
    }

    /** Represents a GuestCredentials. */
    class GuestCredentials {

        /**
         * Constructs a new GuestCredentials.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.GuestCredentials.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GuestCredentials user. */
        user: string;

        /** GuestCredentials privateKey. */
        privateKey: string;

        /** GuestCredentials password. */
        password: string;

        /**
         * Creates a new GuestCredentials instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GuestCredentials instance
         */
        static create(properties: meshbackup.GuestCredentials.$Shape): meshbackup.GuestCredentials & meshbackup.GuestCredentials.$Shape;
        static create(properties?: meshbackup.GuestCredentials.$Properties): meshbackup.GuestCredentials;

        /**
         * Encodes the specified GuestCredentials message. Does not implicitly {@link meshbackup.GuestCredentials.verify|verify} messages.
         * @param message GuestCredentials message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.GuestCredentials.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GuestCredentials message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.GuestCredentials & meshbackup.GuestCredentials.$Shape} GuestCredentials
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.GuestCredentials & meshbackup.GuestCredentials.$Shape;

        /**
         * Creates a GuestCredentials message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GuestCredentials
         */

        /**
         * Creates a plain object from a GuestCredentials message. Also converts values to other types if specified.
         * @param message GuestCredentials
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.GuestCredentials, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GuestCredentials to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GuestCredentials {

        /** Properties of a GuestCredentials. */
        interface $Properties {

            /** GuestCredentials user */
            user?: (string|null);

            /** GuestCredentials privateKey */
            privateKey?: (string|null);

            /** GuestCredentials password */
            password?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GuestCredentials. */
        type $Shape = meshbackup.GuestCredentials.$Properties;
    }

    /**
     * Properties of a GuestVm.
     * @deprecated Use meshbackup.GuestVm.$Properties instead.
     */
    interface IGuestVm extends meshbackup.GuestVm.$Properties {
    }

    /** Represents a GuestVm. */
    class GuestVm {

        /**
         * Constructs a new GuestVm.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.GuestVm.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GuestVm vm. */
        vm: string;

        /** GuestVm address. */
        address: string;

        /** GuestVm credentials. */
        credentials?: (meshbackup.GuestCredentials.$Properties|null);

        /** GuestVm qga. */
        qga: string;

        /** GuestVm hostKey. */
        hostKey: string;

        /**
         * Creates a new GuestVm instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GuestVm instance
         */
        static create(properties: meshbackup.GuestVm.$Shape): meshbackup.GuestVm & meshbackup.GuestVm.$Shape;
        static create(properties?: meshbackup.GuestVm.$Properties): meshbackup.GuestVm;

        /**
         * Encodes the specified GuestVm message. Does not implicitly {@link meshbackup.GuestVm.verify|verify} messages.
         * @param message GuestVm message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.GuestVm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GuestVm message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.GuestVm & meshbackup.GuestVm.$Shape} GuestVm
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.GuestVm & meshbackup.GuestVm.$Shape;

        /**
         * Creates a GuestVm message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GuestVm
         */

        /**
         * Creates a plain object from a GuestVm message. Also converts values to other types if specified.
         * @param message GuestVm
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.GuestVm, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GuestVm to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GuestVm {

        /** Properties of a GuestVm. */
        interface $Properties {

            /** GuestVm vm */
            vm?: (string|null);

            /** GuestVm address */
            address?: (string|null);

            /** GuestVm credentials */
            credentials?: (meshbackup.GuestCredentials.$Properties|null);

            /** GuestVm qga */
            qga?: (string|null);

            /** GuestVm hostKey */
            hostKey?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GuestVm. */
        type $Shape = meshbackup.GuestVm.$Properties;
    }

    /**
     * Properties of a JobListRequest.
     * @deprecated Use meshbackup.JobListRequest.$Properties instead.
     */
    interface IJobListRequest extends meshbackup.JobListRequest.$Properties {
    }

    /** Represents a JobListRequest. */
    class JobListRequest {

        /**
         * Constructs a new JobListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.JobListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new JobListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobListRequest instance
         */
        static create(properties: meshbackup.JobListRequest.$Shape): meshbackup.JobListRequest & meshbackup.JobListRequest.$Shape;
        static create(properties?: meshbackup.JobListRequest.$Properties): meshbackup.JobListRequest;

        /**
         * Encodes the specified JobListRequest message. Does not implicitly {@link meshbackup.JobListRequest.verify|verify} messages.
         * @param message JobListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.JobListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.JobListRequest & meshbackup.JobListRequest.$Shape} JobListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.JobListRequest & meshbackup.JobListRequest.$Shape;

        /**
         * Creates a JobListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JobListRequest
         */

        /**
         * Creates a plain object from a JobListRequest message. Also converts values to other types if specified.
         * @param message JobListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.JobListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JobListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace JobListRequest {

        /** Properties of a JobListRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobListRequest. */
        type $Shape = meshbackup.JobListRequest.$Properties;
    }

    /**
     * Properties of a JobList.
     * @deprecated Use meshbackup.JobList.$Properties instead.
     */
    interface IJobList extends meshbackup.JobList.$Properties {
    }

    /** Represents a JobList. */
    class JobList {

        /**
         * Constructs a new JobList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.JobList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobList jobs. */
        jobs: meshbackup.Job.$Properties[];

        /**
         * Creates a new JobList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobList instance
         */
        static create(properties: meshbackup.JobList.$Shape): meshbackup.JobList & meshbackup.JobList.$Shape;
        static create(properties?: meshbackup.JobList.$Properties): meshbackup.JobList;

        /**
         * Encodes the specified JobList message. Does not implicitly {@link meshbackup.JobList.verify|verify} messages.
         * @param message JobList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.JobList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.JobList & meshbackup.JobList.$Shape} JobList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.JobList & meshbackup.JobList.$Shape;

        /**
         * Creates a JobList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JobList
         */

        /**
         * Creates a plain object from a JobList message. Also converts values to other types if specified.
         * @param message JobList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.JobList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JobList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace JobList {

        /** Properties of a JobList. */
        interface $Properties {

            /** JobList jobs */
            jobs?: (meshbackup.Job.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobList. */
        type $Shape = meshbackup.JobList.$Properties;
    }

    /**
     * Properties of a JobRun.
     * @deprecated Use meshbackup.JobRun.$Properties instead.
     */
    interface IJobRun extends meshbackup.JobRun.$Properties {
    }

    /** Represents a JobRun. */
    class JobRun {

        /**
         * Constructs a new JobRun.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.JobRun.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobRun name. */
        name: string;

        /** JobRun wait. */
        wait: boolean;

        /**
         * Creates a new JobRun instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobRun instance
         */
        static create(properties: meshbackup.JobRun.$Shape): meshbackup.JobRun & meshbackup.JobRun.$Shape;
        static create(properties?: meshbackup.JobRun.$Properties): meshbackup.JobRun;

        /**
         * Encodes the specified JobRun message. Does not implicitly {@link meshbackup.JobRun.verify|verify} messages.
         * @param message JobRun message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.JobRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobRun message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.JobRun & meshbackup.JobRun.$Shape} JobRun
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.JobRun & meshbackup.JobRun.$Shape;

        /**
         * Creates a JobRun message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JobRun
         */

        /**
         * Creates a plain object from a JobRun message. Also converts values to other types if specified.
         * @param message JobRun
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.JobRun, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JobRun to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace JobRun {

        /** Properties of a JobRun. */
        interface $Properties {

            /** JobRun name */
            name?: (string|null);

            /** JobRun wait */
            wait?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobRun. */
        type $Shape = meshbackup.JobRun.$Properties;
    }

    /**
     * Properties of a SessionShow.
     * @deprecated Use meshbackup.SessionShow.$Properties instead.
     */
    interface ISessionShow extends meshbackup.SessionShow.$Properties {
    }

    /** Represents a SessionShow. */
    class SessionShow {

        /**
         * Constructs a new SessionShow.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.SessionShow.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SessionShow id. */
        id: string;

        /**
         * Creates a new SessionShow instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SessionShow instance
         */
        static create(properties: meshbackup.SessionShow.$Shape): meshbackup.SessionShow & meshbackup.SessionShow.$Shape;
        static create(properties?: meshbackup.SessionShow.$Properties): meshbackup.SessionShow;

        /**
         * Encodes the specified SessionShow message. Does not implicitly {@link meshbackup.SessionShow.verify|verify} messages.
         * @param message SessionShow message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.SessionShow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SessionShow message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.SessionShow & meshbackup.SessionShow.$Shape} SessionShow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.SessionShow & meshbackup.SessionShow.$Shape;

        /**
         * Creates a SessionShow message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SessionShow
         */

        /**
         * Creates a plain object from a SessionShow message. Also converts values to other types if specified.
         * @param message SessionShow
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.SessionShow, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SessionShow to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SessionShow {

        /** Properties of a SessionShow. */
        interface $Properties {

            /** SessionShow id */
            id?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SessionShow. */
        type $Shape = meshbackup.SessionShow.$Properties;
    }

    /**
     * Properties of a SessionRecord.
     * @deprecated Use meshbackup.SessionRecord.$Properties instead.
     */
    interface ISessionRecord extends meshbackup.SessionRecord.$Properties {
    }

    /** Represents a SessionRecord. */
    class SessionRecord {

        /**
         * Constructs a new SessionRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.SessionRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SessionRecord id. */
        id: string;

        /** SessionRecord job. */
        job: string;

        /** SessionRecord state. */
        state: string;

        /** SessionRecord trigger. */
        trigger: string;

        /** SessionRecord startedAtMs. */
        startedAtMs: number;

        /** SessionRecord endedAtMs. */
        endedAtMs: number;

        /** SessionRecord tasks. */
        tasks: meshbackup.TaskRecord.$Properties[];

        /** SessionRecord log. */
        log: string[];

        /** SessionRecord points. */
        points: string[];

        /** SessionRecord failedVms. */
        failedVms: meshbackup.VmFailure.$Properties[];

        /** SessionRecord kind. */
        kind: string;

        /** SessionRecord verifyProgress. */
        verifyProgress?: (meshbackup.VerifyPassProgress.$Properties|null);

        /** SessionRecord verifyReport. */
        verifyReport?: (meshbackup.VerifyPassReport.$Properties|null);

        /** SessionRecord copyProgress. */
        copyProgress?: (meshbackup.CopyProgress.$Properties|null);

        /** SessionRecord copyReport. */
        copyReport?: (meshbackup.CopyReport.$Properties|null);

        /** SessionRecord bootCheck. */
        bootCheck?: (meshbackup.BootCheck.$Properties|null);

        /**
         * Creates a new SessionRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SessionRecord instance
         */
        static create(properties: meshbackup.SessionRecord.$Shape): meshbackup.SessionRecord & meshbackup.SessionRecord.$Shape;
        static create(properties?: meshbackup.SessionRecord.$Properties): meshbackup.SessionRecord;

        /**
         * Encodes the specified SessionRecord message. Does not implicitly {@link meshbackup.SessionRecord.verify|verify} messages.
         * @param message SessionRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.SessionRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SessionRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.SessionRecord & meshbackup.SessionRecord.$Shape} SessionRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.SessionRecord & meshbackup.SessionRecord.$Shape;

        /**
         * Creates a SessionRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SessionRecord
         */

        /**
         * Creates a plain object from a SessionRecord message. Also converts values to other types if specified.
         * @param message SessionRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.SessionRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SessionRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SessionRecord {

        /** Properties of a SessionRecord. */
        interface $Properties {

            /** SessionRecord id */
            id?: (string|null);

            /** SessionRecord job */
            job?: (string|null);

            /** SessionRecord state */
            state?: (string|null);

            /** SessionRecord trigger */
            trigger?: (string|null);

            /** SessionRecord startedAtMs */
            startedAtMs?: (number|null);

            /** SessionRecord endedAtMs */
            endedAtMs?: (number|null);

            /** SessionRecord tasks */
            tasks?: (meshbackup.TaskRecord.$Properties[]|null);

            /** SessionRecord log */
            log?: (string[]|null);

            /** SessionRecord points */
            points?: (string[]|null);

            /** SessionRecord failedVms */
            failedVms?: (meshbackup.VmFailure.$Properties[]|null);

            /** SessionRecord kind */
            kind?: (string|null);

            /** SessionRecord verifyProgress */
            verifyProgress?: (meshbackup.VerifyPassProgress.$Properties|null);

            /** SessionRecord verifyReport */
            verifyReport?: (meshbackup.VerifyPassReport.$Properties|null);

            /** SessionRecord copyProgress */
            copyProgress?: (meshbackup.CopyProgress.$Properties|null);

            /** SessionRecord copyReport */
            copyReport?: (meshbackup.CopyReport.$Properties|null);

            /** SessionRecord bootCheck */
            bootCheck?: (meshbackup.BootCheck.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SessionRecord. */
        type $Shape = meshbackup.SessionRecord.$Properties;
    }

    /**
     * Properties of a VerifyJob.
     * @deprecated Use meshbackup.VerifyJob.$Properties instead.
     */
    interface IVerifyJob extends meshbackup.VerifyJob.$Properties {
    }

    /** Represents a VerifyJob. */
    class VerifyJob {

        /**
         * Constructs a new VerifyJob.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VerifyJob.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VerifyJob name. */
        name: string;

        /** VerifyJob repository. */
        repository: string;

        /** VerifyJob schedule. */
        schedule: string;

        /** VerifyJob olderThanDays. */
        olderThanDays: number;

        /** VerifyJob notify. */
        notify?: (meshbackup.Notify.$Properties|null);

        /**
         * Creates a new VerifyJob instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VerifyJob instance
         */
        static create(properties: meshbackup.VerifyJob.$Shape): meshbackup.VerifyJob & meshbackup.VerifyJob.$Shape;
        static create(properties?: meshbackup.VerifyJob.$Properties): meshbackup.VerifyJob;

        /**
         * Encodes the specified VerifyJob message. Does not implicitly {@link meshbackup.VerifyJob.verify|verify} messages.
         * @param message VerifyJob message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VerifyJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VerifyJob message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VerifyJob & meshbackup.VerifyJob.$Shape} VerifyJob
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VerifyJob & meshbackup.VerifyJob.$Shape;

        /**
         * Creates a VerifyJob message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VerifyJob
         */

        /**
         * Creates a plain object from a VerifyJob message. Also converts values to other types if specified.
         * @param message VerifyJob
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VerifyJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VerifyJob to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VerifyJob {

        /** Properties of a VerifyJob. */
        interface $Properties {

            /** VerifyJob name */
            name?: (string|null);

            /** VerifyJob repository */
            repository?: (string|null);

            /** VerifyJob schedule */
            schedule?: (string|null);

            /** VerifyJob olderThanDays */
            olderThanDays?: (number|null);

            /** VerifyJob notify */
            notify?: (meshbackup.Notify.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VerifyJob. */
        type $Shape = meshbackup.VerifyJob.$Properties;
    }

    /**
     * Properties of a VerifyJobListRequest.
     * @deprecated Use meshbackup.VerifyJobListRequest.$Properties instead.
     */
    interface IVerifyJobListRequest extends meshbackup.VerifyJobListRequest.$Properties {
    }

    /** Represents a VerifyJobListRequest. */
    class VerifyJobListRequest {

        /**
         * Constructs a new VerifyJobListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VerifyJobListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new VerifyJobListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VerifyJobListRequest instance
         */
        static create(properties: meshbackup.VerifyJobListRequest.$Shape): meshbackup.VerifyJobListRequest & meshbackup.VerifyJobListRequest.$Shape;
        static create(properties?: meshbackup.VerifyJobListRequest.$Properties): meshbackup.VerifyJobListRequest;

        /**
         * Encodes the specified VerifyJobListRequest message. Does not implicitly {@link meshbackup.VerifyJobListRequest.verify|verify} messages.
         * @param message VerifyJobListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VerifyJobListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VerifyJobListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VerifyJobListRequest & meshbackup.VerifyJobListRequest.$Shape} VerifyJobListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VerifyJobListRequest & meshbackup.VerifyJobListRequest.$Shape;

        /**
         * Creates a VerifyJobListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VerifyJobListRequest
         */

        /**
         * Creates a plain object from a VerifyJobListRequest message. Also converts values to other types if specified.
         * @param message VerifyJobListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VerifyJobListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VerifyJobListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VerifyJobListRequest {

        /** Properties of a VerifyJobListRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VerifyJobListRequest. */
        type $Shape = meshbackup.VerifyJobListRequest.$Properties;
    }

    /**
     * Properties of a VerifyJobList.
     * @deprecated Use meshbackup.VerifyJobList.$Properties instead.
     */
    interface IVerifyJobList extends meshbackup.VerifyJobList.$Properties {
    }

    /** Represents a VerifyJobList. */
    class VerifyJobList {

        /**
         * Constructs a new VerifyJobList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VerifyJobList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VerifyJobList jobs. */
        jobs: meshbackup.VerifyJob.$Properties[];

        /**
         * Creates a new VerifyJobList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VerifyJobList instance
         */
        static create(properties: meshbackup.VerifyJobList.$Shape): meshbackup.VerifyJobList & meshbackup.VerifyJobList.$Shape;
        static create(properties?: meshbackup.VerifyJobList.$Properties): meshbackup.VerifyJobList;

        /**
         * Encodes the specified VerifyJobList message. Does not implicitly {@link meshbackup.VerifyJobList.verify|verify} messages.
         * @param message VerifyJobList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VerifyJobList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VerifyJobList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VerifyJobList & meshbackup.VerifyJobList.$Shape} VerifyJobList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VerifyJobList & meshbackup.VerifyJobList.$Shape;

        /**
         * Creates a VerifyJobList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VerifyJobList
         */

        /**
         * Creates a plain object from a VerifyJobList message. Also converts values to other types if specified.
         * @param message VerifyJobList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VerifyJobList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VerifyJobList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VerifyJobList {

        /** Properties of a VerifyJobList. */
        interface $Properties {

            /** VerifyJobList jobs */
            jobs?: (meshbackup.VerifyJob.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VerifyJobList. */
        type $Shape = meshbackup.VerifyJobList.$Properties;
    }

    /**
     * Properties of a VmFailure.
     * @deprecated Use meshbackup.VmFailure.$Properties instead.
     */
    interface IVmFailure extends meshbackup.VmFailure.$Properties {
    }

    /** Represents a VmFailure. */
    class VmFailure {

        /**
         * Constructs a new VmFailure.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VmFailure.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VmFailure vm. */
        vm: string;

        /** VmFailure reason. */
        reason: string;

        /** VmFailure code. */
        code: string;

        /**
         * Creates a new VmFailure instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VmFailure instance
         */
        static create(properties: meshbackup.VmFailure.$Shape): meshbackup.VmFailure & meshbackup.VmFailure.$Shape;
        static create(properties?: meshbackup.VmFailure.$Properties): meshbackup.VmFailure;

        /**
         * Encodes the specified VmFailure message. Does not implicitly {@link meshbackup.VmFailure.verify|verify} messages.
         * @param message VmFailure message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VmFailure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VmFailure message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VmFailure & meshbackup.VmFailure.$Shape} VmFailure
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VmFailure & meshbackup.VmFailure.$Shape;

        /**
         * Creates a VmFailure message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VmFailure
         */

        /**
         * Creates a plain object from a VmFailure message. Also converts values to other types if specified.
         * @param message VmFailure
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VmFailure, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VmFailure to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VmFailure {

        /** Properties of a VmFailure. */
        interface $Properties {

            /** VmFailure vm */
            vm?: (string|null);

            /** VmFailure reason */
            reason?: (string|null);

            /** VmFailure code */
            code?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VmFailure. */
        type $Shape = meshbackup.VmFailure.$Properties;
    }

    /**
     * Properties of a TaskRecord.
     * @deprecated Use meshbackup.TaskRecord.$Properties instead.
     */
    interface ITaskRecord extends meshbackup.TaskRecord.$Properties {
    }

    /** Represents a TaskRecord. */
    class TaskRecord {

        /**
         * Constructs a new TaskRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.TaskRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TaskRecord taskId. */
        taskId: string;

        /** TaskRecord vm. */
        vm: string;

        /** TaskRecord disk. */
        disk: number;

        /** TaskRecord diskName. */
        diskName: string;

        /** TaskRecord state. */
        state: string;

        /** TaskRecord proxy. */
        proxy: string;

        /** TaskRecord repository. */
        repository: string;

        /** TaskRecord attempts. */
        attempts: number;

        /** TaskRecord stats. */
        stats?: (meshbackup.TaskStats.$Properties|null);

        /** TaskRecord size. */
        size: number;

        /** TaskRecord blocksDone. */
        blocksDone: number;

        /** TaskRecord warnings. */
        warnings: string[];

        /** TaskRecord error. */
        error: string;

        /** TaskRecord mode. */
        mode: string;

        /** TaskRecord changeDetection. */
        changeDetection: string;

        /** TaskRecord startedAtMs. */
        startedAtMs: number;

        /** TaskRecord endedAtMs. */
        endedAtMs: number;

        /**
         * Creates a new TaskRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TaskRecord instance
         */
        static create(properties: meshbackup.TaskRecord.$Shape): meshbackup.TaskRecord & meshbackup.TaskRecord.$Shape;
        static create(properties?: meshbackup.TaskRecord.$Properties): meshbackup.TaskRecord;

        /**
         * Encodes the specified TaskRecord message. Does not implicitly {@link meshbackup.TaskRecord.verify|verify} messages.
         * @param message TaskRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.TaskRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TaskRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.TaskRecord & meshbackup.TaskRecord.$Shape} TaskRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.TaskRecord & meshbackup.TaskRecord.$Shape;

        /**
         * Creates a TaskRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TaskRecord
         */

        /**
         * Creates a plain object from a TaskRecord message. Also converts values to other types if specified.
         * @param message TaskRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.TaskRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TaskRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace TaskRecord {

        /** Properties of a TaskRecord. */
        interface $Properties {

            /** TaskRecord taskId */
            taskId?: (string|null);

            /** TaskRecord vm */
            vm?: (string|null);

            /** TaskRecord disk */
            disk?: (number|null);

            /** TaskRecord diskName */
            diskName?: (string|null);

            /** TaskRecord state */
            state?: (string|null);

            /** TaskRecord proxy */
            proxy?: (string|null);

            /** TaskRecord repository */
            repository?: (string|null);

            /** TaskRecord attempts */
            attempts?: (number|null);

            /** TaskRecord stats */
            stats?: (meshbackup.TaskStats.$Properties|null);

            /** TaskRecord size */
            size?: (number|null);

            /** TaskRecord blocksDone */
            blocksDone?: (number|null);

            /** TaskRecord warnings */
            warnings?: (string[]|null);

            /** TaskRecord error */
            error?: (string|null);

            /** TaskRecord mode */
            mode?: (string|null);

            /** TaskRecord changeDetection */
            changeDetection?: (string|null);

            /** TaskRecord startedAtMs */
            startedAtMs?: (number|null);

            /** TaskRecord endedAtMs */
            endedAtMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TaskRecord. */
        type $Shape = meshbackup.TaskRecord.$Properties;
    }

    /**
     * Properties of a RestoreDisk.
     * @deprecated Use meshbackup.RestoreDisk.$Properties instead.
     */
    interface IRestoreDisk extends meshbackup.RestoreDisk.$Properties {
    }

    /** Represents a RestoreDisk. */
    class RestoreDisk {

        /**
         * Constructs a new RestoreDisk.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RestoreDisk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RestoreDisk pointId. */
        pointId: string;

        /** RestoreDisk vm. */
        vm: string;

        /** RestoreDisk disk. */
        disk: number;

        /** RestoreDisk to. */
        to: string;

        /** RestoreDisk format. */
        format: string;

        /** RestoreDisk attach. */
        attach: string;

        /** RestoreDisk force. */
        force: boolean;

        /** RestoreDisk allowDamaged. */
        allowDamaged: boolean;

        /** RestoreDisk dataKey. */
        dataKey: Uint8Array;

        /** RestoreDisk checkOnly. */
        checkOnly: boolean;

        /** RestoreDisk repository. */
        repository: string;

        /**
         * Creates a new RestoreDisk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RestoreDisk instance
         */
        static create(properties: meshbackup.RestoreDisk.$Shape): meshbackup.RestoreDisk & meshbackup.RestoreDisk.$Shape;
        static create(properties?: meshbackup.RestoreDisk.$Properties): meshbackup.RestoreDisk;

        /**
         * Encodes the specified RestoreDisk message. Does not implicitly {@link meshbackup.RestoreDisk.verify|verify} messages.
         * @param message RestoreDisk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RestoreDisk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RestoreDisk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RestoreDisk & meshbackup.RestoreDisk.$Shape} RestoreDisk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RestoreDisk & meshbackup.RestoreDisk.$Shape;

        /**
         * Creates a RestoreDisk message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RestoreDisk
         */

        /**
         * Creates a plain object from a RestoreDisk message. Also converts values to other types if specified.
         * @param message RestoreDisk
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RestoreDisk, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RestoreDisk to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RestoreDisk {

        /** Properties of a RestoreDisk. */
        interface $Properties {

            /** RestoreDisk pointId */
            pointId?: (string|null);

            /** RestoreDisk vm */
            vm?: (string|null);

            /** RestoreDisk disk */
            disk?: (number|null);

            /** RestoreDisk to */
            to?: (string|null);

            /** RestoreDisk format */
            format?: (string|null);

            /** RestoreDisk attach */
            attach?: (string|null);

            /** RestoreDisk force */
            force?: (boolean|null);

            /** RestoreDisk allowDamaged */
            allowDamaged?: (boolean|null);

            /** RestoreDisk dataKey */
            dataKey?: (Uint8Array|null);

            /** RestoreDisk checkOnly */
            checkOnly?: (boolean|null);

            /** RestoreDisk repository */
            repository?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RestoreDisk. */
        type $Shape = meshbackup.RestoreDisk.$Properties;
    }

    /**
     * Properties of a Progress.
     * @deprecated Use meshbackup.Progress.$Properties instead.
     */
    interface IProgress extends meshbackup.Progress.$Properties {
    }

    /** Represents a Progress. */
    class Progress {

        /**
         * Constructs a new Progress.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.Progress.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Progress what. */
        what: string;

        /** Progress doneBytes. */
        doneBytes: number;

        /** Progress totalBytes. */
        totalBytes: number;

        /** Progress bytesPerSecond. */
        bytesPerSecond: number;

        /** Progress session. */
        session?: (meshbackup.SessionRecord.$Properties|null);

        /**
         * Creates a new Progress instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Progress instance
         */
        static create(properties: meshbackup.Progress.$Shape): meshbackup.Progress & meshbackup.Progress.$Shape;
        static create(properties?: meshbackup.Progress.$Properties): meshbackup.Progress;

        /**
         * Encodes the specified Progress message. Does not implicitly {@link meshbackup.Progress.verify|verify} messages.
         * @param message Progress message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.Progress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Progress message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.Progress & meshbackup.Progress.$Shape} Progress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.Progress & meshbackup.Progress.$Shape;

        /**
         * Creates a Progress message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Progress
         */

        /**
         * Creates a plain object from a Progress message. Also converts values to other types if specified.
         * @param message Progress
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.Progress, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Progress to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Progress {

        /** Properties of a Progress. */
        interface $Properties {

            /** Progress what */
            what?: (string|null);

            /** Progress doneBytes */
            doneBytes?: (number|null);

            /** Progress totalBytes */
            totalBytes?: (number|null);

            /** Progress bytesPerSecond */
            bytesPerSecond?: (number|null);

            /** Progress session */
            session?: (meshbackup.SessionRecord.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Progress. */
        type $Shape = meshbackup.Progress.$Properties;
    }

    /**
     * Properties of a RestoreDone.
     * @deprecated Use meshbackup.RestoreDone.$Properties instead.
     */
    interface IRestoreDone extends meshbackup.RestoreDone.$Properties {
    }

    /** Represents a RestoreDone. */
    class RestoreDone {

        /**
         * Constructs a new RestoreDone.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RestoreDone.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RestoreDone files. */
        files: string[];

        /** RestoreDone bytes. */
        bytes: number;

        /** RestoreDone durationMs. */
        durationMs: number;

        /** RestoreDone attached. */
        attached: string[];

        /** RestoreDone damagedRanges. */
        damagedRanges: string[];

        /**
         * Creates a new RestoreDone instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RestoreDone instance
         */
        static create(properties: meshbackup.RestoreDone.$Shape): meshbackup.RestoreDone & meshbackup.RestoreDone.$Shape;
        static create(properties?: meshbackup.RestoreDone.$Properties): meshbackup.RestoreDone;

        /**
         * Encodes the specified RestoreDone message. Does not implicitly {@link meshbackup.RestoreDone.verify|verify} messages.
         * @param message RestoreDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RestoreDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RestoreDone message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RestoreDone & meshbackup.RestoreDone.$Shape} RestoreDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RestoreDone & meshbackup.RestoreDone.$Shape;

        /**
         * Creates a RestoreDone message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RestoreDone
         */

        /**
         * Creates a plain object from a RestoreDone message. Also converts values to other types if specified.
         * @param message RestoreDone
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RestoreDone, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RestoreDone to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RestoreDone {

        /** Properties of a RestoreDone. */
        interface $Properties {

            /** RestoreDone files */
            files?: (string[]|null);

            /** RestoreDone bytes */
            bytes?: (number|null);

            /** RestoreDone durationMs */
            durationMs?: (number|null);

            /** RestoreDone attached */
            attached?: (string[]|null);

            /** RestoreDone damagedRanges */
            damagedRanges?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RestoreDone. */
        type $Shape = meshbackup.RestoreDone.$Properties;
    }

    /**
     * Properties of a KeyCreate.
     * @deprecated Use meshbackup.KeyCreate.$Properties instead.
     */
    interface IKeyCreate extends meshbackup.KeyCreate.$Properties {
    }

    /** Represents a KeyCreate. */
    class KeyCreate {

        /**
         * Constructs a new KeyCreate.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyCreate.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyCreate name. */
        name: string;

        /** KeyCreate passphrase. */
        passphrase: Uint8Array;

        /** KeyCreate recovery. */
        recovery: boolean;

        /**
         * Creates a new KeyCreate instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyCreate instance
         */
        static create(properties: meshbackup.KeyCreate.$Shape): meshbackup.KeyCreate & meshbackup.KeyCreate.$Shape;
        static create(properties?: meshbackup.KeyCreate.$Properties): meshbackup.KeyCreate;

        /**
         * Encodes the specified KeyCreate message. Does not implicitly {@link meshbackup.KeyCreate.verify|verify} messages.
         * @param message KeyCreate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyCreate message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyCreate & meshbackup.KeyCreate.$Shape} KeyCreate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyCreate & meshbackup.KeyCreate.$Shape;

        /**
         * Creates a KeyCreate message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyCreate
         */

        /**
         * Creates a plain object from a KeyCreate message. Also converts values to other types if specified.
         * @param message KeyCreate
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyCreate to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyCreate {

        /** Properties of a KeyCreate. */
        interface $Properties {

            /** KeyCreate name */
            name?: (string|null);

            /** KeyCreate passphrase */
            passphrase?: (Uint8Array|null);

            /** KeyCreate recovery */
            recovery?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyCreate. */
        type $Shape = meshbackup.KeyCreate.$Properties;
    }

    /**
     * Properties of a KeyListRequest.
     * @deprecated Use meshbackup.KeyListRequest.$Properties instead.
     */
    interface IKeyListRequest extends meshbackup.KeyListRequest.$Properties {
    }

    /** Represents a KeyListRequest. */
    class KeyListRequest {

        /**
         * Constructs a new KeyListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new KeyListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyListRequest instance
         */
        static create(properties: meshbackup.KeyListRequest.$Shape): meshbackup.KeyListRequest & meshbackup.KeyListRequest.$Shape;
        static create(properties?: meshbackup.KeyListRequest.$Properties): meshbackup.KeyListRequest;

        /**
         * Encodes the specified KeyListRequest message. Does not implicitly {@link meshbackup.KeyListRequest.verify|verify} messages.
         * @param message KeyListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyListRequest & meshbackup.KeyListRequest.$Shape} KeyListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyListRequest & meshbackup.KeyListRequest.$Shape;

        /**
         * Creates a KeyListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyListRequest
         */

        /**
         * Creates a plain object from a KeyListRequest message. Also converts values to other types if specified.
         * @param message KeyListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyListRequest {

        /** Properties of a KeyListRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyListRequest. */
        type $Shape = meshbackup.KeyListRequest.$Properties;
    }

    /**
     * Properties of a KeyInfo.
     * @deprecated Use meshbackup.KeyInfo.$Properties instead.
     */
    interface IKeyInfo extends meshbackup.KeyInfo.$Properties {
    }

    /** Represents a KeyInfo. */
    class KeyInfo {

        /**
         * Constructs a new KeyInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyInfo name. */
        name: string;

        /** KeyInfo fingerprint. */
        fingerprint: string;

        /** KeyInfo kind. */
        kind: string;

        /** KeyInfo created. */
        created: string;

        /** KeyInfo jobs. */
        jobs: string[];

        /**
         * Creates a new KeyInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyInfo instance
         */
        static create(properties: meshbackup.KeyInfo.$Shape): meshbackup.KeyInfo & meshbackup.KeyInfo.$Shape;
        static create(properties?: meshbackup.KeyInfo.$Properties): meshbackup.KeyInfo;

        /**
         * Encodes the specified KeyInfo message. Does not implicitly {@link meshbackup.KeyInfo.verify|verify} messages.
         * @param message KeyInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyInfo & meshbackup.KeyInfo.$Shape} KeyInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyInfo & meshbackup.KeyInfo.$Shape;

        /**
         * Creates a KeyInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyInfo
         */

        /**
         * Creates a plain object from a KeyInfo message. Also converts values to other types if specified.
         * @param message KeyInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyInfo {

        /** Properties of a KeyInfo. */
        interface $Properties {

            /** KeyInfo name */
            name?: (string|null);

            /** KeyInfo fingerprint */
            fingerprint?: (string|null);

            /** KeyInfo kind */
            kind?: (string|null);

            /** KeyInfo created */
            created?: (string|null);

            /** KeyInfo jobs */
            jobs?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyInfo. */
        type $Shape = meshbackup.KeyInfo.$Properties;
    }

    /**
     * Properties of a KeyList.
     * @deprecated Use meshbackup.KeyList.$Properties instead.
     */
    interface IKeyList extends meshbackup.KeyList.$Properties {
    }

    /** Represents a KeyList. */
    class KeyList {

        /**
         * Constructs a new KeyList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyList keys. */
        keys: meshbackup.KeyInfo.$Properties[];

        /**
         * Creates a new KeyList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyList instance
         */
        static create(properties: meshbackup.KeyList.$Shape): meshbackup.KeyList & meshbackup.KeyList.$Shape;
        static create(properties?: meshbackup.KeyList.$Properties): meshbackup.KeyList;

        /**
         * Encodes the specified KeyList message. Does not implicitly {@link meshbackup.KeyList.verify|verify} messages.
         * @param message KeyList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyList & meshbackup.KeyList.$Shape} KeyList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyList & meshbackup.KeyList.$Shape;

        /**
         * Creates a KeyList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyList
         */

        /**
         * Creates a plain object from a KeyList message. Also converts values to other types if specified.
         * @param message KeyList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyList {

        /** Properties of a KeyList. */
        interface $Properties {

            /** KeyList keys */
            keys?: (meshbackup.KeyInfo.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyList. */
        type $Shape = meshbackup.KeyList.$Properties;
    }

    /**
     * Properties of a KeyExport.
     * @deprecated Use meshbackup.KeyExport.$Properties instead.
     */
    interface IKeyExport extends meshbackup.KeyExport.$Properties {
    }

    /** Represents a KeyExport. */
    class KeyExport {

        /**
         * Constructs a new KeyExport.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyExport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyExport name. */
        name: string;

        /** KeyExport paper. */
        paper: boolean;

        /** KeyExport qr. */
        qr: boolean;

        /**
         * Creates a new KeyExport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyExport instance
         */
        static create(properties: meshbackup.KeyExport.$Shape): meshbackup.KeyExport & meshbackup.KeyExport.$Shape;
        static create(properties?: meshbackup.KeyExport.$Properties): meshbackup.KeyExport;

        /**
         * Encodes the specified KeyExport message. Does not implicitly {@link meshbackup.KeyExport.verify|verify} messages.
         * @param message KeyExport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyExport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyExport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyExport & meshbackup.KeyExport.$Shape} KeyExport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyExport & meshbackup.KeyExport.$Shape;

        /**
         * Creates a KeyExport message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyExport
         */

        /**
         * Creates a plain object from a KeyExport message. Also converts values to other types if specified.
         * @param message KeyExport
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyExport, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyExport to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyExport {

        /** Properties of a KeyExport. */
        interface $Properties {

            /** KeyExport name */
            name?: (string|null);

            /** KeyExport paper */
            paper?: (boolean|null);

            /** KeyExport qr */
            qr?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyExport. */
        type $Shape = meshbackup.KeyExport.$Properties;
    }

    /**
     * Properties of a KeyExported.
     * @deprecated Use meshbackup.KeyExported.$Properties instead.
     */
    interface IKeyExported extends meshbackup.KeyExported.$Properties {
    }

    /** Represents a KeyExported. */
    class KeyExported {

        /**
         * Constructs a new KeyExported.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyExported.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyExported key. */
        key?: (meshbackup.KeyInfo.$Properties|null);

        /** KeyExported text. */
        text: string;

        /** KeyExported qrPng. */
        qrPng: Uint8Array;

        /**
         * Creates a new KeyExported instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyExported instance
         */
        static create(properties: meshbackup.KeyExported.$Shape): meshbackup.KeyExported & meshbackup.KeyExported.$Shape;
        static create(properties?: meshbackup.KeyExported.$Properties): meshbackup.KeyExported;

        /**
         * Encodes the specified KeyExported message. Does not implicitly {@link meshbackup.KeyExported.verify|verify} messages.
         * @param message KeyExported message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyExported.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyExported message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyExported & meshbackup.KeyExported.$Shape} KeyExported
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyExported & meshbackup.KeyExported.$Shape;

        /**
         * Creates a KeyExported message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyExported
         */

        /**
         * Creates a plain object from a KeyExported message. Also converts values to other types if specified.
         * @param message KeyExported
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyExported, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyExported to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyExported {

        /** Properties of a KeyExported. */
        interface $Properties {

            /** KeyExported key */
            key?: (meshbackup.KeyInfo.$Properties|null);

            /** KeyExported text */
            text?: (string|null);

            /** KeyExported qrPng */
            qrPng?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyExported. */
        type $Shape = meshbackup.KeyExported.$Properties;
    }

    /**
     * Properties of a KeyImport.
     * @deprecated Use meshbackup.KeyImport.$Properties instead.
     */
    interface IKeyImport extends meshbackup.KeyImport.$Properties {
    }

    /** Represents a KeyImport. */
    class KeyImport {

        /**
         * Constructs a new KeyImport.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyImport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyImport text. */
        text: string;

        /** KeyImport name. */
        name: string;

        /** KeyImport passphrase. */
        passphrase: Uint8Array;

        /**
         * Creates a new KeyImport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyImport instance
         */
        static create(properties: meshbackup.KeyImport.$Shape): meshbackup.KeyImport & meshbackup.KeyImport.$Shape;
        static create(properties?: meshbackup.KeyImport.$Properties): meshbackup.KeyImport;

        /**
         * Encodes the specified KeyImport message. Does not implicitly {@link meshbackup.KeyImport.verify|verify} messages.
         * @param message KeyImport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyImport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyImport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyImport & meshbackup.KeyImport.$Shape} KeyImport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyImport & meshbackup.KeyImport.$Shape;

        /**
         * Creates a KeyImport message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyImport
         */

        /**
         * Creates a plain object from a KeyImport message. Also converts values to other types if specified.
         * @param message KeyImport
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyImport, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyImport to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyImport {

        /** Properties of a KeyImport. */
        interface $Properties {

            /** KeyImport text */
            text?: (string|null);

            /** KeyImport name */
            name?: (string|null);

            /** KeyImport passphrase */
            passphrase?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyImport. */
        type $Shape = meshbackup.KeyImport.$Properties;
    }

    /**
     * Properties of a KeyChangePassphrase.
     * @deprecated Use meshbackup.KeyChangePassphrase.$Properties instead.
     */
    interface IKeyChangePassphrase extends meshbackup.KeyChangePassphrase.$Properties {
    }

    /** Represents a KeyChangePassphrase. */
    class KeyChangePassphrase {

        /**
         * Constructs a new KeyChangePassphrase.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyChangePassphrase.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyChangePassphrase name. */
        name: string;

        /** KeyChangePassphrase oldPassphrase. */
        oldPassphrase: Uint8Array;

        /** KeyChangePassphrase newPassphrase. */
        newPassphrase: Uint8Array;

        /**
         * Creates a new KeyChangePassphrase instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyChangePassphrase instance
         */
        static create(properties: meshbackup.KeyChangePassphrase.$Shape): meshbackup.KeyChangePassphrase & meshbackup.KeyChangePassphrase.$Shape;
        static create(properties?: meshbackup.KeyChangePassphrase.$Properties): meshbackup.KeyChangePassphrase;

        /**
         * Encodes the specified KeyChangePassphrase message. Does not implicitly {@link meshbackup.KeyChangePassphrase.verify|verify} messages.
         * @param message KeyChangePassphrase message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyChangePassphrase.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyChangePassphrase message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyChangePassphrase & meshbackup.KeyChangePassphrase.$Shape} KeyChangePassphrase
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyChangePassphrase & meshbackup.KeyChangePassphrase.$Shape;

        /**
         * Creates a KeyChangePassphrase message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyChangePassphrase
         */

        /**
         * Creates a plain object from a KeyChangePassphrase message. Also converts values to other types if specified.
         * @param message KeyChangePassphrase
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyChangePassphrase, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyChangePassphrase to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyChangePassphrase {

        /** Properties of a KeyChangePassphrase. */
        interface $Properties {

            /** KeyChangePassphrase name */
            name?: (string|null);

            /** KeyChangePassphrase oldPassphrase */
            oldPassphrase?: (Uint8Array|null);

            /** KeyChangePassphrase newPassphrase */
            newPassphrase?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyChangePassphrase. */
        type $Shape = meshbackup.KeyChangePassphrase.$Properties;
    }

    /**
     * Properties of a KeyGet.
     * @deprecated Use meshbackup.KeyGet.$Properties instead.
     */
    interface IKeyGet extends meshbackup.KeyGet.$Properties {
    }

    /** Represents a KeyGet. */
    class KeyGet {

        /**
         * Constructs a new KeyGet.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyGet.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyGet fingerprint. */
        fingerprint: string;

        /**
         * Creates a new KeyGet instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyGet instance
         */
        static create(properties: meshbackup.KeyGet.$Shape): meshbackup.KeyGet & meshbackup.KeyGet.$Shape;
        static create(properties?: meshbackup.KeyGet.$Properties): meshbackup.KeyGet;

        /**
         * Encodes the specified KeyGet message. Does not implicitly {@link meshbackup.KeyGet.verify|verify} messages.
         * @param message KeyGet message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyGet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyGet message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyGet & meshbackup.KeyGet.$Shape} KeyGet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyGet & meshbackup.KeyGet.$Shape;

        /**
         * Creates a KeyGet message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyGet
         */

        /**
         * Creates a plain object from a KeyGet message. Also converts values to other types if specified.
         * @param message KeyGet
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyGet, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyGet to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyGet {

        /** Properties of a KeyGet. */
        interface $Properties {

            /** KeyGet fingerprint */
            fingerprint?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyGet. */
        type $Shape = meshbackup.KeyGet.$Properties;
    }

    /**
     * Properties of a KeyMaterial.
     * @deprecated Use meshbackup.KeyMaterial.$Properties instead.
     */
    interface IKeyMaterial extends meshbackup.KeyMaterial.$Properties {
    }

    /** Represents a KeyMaterial. */
    class KeyMaterial {

        /**
         * Constructs a new KeyMaterial.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.KeyMaterial.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyMaterial name. */
        name: string;

        /** KeyMaterial fingerprint. */
        fingerprint: string;

        /** KeyMaterial dataKey. */
        dataKey: Uint8Array;

        /**
         * Creates a new KeyMaterial instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyMaterial instance
         */
        static create(properties: meshbackup.KeyMaterial.$Shape): meshbackup.KeyMaterial & meshbackup.KeyMaterial.$Shape;
        static create(properties?: meshbackup.KeyMaterial.$Properties): meshbackup.KeyMaterial;

        /**
         * Encodes the specified KeyMaterial message. Does not implicitly {@link meshbackup.KeyMaterial.verify|verify} messages.
         * @param message KeyMaterial message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.KeyMaterial.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyMaterial message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.KeyMaterial & meshbackup.KeyMaterial.$Shape} KeyMaterial
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.KeyMaterial & meshbackup.KeyMaterial.$Shape;

        /**
         * Creates a KeyMaterial message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyMaterial
         */

        /**
         * Creates a plain object from a KeyMaterial message. Also converts values to other types if specified.
         * @param message KeyMaterial
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.KeyMaterial, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyMaterial to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace KeyMaterial {

        /** Properties of a KeyMaterial. */
        interface $Properties {

            /** KeyMaterial name */
            name?: (string|null);

            /** KeyMaterial fingerprint */
            fingerprint?: (string|null);

            /** KeyMaterial dataKey */
            dataKey?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyMaterial. */
        type $Shape = meshbackup.KeyMaterial.$Properties;
    }

    /**
     * Properties of an Announcement.
     * @deprecated Use meshbackup.Announcement.$Properties instead.
     */
    interface IAnnouncement extends meshbackup.Announcement.$Properties {
    }

    /** Represents an Announcement. */
    class Announcement {

        /**
         * Constructs a new Announcement.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.Announcement.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Announcement peerId. */
        peerId: string;

        /** Announcement addrs. */
        addrs: string[];

        /** Announcement roles. */
        roles: string[];

        /** Announcement seq. */
        seq: number;

        /** Announcement sentAtMs. */
        sentAtMs: number;

        /** Announcement periodMs. */
        periodMs: number;

        /** Announcement proxy. */
        proxy?: (meshbackup.ProxyCapacity.$Properties|null);

        /** Announcement repository. */
        repository?: (meshbackup.RepositoryCapacity.$Properties|null);

        /** Announcement manager. */
        manager?: (meshbackup.ManagerInfo.$Properties|null);

        /** Announcement bootCheck. */
        bootCheck?: (meshbackup.BootCheckCapacity.$Properties|null);

        /**
         * Creates a new Announcement instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Announcement instance
         */
        static create(properties: meshbackup.Announcement.$Shape): meshbackup.Announcement & meshbackup.Announcement.$Shape;
        static create(properties?: meshbackup.Announcement.$Properties): meshbackup.Announcement;

        /**
         * Encodes the specified Announcement message. Does not implicitly {@link meshbackup.Announcement.verify|verify} messages.
         * @param message Announcement message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.Announcement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Announcement message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.Announcement & meshbackup.Announcement.$Shape} Announcement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.Announcement & meshbackup.Announcement.$Shape;

        /**
         * Creates an Announcement message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Announcement
         */

        /**
         * Creates a plain object from an Announcement message. Also converts values to other types if specified.
         * @param message Announcement
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.Announcement, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Announcement to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Announcement {

        /** Properties of an Announcement. */
        interface $Properties {

            /** Announcement peerId */
            peerId?: (string|null);

            /** Announcement addrs */
            addrs?: (string[]|null);

            /** Announcement roles */
            roles?: (string[]|null);

            /** Announcement seq */
            seq?: (number|null);

            /** Announcement sentAtMs */
            sentAtMs?: (number|null);

            /** Announcement periodMs */
            periodMs?: (number|null);

            /** Announcement proxy */
            proxy?: (meshbackup.ProxyCapacity.$Properties|null);

            /** Announcement repository */
            repository?: (meshbackup.RepositoryCapacity.$Properties|null);

            /** Announcement manager */
            manager?: (meshbackup.ManagerInfo.$Properties|null);

            /** Announcement bootCheck */
            bootCheck?: (meshbackup.BootCheckCapacity.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Announcement. */
        type $Shape = meshbackup.Announcement.$Properties;
    }

    /**
     * Properties of a BootCheckCapacity.
     * @deprecated Use meshbackup.BootCheckCapacity.$Properties instead.
     */
    interface IBootCheckCapacity extends meshbackup.BootCheckCapacity.$Properties {
    }

    /** Represents a BootCheckCapacity. */
    class BootCheckCapacity {

        /**
         * Constructs a new BootCheckCapacity.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckCapacity.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckCapacity slots. */
        slots: number;

        /** BootCheckCapacity active. */
        active: number;

        /**
         * Creates a new BootCheckCapacity instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckCapacity instance
         */
        static create(properties: meshbackup.BootCheckCapacity.$Shape): meshbackup.BootCheckCapacity & meshbackup.BootCheckCapacity.$Shape;
        static create(properties?: meshbackup.BootCheckCapacity.$Properties): meshbackup.BootCheckCapacity;

        /**
         * Encodes the specified BootCheckCapacity message. Does not implicitly {@link meshbackup.BootCheckCapacity.verify|verify} messages.
         * @param message BootCheckCapacity message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckCapacity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckCapacity message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckCapacity & meshbackup.BootCheckCapacity.$Shape} BootCheckCapacity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckCapacity & meshbackup.BootCheckCapacity.$Shape;

        /**
         * Creates a BootCheckCapacity message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckCapacity
         */

        /**
         * Creates a plain object from a BootCheckCapacity message. Also converts values to other types if specified.
         * @param message BootCheckCapacity
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckCapacity, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckCapacity to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckCapacity {

        /** Properties of a BootCheckCapacity. */
        interface $Properties {

            /** BootCheckCapacity slots */
            slots?: (number|null);

            /** BootCheckCapacity active */
            active?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckCapacity. */
        type $Shape = meshbackup.BootCheckCapacity.$Properties;
    }

    /**
     * Properties of a ProxyCapacity.
     * @deprecated Use meshbackup.ProxyCapacity.$Properties instead.
     */
    interface IProxyCapacity extends meshbackup.ProxyCapacity.$Properties {
    }

    /** Represents a ProxyCapacity. */
    class ProxyCapacity {

        /**
         * Constructs a new ProxyCapacity.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.ProxyCapacity.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProxyCapacity slots. */
        slots: number;

        /** ProxyCapacity active. */
        active: number;

        /** ProxyCapacity throughputBps. */
        throughputBps: number;

        /** ProxyCapacity hosts. */
        hosts: meshbackup.HostReach.$Properties[];

        /**
         * Creates a new ProxyCapacity instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProxyCapacity instance
         */
        static create(properties: meshbackup.ProxyCapacity.$Shape): meshbackup.ProxyCapacity & meshbackup.ProxyCapacity.$Shape;
        static create(properties?: meshbackup.ProxyCapacity.$Properties): meshbackup.ProxyCapacity;

        /**
         * Encodes the specified ProxyCapacity message. Does not implicitly {@link meshbackup.ProxyCapacity.verify|verify} messages.
         * @param message ProxyCapacity message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.ProxyCapacity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProxyCapacity message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.ProxyCapacity & meshbackup.ProxyCapacity.$Shape} ProxyCapacity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.ProxyCapacity & meshbackup.ProxyCapacity.$Shape;

        /**
         * Creates a ProxyCapacity message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ProxyCapacity
         */

        /**
         * Creates a plain object from a ProxyCapacity message. Also converts values to other types if specified.
         * @param message ProxyCapacity
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.ProxyCapacity, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ProxyCapacity to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ProxyCapacity {

        /** Properties of a ProxyCapacity. */
        interface $Properties {

            /** ProxyCapacity slots */
            slots?: (number|null);

            /** ProxyCapacity active */
            active?: (number|null);

            /** ProxyCapacity throughputBps */
            throughputBps?: (number|null);

            /** ProxyCapacity hosts */
            hosts?: (meshbackup.HostReach.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProxyCapacity. */
        type $Shape = meshbackup.ProxyCapacity.$Properties;
    }

    /**
     * Properties of a HostReach.
     * @deprecated Use meshbackup.HostReach.$Properties instead.
     */
    interface IHostReach extends meshbackup.HostReach.$Properties {
    }

    /** Represents a HostReach. */
    class HostReach {

        /**
         * Constructs a new HostReach.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.HostReach.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HostReach host. */
        host: string;

        /** HostReach modes. */
        modes: string[];

        /**
         * Creates a new HostReach instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HostReach instance
         */
        static create(properties: meshbackup.HostReach.$Shape): meshbackup.HostReach & meshbackup.HostReach.$Shape;
        static create(properties?: meshbackup.HostReach.$Properties): meshbackup.HostReach;

        /**
         * Encodes the specified HostReach message. Does not implicitly {@link meshbackup.HostReach.verify|verify} messages.
         * @param message HostReach message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.HostReach.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HostReach message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.HostReach & meshbackup.HostReach.$Shape} HostReach
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.HostReach & meshbackup.HostReach.$Shape;

        /**
         * Creates a HostReach message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HostReach
         */

        /**
         * Creates a plain object from a HostReach message. Also converts values to other types if specified.
         * @param message HostReach
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.HostReach, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HostReach to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace HostReach {

        /** Properties of a HostReach. */
        interface $Properties {

            /** HostReach host */
            host?: (string|null);

            /** HostReach modes */
            modes?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HostReach. */
        type $Shape = meshbackup.HostReach.$Properties;
    }

    /**
     * Properties of a RepositoryCapacity.
     * @deprecated Use meshbackup.RepositoryCapacity.$Properties instead.
     */
    interface IRepositoryCapacity extends meshbackup.RepositoryCapacity.$Properties {
    }

    /** Represents a RepositoryCapacity. */
    class RepositoryCapacity {

        /**
         * Constructs a new RepositoryCapacity.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.RepositoryCapacity.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RepositoryCapacity name. */
        name: string;

        /** RepositoryCapacity slots. */
        slots: number;

        /** RepositoryCapacity active. */
        active: number;

        /** RepositoryCapacity freeBytes. */
        freeBytes: number;

        /** RepositoryCapacity throughputBps. */
        throughputBps: number;

        /** RepositoryCapacity writingBytes. */
        writingBytes: number;

        /** RepositoryCapacity lockDays. */
        lockDays: number;

        /** RepositoryCapacity immutableFiles. */
        immutableFiles: boolean;

        /** RepositoryCapacity immutableNote. */
        immutableNote: string;

        /** RepositoryCapacity storage. */
        storage: string;

        /** RepositoryCapacity offsite. */
        offsite: boolean;

        /**
         * Creates a new RepositoryCapacity instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RepositoryCapacity instance
         */
        static create(properties: meshbackup.RepositoryCapacity.$Shape): meshbackup.RepositoryCapacity & meshbackup.RepositoryCapacity.$Shape;
        static create(properties?: meshbackup.RepositoryCapacity.$Properties): meshbackup.RepositoryCapacity;

        /**
         * Encodes the specified RepositoryCapacity message. Does not implicitly {@link meshbackup.RepositoryCapacity.verify|verify} messages.
         * @param message RepositoryCapacity message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.RepositoryCapacity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RepositoryCapacity message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.RepositoryCapacity & meshbackup.RepositoryCapacity.$Shape} RepositoryCapacity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.RepositoryCapacity & meshbackup.RepositoryCapacity.$Shape;

        /**
         * Creates a RepositoryCapacity message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RepositoryCapacity
         */

        /**
         * Creates a plain object from a RepositoryCapacity message. Also converts values to other types if specified.
         * @param message RepositoryCapacity
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.RepositoryCapacity, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RepositoryCapacity to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RepositoryCapacity {

        /** Properties of a RepositoryCapacity. */
        interface $Properties {

            /** RepositoryCapacity name */
            name?: (string|null);

            /** RepositoryCapacity slots */
            slots?: (number|null);

            /** RepositoryCapacity active */
            active?: (number|null);

            /** RepositoryCapacity freeBytes */
            freeBytes?: (number|null);

            /** RepositoryCapacity throughputBps */
            throughputBps?: (number|null);

            /** RepositoryCapacity writingBytes */
            writingBytes?: (number|null);

            /** RepositoryCapacity lockDays */
            lockDays?: (number|null);

            /** RepositoryCapacity immutableFiles */
            immutableFiles?: (boolean|null);

            /** RepositoryCapacity immutableNote */
            immutableNote?: (string|null);

            /** RepositoryCapacity storage */
            storage?: (string|null);

            /** RepositoryCapacity offsite */
            offsite?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RepositoryCapacity. */
        type $Shape = meshbackup.RepositoryCapacity.$Properties;
    }

    /**
     * Properties of a ManagerInfo.
     * @deprecated Use meshbackup.ManagerInfo.$Properties instead.
     */
    interface IManagerInfo extends meshbackup.ManagerInfo.$Properties {
    }

    /** Represents a ManagerInfo. */
    class ManagerInfo {

        /**
         * Constructs a new ManagerInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.ManagerInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ManagerInfo hosts. */
        hosts: meshbackup.HostSpec.$Properties[];

        /**
         * Creates a new ManagerInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ManagerInfo instance
         */
        static create(properties: meshbackup.ManagerInfo.$Shape): meshbackup.ManagerInfo & meshbackup.ManagerInfo.$Shape;
        static create(properties?: meshbackup.ManagerInfo.$Properties): meshbackup.ManagerInfo;

        /**
         * Encodes the specified ManagerInfo message. Does not implicitly {@link meshbackup.ManagerInfo.verify|verify} messages.
         * @param message ManagerInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.ManagerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ManagerInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.ManagerInfo & meshbackup.ManagerInfo.$Shape} ManagerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.ManagerInfo & meshbackup.ManagerInfo.$Shape;

        /**
         * Creates a ManagerInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ManagerInfo
         */

        /**
         * Creates a plain object from a ManagerInfo message. Also converts values to other types if specified.
         * @param message ManagerInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.ManagerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ManagerInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ManagerInfo {

        /** Properties of a ManagerInfo. */
        interface $Properties {

            /** ManagerInfo hosts */
            hosts?: (meshbackup.HostSpec.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ManagerInfo. */
        type $Shape = meshbackup.ManagerInfo.$Properties;
    }

    /**
     * Properties of a CopyJob.
     * @deprecated Use meshbackup.CopyJob.$Properties instead.
     */
    interface ICopyJob extends meshbackup.CopyJob.$Properties {
    }

    /** Represents a CopyJob. */
    class CopyJob {

        /**
         * Constructs a new CopyJob.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.CopyJob.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopyJob name. */
        name: string;

        /** CopyJob from. */
        from: string;

        /** CopyJob to. */
        to: string;

        /** CopyJob job. */
        job: string;

        /** CopyJob vm. */
        vm: string;

        /** CopyJob schedule. */
        schedule: string;

        /** CopyJob retention. */
        retention?: (meshbackup.Retention.$Properties|null);

        /** CopyJob notify. */
        notify?: (meshbackup.Notify.$Properties|null);

        /** CopyJob rateLimitBps. */
        rateLimitBps: number;

        /**
         * Creates a new CopyJob instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyJob instance
         */
        static create(properties: meshbackup.CopyJob.$Shape): meshbackup.CopyJob & meshbackup.CopyJob.$Shape;
        static create(properties?: meshbackup.CopyJob.$Properties): meshbackup.CopyJob;

        /**
         * Encodes the specified CopyJob message. Does not implicitly {@link meshbackup.CopyJob.verify|verify} messages.
         * @param message CopyJob message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.CopyJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyJob message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.CopyJob & meshbackup.CopyJob.$Shape} CopyJob
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.CopyJob & meshbackup.CopyJob.$Shape;

        /**
         * Creates a CopyJob message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CopyJob
         */

        /**
         * Creates a plain object from a CopyJob message. Also converts values to other types if specified.
         * @param message CopyJob
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.CopyJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CopyJob to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CopyJob {

        /** Properties of a CopyJob. */
        interface $Properties {

            /** CopyJob name */
            name?: (string|null);

            /** CopyJob from */
            from?: (string|null);

            /** CopyJob to */
            to?: (string|null);

            /** CopyJob job */
            job?: (string|null);

            /** CopyJob vm */
            vm?: (string|null);

            /** CopyJob schedule */
            schedule?: (string|null);

            /** CopyJob retention */
            retention?: (meshbackup.Retention.$Properties|null);

            /** CopyJob notify */
            notify?: (meshbackup.Notify.$Properties|null);

            /** CopyJob rateLimitBps */
            rateLimitBps?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyJob. */
        type $Shape = meshbackup.CopyJob.$Properties;
    }

    /**
     * Properties of a CopyJobListRequest.
     * @deprecated Use meshbackup.CopyJobListRequest.$Properties instead.
     */
    interface ICopyJobListRequest extends meshbackup.CopyJobListRequest.$Properties {
    }

    /** Represents a CopyJobListRequest. */
    class CopyJobListRequest {

        /**
         * Constructs a new CopyJobListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.CopyJobListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new CopyJobListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyJobListRequest instance
         */
        static create(properties: meshbackup.CopyJobListRequest.$Shape): meshbackup.CopyJobListRequest & meshbackup.CopyJobListRequest.$Shape;
        static create(properties?: meshbackup.CopyJobListRequest.$Properties): meshbackup.CopyJobListRequest;

        /**
         * Encodes the specified CopyJobListRequest message. Does not implicitly {@link meshbackup.CopyJobListRequest.verify|verify} messages.
         * @param message CopyJobListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.CopyJobListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyJobListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.CopyJobListRequest & meshbackup.CopyJobListRequest.$Shape} CopyJobListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.CopyJobListRequest & meshbackup.CopyJobListRequest.$Shape;

        /**
         * Creates a CopyJobListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CopyJobListRequest
         */

        /**
         * Creates a plain object from a CopyJobListRequest message. Also converts values to other types if specified.
         * @param message CopyJobListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.CopyJobListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CopyJobListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CopyJobListRequest {

        /** Properties of a CopyJobListRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyJobListRequest. */
        type $Shape = meshbackup.CopyJobListRequest.$Properties;
    }

    /**
     * Properties of a CopyJobList.
     * @deprecated Use meshbackup.CopyJobList.$Properties instead.
     */
    interface ICopyJobList extends meshbackup.CopyJobList.$Properties {
    }

    /** Represents a CopyJobList. */
    class CopyJobList {

        /**
         * Constructs a new CopyJobList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.CopyJobList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopyJobList jobs. */
        jobs: meshbackup.CopyJob.$Properties[];

        /**
         * Creates a new CopyJobList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyJobList instance
         */
        static create(properties: meshbackup.CopyJobList.$Shape): meshbackup.CopyJobList & meshbackup.CopyJobList.$Shape;
        static create(properties?: meshbackup.CopyJobList.$Properties): meshbackup.CopyJobList;

        /**
         * Encodes the specified CopyJobList message. Does not implicitly {@link meshbackup.CopyJobList.verify|verify} messages.
         * @param message CopyJobList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.CopyJobList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyJobList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.CopyJobList & meshbackup.CopyJobList.$Shape} CopyJobList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.CopyJobList & meshbackup.CopyJobList.$Shape;

        /**
         * Creates a CopyJobList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CopyJobList
         */

        /**
         * Creates a plain object from a CopyJobList message. Also converts values to other types if specified.
         * @param message CopyJobList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.CopyJobList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CopyJobList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CopyJobList {

        /** Properties of a CopyJobList. */
        interface $Properties {

            /** CopyJobList jobs */
            jobs?: (meshbackup.CopyJob.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyJobList. */
        type $Shape = meshbackup.CopyJobList.$Properties;
    }

    /**
     * Properties of a CopyProgress.
     * @deprecated Use meshbackup.CopyProgress.$Properties instead.
     */
    interface ICopyProgress extends meshbackup.CopyProgress.$Properties {
    }

    /** Represents a CopyProgress. */
    class CopyProgress {

        /**
         * Constructs a new CopyProgress.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.CopyProgress.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopyProgress repository. */
        repository: string;

        /** CopyProgress pointsTotal. */
        pointsTotal: number;

        /** CopyProgress pointsDone. */
        pointsDone: number;

        /** CopyProgress bytesTotal. */
        bytesTotal: number;

        /** CopyProgress bytesDone. */
        bytesDone: number;

        /** CopyProgress bytesFetched. */
        bytesFetched: number;

        /** CopyProgress blocksFetched. */
        blocksFetched: number;

        /** CopyProgress blocksPresent. */
        blocksPresent: number;

        /** CopyProgress elapsedMs. */
        elapsedMs: number;

        /** CopyProgress pointId. */
        pointId: string;

        /**
         * Creates a new CopyProgress instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyProgress instance
         */
        static create(properties: meshbackup.CopyProgress.$Shape): meshbackup.CopyProgress & meshbackup.CopyProgress.$Shape;
        static create(properties?: meshbackup.CopyProgress.$Properties): meshbackup.CopyProgress;

        /**
         * Encodes the specified CopyProgress message. Does not implicitly {@link meshbackup.CopyProgress.verify|verify} messages.
         * @param message CopyProgress message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.CopyProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyProgress message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.CopyProgress & meshbackup.CopyProgress.$Shape} CopyProgress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.CopyProgress & meshbackup.CopyProgress.$Shape;

        /**
         * Creates a CopyProgress message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CopyProgress
         */

        /**
         * Creates a plain object from a CopyProgress message. Also converts values to other types if specified.
         * @param message CopyProgress
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.CopyProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CopyProgress to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CopyProgress {

        /** Properties of a CopyProgress. */
        interface $Properties {

            /** CopyProgress repository */
            repository?: (string|null);

            /** CopyProgress pointsTotal */
            pointsTotal?: (number|null);

            /** CopyProgress pointsDone */
            pointsDone?: (number|null);

            /** CopyProgress bytesTotal */
            bytesTotal?: (number|null);

            /** CopyProgress bytesDone */
            bytesDone?: (number|null);

            /** CopyProgress bytesFetched */
            bytesFetched?: (number|null);

            /** CopyProgress blocksFetched */
            blocksFetched?: (number|null);

            /** CopyProgress blocksPresent */
            blocksPresent?: (number|null);

            /** CopyProgress elapsedMs */
            elapsedMs?: (number|null);

            /** CopyProgress pointId */
            pointId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyProgress. */
        type $Shape = meshbackup.CopyProgress.$Properties;
    }

    /**
     * Properties of a CopiedPoint.
     * @deprecated Use meshbackup.CopiedPoint.$Properties instead.
     */
    interface ICopiedPoint extends meshbackup.CopiedPoint.$Properties {
    }

    /** Represents a CopiedPoint. */
    class CopiedPoint {

        /**
         * Constructs a new CopiedPoint.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.CopiedPoint.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopiedPoint pointId. */
        pointId: string;

        /** CopiedPoint vm. */
        vm: string;

        /** CopiedPoint job. */
        job: string;

        /** CopiedPoint blocksFetched. */
        blocksFetched: number;

        /** CopiedPoint bytesFetched. */
        bytesFetched: number;

        /** CopiedPoint blocksPresent. */
        blocksPresent: number;

        /**
         * Creates a new CopiedPoint instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopiedPoint instance
         */
        static create(properties: meshbackup.CopiedPoint.$Shape): meshbackup.CopiedPoint & meshbackup.CopiedPoint.$Shape;
        static create(properties?: meshbackup.CopiedPoint.$Properties): meshbackup.CopiedPoint;

        /**
         * Encodes the specified CopiedPoint message. Does not implicitly {@link meshbackup.CopiedPoint.verify|verify} messages.
         * @param message CopiedPoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.CopiedPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopiedPoint message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.CopiedPoint & meshbackup.CopiedPoint.$Shape} CopiedPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.CopiedPoint & meshbackup.CopiedPoint.$Shape;

        /**
         * Creates a CopiedPoint message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CopiedPoint
         */

        /**
         * Creates a plain object from a CopiedPoint message. Also converts values to other types if specified.
         * @param message CopiedPoint
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.CopiedPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CopiedPoint to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CopiedPoint {

        /** Properties of a CopiedPoint. */
        interface $Properties {

            /** CopiedPoint pointId */
            pointId?: (string|null);

            /** CopiedPoint vm */
            vm?: (string|null);

            /** CopiedPoint job */
            job?: (string|null);

            /** CopiedPoint blocksFetched */
            blocksFetched?: (number|null);

            /** CopiedPoint bytesFetched */
            bytesFetched?: (number|null);

            /** CopiedPoint blocksPresent */
            blocksPresent?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopiedPoint. */
        type $Shape = meshbackup.CopiedPoint.$Properties;
    }

    /**
     * Properties of a CopyFailure.
     * @deprecated Use meshbackup.CopyFailure.$Properties instead.
     */
    interface ICopyFailure extends meshbackup.CopyFailure.$Properties {
    }

    /** Represents a CopyFailure. */
    class CopyFailure {

        /**
         * Constructs a new CopyFailure.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.CopyFailure.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopyFailure pointId. */
        pointId: string;

        /** CopyFailure vm. */
        vm: string;

        /** CopyFailure code. */
        code: string;

        /** CopyFailure message. */
        message: string;

        /**
         * Creates a new CopyFailure instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyFailure instance
         */
        static create(properties: meshbackup.CopyFailure.$Shape): meshbackup.CopyFailure & meshbackup.CopyFailure.$Shape;
        static create(properties?: meshbackup.CopyFailure.$Properties): meshbackup.CopyFailure;

        /**
         * Encodes the specified CopyFailure message. Does not implicitly {@link meshbackup.CopyFailure.verify|verify} messages.
         * @param message CopyFailure message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.CopyFailure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyFailure message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.CopyFailure & meshbackup.CopyFailure.$Shape} CopyFailure
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.CopyFailure & meshbackup.CopyFailure.$Shape;

        /**
         * Creates a CopyFailure message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CopyFailure
         */

        /**
         * Creates a plain object from a CopyFailure message. Also converts values to other types if specified.
         * @param message CopyFailure
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.CopyFailure, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CopyFailure to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CopyFailure {

        /** Properties of a CopyFailure. */
        interface $Properties {

            /** CopyFailure pointId */
            pointId?: (string|null);

            /** CopyFailure vm */
            vm?: (string|null);

            /** CopyFailure code */
            code?: (string|null);

            /** CopyFailure message */
            message?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyFailure. */
        type $Shape = meshbackup.CopyFailure.$Properties;
    }

    /**
     * Properties of a CopyReport.
     * @deprecated Use meshbackup.CopyReport.$Properties instead.
     */
    interface ICopyReport extends meshbackup.CopyReport.$Properties {
    }

    /** Represents a CopyReport. */
    class CopyReport {

        /**
         * Constructs a new CopyReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.CopyReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopyReport repository. */
        repository: string;

        /** CopyReport repositoryPeer. */
        repositoryPeer: string;

        /** CopyReport copied. */
        copied: meshbackup.CopiedPoint.$Properties[];

        /** CopyReport failed. */
        failed: meshbackup.CopyFailure.$Properties[];

        /** CopyReport blocksFetched. */
        blocksFetched: number;

        /** CopyReport bytesFetched. */
        bytesFetched: number;

        /** CopyReport blocksPresent. */
        blocksPresent: number;

        /** CopyReport durationMs. */
        durationMs: number;

        /** CopyReport problems. */
        problems: string[];

        /**
         * Creates a new CopyReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyReport instance
         */
        static create(properties: meshbackup.CopyReport.$Shape): meshbackup.CopyReport & meshbackup.CopyReport.$Shape;
        static create(properties?: meshbackup.CopyReport.$Properties): meshbackup.CopyReport;

        /**
         * Encodes the specified CopyReport message. Does not implicitly {@link meshbackup.CopyReport.verify|verify} messages.
         * @param message CopyReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.CopyReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.CopyReport & meshbackup.CopyReport.$Shape} CopyReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.CopyReport & meshbackup.CopyReport.$Shape;

        /**
         * Creates a CopyReport message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CopyReport
         */

        /**
         * Creates a plain object from a CopyReport message. Also converts values to other types if specified.
         * @param message CopyReport
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.CopyReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CopyReport to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace CopyReport {

        /** Properties of a CopyReport. */
        interface $Properties {

            /** CopyReport repository */
            repository?: (string|null);

            /** CopyReport repositoryPeer */
            repositoryPeer?: (string|null);

            /** CopyReport copied */
            copied?: (meshbackup.CopiedPoint.$Properties[]|null);

            /** CopyReport failed */
            failed?: (meshbackup.CopyFailure.$Properties[]|null);

            /** CopyReport blocksFetched */
            blocksFetched?: (number|null);

            /** CopyReport bytesFetched */
            bytesFetched?: (number|null);

            /** CopyReport blocksPresent */
            blocksPresent?: (number|null);

            /** CopyReport durationMs */
            durationMs?: (number|null);

            /** CopyReport problems */
            problems?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyReport. */
        type $Shape = meshbackup.CopyReport.$Properties;
    }

    /**
     * Properties of a GuestDisk.
     * @deprecated Use meshbackup.GuestDisk.$Properties instead.
     */
    interface IGuestDisk extends meshbackup.GuestDisk.$Properties {
    }

    /** Represents a GuestDisk. */
    class GuestDisk {

        /**
         * Constructs a new GuestDisk.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.GuestDisk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GuestDisk pointId. */
        pointId: string;

        /** GuestDisk vm. */
        vm: string;

        /** GuestDisk disk. */
        disk: number;

        /** GuestDisk partition. */
        partition: string;

        /** GuestDisk file. */
        file: string;

        /** GuestDisk nbdAddress. */
        nbdAddress: string;

        /** GuestDisk nbdExport. */
        nbdExport: string;

        /**
         * Creates a new GuestDisk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GuestDisk instance
         */
        static create(properties: meshbackup.GuestDisk.$Shape): meshbackup.GuestDisk & meshbackup.GuestDisk.$Shape;
        static create(properties?: meshbackup.GuestDisk.$Properties): meshbackup.GuestDisk;

        /**
         * Encodes the specified GuestDisk message. Does not implicitly {@link meshbackup.GuestDisk.verify|verify} messages.
         * @param message GuestDisk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.GuestDisk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GuestDisk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.GuestDisk & meshbackup.GuestDisk.$Shape} GuestDisk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.GuestDisk & meshbackup.GuestDisk.$Shape;

        /**
         * Creates a GuestDisk message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GuestDisk
         */

        /**
         * Creates a plain object from a GuestDisk message. Also converts values to other types if specified.
         * @param message GuestDisk
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.GuestDisk, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GuestDisk to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GuestDisk {

        /** Properties of a GuestDisk. */
        interface $Properties {

            /** GuestDisk pointId */
            pointId?: (string|null);

            /** GuestDisk vm */
            vm?: (string|null);

            /** GuestDisk disk */
            disk?: (number|null);

            /** GuestDisk partition */
            partition?: (string|null);

            /** GuestDisk file */
            file?: (string|null);

            /** GuestDisk nbdAddress */
            nbdAddress?: (string|null);

            /** GuestDisk nbdExport */
            nbdExport?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GuestDisk. */
        type $Shape = meshbackup.GuestDisk.$Properties;
    }

    /**
     * Properties of a FilesList.
     * @deprecated Use meshbackup.FilesList.$Properties instead.
     */
    interface IFilesList extends meshbackup.FilesList.$Properties {
    }

    /** Represents a FilesList. */
    class FilesList {

        /**
         * Constructs a new FilesList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.FilesList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FilesList disk. */
        disk?: (meshbackup.GuestDisk.$Properties|null);

        /** FilesList path. */
        path: string;

        /**
         * Creates a new FilesList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilesList instance
         */
        static create(properties: meshbackup.FilesList.$Shape): meshbackup.FilesList & meshbackup.FilesList.$Shape;
        static create(properties?: meshbackup.FilesList.$Properties): meshbackup.FilesList;

        /**
         * Encodes the specified FilesList message. Does not implicitly {@link meshbackup.FilesList.verify|verify} messages.
         * @param message FilesList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.FilesList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilesList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.FilesList & meshbackup.FilesList.$Shape} FilesList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.FilesList & meshbackup.FilesList.$Shape;

        /**
         * Creates a FilesList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FilesList
         */

        /**
         * Creates a plain object from a FilesList message. Also converts values to other types if specified.
         * @param message FilesList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.FilesList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FilesList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace FilesList {

        /** Properties of a FilesList. */
        interface $Properties {

            /** FilesList disk */
            disk?: (meshbackup.GuestDisk.$Properties|null);

            /** FilesList path */
            path?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilesList. */
        type $Shape = meshbackup.FilesList.$Properties;
    }

    /**
     * Properties of a FilesFind.
     * @deprecated Use meshbackup.FilesFind.$Properties instead.
     */
    interface IFilesFind extends meshbackup.FilesFind.$Properties {
    }

    /** Represents a FilesFind. */
    class FilesFind {

        /**
         * Constructs a new FilesFind.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.FilesFind.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FilesFind disk. */
        disk?: (meshbackup.GuestDisk.$Properties|null);

        /** FilesFind pattern. */
        pattern: string;

        /** FilesFind under. */
        under: string;

        /** FilesFind limit. */
        limit: number;

        /**
         * Creates a new FilesFind instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilesFind instance
         */
        static create(properties: meshbackup.FilesFind.$Shape): meshbackup.FilesFind & meshbackup.FilesFind.$Shape;
        static create(properties?: meshbackup.FilesFind.$Properties): meshbackup.FilesFind;

        /**
         * Encodes the specified FilesFind message. Does not implicitly {@link meshbackup.FilesFind.verify|verify} messages.
         * @param message FilesFind message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.FilesFind.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilesFind message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.FilesFind & meshbackup.FilesFind.$Shape} FilesFind
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.FilesFind & meshbackup.FilesFind.$Shape;

        /**
         * Creates a FilesFind message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FilesFind
         */

        /**
         * Creates a plain object from a FilesFind message. Also converts values to other types if specified.
         * @param message FilesFind
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.FilesFind, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FilesFind to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace FilesFind {

        /** Properties of a FilesFind. */
        interface $Properties {

            /** FilesFind disk */
            disk?: (meshbackup.GuestDisk.$Properties|null);

            /** FilesFind pattern */
            pattern?: (string|null);

            /** FilesFind under */
            under?: (string|null);

            /** FilesFind limit */
            limit?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilesFind. */
        type $Shape = meshbackup.FilesFind.$Properties;
    }

    /**
     * Properties of a FilesGet.
     * @deprecated Use meshbackup.FilesGet.$Properties instead.
     */
    interface IFilesGet extends meshbackup.FilesGet.$Properties {
    }

    /** Represents a FilesGet. */
    class FilesGet {

        /**
         * Constructs a new FilesGet.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.FilesGet.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FilesGet disk. */
        disk?: (meshbackup.GuestDisk.$Properties|null);

        /** FilesGet paths. */
        paths: string[];

        /** FilesGet to. */
        to: string;

        /**
         * Creates a new FilesGet instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilesGet instance
         */
        static create(properties: meshbackup.FilesGet.$Shape): meshbackup.FilesGet & meshbackup.FilesGet.$Shape;
        static create(properties?: meshbackup.FilesGet.$Properties): meshbackup.FilesGet;

        /**
         * Encodes the specified FilesGet message. Does not implicitly {@link meshbackup.FilesGet.verify|verify} messages.
         * @param message FilesGet message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.FilesGet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilesGet message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.FilesGet & meshbackup.FilesGet.$Shape} FilesGet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.FilesGet & meshbackup.FilesGet.$Shape;

        /**
         * Creates a FilesGet message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FilesGet
         */

        /**
         * Creates a plain object from a FilesGet message. Also converts values to other types if specified.
         * @param message FilesGet
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.FilesGet, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FilesGet to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace FilesGet {

        /** Properties of a FilesGet. */
        interface $Properties {

            /** FilesGet disk */
            disk?: (meshbackup.GuestDisk.$Properties|null);

            /** FilesGet paths */
            paths?: (string[]|null);

            /** FilesGet to */
            to?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilesGet. */
        type $Shape = meshbackup.FilesGet.$Properties;
    }

    /**
     * Properties of a GuestEntry.
     * @deprecated Use meshbackup.GuestEntry.$Properties instead.
     */
    interface IGuestEntry extends meshbackup.GuestEntry.$Properties {
    }

    /** Represents a GuestEntry. */
    class GuestEntry {

        /**
         * Constructs a new GuestEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.GuestEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GuestEntry name. */
        name: string;

        /** GuestEntry path. */
        path: string;

        /** GuestEntry type. */
        type: string;

        /** GuestEntry mode. */
        mode: number;

        /** GuestEntry uid. */
        uid: number;

        /** GuestEntry gid. */
        gid: number;

        /** GuestEntry size. */
        size: number;

        /** GuestEntry mtimeSec. */
        mtimeSec: number;

        /** GuestEntry mtimeNsec. */
        mtimeNsec: number;

        /** GuestEntry target. */
        target: string;

        /** GuestEntry inode. */
        inode: number;

        /** GuestEntry links. */
        links: number;

        /**
         * Creates a new GuestEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GuestEntry instance
         */
        static create(properties: meshbackup.GuestEntry.$Shape): meshbackup.GuestEntry & meshbackup.GuestEntry.$Shape;
        static create(properties?: meshbackup.GuestEntry.$Properties): meshbackup.GuestEntry;

        /**
         * Encodes the specified GuestEntry message. Does not implicitly {@link meshbackup.GuestEntry.verify|verify} messages.
         * @param message GuestEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.GuestEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GuestEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.GuestEntry & meshbackup.GuestEntry.$Shape} GuestEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.GuestEntry & meshbackup.GuestEntry.$Shape;

        /**
         * Creates a GuestEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GuestEntry
         */

        /**
         * Creates a plain object from a GuestEntry message. Also converts values to other types if specified.
         * @param message GuestEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.GuestEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GuestEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GuestEntry {

        /** Properties of a GuestEntry. */
        interface $Properties {

            /** GuestEntry name */
            name?: (string|null);

            /** GuestEntry path */
            path?: (string|null);

            /** GuestEntry type */
            type?: (string|null);

            /** GuestEntry mode */
            mode?: (number|null);

            /** GuestEntry uid */
            uid?: (number|null);

            /** GuestEntry gid */
            gid?: (number|null);

            /** GuestEntry size */
            size?: (number|null);

            /** GuestEntry mtimeSec */
            mtimeSec?: (number|null);

            /** GuestEntry mtimeNsec */
            mtimeNsec?: (number|null);

            /** GuestEntry target */
            target?: (string|null);

            /** GuestEntry inode */
            inode?: (number|null);

            /** GuestEntry links */
            links?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GuestEntry. */
        type $Shape = meshbackup.GuestEntry.$Properties;
    }

    /**
     * Properties of a GuestVolume.
     * @deprecated Use meshbackup.GuestVolume.$Properties instead.
     */
    interface IGuestVolume extends meshbackup.GuestVolume.$Properties {
    }

    /** Represents a GuestVolume. */
    class GuestVolume {

        /**
         * Constructs a new GuestVolume.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.GuestVolume.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GuestVolume name. */
        name: string;

        /** GuestVolume offset. */
        offset: number;

        /** GuestVolume size. */
        size: number;

        /** GuestVolume filesystem. */
        filesystem: string;

        /** GuestVolume label. */
        label: string;

        /** GuestVolume partitionType. */
        partitionType: string;

        /**
         * Creates a new GuestVolume instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GuestVolume instance
         */
        static create(properties: meshbackup.GuestVolume.$Shape): meshbackup.GuestVolume & meshbackup.GuestVolume.$Shape;
        static create(properties?: meshbackup.GuestVolume.$Properties): meshbackup.GuestVolume;

        /**
         * Encodes the specified GuestVolume message. Does not implicitly {@link meshbackup.GuestVolume.verify|verify} messages.
         * @param message GuestVolume message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.GuestVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GuestVolume message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.GuestVolume & meshbackup.GuestVolume.$Shape} GuestVolume
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.GuestVolume & meshbackup.GuestVolume.$Shape;

        /**
         * Creates a GuestVolume message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GuestVolume
         */

        /**
         * Creates a plain object from a GuestVolume message. Also converts values to other types if specified.
         * @param message GuestVolume
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.GuestVolume, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GuestVolume to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GuestVolume {

        /** Properties of a GuestVolume. */
        interface $Properties {

            /** GuestVolume name */
            name?: (string|null);

            /** GuestVolume offset */
            offset?: (number|null);

            /** GuestVolume size */
            size?: (number|null);

            /** GuestVolume filesystem */
            filesystem?: (string|null);

            /** GuestVolume label */
            label?: (string|null);

            /** GuestVolume partitionType */
            partitionType?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GuestVolume. */
        type $Shape = meshbackup.GuestVolume.$Properties;
    }

    /**
     * Properties of a FilesListing.
     * @deprecated Use meshbackup.FilesListing.$Properties instead.
     */
    interface IFilesListing extends meshbackup.FilesListing.$Properties {
    }

    /** Represents a FilesListing. */
    class FilesListing {

        /**
         * Constructs a new FilesListing.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.FilesListing.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FilesListing volume. */
        volume: string;

        /** FilesListing volumes. */
        volumes: meshbackup.GuestVolume.$Properties[];

        /** FilesListing entries. */
        entries: meshbackup.GuestEntry.$Properties[];

        /** FilesListing truncated. */
        truncated: boolean;

        /**
         * Creates a new FilesListing instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilesListing instance
         */
        static create(properties: meshbackup.FilesListing.$Shape): meshbackup.FilesListing & meshbackup.FilesListing.$Shape;
        static create(properties?: meshbackup.FilesListing.$Properties): meshbackup.FilesListing;

        /**
         * Encodes the specified FilesListing message. Does not implicitly {@link meshbackup.FilesListing.verify|verify} messages.
         * @param message FilesListing message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.FilesListing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilesListing message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.FilesListing & meshbackup.FilesListing.$Shape} FilesListing
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.FilesListing & meshbackup.FilesListing.$Shape;

        /**
         * Creates a FilesListing message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FilesListing
         */

        /**
         * Creates a plain object from a FilesListing message. Also converts values to other types if specified.
         * @param message FilesListing
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.FilesListing, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FilesListing to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace FilesListing {

        /** Properties of a FilesListing. */
        interface $Properties {

            /** FilesListing volume */
            volume?: (string|null);

            /** FilesListing volumes */
            volumes?: (meshbackup.GuestVolume.$Properties[]|null);

            /** FilesListing entries */
            entries?: (meshbackup.GuestEntry.$Properties[]|null);

            /** FilesListing truncated */
            truncated?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilesListing. */
        type $Shape = meshbackup.FilesListing.$Properties;
    }

    /**
     * Properties of a FilesGot.
     * @deprecated Use meshbackup.FilesGot.$Properties instead.
     */
    interface IFilesGot extends meshbackup.FilesGot.$Properties {
    }

    /** Represents a FilesGot. */
    class FilesGot {

        /**
         * Constructs a new FilesGot.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.FilesGot.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FilesGot volume. */
        volume: string;

        /** FilesGot to. */
        to: string;

        /** FilesGot files. */
        files: number;

        /** FilesGot dirs. */
        dirs: number;

        /** FilesGot symlinks. */
        symlinks: number;

        /** FilesGot hardlinks. */
        hardlinks: number;

        /** FilesGot bytes. */
        bytes: number;

        /** FilesGot skipped. */
        skipped: string[];

        /** FilesGot durationMs. */
        durationMs: number;

        /**
         * Creates a new FilesGot instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilesGot instance
         */
        static create(properties: meshbackup.FilesGot.$Shape): meshbackup.FilesGot & meshbackup.FilesGot.$Shape;
        static create(properties?: meshbackup.FilesGot.$Properties): meshbackup.FilesGot;

        /**
         * Encodes the specified FilesGot message. Does not implicitly {@link meshbackup.FilesGot.verify|verify} messages.
         * @param message FilesGot message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.FilesGot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilesGot message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.FilesGot & meshbackup.FilesGot.$Shape} FilesGot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.FilesGot & meshbackup.FilesGot.$Shape;

        /**
         * Creates a FilesGot message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FilesGot
         */

        /**
         * Creates a plain object from a FilesGot message. Also converts values to other types if specified.
         * @param message FilesGot
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.FilesGot, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FilesGot to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace FilesGot {

        /** Properties of a FilesGot. */
        interface $Properties {

            /** FilesGot volume */
            volume?: (string|null);

            /** FilesGot to */
            to?: (string|null);

            /** FilesGot files */
            files?: (number|null);

            /** FilesGot dirs */
            dirs?: (number|null);

            /** FilesGot symlinks */
            symlinks?: (number|null);

            /** FilesGot hardlinks */
            hardlinks?: (number|null);

            /** FilesGot bytes */
            bytes?: (number|null);

            /** FilesGot skipped */
            skipped?: (string[]|null);

            /** FilesGot durationMs */
            durationMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilesGot. */
        type $Shape = meshbackup.FilesGot.$Properties;
    }

    /**
     * Properties of a BootCheck.
     * @deprecated Use meshbackup.BootCheck.$Properties instead.
     */
    interface IBootCheck extends meshbackup.BootCheck.$Properties {
    }

    /** Represents a BootCheck. */
    class BootCheck {

        /**
         * Constructs a new BootCheck.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheck id. */
        id: string;

        /** BootCheck pointId. */
        pointId: string;

        /** BootCheck vm. */
        vm: string;

        /** BootCheck job. */
        job: string;

        /** BootCheck pass. */
        pass: boolean;

        /** BootCheck code. */
        code: string;

        /** BootCheck reason. */
        reason: string;

        /** BootCheck bootMs. */
        bootMs: number;

        /** BootCheck scriptRan. */
        scriptRan: boolean;

        /** BootCheck scriptExit. */
        scriptExit: number;

        /** BootCheck output. */
        output: string;

        /** BootCheck screenshotId. */
        screenshotId: string;

        /** BootCheck checkedAtMs. */
        checkedAtMs: number;

        /** BootCheck heartbeat. */
        heartbeat: string;

        /** BootCheck durationMs. */
        durationMs: number;

        /** BootCheck sessionId. */
        sessionId: string;

        /** BootCheck repository. */
        repository: string;

        /** BootCheck host. */
        host: string;

        /**
         * Creates a new BootCheck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheck instance
         */
        static create(properties: meshbackup.BootCheck.$Shape): meshbackup.BootCheck & meshbackup.BootCheck.$Shape;
        static create(properties?: meshbackup.BootCheck.$Properties): meshbackup.BootCheck;

        /**
         * Encodes the specified BootCheck message. Does not implicitly {@link meshbackup.BootCheck.verify|verify} messages.
         * @param message BootCheck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheck message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheck & meshbackup.BootCheck.$Shape} BootCheck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheck & meshbackup.BootCheck.$Shape;

        /**
         * Creates a BootCheck message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheck
         */

        /**
         * Creates a plain object from a BootCheck message. Also converts values to other types if specified.
         * @param message BootCheck
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheck, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheck to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheck {

        /** Properties of a BootCheck. */
        interface $Properties {

            /** BootCheck id */
            id?: (string|null);

            /** BootCheck pointId */
            pointId?: (string|null);

            /** BootCheck vm */
            vm?: (string|null);

            /** BootCheck job */
            job?: (string|null);

            /** BootCheck pass */
            pass?: (boolean|null);

            /** BootCheck code */
            code?: (string|null);

            /** BootCheck reason */
            reason?: (string|null);

            /** BootCheck bootMs */
            bootMs?: (number|null);

            /** BootCheck scriptRan */
            scriptRan?: (boolean|null);

            /** BootCheck scriptExit */
            scriptExit?: (number|null);

            /** BootCheck output */
            output?: (string|null);

            /** BootCheck screenshotId */
            screenshotId?: (string|null);

            /** BootCheck checkedAtMs */
            checkedAtMs?: (number|null);

            /** BootCheck heartbeat */
            heartbeat?: (string|null);

            /** BootCheck durationMs */
            durationMs?: (number|null);

            /** BootCheck sessionId */
            sessionId?: (string|null);

            /** BootCheck repository */
            repository?: (string|null);

            /** BootCheck host */
            host?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheck. */
        type $Shape = meshbackup.BootCheck.$Properties;
    }

    /**
     * Properties of a BootCheckRequest.
     * @deprecated Use meshbackup.BootCheckRequest.$Properties instead.
     */
    interface IBootCheckRequest extends meshbackup.BootCheckRequest.$Properties {
    }

    /** Represents a BootCheckRequest. */
    class BootCheckRequest {

        /**
         * Constructs a new BootCheckRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckRequest pointId. */
        pointId: string;

        /** BootCheckRequest vm. */
        vm: string;

        /** BootCheckRequest host. */
        host: string;

        /** BootCheckRequest repository. */
        repository: string;

        /** BootCheckRequest noAgent. */
        noAgent: boolean;

        /** BootCheckRequest heartbeatLine. */
        heartbeatLine: string;

        /** BootCheckRequest bootTimeoutS. */
        bootTimeoutS: number;

        /** BootCheckRequest scriptText. */
        scriptText: string;

        /** BootCheckRequest scriptPath. */
        scriptPath: string;

        /** BootCheckRequest scriptArgs. */
        scriptArgs: string[];

        /** BootCheckRequest scriptTimeoutS. */
        scriptTimeoutS: number;

        /** BootCheckRequest dataKey. */
        dataKey: Uint8Array;

        /**
         * Creates a new BootCheckRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckRequest instance
         */
        static create(properties: meshbackup.BootCheckRequest.$Shape): meshbackup.BootCheckRequest & meshbackup.BootCheckRequest.$Shape;
        static create(properties?: meshbackup.BootCheckRequest.$Properties): meshbackup.BootCheckRequest;

        /**
         * Encodes the specified BootCheckRequest message. Does not implicitly {@link meshbackup.BootCheckRequest.verify|verify} messages.
         * @param message BootCheckRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckRequest & meshbackup.BootCheckRequest.$Shape} BootCheckRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckRequest & meshbackup.BootCheckRequest.$Shape;

        /**
         * Creates a BootCheckRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckRequest
         */

        /**
         * Creates a plain object from a BootCheckRequest message. Also converts values to other types if specified.
         * @param message BootCheckRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckRequest {

        /** Properties of a BootCheckRequest. */
        interface $Properties {

            /** BootCheckRequest pointId */
            pointId?: (string|null);

            /** BootCheckRequest vm */
            vm?: (string|null);

            /** BootCheckRequest host */
            host?: (string|null);

            /** BootCheckRequest repository */
            repository?: (string|null);

            /** BootCheckRequest noAgent */
            noAgent?: (boolean|null);

            /** BootCheckRequest heartbeatLine */
            heartbeatLine?: (string|null);

            /** BootCheckRequest bootTimeoutS */
            bootTimeoutS?: (number|null);

            /** BootCheckRequest scriptText */
            scriptText?: (string|null);

            /** BootCheckRequest scriptPath */
            scriptPath?: (string|null);

            /** BootCheckRequest scriptArgs */
            scriptArgs?: (string[]|null);

            /** BootCheckRequest scriptTimeoutS */
            scriptTimeoutS?: (number|null);

            /** BootCheckRequest dataKey */
            dataKey?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckRequest. */
        type $Shape = meshbackup.BootCheckRequest.$Properties;
    }

    /**
     * Properties of a BootCheckBegin.
     * @deprecated Use meshbackup.BootCheckBegin.$Properties instead.
     */
    interface IBootCheckBegin extends meshbackup.BootCheckBegin.$Properties {
    }

    /** Represents a BootCheckBegin. */
    class BootCheckBegin {

        /**
         * Constructs a new BootCheckBegin.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckBegin.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckBegin pointId. */
        pointId: string;

        /** BootCheckBegin vm. */
        vm: string;

        /** BootCheckBegin job. */
        job: string;

        /** BootCheckBegin repository. */
        repository: string;

        /** BootCheckBegin host. */
        host: string;

        /**
         * Creates a new BootCheckBegin instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckBegin instance
         */
        static create(properties: meshbackup.BootCheckBegin.$Shape): meshbackup.BootCheckBegin & meshbackup.BootCheckBegin.$Shape;
        static create(properties?: meshbackup.BootCheckBegin.$Properties): meshbackup.BootCheckBegin;

        /**
         * Encodes the specified BootCheckBegin message. Does not implicitly {@link meshbackup.BootCheckBegin.verify|verify} messages.
         * @param message BootCheckBegin message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckBegin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckBegin message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckBegin & meshbackup.BootCheckBegin.$Shape} BootCheckBegin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckBegin & meshbackup.BootCheckBegin.$Shape;

        /**
         * Creates a BootCheckBegin message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckBegin
         */

        /**
         * Creates a plain object from a BootCheckBegin message. Also converts values to other types if specified.
         * @param message BootCheckBegin
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckBegin, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckBegin to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckBegin {

        /** Properties of a BootCheckBegin. */
        interface $Properties {

            /** BootCheckBegin pointId */
            pointId?: (string|null);

            /** BootCheckBegin vm */
            vm?: (string|null);

            /** BootCheckBegin job */
            job?: (string|null);

            /** BootCheckBegin repository */
            repository?: (string|null);

            /** BootCheckBegin host */
            host?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckBegin. */
        type $Shape = meshbackup.BootCheckBegin.$Properties;
    }

    /**
     * Properties of a BootCheckRecord.
     * @deprecated Use meshbackup.BootCheckRecord.$Properties instead.
     */
    interface IBootCheckRecord extends meshbackup.BootCheckRecord.$Properties {
    }

    /** Represents a BootCheckRecord. */
    class BootCheckRecord {

        /**
         * Constructs a new BootCheckRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckRecord check. */
        check?: (meshbackup.BootCheck.$Properties|null);

        /** BootCheckRecord screenshotPng. */
        screenshotPng: Uint8Array;

        /** BootCheckRecord log. */
        log: string[];

        /** BootCheckRecord startedAtMs. */
        startedAtMs: number;

        /**
         * Creates a new BootCheckRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckRecord instance
         */
        static create(properties: meshbackup.BootCheckRecord.$Shape): meshbackup.BootCheckRecord & meshbackup.BootCheckRecord.$Shape;
        static create(properties?: meshbackup.BootCheckRecord.$Properties): meshbackup.BootCheckRecord;

        /**
         * Encodes the specified BootCheckRecord message. Does not implicitly {@link meshbackup.BootCheckRecord.verify|verify} messages.
         * @param message BootCheckRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckRecord & meshbackup.BootCheckRecord.$Shape} BootCheckRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckRecord & meshbackup.BootCheckRecord.$Shape;

        /**
         * Creates a BootCheckRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckRecord
         */

        /**
         * Creates a plain object from a BootCheckRecord message. Also converts values to other types if specified.
         * @param message BootCheckRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckRecord {

        /** Properties of a BootCheckRecord. */
        interface $Properties {

            /** BootCheckRecord check */
            check?: (meshbackup.BootCheck.$Properties|null);

            /** BootCheckRecord screenshotPng */
            screenshotPng?: (Uint8Array|null);

            /** BootCheckRecord log */
            log?: (string[]|null);

            /** BootCheckRecord startedAtMs */
            startedAtMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckRecord. */
        type $Shape = meshbackup.BootCheckRecord.$Properties;
    }

    /**
     * Properties of a BootCheckListRequest.
     * @deprecated Use meshbackup.BootCheckListRequest.$Properties instead.
     */
    interface IBootCheckListRequest extends meshbackup.BootCheckListRequest.$Properties {
    }

    /** Represents a BootCheckListRequest. */
    class BootCheckListRequest {

        /**
         * Constructs a new BootCheckListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckListRequest pointId. */
        pointId: string;

        /** BootCheckListRequest vm. */
        vm: string;

        /** BootCheckListRequest limit. */
        limit: number;

        /** BootCheckListRequest latestPerPoint. */
        latestPerPoint: boolean;

        /**
         * Creates a new BootCheckListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckListRequest instance
         */
        static create(properties: meshbackup.BootCheckListRequest.$Shape): meshbackup.BootCheckListRequest & meshbackup.BootCheckListRequest.$Shape;
        static create(properties?: meshbackup.BootCheckListRequest.$Properties): meshbackup.BootCheckListRequest;

        /**
         * Encodes the specified BootCheckListRequest message. Does not implicitly {@link meshbackup.BootCheckListRequest.verify|verify} messages.
         * @param message BootCheckListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckListRequest & meshbackup.BootCheckListRequest.$Shape} BootCheckListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckListRequest & meshbackup.BootCheckListRequest.$Shape;

        /**
         * Creates a BootCheckListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckListRequest
         */

        /**
         * Creates a plain object from a BootCheckListRequest message. Also converts values to other types if specified.
         * @param message BootCheckListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckListRequest {

        /** Properties of a BootCheckListRequest. */
        interface $Properties {

            /** BootCheckListRequest pointId */
            pointId?: (string|null);

            /** BootCheckListRequest vm */
            vm?: (string|null);

            /** BootCheckListRequest limit */
            limit?: (number|null);

            /** BootCheckListRequest latestPerPoint */
            latestPerPoint?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckListRequest. */
        type $Shape = meshbackup.BootCheckListRequest.$Properties;
    }

    /**
     * Properties of a BootCheckList.
     * @deprecated Use meshbackup.BootCheckList.$Properties instead.
     */
    interface IBootCheckList extends meshbackup.BootCheckList.$Properties {
    }

    /** Represents a BootCheckList. */
    class BootCheckList {

        /**
         * Constructs a new BootCheckList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckList checks. */
        checks: meshbackup.BootCheck.$Properties[];

        /**
         * Creates a new BootCheckList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckList instance
         */
        static create(properties: meshbackup.BootCheckList.$Shape): meshbackup.BootCheckList & meshbackup.BootCheckList.$Shape;
        static create(properties?: meshbackup.BootCheckList.$Properties): meshbackup.BootCheckList;

        /**
         * Encodes the specified BootCheckList message. Does not implicitly {@link meshbackup.BootCheckList.verify|verify} messages.
         * @param message BootCheckList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckList & meshbackup.BootCheckList.$Shape} BootCheckList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckList & meshbackup.BootCheckList.$Shape;

        /**
         * Creates a BootCheckList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckList
         */

        /**
         * Creates a plain object from a BootCheckList message. Also converts values to other types if specified.
         * @param message BootCheckList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckList {

        /** Properties of a BootCheckList. */
        interface $Properties {

            /** BootCheckList checks */
            checks?: (meshbackup.BootCheck.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckList. */
        type $Shape = meshbackup.BootCheckList.$Properties;
    }

    /**
     * Properties of a BootCheckScreenshotRequest.
     * @deprecated Use meshbackup.BootCheckScreenshotRequest.$Properties instead.
     */
    interface IBootCheckScreenshotRequest extends meshbackup.BootCheckScreenshotRequest.$Properties {
    }

    /** Represents a BootCheckScreenshotRequest. */
    class BootCheckScreenshotRequest {

        /**
         * Constructs a new BootCheckScreenshotRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckScreenshotRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckScreenshotRequest id. */
        id: string;

        /**
         * Creates a new BootCheckScreenshotRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckScreenshotRequest instance
         */
        static create(properties: meshbackup.BootCheckScreenshotRequest.$Shape): meshbackup.BootCheckScreenshotRequest & meshbackup.BootCheckScreenshotRequest.$Shape;
        static create(properties?: meshbackup.BootCheckScreenshotRequest.$Properties): meshbackup.BootCheckScreenshotRequest;

        /**
         * Encodes the specified BootCheckScreenshotRequest message. Does not implicitly {@link meshbackup.BootCheckScreenshotRequest.verify|verify} messages.
         * @param message BootCheckScreenshotRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckScreenshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckScreenshotRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckScreenshotRequest & meshbackup.BootCheckScreenshotRequest.$Shape} BootCheckScreenshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckScreenshotRequest & meshbackup.BootCheckScreenshotRequest.$Shape;

        /**
         * Creates a BootCheckScreenshotRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckScreenshotRequest
         */

        /**
         * Creates a plain object from a BootCheckScreenshotRequest message. Also converts values to other types if specified.
         * @param message BootCheckScreenshotRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckScreenshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckScreenshotRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckScreenshotRequest {

        /** Properties of a BootCheckScreenshotRequest. */
        interface $Properties {

            /** BootCheckScreenshotRequest id */
            id?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckScreenshotRequest. */
        type $Shape = meshbackup.BootCheckScreenshotRequest.$Properties;
    }

    /**
     * Properties of a BootCheckScreenshot.
     * @deprecated Use meshbackup.BootCheckScreenshot.$Properties instead.
     */
    interface IBootCheckScreenshot extends meshbackup.BootCheckScreenshot.$Properties {
    }

    /** Represents a BootCheckScreenshot. */
    class BootCheckScreenshot {

        /**
         * Constructs a new BootCheckScreenshot.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckScreenshot.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckScreenshot id. */
        id: string;

        /** BootCheckScreenshot png. */
        png: Uint8Array;

        /**
         * Creates a new BootCheckScreenshot instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckScreenshot instance
         */
        static create(properties: meshbackup.BootCheckScreenshot.$Shape): meshbackup.BootCheckScreenshot & meshbackup.BootCheckScreenshot.$Shape;
        static create(properties?: meshbackup.BootCheckScreenshot.$Properties): meshbackup.BootCheckScreenshot;

        /**
         * Encodes the specified BootCheckScreenshot message. Does not implicitly {@link meshbackup.BootCheckScreenshot.verify|verify} messages.
         * @param message BootCheckScreenshot message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckScreenshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckScreenshot message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckScreenshot & meshbackup.BootCheckScreenshot.$Shape} BootCheckScreenshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckScreenshot & meshbackup.BootCheckScreenshot.$Shape;

        /**
         * Creates a BootCheckScreenshot message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckScreenshot
         */

        /**
         * Creates a plain object from a BootCheckScreenshot message. Also converts values to other types if specified.
         * @param message BootCheckScreenshot
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckScreenshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckScreenshot to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckScreenshot {

        /** Properties of a BootCheckScreenshot. */
        interface $Properties {

            /** BootCheckScreenshot id */
            id?: (string|null);

            /** BootCheckScreenshot png */
            png?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckScreenshot. */
        type $Shape = meshbackup.BootCheckScreenshot.$Properties;
    }

    /**
     * Properties of a ProtectionRequest.
     * @deprecated Use meshbackup.ProtectionRequest.$Properties instead.
     */
    interface IProtectionRequest extends meshbackup.ProtectionRequest.$Properties {
    }

    /** Represents a ProtectionRequest. */
    class ProtectionRequest {

        /**
         * Constructs a new ProtectionRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.ProtectionRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProtectionRequest job. */
        job: string;

        /** ProtectionRequest vm. */
        vm: string;

        /**
         * Creates a new ProtectionRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProtectionRequest instance
         */
        static create(properties: meshbackup.ProtectionRequest.$Shape): meshbackup.ProtectionRequest & meshbackup.ProtectionRequest.$Shape;
        static create(properties?: meshbackup.ProtectionRequest.$Properties): meshbackup.ProtectionRequest;

        /**
         * Encodes the specified ProtectionRequest message. Does not implicitly {@link meshbackup.ProtectionRequest.verify|verify} messages.
         * @param message ProtectionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.ProtectionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProtectionRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.ProtectionRequest & meshbackup.ProtectionRequest.$Shape} ProtectionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.ProtectionRequest & meshbackup.ProtectionRequest.$Shape;

        /**
         * Creates a ProtectionRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ProtectionRequest
         */

        /**
         * Creates a plain object from a ProtectionRequest message. Also converts values to other types if specified.
         * @param message ProtectionRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.ProtectionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ProtectionRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ProtectionRequest {

        /** Properties of a ProtectionRequest. */
        interface $Properties {

            /** ProtectionRequest job */
            job?: (string|null);

            /** ProtectionRequest vm */
            vm?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProtectionRequest. */
        type $Shape = meshbackup.ProtectionRequest.$Properties;
    }

    /**
     * Properties of a ProtectionReport.
     * @deprecated Use meshbackup.ProtectionReport.$Properties instead.
     */
    interface IProtectionReport extends meshbackup.ProtectionReport.$Properties {
    }

    /** Represents a ProtectionReport. */
    class ProtectionReport {

        /**
         * Constructs a new ProtectionReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.ProtectionReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProtectionReport vms. */
        vms: meshbackup.VmProtection.$Properties[];

        /** ProtectionReport computedAtMs. */
        computedAtMs: number;

        /** ProtectionReport protected. */
        protected: number;

        /** ProtectionReport short. */
        short: number;

        /** ProtectionReport problems. */
        problems: string[];

        /**
         * Creates a new ProtectionReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProtectionReport instance
         */
        static create(properties: meshbackup.ProtectionReport.$Shape): meshbackup.ProtectionReport & meshbackup.ProtectionReport.$Shape;
        static create(properties?: meshbackup.ProtectionReport.$Properties): meshbackup.ProtectionReport;

        /**
         * Encodes the specified ProtectionReport message. Does not implicitly {@link meshbackup.ProtectionReport.verify|verify} messages.
         * @param message ProtectionReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.ProtectionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProtectionReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.ProtectionReport & meshbackup.ProtectionReport.$Shape} ProtectionReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.ProtectionReport & meshbackup.ProtectionReport.$Shape;

        /**
         * Creates a ProtectionReport message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ProtectionReport
         */

        /**
         * Creates a plain object from a ProtectionReport message. Also converts values to other types if specified.
         * @param message ProtectionReport
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.ProtectionReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ProtectionReport to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ProtectionReport {

        /** Properties of a ProtectionReport. */
        interface $Properties {

            /** ProtectionReport vms */
            vms?: (meshbackup.VmProtection.$Properties[]|null);

            /** ProtectionReport computedAtMs */
            computedAtMs?: (number|null);

            /** ProtectionReport protected */
            "protected"?: (number|null);

            /** ProtectionReport short */
            short?: (number|null);

            /** ProtectionReport problems */
            problems?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProtectionReport. */
        type $Shape = meshbackup.ProtectionReport.$Properties;
    }

    /**
     * Properties of a VmProtection.
     * @deprecated Use meshbackup.VmProtection.$Properties instead.
     */
    interface IVmProtection extends meshbackup.VmProtection.$Properties {
    }

    /** Represents a VmProtection. */
    class VmProtection {

        /**
         * Constructs a new VmProtection.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.VmProtection.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VmProtection job. */
        job: string;

        /** VmProtection vm. */
        vm: string;

        /** VmProtection pointId. */
        pointId: string;

        /** VmProtection copies. */
        copies: number;

        /** VmProtection repositories. */
        repositories: number;

        /** VmProtection offsite. */
        offsite: number;

        /** VmProtection locked. */
        locked: number;

        /** VmProtection errors. */
        errors: number;

        /** VmProtection errorList. */
        errorList: string[];

        /** VmProtection pointAgeMs. */
        pointAgeMs: number;

        /** VmProtection bootCheckAgeMs. */
        bootCheckAgeMs: number;

        /** VmProtection protected. */
        protected: boolean;

        /** VmProtection missing. */
        missing: string[];

        /** VmProtection copyRepositories. */
        copyRepositories: string[];

        /** VmProtection lastBootCheck. */
        lastBootCheck: string;

        /**
         * Creates a new VmProtection instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VmProtection instance
         */
        static create(properties: meshbackup.VmProtection.$Shape): meshbackup.VmProtection & meshbackup.VmProtection.$Shape;
        static create(properties?: meshbackup.VmProtection.$Properties): meshbackup.VmProtection;

        /**
         * Encodes the specified VmProtection message. Does not implicitly {@link meshbackup.VmProtection.verify|verify} messages.
         * @param message VmProtection message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.VmProtection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VmProtection message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.VmProtection & meshbackup.VmProtection.$Shape} VmProtection
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.VmProtection & meshbackup.VmProtection.$Shape;

        /**
         * Creates a VmProtection message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VmProtection
         */

        /**
         * Creates a plain object from a VmProtection message. Also converts values to other types if specified.
         * @param message VmProtection
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.VmProtection, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VmProtection to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace VmProtection {

        /** Properties of a VmProtection. */
        interface $Properties {

            /** VmProtection job */
            job?: (string|null);

            /** VmProtection vm */
            vm?: (string|null);

            /** VmProtection pointId */
            pointId?: (string|null);

            /** VmProtection copies */
            copies?: (number|null);

            /** VmProtection repositories */
            repositories?: (number|null);

            /** VmProtection offsite */
            offsite?: (number|null);

            /** VmProtection locked */
            locked?: (number|null);

            /** VmProtection errors */
            errors?: (number|null);

            /** VmProtection errorList */
            errorList?: (string[]|null);

            /** VmProtection pointAgeMs */
            pointAgeMs?: (number|null);

            /** VmProtection bootCheckAgeMs */
            bootCheckAgeMs?: (number|null);

            /** VmProtection protected */
            "protected"?: (boolean|null);

            /** VmProtection missing */
            missing?: (string[]|null);

            /** VmProtection copyRepositories */
            copyRepositories?: (string[]|null);

            /** VmProtection lastBootCheck */
            lastBootCheck?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VmProtection. */
        type $Shape = meshbackup.VmProtection.$Properties;
    }

    /**
     * Properties of a BootCheckJob.
     * @deprecated Use meshbackup.BootCheckJob.$Properties instead.
     */
    interface IBootCheckJob extends meshbackup.BootCheckJob.$Properties {
    }

    /** Represents a BootCheckJob. */
    class BootCheckJob {

        /**
         * Constructs a new BootCheckJob.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckJob.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckJob name. */
        name: string;

        /** BootCheckJob job. */
        job: string;

        /** BootCheckJob vms. */
        vms: string[];

        /** BootCheckJob schedule. */
        schedule: string;

        /** BootCheckJob on. */
        on: string;

        /** BootCheckJob scriptText. */
        scriptText: string;

        /** BootCheckJob scriptPath. */
        scriptPath: string;

        /** BootCheckJob scriptArgs. */
        scriptArgs: string[];

        /** BootCheckJob scriptTimeoutS. */
        scriptTimeoutS: number;

        /** BootCheckJob heartbeatLine. */
        heartbeatLine: string;

        /** BootCheckJob noAgent. */
        noAgent: boolean;

        /** BootCheckJob bootTimeoutS. */
        bootTimeoutS: number;

        /**
         * Creates a new BootCheckJob instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckJob instance
         */
        static create(properties: meshbackup.BootCheckJob.$Shape): meshbackup.BootCheckJob & meshbackup.BootCheckJob.$Shape;
        static create(properties?: meshbackup.BootCheckJob.$Properties): meshbackup.BootCheckJob;

        /**
         * Encodes the specified BootCheckJob message. Does not implicitly {@link meshbackup.BootCheckJob.verify|verify} messages.
         * @param message BootCheckJob message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckJob message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckJob & meshbackup.BootCheckJob.$Shape} BootCheckJob
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckJob & meshbackup.BootCheckJob.$Shape;

        /**
         * Creates a BootCheckJob message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckJob
         */

        /**
         * Creates a plain object from a BootCheckJob message. Also converts values to other types if specified.
         * @param message BootCheckJob
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckJob to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckJob {

        /** Properties of a BootCheckJob. */
        interface $Properties {

            /** BootCheckJob name */
            name?: (string|null);

            /** BootCheckJob job */
            job?: (string|null);

            /** BootCheckJob vms */
            vms?: (string[]|null);

            /** BootCheckJob schedule */
            schedule?: (string|null);

            /** BootCheckJob on */
            on?: (string|null);

            /** BootCheckJob scriptText */
            scriptText?: (string|null);

            /** BootCheckJob scriptPath */
            scriptPath?: (string|null);

            /** BootCheckJob scriptArgs */
            scriptArgs?: (string[]|null);

            /** BootCheckJob scriptTimeoutS */
            scriptTimeoutS?: (number|null);

            /** BootCheckJob heartbeatLine */
            heartbeatLine?: (string|null);

            /** BootCheckJob noAgent */
            noAgent?: (boolean|null);

            /** BootCheckJob bootTimeoutS */
            bootTimeoutS?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckJob. */
        type $Shape = meshbackup.BootCheckJob.$Properties;
    }

    /**
     * Properties of a BootCheckJobListRequest.
     * @deprecated Use meshbackup.BootCheckJobListRequest.$Properties instead.
     */
    interface IBootCheckJobListRequest extends meshbackup.BootCheckJobListRequest.$Properties {
    }

    /** Represents a BootCheckJobListRequest. */
    class BootCheckJobListRequest {

        /**
         * Constructs a new BootCheckJobListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckJobListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new BootCheckJobListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckJobListRequest instance
         */
        static create(properties: meshbackup.BootCheckJobListRequest.$Shape): meshbackup.BootCheckJobListRequest & meshbackup.BootCheckJobListRequest.$Shape;
        static create(properties?: meshbackup.BootCheckJobListRequest.$Properties): meshbackup.BootCheckJobListRequest;

        /**
         * Encodes the specified BootCheckJobListRequest message. Does not implicitly {@link meshbackup.BootCheckJobListRequest.verify|verify} messages.
         * @param message BootCheckJobListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckJobListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckJobListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckJobListRequest & meshbackup.BootCheckJobListRequest.$Shape} BootCheckJobListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckJobListRequest & meshbackup.BootCheckJobListRequest.$Shape;

        /**
         * Creates a BootCheckJobListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckJobListRequest
         */

        /**
         * Creates a plain object from a BootCheckJobListRequest message. Also converts values to other types if specified.
         * @param message BootCheckJobListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckJobListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckJobListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckJobListRequest {

        /** Properties of a BootCheckJobListRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckJobListRequest. */
        type $Shape = meshbackup.BootCheckJobListRequest.$Properties;
    }

    /**
     * Properties of a BootCheckJobList.
     * @deprecated Use meshbackup.BootCheckJobList.$Properties instead.
     */
    interface IBootCheckJobList extends meshbackup.BootCheckJobList.$Properties {
    }

    /** Represents a BootCheckJobList. */
    class BootCheckJobList {

        /**
         * Constructs a new BootCheckJobList.
         * @param [properties] Properties to set
         */
        constructor(properties?: meshbackup.BootCheckJobList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BootCheckJobList jobs. */
        jobs: meshbackup.BootCheckJob.$Properties[];

        /**
         * Creates a new BootCheckJobList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BootCheckJobList instance
         */
        static create(properties: meshbackup.BootCheckJobList.$Shape): meshbackup.BootCheckJobList & meshbackup.BootCheckJobList.$Shape;
        static create(properties?: meshbackup.BootCheckJobList.$Properties): meshbackup.BootCheckJobList;

        /**
         * Encodes the specified BootCheckJobList message. Does not implicitly {@link meshbackup.BootCheckJobList.verify|verify} messages.
         * @param message BootCheckJobList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: meshbackup.BootCheckJobList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BootCheckJobList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {meshbackup.BootCheckJobList & meshbackup.BootCheckJobList.$Shape} BootCheckJobList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshbackup.BootCheckJobList & meshbackup.BootCheckJobList.$Shape;

        /**
         * Creates a BootCheckJobList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BootCheckJobList
         */

        /**
         * Creates a plain object from a BootCheckJobList message. Also converts values to other types if specified.
         * @param message BootCheckJobList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: meshbackup.BootCheckJobList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BootCheckJobList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BootCheckJobList {

        /** Properties of a BootCheckJobList. */
        interface $Properties {

            /** BootCheckJobList jobs */
            jobs?: (meshbackup.BootCheckJob.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BootCheckJobList. */
        type $Shape = meshbackup.BootCheckJobList.$Properties;
    }
}
