package org.dyad.model;

/** What kind of entity an actor is. */
public enum ActorKind {
  /** A state or its people, coded by its ISO 3166 alpha-3 country code. */
  STATE,
  /** A named person, coded by the role they hold. */
  PERSON,
  /** An intergovernmental organisation. */
  IGO,
  /** A non-governmental organisation. */
  NGO,
  /** A non-state armed group. */
  ARMED_GROUP,
  /** A state body: a ministry, central bank, agency or armed service. */
  INSTITUTION,
  /** A company, state-owned or not. */
  COMPANY,
  /** A political party. */
  PARTY,
  /** A news organisation. */
  MEDIA,
  /** A group named by an agent noun only ("rebels", "police"). */
  GROUP
}
