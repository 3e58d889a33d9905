"""The sense gate on annotated sentences of the released event sets (tests/data/events_heldout*.json):
arrests of people, names that are no agents, stances of political bodies with no side acted on;
and on fresh BBC and web articles, who acts when a verb is coded only by its block's default."""

from pipeline.events import extract_events


def _events(nlp, text):
    return [(e.plover_type, e.trigger.text, [a.text for a in e.actors], [t.text for t in e.targets])
            for e in extract_events(nlp(text), None)]


def test_an_arrest_or_detention_of_people_is_an_act_of_the_state_whoever_they_are(nlp):
    # a business person arrested: the arrest is no business sense (CAMEO 173)
    found = _events(nlp, "One of Japan's best-known businessmen was arrested on Thursday on charges of "
                         "falsifying shareholder information and selling shares based on the false data.")
    assert ("COERCE", "arrested", [], ["Japan's best-known businessmen"]) in found
    found = _events(nlp, "It comes after law lords ruled that the detention of 12 foreign terror suspects "
                         "without trial breached human rights.")
    assert [e[:2] for e in found] == [("COERCE", "detention")]
    # a ban (CAMEO 172) on a player stays a sports sense; a firm's lawsuit a business one
    assert _events(nlp, "The striker was banned for two matches after the game.") == []
    assert _events(nlp, "The company has also sued former auditors and financial advisors for damages.") == []


def test_a_name_of_several_words_is_not_its_last_words_agent(nlp):
    # "Patrol" is a Phoenix military agent; the band is none
    assert _events(nlp, 'Snow Patrol had "no other course of action" but to ask their co-founder and '
                        "bassist to leave the band, lead singer Gary Lightbody has said.") == []
    found = _events(nlp, "The Metropolitan Police arrested two men.")
    assert [e[:3] for e in found] == [("COERCE", "arrested", ["Metropolitan Police"])]


def test_a_defence_without_force_is_verbal(nlp):
    # the DEFEND block's default is military protection (CAMEO 074); a regime or a person
    # defended with no force shown is CAMEO's verbal defence (052), a country stays protected
    found = _events(nlp, "But he defended the UK's current regime, saying all systems around the world "
                         "were subject to abuse.")
    assert [e[:2] for e in found] == [("SUPPORT", "defended")]
    found = _events(nlp, "He ordered British troops to march into the streets of Belfast to protect Catholic civilians.")
    assert ("AID", "protect", ["British troops"], ["Catholic civilians"]) in found
    found = _events(nlp, "The minister said it was for Parliament to decide how best Britain could be "
                         "defended against the threat of terrorism.")
    assert [e[:2] for e in found] == [("AID", "defended")]


def test_a_speech_act_noun_naming_what_someone_is_is_no_act(nlp):
    # a threat as a copula's predicate or "under threat" is a quality or state
    assert _events(nlp, "The government thought Iraq was a very serious threat.") == []
    assert _events(nlp, "The UK government promised they would not be a threat to the national security "
                        "of the US.") == []
    assert _events(nlp, "It is a democratic system which right now is under threat.") == []
    assert [e[:2] for e in _events(nlp, "North Korea issued a threat against South Korea.")] == [("THREATEN", "issued")]


def test_a_warning_dated_by_its_phrase_still_only_reports_a_clause(nlp):
    # "on Thursday" dates the warning; the clause is what was said, no threat to anyone
    assert _events(nlp, "Separately, the IMF warned on Thursday that India's budget deficit was too large "
                        "and would hamper the country's economic growth.") == []
    found = _events(nlp, "The union warned on Monday that there could be walkouts unless the government backed down.")
    assert [e[:2] for e in found] == [("THREATEN", "warned")]


def test_a_verb_naming_its_object_is_no_call(nlp):
    # CALL's default is a phone call (041); "calls X Y" names X
    assert _events(nlp, 'The judges called it "an impressive and readable piece of scholarship".') == []
    assert _events(nlp, "The film shows Mr Howard laughing at Rory Bremner's impression of him as Dracula, "
                        'which he calls "good fun".') == []


