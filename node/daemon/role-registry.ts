/**
 * @packageDocumentation
 * The role registry: the only place the daemon learns which roles exist.
 */
import type { RoleFactory } from '../runtime/role.ts'
import type { RoleName } from '../runtime/node-config.ts'
import { manager } from '../../roles/manager/index.ts'
import { scheduler } from '../../roles/scheduler/index.ts'
import { proxy } from '../../roles/proxy/index.ts'
import { repository } from '../../roles/repository/index.ts'

export const roleRegistry: Record<RoleName, RoleFactory> = { manager, scheduler, proxy, repository }
