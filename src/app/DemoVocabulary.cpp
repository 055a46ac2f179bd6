#include "app/DemoVocabulary.h"

namespace keystone::demo {

const std::vector<CountryVocabulary>& countries()
{
    static const std::vector<CountryVocabulary> all = {
        {"Russia", "ru",
         {"Юэцин", "Волгатранс", "Уралтехснаб", "Балтийские системы", "Сибирская логистика", "Камская химия",
          "Приокский завод", "Ладога Пром", "Северный ветер", "Тверьэнерго", "Донские машины", "Енисей Трейд"},
         {"ООО", "АО", "ПАО"}, true,
         {"Москва", "Казань", "Екатеринбург", "Новосибирск", "Самара", "Санкт-Петербург"},
         {{"Иван", "Смирнов", false}, {"Мария", "Иванов", true}, {"Алексей", "Кузнецов", false},
          {"Ольга", "Попов", true}, {"Дмитрий", "Соколов", false}, {"Екатерина", "Лебедев", true},
          {"Сергей", "Новиков", false}, {"Наталья", "Морозов", true}, {"Артём", "Волков", false},
          {"Юлия", "Фёдоров", true}},
         {"a"}},
        {"Bulgaria", "bg",
         {"Родопа Трейд", "Дунав Инженеринг", "Витоша Софт", "Черноморски системи", "Пирин Агро", "Марица Енерджи"},
         {"ЕООД", "АД", "ООД"}, false,
         {"София", "Пловдив", "Варна", "Бургас"},
         {{"Георги", "Петров", false}, {"Мария", "Димитров", true}, {"Николай", "Иванов", false},
          {"Елена", "Георгиев", true}, {"Стоян", "Стоянов", false}, {"Десислава", "Колев", true}},
         {"a"}},
        {"Israel", "he",
         {"מערכות אלון", "תעשיות כרמל", "גליל טכנולוגיות", "נגב אנרגיה", "ירדן לוגיסטיקה", "שָׁלוֹם ייצור",
          "חרמון מזון", "ים המלח כימיקלים"},
         {"בע״מ"}, false,
         {"תל אביב", "חיפה", "ירושלים", "באר שבע"},
         {{"דוד", "כהן", false}, {"שרה", "לוי", true}, {"יוסי", "מזרחי", false}, {"רחל", "פרץ", true},
          {"משה", "ביטון", false}, {"נועה", "אברהם", true}},
         {}},
        {"Germany", "de",
         {"Müller Maschinenbau", "Schäfer Logistik", "Weiß & Söhne", "Bayerische Pumpenwerke", "Nordstahl",
          "Rheinische Kunststoffe", "Köhler Elektrotechnik", "Großmann Verpackung"},
         {"GmbH", "AG", "KG"}, false,
         {"München", "Köln", "Düsseldorf", "Hamburg", "Stuttgart"},
         {{"Jürgen", "Müller", false}, {"Anna", "Schäfer", true}, {"Lukas", "Weiß", false},
          {"Sophie", "Becker", true}, {"Matthias", "Hoffmann", false}, {"Lena", "Krüger", true}},
         {}},
        {"France", "fr",
         {"Lumière Industrie", "Énergies du Rhône", "Transports Béranger", "Aciéries de Lorraine", "Société Méditerranée",
          "Forges de Franche-Comté"},
         {"SA", "SAS", "SARL"}, false,
         {"Lyon", "Marseille", "Lille", "Toulouse", "Nantes"},
         {{"Élodie", "Martin", true}, {"François", "Dubois", false}, {"Chloé", "Lefèvre", true},
          {"Jérôme", "Moreau", false}, {"Hélène", "Girard", true}, {"Benoît", "Roux", false}},
         {}},
        {"Spain", "es",
         {"Construcciones Peñalara", "Logística Ibérica", "Química del Ebro", "Alimentos Cantábricos",
          "Energía Solar Andaluza"},
         {"S.A.", "S.L."}, false,
         {"Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"},
         {{"José", "García", false}, {"Lucía", "Martínez", true}, {"Íñigo", "Fernández", false},
          {"Sofía", "López", true}, {"Álvaro", "Sánchez", false}},
         {}},
        {"United Kingdom", "en-GB",
         {"Thames Valley Foods", "Pennine Engineering", "Harbour & Co", "Caledonian Textiles", "Severn Plastics",
          "Northumbria Steel"},
         {"Ltd", "plc"}, false,
         {"London", "Manchester", "Leeds", "Glasgow", "Bristol"},
         {{"Oliver", "Smith", false}, {"Emily", "Jones", true}, {"Harry", "Taylor", false},
          {"Charlotte", "O'Brien", true}, {"George", "Wilson", false}},
         {}},
        {"China", "zh",
         {"北京华电科技", "上海远航物流", "深圳云峰电子", "广州恒泰化工", "杭州绿源食品", "成都天府机械"},
         {"有限公司"}, false,
         {"北京", "上海", "深圳", "广州", "杭州", "成都"},
         {{"伟", "王", false}, {"娜", "李", true}, {"强", "张", false}, {"洋", "刘", false}, {"静", "陈", true}},
         {}},
    };
    return all;
}

const std::vector<std::string>& industries()
{
    static const std::vector<std::string> all = {"Manufacturing", "Logistics",   "Retail",     "Energy",
                                                 "Chemicals",     "Construction", "Food & Beverage",
                                                 "Electronics",   "Healthcare",  "Telecommunications"};
    return all;
}

const std::vector<std::string>& positions()
{
    static const std::vector<std::string> all = {"Chief Executive Officer", "Chief Financial Officer",
                                                 "Chief Technology Officer", "Head of Procurement",
                                                 "Purchasing Manager",      "Quality Manager",
                                                 "Production Manager",      "Office Manager",
                                                 "Lead Engineer",           "Logistics Coordinator"};
    return all;
}

const std::vector<std::string>& departments()
{
    static const std::vector<std::string> all = {"Management", "Finance", "Engineering", "Procurement", "Procurement",
                                                 "Quality",    "Production", "Administration", "Engineering",
                                                 "Logistics"};
    return all;
}

const std::vector<std::string>& competitorNames()
{
    static const std::vector<std::string> all = {"Nordwind Industrial", "Ural Supply Group", "Pacific Rim Trading",
                                                 "Atlas Components",    "Helios Systems",    "Quantum Parts"};
    return all;
}

const std::vector<std::string>& productNeeds()
{
    static const std::vector<std::string> all = {
        "corrosion-resistant pump housings", "faster delivery of spare parts", "an API for order status",
        "consignment stock on site",        "bilingual technical documentation", "a lower minimum order quantity",
        "energy-efficient motors",          "24/7 service hotline"};
    return all;
}

} // namespace keystone::demo
