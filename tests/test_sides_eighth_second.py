"""Sides rules of the eighth session, second pass: the halves of Korea named by their bearing
("the North", "the South"), and a country described by an apposition that names another
("China, North Korea's main ally") acting alone."""

from coding import code_text, side_countries


def test_the_norths_army_threatens_the_south(pipeline):
    text = ("Seoul's unification minister said on Monday that Pyongyang had rejected the offer. "
            "The North's army threatened to shell the South's border posts.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "THREATEN") == [("PRK", "KOR")]


def test_urged_the_north(pipeline):
    text = ("South Korean President Yoon Suk Yeol visited a frontline unit on Tuesday. "
            "Yoon urged the North to halt its missile tests and come back to talks.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "REQUEST") == [("KOR", "PRK")]


def test_sanctions_on_the_north(pipeline):
    text = ("South Korea's navy said a ballistic missile fell into the sea on Sunday. "
            "The U.N. Security Council imposed fresh sanctions on the North in March.")
    events = code_text(pipeline, text, "2024-05-10")
    assert [t for _, t in side_countries(events, "SANCTION")] == ["PRK"]


def test_a_country_described_as_anothers_ally_acts_alone(pipeline):
    text = ("Israeli jets struck targets near Damascus on Monday. "
            "The United States, Israel's closest ally, urged Iran to show restraint.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "REQUEST") == [("USA", "IRN")]


def test_a_capital_described_as_anothers_backer_acts_alone(pipeline):
    text = ("Fighting broke out on Sunday. "
            "Washington, Kyiv's biggest backer, called on Moscow to withdraw its troops.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "REQUEST") == [("USA", "RUS")]


def test_anti_foreign_slogans_target_that_country(pipeline):
    # A crowd at home that sets itself against a foreign country targets that country.
    text = ("Tokyo approved a new history textbook on Tuesday. "
            "In Seoul, thousands of students rallied on Saturday, carrying anti-Japanese placards.")
    events = code_text(pipeline, text, "2024-05-10")
    assert [t for _, t in side_countries(events, "PROTEST")] == ["JPN"]


def test_anti_us_banners(pipeline):
    text = ("Washington vetoed the resolution on Monday. In Karachi, hundreds of demonstrators "
            "marched on Friday, burning flags and waving anti-US banners.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "PROTEST") == [("PAK", "USA")]


def test_protesters_scuffled_with_foreign_soldiers(pipeline):
    text = ("Israel closed the crossing on Thursday. Hundreds of Palestinians protested in "
            "Hebron on Friday, and some scuffled with Israeli soldiers.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "PROTEST") == [("PSE", "ISR")]


def test_stood_behind_its_ally_is_the_one_attacked(pipeline):
    # An unnamed ally or partner is the one the latest act between two others was aimed at.
    text = ("A Chinese coast guard ship fired water cannon at a Philippine supply boat on "
            "Sunday. Australia said it stood firmly behind its ally.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "SUPPORT") == [("AUS", "PHL")]


def test_back_its_friend(pipeline):
    text = ("Serbian police detained two Kosovo officers on Monday. "
            "Albania said it would back its friend.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "SUPPORT") == [("ALB", "XKX")]
