"""A synthetic corpus of short, varied articles that yield events, for tests that need
thousands of articles (crash safety, workers)."""

import json
import random
from datetime import date, timedelta

COUNTRIES = [("France", "French", "Paris"), ("Germany", "German", "Berlin"),
             ("Russia", "Russian", "Moscow"), ("Turkey", "Turkish", "Ankara"),
             ("Iran", "Iranian", "Tehran"), ("Japan", "Japanese", "Tokyo"),
             ("China", "Chinese", "Beijing"), ("India", "Indian", "New Delhi"),
             ("Brazil", "Brazilian", "Brasilia"), ("Egypt", "Egyptian", "Cairo"),
             ("Kenya", "Kenyan", "Nairobi"), ("Mexico", "Mexican", "Mexico City"),
             ("Poland", "Polish", "Warsaw"), ("Spain", "Spanish", "Madrid"),
             ("Nigeria", "Nigerian", "Abuja"), ("Pakistan", "Pakistani", "Islamabad")]
TOPICS = ["trade", "energy", "border security", "the war in Syria", "climate policy",
          "migration", "nuclear talks", "food prices"]
TEMPLATES = [
    "{a_adj} Foreign Minister met his {b_adj} counterpart in {b_city} on {day} to discuss "
    "{topic}, the ministry said in a statement.",
    "{a} imposed new sanctions on {b} on {day} over {topic}, the government in {a_city} "
    "said.",
    "Police in {a_city} arrested dozens of protesters on {day} during a march against "
    "{topic}, witnesses said.",
    "{a} and {b} signed an agreement on {topic} in {a_city} on {day}, officials said.",
    "{a} accused {b} on {day} of violating the agreement on {topic}, a spokesman said in "
    "{a_city}.",
    "The president of {a} visited {b_city} on {day} for talks with the {b_adj} leader on "
    "{topic}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def synthetic_corpus(path, count, seed=7):
    """JSON Lines of ``count`` records: mostly distinct articles, with every 40th a copy of
    an earlier one under a new headline, every 100th an exact repeat under a new id and
    every 150th a broken line."""
    rng = random.Random(seed)
    lines = []
    for number in range(count):
        if number % 150 == 149:
            lines.append(f'{{"id": "broken-{number}", "text": ')
            continue
        if number % 100 == 99:
            lines.append(json.dumps(dict(json.loads(lines[number - 7]), id=f"repeat-{number}")))
            continue
        if number % 40 == 39:
            earlier = json.loads(lines[number - 13])
            text = earlier["text"].replace("wire service", "wire service, updated")
            lines.append(json.dumps(dict(earlier, id=f"copy-{number}", text=text,
                                         title=earlier["title"] + " (update)")))
            continue
        (a, a_adj, a_city), (b, b_adj, b_city) = rng.sample(COUNTRIES, 2)
        published = date(2019, 1, 1) + timedelta(days=rng.randrange(300))
        day = WEEKDAYS[(published.weekday() - rng.randrange(1, 4)) % 7]
        fields = {"a": a, "a_adj": a_adj, "a_city": a_city, "b": b, "b_adj": b_adj,
                  "b_city": b_city, "day": day, "topic": rng.choice(TOPICS)}
        first, second = rng.sample(TEMPLATES, 2)
        text = (f"{first.format(**fields)} {second.format(**fields)} "
                f"Report {number} of the wire service.")
        lines.append(json.dumps({"id": f"a{number:05d}", "title": f"{a} and {b}: {day}",
                                 "text": text, "pub_date": published.isoformat()}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
