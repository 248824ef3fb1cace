package org.dyad.actors;

/** What a dictionary phrase names, which decides how it joins an actor. */
public enum EntryType {
  /** A country's name: the actor is the country itself. */
  COUNTRY,
  /** An adjective or demonym ("Russian"): gives a phrase its country. */
  DEMONYM,
  /**
   * A world region's name or adjective ("Africa", "West African"): gives a phrase a CAMEO region
   * code where a country code would stand ("African diplomats" -> AFRGOV). Never a place, and never
   * an article's focus.
   */
  REGION,
  /** A capital or a seat of power ("Moscow", "the Kremlin"): the government, or a place. */
  CAPITAL,
  /** A noun or title ("president", "army"): gives a phrase its sector. */
  AGENT,
  /** A named person, coded by the role they hold at the article's date. */
  PERSON,
  /** A named organisation (IGO, NGO, armed group, state body or company) with a fixed code. */
  ORGANISATION
}