def test_a_verb_with_a_particle_the_dictionary_lacks_is_another_verb(nlp):
    # "take up" and "hold off" are not listed; the bare verbs' defaults (seize 171, coerce
    # 170) are other senses. A listed particle verb keeps its code ("carried out")
    assert _events(nlp, "Why will the prime minister not simply take up the Tories' offer to extend "
                        "the existing powers?") == []
    found = _events(nlp, "Cragg, who recently defeated Olympic 10,000m champion Kenenisa Bekele in Boston, held off "
                         "Bekele's Ethiopian colleague Markos Geneti by only 0.19secs to secure his victory.")
    assert "held" not in [e[1] for e in found]
    found = _events(nlp, "Rebels carried out an attack on the base.")
    assert [e[:2] for e in found] == [("ASSAULT", "carried")]


def test_a_participle_with_its_agent_describing_a_noun_is_a_label(nlp):
    # LEAD's default (060) and HOLD's (170) are no event of "the coalition headed by",
    # "Britons held by"; a pattern-coded participle still is ("sanctions imposed in 1998")
    found = _events(nlp, "The communist parties give crucial support to the coalition headed by Prime Minister "
                         "Manmohan Singh.")
    assert "headed" not in [e[1] for e in found]
    found = _events(nlp, "All four Britons held by the US in Guantanamo Bay will be returned to the UK within weeks.")
    assert "held" not in [e[1] for e in found]


def test_a_stance_of_a_political_body_needs_no_side_acted_on(nlp):
    # a block default ("welcomed", "branded") by officials or a party named as the actor
    found = _events(nlp, "Both Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott "
                         "have welcomed his return.")
    assert [e[:2] for e in found] == [("SUPPORT", "welcomed")]
    found = _events(nlp, "Labour has already branded the proposal unworkable.")
    assert [e[:3] for e in found] == [("ACCUSE", "branded", ["Labour"])]
    # a body the sources read as government that the agents dictionary lacks
    found = _events(nlp, "Donor nations have promised to give $717m (£379m) in disaster relief over the "
                         "next six months, according to the United Nations.")
    assert [e[:3] for e in found] == [("AGREE", "promised", ["Donor nations"])]
    # the weaker evidence holds for a reported fact only: what a party "would announce" is none
    assert _events(nlp, "She said the Conservatives would announce their proposals closer to the "
                        "General Election.") == []


def test_a_players_name_that_ends_as_a_listed_officials_does_not_make_a_sentence_political(nlp):
    assert _events(nlp, "He missed a tackle on Michael Owen in the build-up to Wales' try, conceded a "
                        "penalty at the breakdown and fumbled Gavin Henson's cross-kick into touch.") == []


def test_a_title_before_a_name_makes_a_sentence_political_only_as_an_office(nlp):
    # Phoenix codes "captain" as military and "actor" as an elite: as titles of a player or an
    # actor whose name the dictionaries lack they are no officials (fresh BBC articles)
    assert _events(nlp, "All Blacks captain Tama Umaga has warned the Lions they will be his "
                        "toughest opponents.") == []
    assert _events(nlp, "Best actor Jamie Foxx could not attend, but actress Helen Mirren read out his "
                        "acceptance speech.") == []
    found = _events(nlp, "Foreign Secretary Jack Straw has warned Iran of the consequences.")
    assert [e[:2] for e in found] == [("THREATEN", "warned")]


def test_a_place_is_no_other_side_of_force_for_people_the_dictionaries_lack(nlp):
    # PHYSICAL_CONFLICT's synonym by an athlete at a venue (fresh BBC articles)
    assert _events(nlp, "Kelly Holmes stormed to the 1,000m title at the Birmingham Grand Prix.") == []
    # a passive's unnamed agent with a place stays force
    found = _events(nlp, "Two soldiers were ambushed in Baghdad on Tuesday.")
    assert [e[:2] for e in found] == [("ASSAULT", "ambushed")]


