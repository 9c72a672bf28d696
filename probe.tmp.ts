import { extractDates } from './src/core/extract/dates/dates.ts';
console.log(extractDates('Fighting broke out last night.', '1998-02-06'));
