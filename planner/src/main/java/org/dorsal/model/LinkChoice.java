package org.dorsal.model;

/** A plan's decision for one link: equip it with this option. */
public record LinkChoice(String linkId, String optionId) {}