def test_a_block_synonym_needs_a_public_side_as_its_own_subject(nlp):
    # ACCLAIM's 051 by people at large, GO_SOMEWHERE's 040 by a TV station whose partner is an
    # office: other senses of the verbs (fresh web articles)
    assert _events(nlp, "Lawrence says she hopes that people around the world will admire Redonda.") == []
    assert _events(nlp, "On Wednesday night, Hasib said shortly after ABC13 left his office, someone from "
                        "the sheriff's office took a report.") == []
    # an office holder acting, or with no subject a named office holder met, stays an event
    found = _events(nlp, "Tony Blair has backed Chancellor Gordon Brown's pre-Budget report.")
    assert [e[:3] for e in found] == [("SUPPORT", "backed", ["Tony Blair"])]
    found = _events(nlp, "He arrived in Britain on Sunday night after flying from the United States, where he "
                         "met President George W Bush.")
    assert found == [("CONSULT", "met", [], ["President George W Bush"])]
    # a person's name the dictionaries lack, acting on a public side, is a dyad
    found = _events(nlp, "Ms. Mills cooperated with the Justice Department and Congress.")
    assert found == [("COOPERATE", "cooperated", ["Ms. Mills"], ["Justice Department", "Congress"])]
    # a stance needs no side acted on
    assert [e[:2] for e in _events(nlp, "Campaigners welcomed news of the preliminary agreement.")] == [
        ("SUPPORT", "welcomed")]


def test_a_request_by_a_block_synonym_asks_someone(nlp):
    # DEMAND's and SUGGEST's synonyms with no one asked are no requests (fresh BBC and web articles)
    assert _events(nlp, "Nevertheless, the IPCC proposes two pathways providing a one-in-two chance of "
                        "warming remaining below 1.5C.") == []
    found = _events(nlp, "Tory delegates are gathering for their last conference before the general election, "
                         'declaring Britain needs "a change at the top".')
    assert "REQUEST" not in [e[0] for e in found]
    found = _events(nlp, "The United States pushed Israel to halt the offensive.")
    assert ("REQUEST", "pushed", ["United States"], ["Israel"]) in found



def test_a_gerund_after_a_preposition_takes_its_clauses_subject(nlp):
    # "by" names how the clause's subject acted; a passive gerund after a time anchor ("after
    # being convicted") is done to the clause's subject
    found = _events(nlp, "The government is being naive by refusing to allow phone-tap evidence in court.")
    assert ("REJECT", "refusing", ["government"], []) in found
    found = _events(nlp, "Lord Archer spent two years in prison after being convicted of perjury.")
    assert found == [("COERCE", "convicted", [], ["Lord Archer"])]


def test_a_time_spent_doing_something_is_no_one_to_do_it(nlp):
    from pipeline.events.arguments import subjects

    doc = nlp("Walker then spent weeks threatening to primary several members of his own delegation.")
    assert [t.text for t in subjects(doc[4])] == ["Walker"]


def test_an_event_noun_acted_on_is_coded_by_whose_it_is(nlp):
    # critics' calls: a side of opposition (the sources' opposition nouns), as "critics" alone is
    found = _events(nlp, "The government rejected critics' calls for the law change to be delayed.")
    assert ("REJECT", "rejected", ["government"], ["critics' calls"]) in found


def test_people_of_a_country_by_a_noun_no_dictionary_codes_are_not_the_state(nlp):
    # "French consumers" are of France, not the French state ("Russian forces" are MIL)
    assert _events(nlp, "French consumers increased their spending by 1.5% in January.") == []


def test_a_demand_asks_the_subject_of_what_someone_is_to_do(nlp):
    # the clause's subject is asked, as an object is ("urged the home secretary to hold"):
    # two named sides make the dyad the dictionaries alone do not
    found = _events(nlp, "After the election, Liberals demanded Sir Edward Heath quit in return for co-operation.")
    assert found == [("REQUEST", "demanded", ["Liberals"], ["Sir Edward Heath"])]
    found = _events(nlp, "The opposition demanded that the president step down.")
    assert ("REQUEST", "demanded", ["opposition"], ["president"]) in found
    # a "should" clause after a verb of saying is an opinion, no one asked (the seed article)
    found = _events(nlp, "The Trump administration’s strategy suggested that Washington should support right-wing movements.")
    assert "REQUEST" not in [e[0] for e in found]


def test_force_caused_by_what_cannot_act_is_a_disaster_not_an_assault(nlp):
    # no agent, and the cause the sentence names is no actor, weapon or event of force
    assert _events(nlp, "More than 23,000 people have been killed following a massive underwater earthquake.") == []
    assert _events(nlp, "Insurers fear losses after an earthquake and giant waves killed at least 38,000 "
                        "people in southern Asia.") == []
    # an attack as the cause keeps the event
    found = _events(nlp, "Twelve people were killed after the attack on the market.")
    assert [e[:2] for e in found] == [("ASSAULT", "killed")]


