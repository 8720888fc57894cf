//! Attributions in other languages: the verb after the quotation and its speaker, the speaker
//! and verb before it, and "according to", with the typography of each language.

use super::*;

/// Each quotation's resolved speaker and cue, in order.
fn speakers_and_cues(text: &str) -> Vec<(String, String)> {
    analysis(text)
        .quotes
        .iter()
        .filter(|q| q.kind.is_quotation())
        .map(|q| {
            let name = q.speaker.as_ref().map_or("-", |s| s.name.as_str());
            let cue = q.cue.as_ref().map_or("-", |c| c.text.as_str());
            (name.to_owned(), cue.to_owned())
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn spanish_verbs_after_and_before_the_quotation() {
    let text = "«Vamos a reabrir el puerto en marzo», dijo Pia Lund, alcaldesa de Norland.\n\n\
        Nora Quist afirmó: «No hay dinero para el puerto».\n\n\
        «El puerto es viejo», explicó Quist a los periodistas.";
    assert_eq!(
        speakers_and_cues(text),
        pairs(&[
            ("Pia Lund", "dijo"),
            ("Nora Quist", "afirmó"),
            ("Nora Quist", "explicó")
        ])
    );
}

#[test]
fn german_verb_second_and_so_after_the_quotation() {
    let text = "„Wir öffnen den Hafen im März“, sagte Tom Brandt, Bürgermeister von Norland.\n\n\
        „Das Geld fehlt noch immer“, so Brandt.\n\n\
        Dazu erklärte Ada Berg: „Der Hafen ist alt.“";
    assert_eq!(
        speakers_and_cues(text),
        pairs(&[
            ("Tom Brandt", "sagte"),
            ("Tom Brandt", "so"),
            ("Ada Berg", "erklärte")
        ])
    );
}

#[test]
fn french_compound_past_and_inversion() {
    // The pronoun written on the verb goes to the person last named.
    let text = "« Nous rouvrirons le port en mars », a déclaré Ada Berg, maire de Norland.\n\n\
        « Le port est vieux », explique-t-elle.\n\n\
        Mia Holt a affirmé : « Il n'y a pas d'argent. »";
    assert_eq!(
        speakers_and_cues(text),
        pairs(&[
            ("Ada Berg", "a déclaré"),
            ("Ada Berg", "explique-t-elle"),
            ("Mia Holt", "a affirmé")
        ])
    );
    // A verb before the name is no description of the person.
    let a = analysis(text);
    assert_eq!(a.quotes[0].speaker.as_ref().unwrap().description, None);
}

#[test]
fn portuguese_and_italian_with_according_to() {
    let text = "“Vamos reabrir o porto em março”, disse Mia Holt.\n\n\
        Segundo Holt, “o porto é velho demais para os navios novos”.";
    assert_eq!(
        speakers_and_cues(text),
        pairs(&[("Mia Holt", "disse"), ("Mia Holt", "Segundo")])
    );
    let text = "«Riapriremo il porto a marzo», ha detto Ilse Varga.\n\n\
        Varga ha aggiunto: «Non ci sono soldi per il porto».";
    assert_eq!(
        speakers_and_cues(text),
        pairs(&[("Ilse Varga", "ha detto"), ("Ilse Varga", "ha aggiunto")])
    );
}

#[test]
fn indonesian_titles_honorifics_and_the_next_quotation() {
    // A title before the name describes it; a name and verb after one quotation that end in a
    // comma before the next quotation introduce the next one.
    let text = "Presiden Lars Eklund menegaskan, “Tidak ada uang untuk pelabuhan.”\n\n\
        Nora Quist berkata, “Kami akan membuka pelabuhan.” Eklund berkata, “Kapan kapal \
        datang?”\n\n\
        “Pelabuhan itu sudah tua,” kata Quist kepada wartawan.";
    assert_eq!(
        speakers_and_cues(text),
        pairs(&[
            ("Lars Eklund", "menegaskan"),
            ("Nora Quist", "berkata"),
            ("Lars Eklund", "berkata"),
            ("Nora Quist", "kata")
        ])
    );
    // A particle inside a name and an honorific after it.
    let text = "Yusuf bin Hamid ra berkata, “Jangan terlambat.”";
    assert_eq!(
        speakers_and_cues(text),
        pairs(&[("Yusuf bin Hamid", "berkata")])
    );
}

#[test]
fn russian_dash_after_the_comma() {
    let text = "«Мы откроем порт в марте», — сказал Ларс Эклунд, мэр Норланда.\n\n\
        Ада Берг заявила: «Денег на порт нет».\n\n\
        «Порт слишком старый для новых судов», — отметила Берг.";
    assert_eq!(
        speakers_and_cues(text),
        pairs(&[
            ("Ларс Эклунд", "сказал"),
            ("Ада Берг", "заявила"),
            ("Ада Берг", "отметила")
        ])
    );
}

#[test]
fn english_words_of_the_same_spelling_are_left_alone() {
    // "so" after a quotation in English goes on with a verb: no credit.
    let text = "Ada Berg spoke first.\n\n\"We cannot wait,\" so Brandt left the room.";
    assert!(speakers_and_cues(text).iter().all(|(_, cue)| cue != "so"));
}

#[test]
fn a_plural_pronoun_goes_to_the_body_last_named() {
    let text = "Lundi, le Harbour Board a publié un rapport.\n\n\
        « Le port est trop vieux pour les navires », ont-ils déclaré.";
    assert_eq!(
        speakers_and_cues(text),
        pairs(&[("Harbour Board", "ont-ils déclaré")])
    );
}

#[test]
fn particles_hold_a_name_together_in_english_too() {
    // The surname alone later resolves to the name with its particles.
    let text = "\"The port is old,\" said Pia van der Lund, who runs the harbour.\n\n\
        \"We need money,\" Lund said.";
    assert_eq!(names(text), ["Pia van der Lund", "Pia van der Lund"]);
}
