// The lower layers' English problems in the user's language: the validator's and the
// domain's fixed wording, messages with values, field names, several problems in one
// message, and what is not known shown unchanged.
#include "RussianSession.h"
#include "domain/Account.h"
#include "domain/Errors.h"
#include "gui/common/ProblemText.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

TEST_CASE("in English the problems read as the lower layers word them", "[translations][problems]")
{
    CHECK(problemText("is required") == QStringLiteral("is required"));
    CHECK(problemText("not an e-mail address") == QStringLiteral("is not an e-mail address"));
    CHECK(errorText("ref: another account already has the reference 'NS-1'") ==
          QStringLiteral("Reference: another account already has the reference \u201cNS-1\u201d"));
    CHECK(fieldText("occurred_at") == QStringLiteral("When"));
}

TEST_CASE("in Russian a validation error names the field and the reason in Russian", "[translations][problems]")
{
    RussianSession russian;
    REQUIRE(russian.language == QStringLiteral("ru"));
    CHECK(problemText("is required") == QStringLiteral("обязательное поле"));
    CHECK(problemText("is longer than 200 bytes") == QStringLiteral("длиннее 200 байт"));
    CHECK(fieldText("legal_name") == QStringLiteral("Юридическое название"));

    // What the domain itself finds in an account without a name and with a negative headcount.
    Account account;
    account.ref = "NS-1";
    account.headcount = -3;
    const auto problems = account.validate();
    REQUIRE(problems.size() == 2);
    const QString text = errorText(ValidationError(problems).what());
    CHECK(text.contains(QStringLiteral("Название: обязательное поле")));
    CHECK(text.contains(QStringLiteral("Число сотрудников: должно быть не меньше нуля")));
    CHECK_FALSE(text.contains(QStringLiteral("required")));
}

TEST_CASE("in Russian the values of a message are kept and unknown messages are shown as they are",
          "[translations][problems]")
{
    RussianSession russian;
    CHECK(errorText("ref: another account already has the reference 'Nord-Ω 7'") ==
          QStringLiteral("Код: у другого клиента уже есть код «Nord-Ω 7»"));
    CHECK(errorText("account 42 does not exist") == QStringLiteral("клиент 42 не существует"));
    // A problem's own "; " does not split it; the next field's does.
    CHECK(errorText("subject: contains the control character \\x1b at character 3; only TAB and line feed are "
                    "allowed in text; notes: is required") ==
          QStringLiteral("Тема: содержит управляющий символ \\x1b в позиции 3; в тексте допустимы только "
                         "табуляция и перевод строки; Заметки: обязательное поле"));
    CHECK(errorText("the moon is made of cheese") == QStringLiteral("the moon is made of cheese"));
    CHECK(fieldText("flux_capacitor") == QStringLiteral("flux_capacitor"));
}