def test_a_place_of_the_main_clause_is_no_venue_of_a_joined_clause(nlp):
    # "in New York" places the call, not "it took 10 years", which no force is
    assert _events(nlp, "The first ever call over a portable phone was made in 1973 in New York but it "
                        "took 10 years for the first commercial mobile service to be launched.") == []


def test_a_city_before_an_event_noun_is_its_venue_a_country_its_actor(nlp):
    # "London" was the actor (GBR) of a businessman's press conference
    assert _events(nlp, "Standard Chartered chief executive Mervyn Davies said at a London press "
                        "conference that they won.") == []
    (bombing,) = extract_events(nlp("A Baghdad bombing killed 20 people."), None)
    assert (bombing.trigger.text, bombing.actors, bombing.location_name) == ("bombing", (), "Baghdad")
    assert [e[:3] for e in _events(nlp, "A US raid killed 12 militants.")] == [("ASSAULT", "raid", ["US"])]


def test_a_person_at_large_wages_no_battle(nlp):
    # a noun of force needs a side that can wage it: not one person or people at large
    assert _events(nlp, "Based on the true story of a paralysed man's battle to end his life, The Sea "
                        "Inside was best foreign language film.") == []
    assert [e[:2] for e in _events(nlp, "Israeli airstrikes hit the town.")] == [("ASSAULT", "airstrikes")]


def test_a_particle_cues_force_only_on_the_trigger(nlp):
    # "down" cues air defence as the trigger's own particle, not as another verb's in the clause
    assert _events(nlp, "Fowler's double strike helped City come back from two goals down to clinch a "
                        "dramatic win at Carrow Road.") == []
    found = _events(nlp, "A military helicopter was shot down over Baghdad.")
    assert [e[:2] for e in found] == [("ASSAULT", "shot")]


def test_force_with_a_lethal_result_is_evidence_of_force(nlp):
    # no agent, an unresolved "He": "to death" on the verb or a verb joined to it is evidence
    found = _events(nlp, "He was allegedly beaten to death while in the custody of the Queen's Lancashire Regiment.")
    assert [e[:2] for e in found] == [("ASSAULT", "beaten")]
    found = _events(nlp, "Van Gogh was shot and stabbed to death in November 2004.")
    assert [e[:2] for e in found] == [("ASSAULT", "shot")]
    assert _events(nlp, "England were beaten by Wales.") == []


def test_a_subject_that_cannot_act_borrowed_by_misattachment_gives_way_to_the_one_above(nlp):
    # a conjunct hung from the copular clause a reporting verb reports, an infinitive
    # controlled by a thing: the reporting verb's or the main verb's subject acts
    found = _events(nlp, "Tony Blair said the report was flawed and refused to apologise.")
    assert [e[:3] for e in found] == [("REJECT", "refused", ["Tony Blair"])]
    found = _events(nlp, "Mr Kennedy also used his TV appearance to defend his party's plans to increase income tax.")
    assert [e[:3] for e in found] == [("SUPPORT", "defend", ["Mr Kennedy"])]
    # a subject that can act keeps the verb: "the government was weak and refused"
    found = _events(nlp, "The Home Secretary said the government was weak and refused to resign.")
    assert ("REJECT", "refused", ["government"], []) in found


def test_a_ban_a_state_body_imposes_on_a_thing_needs_no_side_acted_on(nlp):
    # CAMEO 172 by the government, courts or police; a sport's body is no state
    found = _events(nlp, "Uganda's authorities have banned the play The Vagina Monologues, due to open in the "
                         "capital, Kampala this weekend.")
    assert [e[:3] for e in found] == [("COERCE", "banned", ["Uganda's authorities"])]
    found = _events(nlp, "The government has banned smoking in public places.")
    assert [e[:3] for e in found] == [("COERCE", "banned", ["government"])]
    assert _events(nlp, "The FA banned the striker for three matches.") == []


def test_the_sides_of_a_dispute_act_as_names_the_dictionaries_lack(nlp):
    # the sentence's own official decides, as for a name; a match report names none
    found = _events(nlp, "New EU trade commissioner Peter Mandelson said on Tuesday that the two sides had agreed "
                         "to reopen talks in the aircraft subsidies row.")
    assert ("AGREE", "agreed", ["two sides"], []) in found
    assert _events(nlp, "Both sides agreed that the referee had made the right call.") == []


