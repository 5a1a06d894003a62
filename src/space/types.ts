/**
 * The space route's types, generated from its schemas
 * (space-walk.schema.json, space.schema.json) into spacewalk.generated.ts;
 * this module gives them the names the views use.
 */
import type {
  Cache,
  HeldFile,
  Holder,
  Sized,
  SpaceAnswer,
  SpaceWalk
} from '../spacewalk.generated';

export type ISpaceWalkEnvelope = SpaceWalk;
export type ISpaceAnswer = SpaceAnswer;
export type ISized = Sized;
export type ISpaceCache = Cache;
export type IHeldFile = HeldFile;
export type IHolder = Holder;
