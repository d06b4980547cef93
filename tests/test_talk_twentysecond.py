"""Verbal acts of the twenty-second session's talk lane: an act named by a quoted word of blame
the parser hangs on the act ("called the deportations 'unacceptable'") accuses its doer;
telling someone something by telephone is a call with them; a charge a relative clause denies
("..., a charge Rwanda denies") is a rejection, also where the parser reads the charge as the
denial's subject."""

from coding import code_text, side_prefixes

PUB = "2020-05-14"


def test_quoted_blame_word_after_the_act_accuses_its_doer(pipeline):
    text = ("Venezuelan authorities deported another 300 Colombians from the border state of "
            "Tachira on Tuesday. Colombian President Ivan Duque called the deportations "
            "\"unacceptable\" and said his compatriots had been treated \"like criminals\".")
    assert ("COL", "VEN") in side_prefixes(code_text(pipeline, text, PUB), "ACCUSE")


def test_joined_quoted_blame_words_accuse(pipeline):
    text = ("Peru expelled the Mexican ambassador on Tuesday. Mexican President Andres Manuel "
            "Lopez Obrador called the expulsion \"hasty and unjustified\" at his "
            "morning news conference.")
    assert ("MEX", "PER") in side_prefixes(code_text(pipeline, text, PUB), "ACCUSE")


def test_a_threat_named_as_such_accuses(pipeline):
    text = ("Russia moved troops to the border on Monday. Ukrainian President Volodymyr "
            "Zelensky called the build-up \"a direct threat\" to his country.")
    assert ("UKR", "RUS") in side_prefixes(code_text(pipeline, text, PUB), "ACCUSE")


def test_praise_named_after_the_act_is_no_accusation(pipeline):
    text = ("Officials from Sudan and Egypt met in Geneva on Monday. The Swiss foreign "
            "minister called the talks \"constructive\".")
    assert side_prefixes(code_text(pipeline, text, PUB), "ACCUSE") == []


def test_telling_someone_by_telephone_is_a_call(pipeline):
    text = ("Russian President Vladimir Putin told French President Emmanuel Macron by "
            "telephone on Monday that the pullout would begin.")
    assert side_prefixes(code_text(pipeline, text, PUB), "CONSULT") == [("RUS", "FRA")]


def test_raising_an_issue_by_telephone_with_someone_is_a_call(pipeline):
    text = ("Afghan President Ashraf Ghani said he had raised the shelling by telephone with "
            "Pakistani Prime Minister Imran Khan.")
    assert side_prefixes(code_text(pipeline, text, PUB), "CONSULT") == [("AFG", "PAK")]


def test_a_charge_denied_in_the_present_is_a_rejection(pipeline):
    text = "Kinshasa accuses Kigali of arming and commanding the M23, a charge Rwanda denies."
    assert ("RWA", "COD") in side_prefixes(code_text(pipeline, text, PUB), "REJECT")


def test_a_charge_misread_as_the_denials_subject_is_a_rejection(pipeline):
    text = ("Moscow has accused Kiev of siphoning off gas meant for Europe, a charge Ukraine "
            "denies.")
    events = code_text(pipeline, text, PUB)
    assert ("RUS", "UKR") in side_prefixes(events, "ACCUSE")
    assert ("UKR", "RUS") in side_prefixes(events, "REJECT")


def test_a_charge_read_as_a_second_subject_is_a_rejection(pipeline):
    text = ("Ecuador's interior minister went further, accusing the Colombian government of "
            "failing to control its side of the frontier, a charge Bogota rejected.")
    assert ("COL", "ECU") in side_prefixes(code_text(pipeline, text, PUB), "REJECT")


def test_a_charge_repair_keeps_the_sentences(pipeline):
    doc = pipeline.nlp("Moscow has accused Kiev of siphoning off gas, a charge Ukraine denies. "
                       "Gazprom said on Monday that it would cut supplies.")
    assert len(list(doc.sents)) == 2
    assert [t.dep_ for t in doc if t.lower_ in ("charge", "ukraine", "denies")] == [
        "npadvmod", "nsubj", "relcl"]


def test_a_repeated_denial_stays_with_the_denial_not_the_accusation(pipeline):
    text = ("Gedi also accused Eritrea of smuggling weapons to the insurgents, a charge Asmara "
            "has repeatedly denied.")
    assert ("SOM", "ERI") in side_prefixes(code_text(pipeline, "Somali Prime Minister Ali "
                                                     "Mohamed Gedi spoke on Tuesday. " + text,
                                                     PUB), "ACCUSE")


def test_a_charge_denied_by_a_pronoun_is_no_rejection(pipeline):
    text = ("Damascus has accused Sunni groups in northern Lebanon of smuggling fighters and "
            "weapons across the border to the rebels, a charge they deny.")
    assert side_prefixes(code_text(pipeline, text, PUB), "REJECT") == []