def test_people_the_dictionaries_lack_are_no_misread_subject(nlp):
    # the object controlling an infinitive is its subject when it names people, known or not
    assert _events(nlp, "Clarke says he has been absorbing the costs personally until he can persuade utilities "
                        "and steel mills to agree to pay for credits.") == []
    found = _events(nlp, "Donald Trump was using the tweet yesterday really to mock an effort by Hillary Clinton.")
    assert [e[:3] for e in found] == [("ACCUSE", "mock", ["Donald Trump"])]


def test_force_on_what_a_side_owns_is_force_on_that_side(nlp):
    # the struck thing's modifier names its side, as PETRARCH codes the whole phrase
    assert _events(nlp, "Government forces shelled rebel positions near the border.") == [
        ("ASSAULT", "shelled", ["Government forces"], ["rebel positions"])
    ]
    assert _events(nlp, "Rebels attacked an army convoy in the north of the country.") == [
        ("ASSAULT", "attacked", ["Rebels"], ["army convoy"])
    ]
    # a government's red tape attacked is still a verbal attack
    found = _events(nlp, 'But Oliver Letwin, for the Tories, attacked government red tape and debt, dubbing '
                         'Mr Brown "Sir Wastealot".')
    assert [e[:2] for e in found] == [("ACCUSE", "attacked")]
    # a force noun's "of" phrase names what it struck, a thing too
    found = _events(nlp, "The bombing of the embassy killed 20 people.")
    assert [(e[0], e[1], e[3]) for e in found] == [("ASSAULT", "bombing", ["embassy"])]


def test_shots_fired_at_people_need_no_weapon_named(nlp):
    found = _events(nlp, "Police fired tear gas at protesters in the capital.")
    assert [e[:3] for e in found] == [("ASSAULT", "fired", ["Police"])] and "protesters" in found[0][3]
    assert [e[:3] for e in _events(nlp, "Troops fired on the crowd.")] == [("ASSAULT", "fired", ["Troops"])]
    # fired from a job on a date, told to drop a gun: no shots
    assert _events(nlp, "Ms Simonetti announced on her blog she had been fired on 1 November.") == []
    assert "ASSAULT" not in [e[0] for e in _events(nlp, "Police told him to drop his gun.")]


def test_harm_done_to_people_is_force_whoever_did_it(nlp):
    # a noun naming harm in every sense, referring to one event, needs no side coded
    # (released held-out sentences the gate dropped: "nobody to code", no official named)
    found = _events(nlp, "The killing, and Fortuyn's death in 2002, convulsed the Netherlands.")
    assert [e[:2] for e in found] == [("ASSAULT", "killing")]
    found = _events(nlp, "But his assassination on Monday sent shudders through Lebanon's business community, "
                         "which saw the billionaire tycoon as the country's best hope for economic revival.")
    assert [e[:2] for e in found] == [("ASSAULT", "assassination")]
    # the bombing is harm, whoever did it, and no act of whoever cannot reach the hospital
    found = _events(nlp, "Some pregnant women cannot reach the hospital easily due to the intensity of the bombing.")
    assert [e[:3] for e in found] == [("ASSAULT", "bombing", [])]
    found = _events(nlp, "During the IRA bombings there were massive explosions in Canary Wharf.")
    assert [e[:3] for e in found] == [("ASSAULT", "bombings", ["IRA"])]
    # a verb of harm done to a person (fresh BBC article); a death verb needs someone who did it
    found = _events(nlp, "Van Gogh was shot and stabbed in November 2004, following death threats he "
                         "received about his film Submission.")
    assert ("ASSAULT", "stabbed", [], ["Van Gogh"]) in found
    assert _events(nlp, "Police said the teenage driver was killed, and paramedics rushed the passenger "
                        "to hospital.") == []
    found = _events(nlp, "On Thursday, Officer Betty Shelby, who shot and killed 40-year-old Terence Crutcher "
                         "in Tulsa last week, was charged with first-degree manslaughter.")
    assert ("ASSAULT", "killed", ["Officer Betty Shelby"], ["40-year-old Terence Crutcher"]) in found
    # harm to oneself, to anyone in a game, a fortune made: no assault
    assert _events(nlp, "Veterans in 2014 were killing themselves at three times the rate of civilians.") == []
    assert _events(nlp, "And irregular save points mean you have to backtrack each time you are killed.") == []
    assert _events(nlp, "Investors who bought early made a killing.") == []
