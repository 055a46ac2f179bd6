// The words the demo generator builds believable companies and people from, by
// country: names in Latin, Cyrillic, Hebrew and Chinese script.
#pragma once

#include <string>
#include <vector>

namespace keystone::demo {

struct Person
{
    std::string given;
    std::string family;
    bool female = false;
};

struct CountryVocabulary
{
    std::string country;
    std::string language; // BCP 47
    std::vector<std::string> companyRoots;
    std::vector<std::string> companyForms; // "GmbH", "ООО" ...
    bool formFirst = false;                // "ООО Волгатранс" rather than "Volga GmbH"
    std::vector<std::string> cities;
    std::vector<Person> people;
    // Family names that change with gender (Russian, Bulgarian): female form, or empty.
    std::vector<std::string> femaleFamilies;
};

const std::vector<CountryVocabulary>& countries();
const std::vector<std::string>& industries();
const std::vector<std::string>& positions();
const std::vector<std::string>& departments();
const std::vector<std::string>& competitorNames();
const std::vector<std::string>& productNeeds();

} // namespace keystone::demo
