/*
 * confusable.c - see confusable.h. Two switch tables: the capitals are
 * looked up before case folding, the small letters after it.
 */
#include "util/confusable.h"

uint32_t confusable_small(uint32_t c)
{
    switch (c) {
    /* the small capitals of "fancy text" ("ᴋɪʟʟ", "ᴍᴏᴅ"), which no
     * compatibility form maps to a Latin letter */
    case 0x1d00: /* ᴀ */
        return 'a';
    case 0x0299: /* ʙ */
        return 'b';
    case 0x1d04: /* ᴄ */
        return 'c';
    case 0x1d05: /* ᴅ */
        return 'd';
    case 0x1d07: /* ᴇ */
        return 'e';
    case 0xa730: /* ꜰ */
    case 0x0493: /* ғ */
        return 'f';
    case 0x0262: /* ɢ */
        return 'g';
    case 0x029c: /* ʜ */
        return 'h';
    case 0x026a: /* ɪ */
        return 'i';
    case 0x1d0a: /* ᴊ */
        return 'j';
    case 0x1d0b: /* ᴋ */
        return 'k';
    case 0x029f: /* ʟ */
        return 'l';
    case 0x1d0d: /* ᴍ */
        return 'm';
    case 0x0274: /* ɴ */
        return 'n';
    case 0x1d0f: /* ᴏ */
        return 'o';
    case 0x1d18: /* ᴘ */
        return 'p';
    case 0x0280: /* ʀ */
        return 'r';
    case 0xa731: /* ꜱ */
        return 's';
    case 0x1d1b: /* ᴛ */
        return 't';
    case 0x1d1c: /* ᴜ */
        return 'u';
    case 0x1d20: /* ᴠ */
        return 'v';
    case 0x1d21: /* ᴡ */
        return 'w';
    case 0x028f: /* ʏ */
        return 'y';
    case 0x1d22: /* ᴢ */
        return 'z';
    case 0x0430:
        return 'a';
    case 0x0432:
        return 'b';
    case 0x0435:
    case 0x0451:
        return 'e';
    case 0x043a:
        return 'k';
    case 0x043c:
        return 'm';
    case 0x043d:
    case 0x04bb:
        return 'h';
    case 0x043e:
        return 'o';
    case 0x0440:
        return 'p';
    case 0x0441:
        return 'c';
    case 0x0442:
        return 't';
    case 0x0443:
    case 0x04af:
        return 'y';
    case 0x0445:
        return 'x';
    case 0x0455:
        return 's';
    case 0x0456:
    case 0x0457:
        return 'i';
    case 0x0458:
        return 'j';
    case 0x04cf:
        return 'l';
    case 0x0501:
        return 'd';
    case 0x051b:
        return 'q';
    case 0x051d:
        return 'w';
    case 0x0261:
        return 'g';
    case 0x0131:
        return 'i';
    case 0x0142:
        return 'l';
    case 0x00f8:
        return 'o';
    case 0x0111:
        return 'd';
    case 0x03b1:
        return 'a';
    case 0x03b2:
        return 'b';
    case 0x03b5:
        return 'e';
    case 0x03b7:
        return 'n';
    case 0x03b9:
        return 'i';
    case 0x03ba:
        return 'k';
    case 0x03bd:
        return 'v';
    case 0x03bf:
        return 'o';
    case 0x03c1:
        return 'p';
    case 0x03c4:
        return 't';
    case 0x03c5:
        return 'u';
    case 0x03c7:
        return 'x';
    case 0x03c9:
        return 'w';
    case 0x03b3:
        return 'y';
    case 0x03bc:
        return 'u';
    case 0x03c2:
        return 's';
    case 0x0446: /* ц */
        return 'u';
    case 0x0251: /* ɑ, Latin alpha */
        return 'a';
    case 0x0269: /* ɩ, Latin iota */
        return 'i';
    case 0x0578: /* ո, Armenian vo */
        return 'n';
    case 0x057d: /* ս, Armenian seh */
        return 'u';
    case 0x0585: /* օ, Armenian oh */
        return 'o';
    case 0x0566: /* զ, Armenian za */
        return 'q';
    case 0x043f: /* п */
        return 'n';
    default:
        return c;
    }
}

uint32_t confusable_capital(uint32_t c)
{
    switch (c) {
    case 0x0391: /* Α */
    case 0x0410: /* А */
        return 'a';
    case 0x0392: /* Β */
    case 0x0412: /* В */
        return 'b';
    case 0x0421: /* С */
        return 'c';
    case 0x0395: /* Ε */
    case 0x0415: /* Е */
        return 'e';
    case 0x0397: /* Η */
    case 0x041d: /* Н */
        return 'h';
    case 0x0399: /* Ι */
    case 0x0406: /* І */
        return 'i';
    case 0x0408: /* Ј */
        return 'j';
    case 0x039a: /* Κ */
    case 0x041a: /* К */
        return 'k';
    case 0x039c: /* Μ */
    case 0x041c: /* М */
        return 'm';
    case 0x039d: /* Ν */
        return 'n';
    case 0x039f: /* Ο */
    case 0x041e: /* О */
        return 'o';
    case 0x03a1: /* Ρ */
    case 0x0420: /* Р */
        return 'p';
    case 0x0405: /* Ѕ */
        return 's';
    case 0x03a4: /* Τ */
    case 0x0422: /* Т */
        return 't';
    case 0x03a7: /* Χ */
    case 0x0425: /* Х */
        return 'x';
    case 0x03a5: /* Υ */
    case 0x0423: /* У */
        return 'y';
    case 0x0396: /* Ζ */
        return 'z';
    default:
        return 0;
    }
}
