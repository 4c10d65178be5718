/*
 * test_screen_condescend.c - a reader or reporter talked down to with a
 * pet name (src/screen/condescend.c) through screen_check with no model:
 * "Sweetie, leave the hard news to the grown-ups", "Ternurita, regresa a
 * la primaria", "bless your heart" are held as insults; the same names
 * said in love, names not said to anyone and "bless your heart for ..."
 * pass.
 */
#include "screen_expect.h"

START_TEST(a_pet_name_said_to_someone_is_held)
{
    expect_insult("Sweetie, leave the hard news to the grown-ups.", "Sweetie");
    expect_insult("Back to community college, sweetie.", "sweetie");
    expect_insult("Sweetie you have no idea how the plazas work", "Sweetie");
    expect_insult("Oh sweetie, let someone who knows explain it to you.",
                  "sweetie");
    expect_insult("Ternurita, regresa a la primaria", "Ternurita");
    expect_insult("Mijo, deja el periodismo a los grandes", "Mijo");
    expect_insult("@ana_reportera corazon, quien te dio el titulo? jaja",
                  "corazon");
    expect_insult("Ay mi reina, tan inocente", "mi reina");
    expect_insult("Sweetie pie, journalism is for people who can read",
                  "Sweetie pie");
    expect_insult("@JulietaR bless your heart, it must be hard being this "
                  "slow.",
                  "bless your heart");
}
END_TEST

START_TEST(a_pet_name_said_in_love_passes)
{
    expect_clear("Thank you, honey, stay safe out there");
    expect_clear("Gracias corazón, cuídate mucho");
    expect_clear("Mija, cuídate, te queremos");
    expect_clear("Hun, you are so brave.");
    expect_clear("Corazón, aquí estamos contigo, no estás sola");
    expect_clear("Ojalá te recuperes pronto, mija.");
    expect_clear("Honey, did you see this? It's the mall we went to.");
    expect_clear("Bless your heart for covering this when nobody else will.");
    expect_clear("Happy birthday, princess!");
    expect_clear("Vuela alto, princesa.");
    expect_clear("Buenas noches, mija.");
    expect_clear("Sweetheart, you look beautiful in this photo.");
}
END_TEST

START_TEST(a_pet_name_not_said_to_anyone_passes)
{
    expect_clear("My daughter, my little princess, wants to be a reporter.");
    expect_clear("Honey and I read this together at breakfast.");
    expect_clear("The mayor's sweetheart deal with the contractor.");
    expect_clear("La muñeca que encontraron era de la niña.");
    expect_clear("Mi corazón no es tan fuerte para estas notas.");
    expect_clear("Mi nena de 10 años me preguntó qué es un cartel.");
    expect_clear("mija: ni larga que tope");
    expect_clear("Sweetie is what my mom called everyone.");
    expect_clear("My grandmother used to say bless your heart to everyone.");
    expect_clear("Hon. Jane Doe replied to the minister.");
    expect_clear("Chiquita, la empresa bananera, fue condenada.");
    expect_clear("Mija se graduó de enfermera y ahora trabaja en el IMSS.");
    expect_clear("Honey, garlic and ginger for the cough.");
    expect_clear("Honey you buy at the supermarket is cut with syrup.");
    expect_clear("Princess, the zoo's oldest elephant, died at 54.");
    expect_clear("Rest in peace, sweetheart.");
    expect_clear("Lo siento mucho, mija.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_pet_name_said_to_someone_is_held);
    tcase_add_test(tc, a_pet_name_said_in_love_passes);
    tcase_add_test(tc, a_pet_name_not_said_to_anyone_passes);
}

TEST_MAIN("screen_condescend")
