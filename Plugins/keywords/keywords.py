#!/usr/bin/env python3
"""Keyword extraction for Gloss, as an out-of-process analyzer (Python standard library only).

Key phrases are scored as in RAKE (Rose et al., 2010, "Automatic keyword extraction from
individual documents"): the text is cut into runs of content words at stop words and
punctuation, and each word scores degree / frequency over those runs. Candidates are the phrases
of up to `max-words` words inside the runs, counted over the document; a phrase scores the sum
of its words' scores times its count, and a phrase that only ever occurs inside a longer one is
dropped. Output, under the record key named in pipelines.yaml (e.g. "keywords"):

    "keywords": [{"text": "interest rates", "score": 4.0, "count": 2, "start": 17, "end": 31}, ...]

"start"/"end" locate the first mention in the record's "text" in code points (Python str
indexes, as the record contract requires).

The protocol (see README, "Writing an analyzer"): one JSON object per line each way.
  1. we write the handshake  {"gloss": 1, "summary": ..., "options": [...]}
  2. gloss sends             {"analyzer": NAME, "options": {...}}  and we answer {"ok": true}
                             or {"error": "..."} to refuse the options
  3. for each document gloss sends its record; we answer {"id": ..., NAME: ...}
Input may end at any point (gloss reads the handshake once at load time and closes): we then exit.
Use it in pipelines.yaml:

    plugins:
      - command: [python3, Plugins/keywords/keywords.py]
        name: keywords
"""
import json
import re
import sys

OPTIONS_HELP = [
    {"key": "top", "type": "integer", "default": "10", "summary": "Number of key phrases to return"},
    {"key": "max-words", "type": "integer", "default": "3", "summary": "Longest key phrase, in words"},
]

# Worked examples: shown by `gloss analyzers keywords` and run as tests through this process.
EXAMPLES = [
    {"note": "Phrases repeated in the text rank first",
     "text": "The central bank raised interest rates on Tuesday. Higher interest rates will slow inflation, "
             "the central bank said.",
     "options": "{top: 2}",
     "expected": '{"keywords": [{"text": "interest rates", "count": 2, "start": 24, "end": 38}, '
                 '{"text": "central bank", "count": 2, "start": 4, "end": 16}]}',
     "exact": True},
    {"note": "Offsets are code points, so accented letters and curly apostrophes count once",
     "text": "Z\u00fcrich\u2019s council approved the tram extension. Residents of H\u00f6ngg welcomed the tram extension.",
     "options": "{top: 3}",
     "expected": '{"keywords": [{"text": "Z\u00fcrich\u2019s council approved", "start": 0, "end": 25}, '
                 '{"text": "tram extension", "count": 2, "start": 30, "end": 44}]}'},
]

STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each even ever every few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just least less like many may me might more most much must my myself new no nor not now of
off often on once one only or other our ours ourselves out over own per rather said same say says
she should since so some still such than that the their theirs them themselves then there these
they this those though through to too told under until up upon us very was we were what when where
whether which while who whom whose why will with within without would yet you your yours yourself
yourselves mr mrs ms dr according year years
""".split())

WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Punctuation that ends a candidate phrase (sentence and clause marks, quotes, brackets).
BREAK = re.compile(r"[.,;:!?()\[\]{}\"\u201c\u201d\u2014\u2013]|\s-\s|\n")


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def configure(options):
    """The validated options, or raises ValueError naming the option (`key: why`)."""
    known = {item["key"] for item in OPTIONS_HELP}
    for key in options:
        if key not in known:
            raise ValueError("unknown option '%s' (options: %s)" % (key, ", ".join(sorted(known))))
    settings = {"top": options.get("top", 10), "max-words": options.get("max-words", 3)}
    for key, value in settings.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError("%s: expected a positive integer, got %s" % (key, json.dumps(value)))
    return settings


def runs(text):
    """Candidate runs: maximal stretches of content words, as lists of (word, start, end) in
    code points, cut at stop words and punctuation."""
    result = []
    current = []
    last_end = 0
    for match in WORD.finditer(text):
        word = match.group(0)
        if current and BREAK.search(text, last_end, match.start()):
            result.append(current)
            current = []
        if word.lower() in STOP_WORDS or len(word) < 2:
            if current:
                result.append(current)
            current = []
        else:
            current.append((word, match.start(), match.end()))
        last_end = match.end()
    if current:
        result.append(current)
    return result


def extract(text, settings):
    max_words = settings["max-words"]
    found_runs = runs(text)
    # RAKE word scores: degree (words co-occurring in a run, capped at max-words so one long
    # run does not dominate) over frequency.
    frequency = {}
    degree = {}
    for run in found_runs:
        for word, _, _ in run:
            key = word.lower()
            frequency[key] = frequency.get(key, 0) + 1
            degree[key] = degree.get(key, 0) + min(len(run), max_words)
    # Candidate phrases: every stretch of up to max-words words inside a run, counted over the
    # document, so a phrase repeated inside longer runs ("rural schools") is still found.
    found = {}
    for run in found_runs:
        for size in range(1, min(max_words, len(run)) + 1):
            for first in range(len(run) - size + 1):
                words = run[first:first + size]
                key = tuple(word.lower() for word, _, _ in words)
                entry = found.get(key)
                if entry is None:
                    found[key] = {"text": text[words[0][1]:words[-1][2]], "count": 1,
                                  "start": words[0][1], "end": words[-1][2]}
                else:
                    entry["count"] += 1
    # A phrase inside a longer phrase that occurs as often adds nothing: keep the longer one.
    for key, entry in list(found.items()):
        for size in range(1, len(key)):
            for first in range(len(key) - size + 1):
                part = found.get(key[first:first + size])
                if part is not None and part["count"] <= entry["count"]:
                    part["subsumed"] = True
    ranked = []
    for key, entry in found.items():
        if entry.pop("subsumed", False):
            continue
        word_score = sum(degree[word] / frequency[word] for word in key)
        ranked.append({"text": entry["text"], "score": round(word_score * entry["count"], 3),
                       "count": entry["count"], "start": entry["start"], "end": entry["end"]})
    ranked.sort(key=lambda item: (-item["score"], item["start"]))
    return ranked[:settings["top"]]


def main():
    send({"gloss": 1, "summary": "Key phrases of the text (RAKE), from a Python process",
          "options": OPTIONS_HELP, "examples": EXAMPLES})
    line = sys.stdin.readline()
    if not line:
        return
    request = json.loads(line)
    name = request.get("analyzer", "keywords")
    try:
        settings = configure(request.get("options") or {})
    except ValueError as error:
        send({"error": str(error)})
        return
    send({"ok": True})
    for line in sys.stdin:
        record = json.loads(line)
        try:
            send({"id": record["id"], name: extract(record["text"], settings)})
        except Exception as error:  # one bad document must not stop the others
            send({"id": record.get("id"), "error": "%s: %s" % (type(error).__name__, error)})


if __name__ == "__main__":
    main()
