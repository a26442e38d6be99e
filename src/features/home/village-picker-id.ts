/** id of the village picker section on the home page, the target of the navigation's village link before a village is chosen */
export const VILLAGE_PICKER_ID = 'village-picker';
