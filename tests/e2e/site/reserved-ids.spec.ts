import { testReservedIds } from '../reserved-ids';

testReservedIds('dist');
