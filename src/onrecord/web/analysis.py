"""The cross-document analysis over the record, shaped for the pages and the JSON API.

A speaker's kinds and shifts, and one quote's other reports, are computed per request over just
that speaker's attributions or that quote's full-text candidates, so a page costs a few queries and
milliseconds. The collection-wide misquote list needs every attribution, so it is cached per
database state (attribution count and newest id) and recomputed only after an ingest changes it.
"""
from __future__ import annotations

import threading
from collections import Counter

from onrecord.analysis import Attribution, AttributionRef, SpeakerIndex, attributions, group_quotes, position_shifts, statement_kinds
from onrecord.analysis.variants import QuoteGroup
from onrecord.store import Store
from onrecord.store.loader import LoadedRecord, candidate_reports, load_all, load_attributions, load_speaker, state


def _report(attribution: Attribution, loaded: LoadedRecord) -> dict:
    """An attribution as the pages show it: where it appeared and its stored ids, for links."""
    return {"attribution_id": loaded.attribution_ids[(attribution.ref.document_id, attribution.ref.index)],
            "document_id": int(attribution.ref.document_id), "title": loaded.titles[attribution.ref.document_id],
            "outlet": attribution.outlet,
            "published": attribution.published, "content": attribution.content, "cue": attribution.cue,
            "type": attribution.type, "direct": attribution.is_direct,
            "speaker": attribution.speaker.name if attribution.speaker else None}


def speaker_kinds(store: Store, speaker_id: int) -> dict:
    """Every attribution of the speaker labelled with its statement kind and polarity, with counts."""
    loaded = load_speaker(store, speaker_id)
    found = list(attributions(loaded.documents))
    read = statement_kinds([(attribution.content, attribution.cue) for attribution in found])
    labelled = [{**_report(attribution, loaded), "kind": kind.kind, "polarity": kind.polarity}
                for attribution, kind in zip(found, read)]
    labelled.sort(key=lambda item: (item["published"] is None, item["published"] or "", item["attribution_id"]))
    return {"speaker_id": speaker_id,
            "by_kind": dict(Counter(item["kind"] for item in labelled).most_common()),
            "by_polarity": dict(Counter(item["polarity"] for item in labelled).most_common()),
            "by_kind_and_polarity": [{"kind": kind, "polarity": polarity, "count": count} for (kind, polarity), count
                                     in Counter((i["kind"], i["polarity"]) for i in labelled).most_common()],
            "attributions": labelled}


def speaker_shifts(store: Store, speaker_id: int, topic: str | None = None, limit: int = 20) -> list[dict]:
    """Pairs of the speaker's statements on one topic whose stances disagree, earlier first, most confident first.

    The stored speaker is the canonical speaker here: the page is about exactly its attributions."""
    loaded = load_speaker(store, speaker_id)
    index = SpeakerIndex()
    canonical_id = f"stored:{speaker_id}"
    for attribution in attributions(loaded.documents):
        name = attribution.speaker.name if attribution.speaker else ""
        kind = attribution.speaker.kind if attribution.speaker else "unknown"
        index.assign(attribution, canonical_id, name, kind, attribution.source or name)
    if not index.speakers:
        return []
    by_ref = {a.ref: a for a in attributions(loaded.documents)}
    shifts = position_shifts(loaded.documents, speaker=canonical_id, topic=topic, index=index, limit=limit)
    return [{"topic": shift.topic, "confidence": round(shift.confidence, 3),
             "earlier": {**_report(by_ref[shift.earlier.attribution.ref], loaded),
                         "stance": shift.earlier.to_dict()["stance"]},
             "later": {**_report(by_ref[shift.later.attribution.ref], loaded),
                       "stance": shift.later.to_dict()["stance"]}}
            for shift in shifts]


def _group_json(group: QuoteGroup, loaded: LoadedRecord) -> dict:
    changes = {id(v.attribution): v.changes for v in group.variants}
    misquoted = {id(v.attribution) for v in group.misquotes()}
    reports = [{**_report(member, loaded), "earliest": position == 0,
                "changes": [c.to_dict() for c in changes.get(id(member), [])],
                "misquote": id(member) in misquoted}
               for position, member in enumerate(group.members)]
    return {"reports": reports, "documents": len({r["document_id"] for r in reports}), "outlets": group.outlets,
            "earliest": reports[0]}


def quote_reports(store: Store, attribution_id: int) -> dict | None:
    """Every stored report of the utterance this attribution reports, earliest first, each with its
    word changes against the earliest; None when there is no such attribution."""
    candidates = candidate_reports(store, attribution_id)
    if candidates is None:
        return None
    loaded = load_attributions(store, candidates)
    wanted = AttributionRef(*next(ref for ref, stored in loaded.attribution_ids.items() if stored == attribution_id))
    found = list(attributions(loaded.documents))
    target = next(a for a in found if a.ref == wanted)
    for group in group_quotes(found):
        if any(member is target for member in group.members):
            return {"attribution_id": attribution_id, **_group_json(group, loaded)}
    only = {**_report(target, loaded), "earliest": True, "changes": [], "misquote": False}
    return {"attribution_id": attribution_id, "reports": [only], "documents": 1,
            "outlets": [target.outlet] if target.outlet else [], "earliest": only}


class MisquoteCache:
    """Quote groups whose direct quotations differ in substance, over the whole record, kept until it changes."""

    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._groups: list[dict] = []

    def groups(self) -> list[dict]:
        key = state(self.store)
        with self._lock:
            if key != self._key:
                loaded = load_all(self.store)
                self._groups = [_group_json(group, loaded) for group in group_quotes(attributions(loaded.documents))
                                if group.misquotes()]
                self._key = key
            return self._groups
