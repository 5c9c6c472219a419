# Dates as Vietnamese readers write them (01/7/2025: the day in two digits, the month without a zero);
# numbers with "." thousands and "," decimals.
DATE_FORMAT = "d/n/Y"
SHORT_DATE_FORMAT = "d/n/Y"
DATETIME_FORMAT = "H:i d/n/Y"
SHORT_DATETIME_FORMAT = "H:i d/n/Y"
MONTH_DAY_FORMAT = "d/n"
YEAR_MONTH_FORMAT = "n/Y"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
