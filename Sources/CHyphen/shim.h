// libhyphen (Debian libhyphen-dev): pattern hyphenation with the LibreOffice dictionaries in /usr/share/hyphen.
#include <hyphen.h>
