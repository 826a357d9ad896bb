import type { PluralForms } from '../catalog';
import { en, type MessageKey } from './en';

/** A translation gives every English key, a plural object where English has one. */
export type Translation = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms };

export type { MessageKey };

/** Plural keys (their messages.json entries are `key__one`, `key__other`, …). */
export type PluralKey = { [K in MessageKey]: (typeof en)[K] extends string ? never : K }[MessageKey];
export type TextKey = Exclude<MessageKey, PluralKey>;

type NamesIn<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | NamesIn<Rest> : never;
type Texts<M> = M extends string ? M : M[keyof M];

/** The `{name}` parameters of a message, so a call that forgets or misspells one does not compile. */
export type ParamsFor<K extends MessageKey> = Record<NamesIn<Texts<(typeof en)[K]>>, string | number>;
/** Arguments after the key: none for a plain message, its parameters otherwise. */
export type ArgsFor<K extends MessageKey> = [NamesIn<Texts<(typeof en)[K]>>] extends [never] ? [] : [params: ParamsFor<K>];
/** Arguments after key and count of a plural message (`count` is given by the count itself). */
export type PluralArgsFor<K extends MessageKey> = [Exclude<NamesIn<Texts<(typeof en)[K]>>, 'count'>] extends [never]
  ? []
  : [params: Record<Exclude<NamesIn<Texts<(typeof en)[K]>>, 'count'>, string | number>];
/** Messages without parameters: a variable holding one of these can be passed to `t` alone. */
export type PlainKey = { [K in TextKey]: ArgsFor<K> extends [] ? K : never }[TextKey];
